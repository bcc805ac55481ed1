"""Repository functions for records: each takes an open Connection inside a transaction.
Bulk paths use Core `executemany`; every write keeps the full-text index in step."""

from __future__ import annotations

import json
import operator
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, Select, bindparam, func, select, text, update

from pslapp.core.collation import NameOrder
from pslapp.core.enums import Kind
from pslapp.core.fields import FIELDS, LIST_TYPES, TITLE_FIELD, FieldType, field_names
from pslapp.core.record import Record
from pslapp.core.search import EMPTY_ENTRY, IndexEntry, fts_query, index_text, index_texts
from pslapp.core.stamps import FieldStamps
from pslapp.storage import name_order, search_index
from pslapp.storage.proofs import proofs_text
from pslapp.storage.state import Authors, next_change_seqs
from pslapp.storage.tables import FTS_TABLE, KIND_NUMBER, KIND_SLOTS, RECORD_TABLES


@dataclass(frozen=True)
class NewRows:
    """New live records of one kind as columns, ready for `insert_columns`: stamps already
    in their stored JSON form, `values` one list per field (lists as lists)."""

    ids: Sequence[str]
    created: Sequence[int]
    updated: Sequence[int]
    stamps: Sequence[str]
    max_hlc: Sequence[int]
    values: Mapping[str, Sequence[Any]]
    proofs: Sequence[str | None] | None = None  # stored JSON (Record.proofs), one per row


_JSON_FIELDS = {
    kind: frozenset(f.name for f in FIELDS[kind] if f.type in LIST_TYPES) for kind in Kind
}
# List fields whose items are strings (hashable): channels are lists of objects.
_STRING_LISTS = {
    kind: frozenset(f.name for f in FIELDS[kind] if f.type in LIST_TYPES - {FieldType.CHANNELS})
    for kind in Kind
}
_FTS_INSERT = text(
    f"INSERT INTO {FTS_TABLE}(rowid, body, spellings, sounds) VALUES (:rowid, :b, :sp, :so)"
)
_FTS_DELETE = text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :rowid")


# One encoder for every row: json.dumps with options builds a new encoder on each call.
_dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode
# The same encoding of a list, through the C encoder made once (the JSONEncoder above makes
# one per call, which is most of the cost for the short lists rows hold).
_C_ENCODER: Any = getattr(json.encoder, "c_make_encoder", None)
_list_encoder = (
    _C_ENCODER(None, None, json.encoder.encode_basestring, None, ":", ",", True, False, True)
    if _C_ENCODER is not None
    else None
)


def _dump_list(value: list[Any] | None) -> str:
    """A list field's stored text: "[]" when empty, else canonical JSON."""
    if not value:
        return "[]"
    if _list_encoder is None:
        return _dump(value)
    return "".join(_list_encoder(value, 0))


def _dump_lists(values: Sequence[list[Any] | None]) -> list[str]:
    """`_dump_list` of a column of lists of strings, each distinct list encoded once:
    languages, skills, roles and tags repeat across a vault's records."""
    encoded: dict[tuple[Any, ...], str] = {}
    out = []
    for value in values:
        if not value:
            out.append("[]")
            continue
        key = tuple(value)
        text_ = encoded.get(key)
        if text_ is None:
            text_ = encoded[key] = _dump_list(value)
        out.append(text_)
    return out


def _fts_rowid(kind: Kind, pk: int) -> int:
    return pk * KIND_SLOTS + KIND_NUMBER[kind]


def _insert_sql(kind: Kind) -> tuple[str, tuple[str, ...]]:
    table = RECORD_TABLES[kind]
    names = tuple(c.name for c in table.columns)
    quoted = ", ".join(f'"{n}"' for n in names)
    return f"INSERT INTO {table.name} ({quoted}) VALUES ({', '.join('?' * len(names))})", names


_INSERT_SQL = {kind: _insert_sql(kind) for kind in Kind}
_FTS_INSERT_SQL = f"INSERT INTO {FTS_TABLE}(rowid, body, spellings, sounds) VALUES (?, ?, ?, ?)"
_FTS_DELETE_SQL = f"DELETE FROM {FTS_TABLE} WHERE rowid = ?"


_SEARCHABLE = {kind: tuple(f.name for f in FIELDS[kind] if f.searchable) for kind in Kind}
_EMPTY_ROW = {kind: dict.fromkeys(field_names(kind)) for kind in Kind}
_JSON_LIST = {kind: tuple(names) for kind, names in _JSON_FIELDS.items()}
# Booleans go to the driver as 0 and 1 (what SQLite stores): a Python bool is not an exact
# int, so the driver looks for an adapter for each one, which made binding them a sixth of
# a full import's database time.
_BOOL_LIST = {
    kind: tuple(f.name for f in FIELDS[kind] if f.type is FieldType.BOOL) for kind in Kind
}
_AS_INT = {None: None, False: 0, True: 1}
_ROW_OF = {kind: operator.itemgetter(*_INSERT_SQL[kind][1]) for kind in Kind}


