"""Rebuilding the full-text index and the name order keys from the records, when what they
hold changes (after the upgrade that added the names' other spellings and the keys): every
live record's entry, as a write would make it."""

from __future__ import annotations

import json

from sqlalchemy import Connection, select

from pslapp.core.enums import Kind
from pslapp.core.fields import FIELDS, LIST_TYPES, TITLE_FIELD
from pslapp.core.search import index_texts
from pslapp.storage import name_order
from pslapp.storage.tables import FTS_TABLE, KIND_NUMBER, KIND_SLOTS, RECORD_TABLES

_CHUNK = 5_000
_INSERT = f"INSERT INTO {FTS_TABLE}(rowid, body, spellings, sounds) VALUES (?, ?, ?, ?)"


def rebuild(conn: Connection) -> int:
    """Replace every entry of the index; returns how many entries it now holds."""
    conn.exec_driver_sql(f"DELETE FROM {FTS_TABLE}")
    name_order.clear(conn)
    written = 0
    for kind in Kind:
        fields = [f for f in FIELDS[kind] if f.searchable]
        if not fields:
            continue
        table = RECORD_TABLES[kind]
        stmt = select(table.c.pk, *(table.c[f.name] for f in fields)).where(
            table.c.deleted.is_(False)
        )
        rows = conn.execute(stmt.order_by(table.c.pk)).all()
        number = KIND_NUMBER[kind]
        for start in range(0, len(rows), _CHUNK):
            chunk = rows[start : start + _CHUNK]
            columns = {
                spec.name: [
                    (json.loads(row[i + 1]) if row[i + 1] else [])
                    if spec.type in LIST_TYPES
                    else row[i + 1]
                    for row in chunk
                ]
                for i, spec in enumerate(fields)
            }
            entries = [
                (row[0] * KIND_SLOTS + number, *entry)
                for row, entry in zip(chunk, index_texts(kind, columns, len(chunk)), strict=True)
                if entry[0]
            ]
            if entries:
                conn.exec_driver_sql(_INSERT, entries)
            written += len(entries)
            if TITLE_FIELD[kind] in columns:
                titles = columns[TITLE_FIELD[kind]]
                name_order.put(conn, kind, zip((row[0] for row in chunk), titles, strict=True))
    return written
