"""Repository functions for records: each takes an open Connection inside a transaction.
Bulk paths use Core `executemany`; every write keeps the full-text index in step
(`index_entries`). A record's row is made and read back in `record_rows`; lists and
searches through the index are `record_listing`'s, named here too, as callers know them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, func, select, update

from pslapp.core.enums import Kind
from pslapp.core.record import Record
from pslapp.storage import index_entries
from pslapp.storage.proofs import proofs_text
from pslapp.storage.record_listing import (
    collated,
    count,
    matching_pks,
    ordered_pks,
    page,
    page_of_pks,
    search,
)
from pslapp.storage.record_rows import (
    AS_INT,
    BOOL_FIELDS,
    INSERT_SQL,
    JSON_FIELDS,
    ROW_OF,
    STRING_LISTS,
    UPDATE_SQL,
    decode,
    dump_list,
    dump_lists,
    row_of,
)
from pslapp.storage.state import Authors, next_change_seqs
from pslapp.storage.tables import RECORD_TABLES

__all__ = [
    "NewRows",
    "attest_unproven",
    "collated",
    "count",
    "decode",
    "each",
    "has_any",
    "id_chunks",
    "ids_changed_since",
    "insert_columns",
    "insert_many",
    "load",
    "load_many",
    "matching_pks",
    "ordered_pks",
    "page",
    "page_of_pks",
    "people_names_and_channels",
    "pks_of",
    "save",
    "save_many",
    "search",
]


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


def insert_many(conn: Connection, records: Sequence[Record], authors: Authors) -> None:
    """Insert new records of one kind in bulk, with their search entries. Rows go to the
    driver's executemany as tuples: at 100 000 records, per-row parameter processing in
    the SQL layer would cost more than SQLite itself."""
    if not records:
        return
    kind = records[0].kind
    table = RECORD_TABLES[kind]
    sql, _names = INSERT_SQL[kind]
    first_pk = (conn.execute(select(func.max(table.c.pk))).scalar() or 0) + 1
    first_seq = next_change_seqs(conn, len(records))
    in_order = ROW_OF[kind]
    rows = []
    for offset, record in enumerate(records):
        row = row_of(conn, record, authors)
        row["pk"] = first_pk + offset
        row["change_seq"] = first_seq + offset
        rows.append(in_order(row))
    conn.exec_driver_sql(sql, rows)
    index_entries.add(conn, kind, records, range(first_pk, first_pk + len(records)))


def insert_columns(conn: Connection, kind: Kind, rows: NewRows) -> None:
    """Insert new live records of one kind given as columns, with their search entries:
    `insert_many` without a Record object per row (a full import brings hundreds of
    thousands). Fields missing from `rows.values` are empty."""
    count = len(rows.ids)
    if not count:
        return
    table = RECORD_TABLES[kind]
    sql, names = INSERT_SQL[kind]
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
    json_fields = JSON_FIELDS[kind]
    columns = []
    for name in names:
        column = given.get(name)
        if column is None:
            values = rows.values.get(name)
            if values is None:
                column = ["[]" if name in json_fields else None] * count
            elif name in STRING_LISTS[kind]:
                column = dump_lists(values)
            elif name in json_fields:
                column = list(map(dump_list, values))
            elif name in BOOL_FIELDS[kind]:
                column = list(map(AS_INT.__getitem__, values))
            else:
                column = values
        columns.append(column)
    conn.exec_driver_sql(sql, list(zip(*columns, strict=True)))
    index_entries.add_columns(conn, kind, pks, rows.values)


def save_many(conn: Connection, records: Sequence[Record], authors: Authors) -> None:
    """Write back existing records of one kind in bulk (values, stamps, tombstones) and
    re-index them: what `save` does for one, in a handful of statements for all."""
    if not records:
        return
    kind = records[0].kind
    sql, in_order = UPDATE_SQL[kind]
    pks = pks_of(conn, kind, [record.id for record in records])
    before = _with_proofs(conn, kind, [record.id for record in records], authors)
    first_seq = next_change_seqs(conn, len(records))
    rows = []
    for offset, record in enumerate(records):
        row = row_of(conn, record, authors, before.get(record.id))
        row["change_seq"] = first_seq + offset
        rows.append(in_order(row))
    conn.exec_driver_sql(sql, rows)
    index_entries.replace(conn, kind, records, [pks[record.id] for record in records])


def save(conn: Connection, record: Record, authors: Authors) -> None:
    """Write back an existing record (values, stamps, tombstone) and re-index it."""
    table = RECORD_TABLES[record.kind]
    before = _with_proofs(conn, record.kind, [record.id], authors).get(record.id)
    row = row_of(conn, record, authors, before)
    row["change_seq"] = next_change_seqs(conn, 1)
    pk = conn.execute(
        update(table).where(table.c.id == record.id).values(**row).returning(table.c.pk)
    ).scalar_one()
    index_entries.replace_one(conn, record, pk)


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


def people_names_and_channels(conn: Connection) -> Iterator[tuple[Any, ...]]:
    """(id, display_name, alias, channels as stored JSON) of every live person: what
    telling a newcomer from someone known needs, read without decoding records."""
    table = RECORD_TABLES[Kind.PERSON]
    stmt = select(table.c.id, table.c.display_name, table.c.alias, table.c.channels).where(
        table.c.deleted.is_(False)
    )
    for row in conn.execute(stmt):
        yield tuple(row)


def ids_changed_since(conn: Connection, kind: Kind, change_seq: int) -> list[str]:
    table = RECORD_TABLES[kind]
    stmt = select(table.c.id).where(table.c.change_seq > change_seq).order_by(table.c.change_seq)
    return list(conn.execute(stmt).scalars())