def _stamps_text(stamps: FieldStamps, ids: Mapping[str, int]) -> str:
    default = stamps.default
    if not stamps.fields and default is not None and not default.seen:  # most records
        return f'{{"*":[{default.hlc},{ids[default.author]},{default.base}]}}'
    return _dump(stamps.to_json(ids))


def _row(
    conn: Connection, record: Record, authors: Authors, before: Record | None = None
) -> dict[str, Any]:
    """Every column of a record's row but pk and change_seq, JSON lists encoded; its proofs
    kept in step with its registers (`before`: the stored row, for an update)."""
    stamps = record.stamps
    ids = authors.by_fingerprint
    for stamp in (stamps.default, *(stamps.fields or {}).values()):
        if stamp is None:
            continue
        if stamp.author not in ids:
            authors.id_of(conn, stamp.author)
        for author, _ in stamp.seen:
            if author not in ids:
                authors.id_of(conn, author)
    kind = record.kind
    row = {**_EMPTY_ROW[kind], **record.values}
    for name in _JSON_LIST[kind]:
        row[name] = _dump_list(row[name])
    for name in _BOOL_LIST[kind]:
        row[name] = _AS_INT[row[name]]
    row["id"] = record.id
    row["created"] = record.created
    row["updated"] = record.updated
    row["deleted"] = int(record.deleted)
    row["stamps"] = _stamps_text(stamps, ids)
    row["max_hlc"] = stamps.max_hlc()
    own = authors.own
    row["proofs"] = proofs_text(
        conn,
        record,
        by_id=authors.by_id,
        own_number=ids.get(own.fingerprint) if own.fingerprint else None,
        own=own,
        before=before,
    )
    return row


def _search_body(record: Record) -> IndexEntry:
    if record.deleted:
        return EMPTY_ENTRY
    values = record.values
    for name in _SEARCHABLE[record.kind]:  # most attendance and links have nothing to index
        if values.get(name):
            return index_text(record.kind, values)
    return EMPTY_ENTRY


def insert_many(conn: Connection, records: Sequence[Record], authors: Authors) -> None:
    """Insert new records of one kind in bulk, with their search entries. Rows go to the
    driver's executemany as tuples: at 100 000 records, per-row parameter processing in
    the SQL layer would cost more than SQLite itself."""
    if not records:
        return
    kind = records[0].kind
    table = RECORD_TABLES[kind]
    sql, _names = _INSERT_SQL[kind]
    first_pk = (conn.execute(select(func.max(table.c.pk))).scalar() or 0) + 1
    first_seq = next_change_seqs(conn, len(records))
    row_of = _ROW_OF[kind]
    rows = []
    entries = []
    for offset, record in enumerate(records):
        row = _row(conn, record, authors)
        pk = row["pk"] = first_pk + offset
        row["change_seq"] = first_seq + offset
        rows.append(row_of(row))
        body = _search_body(record)
        if body[0]:
            entries.append((_fts_rowid(kind, pk), *body))
    conn.exec_driver_sql(sql, rows)
    if entries:
        conn.exec_driver_sql(_FTS_INSERT_SQL, entries)
    _order(conn, kind, records, range(first_pk, first_pk + len(records)))


def _title(record: Record) -> str | None:
    return None if record.deleted else record.values.get(TITLE_FIELD[record.kind])


def _order(conn: Connection, kind: Kind, records: Sequence[Record], pks: Iterable[int]) -> None:
    if kind in name_order.NAMED:
        name_order.put(conn, kind, zip(pks, map(_title, records), strict=True))


