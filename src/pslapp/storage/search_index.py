"""The full-text index beyond single writes: ranking a listing's matches, and rebuilding
the index and the name order keys from the records when what they hold changes (after
the upgrade that added the names' other spellings and the keys)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Select, literal_column, select, text

from pslapp.core.enums import Kind
from pslapp.core.fields import FIELDS, LIST_TYPES, TITLE_FIELD
from pslapp.core.search import WEIGHTS, index_texts
from pslapp.storage import name_order
from pslapp.storage.tables import FTS_TABLE, KIND_NUMBER, KIND_SLOTS, RECORD_TABLES

_CHUNK = 5_000
# bm25 over the weighted columns (core/search.py): lower is better.
RANK = "bm25({}, {})".format(FTS_TABLE, ", ".join(map(str, WEIGHTS)))


def ranked(stmt: Select[Any], kind: Kind, match: str) -> Select[Any]:
    """`stmt` (over the kind's table) joined to each match's search rank, computed once
    per query, and ordered by it, best first."""
    ranks = (
        select(
            literal_column(f"rowid / {KIND_SLOTS}").label("ranked_pk"),
            literal_column(RANK).label("rank"),
        )
        .select_from(text(FTS_TABLE))
        .where(
            text(f"{FTS_TABLE} MATCH :rank_match AND rowid % {KIND_SLOTS} = {KIND_NUMBER[kind]}")
        )
        .params(rank_match=match)
        .subquery("ranks")
    )
    pk = RECORD_TABLES[kind].c.pk
    return stmt.join(ranks, ranks.c.ranked_pk == pk).order_by(ranks.c.rank)


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
