"""Lists of records through the search index: a page of one kind, filtered by a query and
equal-field filters, in the order asked for (titles in the reader's collation, matches
best first); how many there are; and the search over every kind."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, case, func, select, text

from pslapp.core.collation import NameOrder, keys_in
from pslapp.core.enums import Kind
from pslapp.core.fields import TITLE_FIELD, FieldType, field_of
from pslapp.core.record import Record
from pslapp.core.search import fts_query
from pslapp.storage import name_order, search_index
from pslapp.storage.record_rows import decode
from pslapp.storage.state import Authors
from pslapp.storage.tables import FTS_TABLE, KIND_NUMBER, KIND_SLOTS, RECORD_TABLES


def matching_pks(kind: Kind, query: str) -> Select[tuple[int]] | None:
    """The pks of `kind` whose search text matches `query`, as a subquery."""
    match = fts_query(query)
    if match is None:
        return None
    number = KIND_NUMBER[kind]
    return (
        select(text(f"rowid / {KIND_SLOTS}"))
        .select_from(text(FTS_TABLE))
        .where(text(f"{FTS_TABLE} MATCH :match AND rowid % {KIND_SLOTS} = {number}"))
        .params(match=match)
    )


def _listing(kind: Kind, query: str | None, include_deleted: bool) -> Select[Any]:
    table = RECORD_TABLES[kind]
    stmt = select(table)
    if not include_deleted:
        stmt = stmt.where(table.c.deleted.is_(False))
    if query:
        pks = matching_pks(kind, query)
        if pks is not None:
            stmt = stmt.where(table.c.pk.in_(pks))
    return stmt


def _filtered(
    kind: Kind, query: str | None, where: dict[str, Any] | None, include_deleted: bool = False
) -> Select[Any]:
    table = RECORD_TABLES[kind]
    stmt = _listing(kind, query, include_deleted)
    for name, value in (where or {}).items():
        stmt = stmt.where(table.c[name] == value)
    return stmt


def page(
    conn: Connection,
    kind: Kind,
    authors: Authors,
    *,
    offset: int = 0,
    limit: int = 200,
    query: str | None = None,
    order_by: str | None = None,
    descending: bool = False,
    where: dict[str, Any] | None = None,
    include_deleted: bool = False,
    names_in: NameOrder | None = None,
    ranked: bool = False,
) -> list[Record]:
    """One page of records, optionally filtered by a search query and equal-field filters.
    Ordered by the title with `names_in`, titles are in that reader's order (collation);
    `ranked` with a query puts the best matches first (as `search` ranks them), each rank
    in the order asked for."""
    table = RECORD_TABLES[kind]
    stmt = _filtered(kind, query, where, include_deleted)
    match = fts_query(query) if ranked and query else None
    if match is not None:
        stmt = search_index.ranked(stmt, kind, match)
    if names_in is not None and not include_deleted and name_order.orders_by_name(kind, order_by):
        stmt = name_order.ordered(stmt, kind, names_in, descending=descending)
        rows = conn.execute(stmt.offset(offset).limit(limit))
        return [decode(kind, row, authors) for row in rows]
    column = table.c[order_by] if order_by else table.c.pk
    ordering = column.desc() if descending else column.asc()
    stmt = stmt.order_by(ordering, table.c.pk).offset(offset).limit(limit)
    return [decode(kind, row, authors) for row in conn.execute(stmt)]


def count(
    conn: Connection,
    kind: Kind,
    *,
    query: str | None = None,
    where: dict[str, Any] | None = None,
    include_deleted: bool = False,
) -> int:
    stmt = _filtered(kind, query, where, include_deleted)
    return int(conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one())


def search(conn: Connection, query: str, limit: int = 50) -> list[tuple[Kind, str, str]]:
    """(kind, id, title) of live records of every kind matching `query`, best first."""
    match = fts_query(query)
    if match is None:
        return []
    hits = conn.execute(
        text(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match "
            f"ORDER BY {search_index.RANK} LIMIT :limit"
        ),
        {"match": match, "limit": limit},
    ).scalars()
    by_kind: dict[Kind, list[int]] = {}
    order: list[tuple[Kind, int]] = []
    kinds = list(Kind)
    for rowid in hits:
        kind = kinds[rowid % KIND_SLOTS]
        by_kind.setdefault(kind, []).append(rowid // KIND_SLOTS)
        order.append((kind, rowid // KIND_SLOTS))
    found: dict[tuple[Kind, int], tuple[str, str]] = {}
    for kind, pks in by_kind.items():
        table = RECORD_TABLES[kind]
        title = table.c[TITLE_FIELD[kind]]
        rows = conn.execute(
            select(table.c.pk, table.c.id, title).where(
                table.c.pk.in_(pks), table.c.deleted.is_(False)
            )
        )
        for row in rows:
            found[(kind, row[0])] = (row[1], str(row[2] or ""))
    return [(kind, *found[(kind, pk)]) for kind, pk in order if (kind, pk) in found]


def collated(kind: Kind, column: str) -> bool:
    """Whether a list of `kind` ordered by `column` is ordered by its text in the reader's
    collation, worked out when asked (`ordered_pks`): a text or text-list column other
    than the title, whose keys are stored (name_order)."""
    spec = field_of(kind, column)
    kinds = (FieldType.TEXT, FieldType.TEXT_LIST)
    return spec.type in kinds and not name_order.orders_by_name(kind, column)


def ordered_pks(
    conn: Connection,
    kind: Kind,
    column: str,
    order: NameOrder,
    *,
    query: str | None = None,
    where: dict[str, Any] | None = None,
    descending: bool = False,
    shown: Callable[[Any], str] | None = None,
) -> list[int]:
    """The pks of the live records a listing holds (as `page` filters them), ordered by
    the text of `column` in `order` (a list by its items joined by ", "), or by the text
    `shown` makes of each stored value (a list for a list column) where a reader sees
    another (a country's name for its code); ties by pk, empty first. One read of two
    columns and a key per distinct text: at 100 000
    people the column's values repeat (cities, chapters, tags), and a caller pages
    through the list it keeps, by `page_of_pks`.

    It runs beside the UI thread (gui/models/record_table.py), so it holds the
    interpreter only briefly at a time: the rows are streamed in pk order into one list
    of pks per distinct value (neither 100 000 rows held at once, which also set off the
    garbage collector, nor a sort of 100 000 pairs), and only the distinct keys are
    sorted."""
    table = RECORD_TABLES[kind]
    stmt = _filtered(kind, query, where).with_only_columns(table.c.pk, table.c[column])
    by_value: dict[str | None, list[int]] = {}
    for pk, raw in conn.execute(stmt.order_by(table.c.pk)):
        pks = by_value.get(raw)
        if pks is None:
            pks = by_value[raw] = []
        pks.append(pk)
    listed = field_of(kind, column).type is FieldType.TEXT_LIST
    texts = {raw: _text_of(raw, listed, shown) for raw in by_value}
    keys = keys_in(order, texts.values())
    by_key: dict[bytes, list[int]] = {}
    for raw, pks in by_value.items():
        key = keys[texts[raw]]
        if key in by_key:  # texts that compare equal: one run, still by pk
            by_key[key] = sorted(by_key[key] + pks)
        else:
            by_key[key] = pks
    ordered: list[int] = []
    for key in sorted(by_key, reverse=descending):
        ordered.extend(reversed(by_key[key]) if descending else by_key[key])
    return ordered


def _text_of(raw: str | None, listed: bool, shown: Callable[[Any], str] | None) -> str:
    if not raw:
        return ""
    value = json.loads(raw) if listed else raw
    if shown is not None:
        return shown(value)
    return ", ".join(value) if listed else raw


def pks_by_rank(
    conn: Connection,
    kind: Kind,
    column: str,
    ranks: Mapping[str, int],
    *,
    query: str | None = None,
    where: dict[str, Any] | None = None,
    descending: bool = False,
) -> list[int]:
    """The pks of the live records a listing holds, ordered by the rank of their value of
    `column` (an enum's codes, ranked by the labels a reader sees): empty first, then the
    ranked codes, then codes without a rank (stored by a newer version), by code; ties by
    pk. Descending: the ranked codes reversed, still followed by those without a rank
    (they are not words of the reader's language), and the empty ones last. One query,
    sorted by SQLite (a CASE over the few codes, no Python per record), for a caller to
    page through by `page_of_pks`."""
    table = RECORD_TABLES[kind]
    value = table.c[column]
    known = len(ranks)
    place = {code: known - 1 - rank if descending else rank for code, rank in ranks.items()}
    empty = known + 1 if descending else -1
    whens: list[tuple[ColumnElement[bool], int]] = [((value.is_(None)) | (value == ""), empty)]
    whens += [(value == code, rank) for code, rank in place.items()]
    rank_of = case(*whens, else_=known)
    then = (value.desc(), table.c.pk.desc()) if descending else (value.asc(), table.c.pk.asc())
    stmt = _filtered(kind, query, where).with_only_columns(table.c.pk)
    return list(conn.execute(stmt.order_by(rank_of, *then)).scalars())


def page_of_pks(conn: Connection, kind: Kind, pks: Sequence[int], authors: Authors) -> list[Record]:
    """The live records of `pks`, in that order (one page of an `ordered_pks` list)."""
    table = RECORD_TABLES[kind]
    stmt = select(table).where(table.c.pk.in_(list(pks)), table.c.deleted.is_(False))
    found = {row.pk: decode(kind, row, authors) for row in conn.execute(stmt)}
    return [found[pk] for pk in pks if pk in found]


def pks_of(conn: Connection, kind: Kind, record_ids: Iterable[str]) -> dict[str, int]:
    """The pk of each of `record_ids` that exists (to find a record's row in a list of pks)."""
    table = RECORD_TABLES[kind]
    stmt = select(table.c.id, table.c.pk).where(table.c.id.in_(list(record_ids)))
    found: dict[str, int] = dict(conn.execute(stmt).all())
    return found