def insert_columns(conn: Connection, kind: Kind, rows: NewRows) -> None:
    """Insert new live records of one kind given as columns, with their search entries:
    `insert_many` without a Record object per row (a full import brings hundreds of
    thousands). Fields missing from `rows.values` are empty."""
    count = len(rows.ids)
    if not count:
        return
    table = RECORD_TABLES[kind]
    sql, names = _INSERT_SQL[kind]
    first_pk = (conn.execute(select(func.max(table.c.pk))).scalar() or 0) + 1
    first_seq = next_change_seqs(conn, count)
    pks = range(first_pk, first_pk + count)
    given = {
        "pk": pks,
        "id": rows.ids,
        "created": rows.created,
        "updated": rows.updated,
        "deleted": [0] * count,
        "stamps": rows.stamps,
        "max_hlc": rows.max_hlc,
        "change_seq": range(first_seq, first_seq + count),
        "proofs": rows.proofs or [None] * count,
    }
    json_fields = _JSON_FIELDS[kind]
    columns = []
    for name in names:
        column = given.get(name)
        if column is None:
            values = rows.values.get(name)
            if values is None:
                column = ["[]" if name in json_fields else None] * count
            elif name in _STRING_LISTS[kind]:
                column = _dump_lists(values)
            elif name in json_fields:
                column = list(map(_dump_list, values))
            elif name in _BOOL_LIST[kind]:
                column = list(map(_AS_INT.__getitem__, values))
            else:
                column = values
        columns.append(column)
    conn.exec_driver_sql(sql, list(zip(*columns, strict=True)))
    number = KIND_NUMBER[kind]
    entries = [
        (pk * KIND_SLOTS + number, *body)
        for pk, body in zip(pks, index_texts(kind, rows.values, count), strict=True)
        if body[0]
    ]
    if entries:
        conn.exec_driver_sql(_FTS_INSERT_SQL, entries)
    titles = rows.values.get(TITLE_FIELD[kind])
    if titles is not None:
        name_order.put(conn, kind, zip(pks, titles, strict=True))


def _update_sql(kind: Kind) -> tuple[str, Any]:
    table = RECORD_TABLES[kind]
    names = tuple(c.name for c in table.columns if c.name not in ("pk", "id"))
    assignments = ", ".join(f'"{n}" = ?' for n in names)
    sql = f"UPDATE {table.name} SET {assignments} WHERE id = ?"
    return sql, operator.itemgetter(*names, "id")


_UPDATE_SQL = {kind: _update_sql(kind) for kind in Kind}


def save_many(conn: Connection, records: Sequence[Record], authors: Authors) -> None:
    """Write back existing records of one kind in bulk (values, stamps, tombstones) and
    re-index them: what `save` does for one, in a handful of statements for all."""
    if not records:
        return
    kind = records[0].kind
    sql, row_of = _UPDATE_SQL[kind]
    pks = pks_of(conn, kind, [record.id for record in records])
    before = _with_proofs(conn, kind, [record.id for record in records], authors)
    first_seq = next_change_seqs(conn, len(records))
    rows = []
    stale = []
    entries = []
    for offset, record in enumerate(records):
        row = _row(conn, record, authors, before.get(record.id))
        row["change_seq"] = first_seq + offset
        rows.append(row_of(row))
        rowid = _fts_rowid(kind, pks[record.id])
        stale.append((rowid,))
        body = _search_body(record)
        if body[0]:
            entries.append((rowid, *body))
    conn.exec_driver_sql(sql, rows)
    conn.exec_driver_sql(_FTS_DELETE_SQL, stale)
    if entries:
        conn.exec_driver_sql(_FTS_INSERT_SQL, entries)
    _order(conn, kind, records, [pks[record.id] for record in records])


def save(conn: Connection, record: Record, authors: Authors) -> None:
    """Write back an existing record (values, stamps, tombstone) and re-index it."""
    table = RECORD_TABLES[record.kind]
    before = _with_proofs(conn, record.kind, [record.id], authors).get(record.id)
    row = _row(conn, record, authors, before)
    row["change_seq"] = next_change_seqs(conn, 1)
    pk = conn.execute(
        update(table).where(table.c.id == record.id).values(**row).returning(table.c.pk)
    ).scalar_one()
    rowid = _fts_rowid(record.kind, pk)
    conn.execute(_FTS_DELETE, {"rowid": rowid})
    body = EMPTY_ENTRY if record.deleted else index_text(record.kind, record.values)
    if body[0]:
        conn.execute(_FTS_INSERT, {"rowid": rowid, "b": body[0], "sp": body[1], "so": body[2]})
    _order(conn, record.kind, [record], [pk])


def _decode_plan(kind: Kind) -> tuple[tuple[str, int, bool], ...]:
    position = {c.name: i for i, c in enumerate(RECORD_TABLES[kind].columns)}
    json_fields = _JSON_FIELDS[kind]
    return tuple((name, position[name], name in json_fields) for name in field_names(kind))


_DECODE_PLAN = {kind: _decode_plan(kind) for kind in Kind}
_loads = json.loads


def decode(kind: Kind, row: Row[Any], authors: Authors) -> Record:
    """A record from a row of `select(table)` (columns in the table's order)."""
    values = {}
    for name, at, is_json in _DECODE_PLAN[kind]:
        raw = row[at]
        if is_json:
            raw = [] if raw == "[]" else _loads(raw)
        values[name] = raw
    return Record(
        kind=kind,
        id=row.id,
        values=values,
        created=row.created,
        updated=row.updated,
        deleted=bool(row.deleted),
        stamps=FieldStamps.from_json(_loads(row.stamps), authors.by_id),
        proofs=_loads(row.proofs) if row.proofs else None,
    )


