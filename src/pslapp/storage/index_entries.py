"""The search entry and the title's sort keys written beside every record (the FTS5 table,
`name_order`): added with new records, replaced with saved ones, dropped with deleted
ones, so that the index is always in step with the records' rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, text

from pslapp.core.enums import Kind
from pslapp.core.fields import FIELDS, TITLE_FIELD
from pslapp.core.record import Record
from pslapp.core.search import EMPTY_ENTRY, IndexEntry, index_text, index_texts
from pslapp.storage import name_order
from pslapp.storage.tables import FTS_TABLE, KIND_NUMBER, KIND_SLOTS

_FTS_INSERT = text(
    f"INSERT INTO {FTS_TABLE}(rowid, body, spellings, sounds) VALUES (:rowid, :b, :sp, :so)"
)
_FTS_DELETE = text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :rowid")
_FTS_INSERT_SQL = f"INSERT INTO {FTS_TABLE}(rowid, body, spellings, sounds) VALUES (?, ?, ?, ?)"
_FTS_DELETE_SQL = f"DELETE FROM {FTS_TABLE} WHERE rowid = ?"
_SEARCHABLE = {kind: tuple(f.name for f in FIELDS[kind] if f.searchable) for kind in Kind}


def fts_rowid(kind: Kind, pk: int) -> int:
    return pk * KIND_SLOTS + KIND_NUMBER[kind]


def _entry_of(record: Record) -> IndexEntry:
    if record.deleted:
        return EMPTY_ENTRY
    values = record.values
    for name in _SEARCHABLE[record.kind]:  # most attendance and links have nothing to index
        if values.get(name):
            return index_text(record.kind, values)
    return EMPTY_ENTRY


def _title(record: Record) -> str | None:
    return None if record.deleted else record.values.get(TITLE_FIELD[record.kind])


def add(conn: Connection, kind: Kind, records: Sequence[Record], pks: Sequence[int]) -> None:
    """The entries and keys of new records of one kind."""
    entries = []
    for record, pk in zip(records, pks, strict=True):
        entry = _entry_of(record)
        if entry[0]:
            entries.append((fts_rowid(kind, pk), *entry))
    if entries:
        conn.exec_driver_sql(_FTS_INSERT_SQL, entries)
    name_order.put(conn, kind, zip(pks, map(_title, records), strict=True))


def replace(conn: Connection, kind: Kind, records: Sequence[Record], pks: Sequence[int]) -> None:
    """The entries and keys of saved records of one kind, in place of what they had."""
    stale = [(fts_rowid(kind, pk),) for pk in pks]
    if stale:
        conn.exec_driver_sql(_FTS_DELETE_SQL, stale)
    add(conn, kind, records, pks)


def replace_one(conn: Connection, record: Record, pk: int) -> None:
    """`replace` for one record, through compiled statements."""
    rowid = fts_rowid(record.kind, pk)
    conn.execute(_FTS_DELETE, {"rowid": rowid})
    body = _entry_of(record)
    if body[0]:
        conn.execute(_FTS_INSERT, {"rowid": rowid, "b": body[0], "sp": body[1], "so": body[2]})
    if record.kind in name_order.NAMED:
        name_order.put(conn, record.kind, [(pk, _title(record))])


def add_columns(
    conn: Connection, kind: Kind, pks: range, values: Mapping[str, Sequence[Any]]
) -> None:
    """The entries and keys of new live records given as columns (`values`, a missing
    column: no value), a column at a time."""
    number = KIND_NUMBER[kind]
    entries = [
        (pk * KIND_SLOTS + number, *body)
        for pk, body in zip(pks, index_texts(kind, values, len(pks)), strict=True)
        if body[0]
    ]
    if entries:
        conn.exec_driver_sql(_FTS_INSERT_SQL, entries)
    titles = values.get(TITLE_FIELD[kind])
    if titles is not None:
        name_order.put(conn, kind, zip(pks, titles, strict=True))