def load(conn: Connection, kind: Kind, record_id: str, authors: Authors) -> Record | None:
    table = RECORD_TABLES[kind]
    row = conn.execute(select(table).where(table.c.id == record_id)).first()
    return None if row is None else decode(kind, row, authors)


def load_many(
    conn: Connection, kind: Kind, record_ids: Iterable[str], authors: Authors
) -> dict[str, Record]:
    table = RECORD_TABLES[kind]
    out: dict[str, Record] = {}
    for chunk in id_chunks(list(record_ids)):
        for row in conn.execute(select(table).where(table.c.id.in_(chunk))):
            out[row.id] = decode(kind, row, authors)
    return out


def _with_proofs(
    conn: Connection, kind: Kind, record_ids: Sequence[str], authors: Authors
) -> dict[str, Record]:
    """The stored rows of these records that carry proofs, as they are before a write."""
    table = RECORD_TABLES[kind]
    out: dict[str, Record] = {}
    for chunk in id_chunks(record_ids):
        stmt = select(table).where(table.c.id.in_(chunk), table.c.proofs.is_not(None))
        for row in conn.execute(stmt):
            out[row.id] = decode(kind, row, authors)
    return out


def attest_unproven(conn: Connection, kind: Kind, authors: Authors) -> int:
    """Give every record of `kind` that has no proofs the proofs of its own writes (the
    leaves go to the open transaction's change sets); nothing else changes, not even the
    change counter. Returns how many records got proofs."""
    table = RECORD_TABLES[kind]
    rows = conn.execute(select(table).where(table.c.proofs.is_(None))).all()
    updates = []
    own = authors.own
    own_number = authors.by_fingerprint.get(own.fingerprint) if own.fingerprint else None
    for row in rows:
        record = decode(kind, row, authors)
        text_ = proofs_text(
            conn, record, by_id=authors.by_id, own_number=own_number, own=own, before=None
        )
        if text_ is not None:
            updates.append({"pk_": row.pk, "proofs": text_})
    if updates:
        conn.execute(
            update(table).where(table.c.pk == bindparam("pk_")).values(proofs=bindparam("proofs")),
            updates,
        )
    return len(updates)


def each(conn: Connection, kind: Kind, authors: Authors) -> Iterator[Record]:
    """Every record of `kind`, tombstones included, in storage order."""
    table = RECORD_TABLES[kind]
    for row in conn.execute(select(table).order_by(table.c.pk)):
        yield decode(kind, row, authors)


def has_any(conn: Connection, kind: Kind) -> bool:
    table = RECORD_TABLES[kind]
    return conn.execute(select(table.c.pk).limit(1)).first() is not None


def id_chunks(record_ids: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    """`record_ids` in slices small enough for one `IN (...)` each."""
    for start in range(0, len(record_ids), size):
        yield record_ids[start : start + size]


def pks_of(conn: Connection, kind: Kind, record_ids: Sequence[str]) -> dict[str, int]:
    """id -> pk of those of `record_ids` this vault holds (live or tombstones)."""
    table = RECORD_TABLES[kind]
    found: dict[str, int] = {}
    for chunk in id_chunks(record_ids):
        rows = conn.execute(select(table.c.id, table.c.pk).where(table.c.id.in_(chunk)))
        found.update((row[0], row[1]) for row in rows)
    return found


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


def people_names_and_channels(conn: Connection) -> Iterator[tuple[Any, ...]]:
    """(id, display_name, alias, channels as stored JSON) of every live person: what
    telling a newcomer from someone known needs, read without decoding records."""
    table = RECORD_TABLES[Kind.PERSON]
    stmt = select(table.c.id, table.c.display_name, table.c.alias, table.c.channels).where(
        table.c.deleted.is_(False)
    )
    for row in conn.execute(stmt):
        yield tuple(row)


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
    stmt = _listing(kind, query, include_deleted)
    for name, value in (where or {}).items():
        stmt = stmt.where(table.c[name] == value)
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
    table = RECORD_TABLES[kind]
    stmt = _listing(kind, query, include_deleted)
    for name, value in (where or {}).items():
        stmt = stmt.where(table.c[name] == value)
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


def ids_changed_since(conn: Connection, kind: Kind, change_seq: int) -> list[str]:
    table = RECORD_TABLES[kind]
    stmt = select(table.c.id).where(table.c.change_seq > change_seq).order_by(table.c.change_seq)
    return list(conn.execute(stmt).scalars())
