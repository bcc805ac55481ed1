"""What an export reads: rows as stored (lists and stamp maps as their JSON text, booleans as
0 and 1), so that a bundle is written from them without decoding a record."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, select

from pslapp.core.enums import Kind, Sensitivity
from pslapp.storage.tables import RECORD_TABLES


def _columns(columns: Sequence[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def changed_since(
    conn: Connection, kind: Kind, columns: Sequence[str], since: int, batch: int
) -> Iterator[Sequence[Any]]:
    """Batches of rows of `kind` changed after change number `since`, in change order."""
    table = RECORD_TABLES[kind].name
    result = conn.exec_driver_sql(
        f"SELECT {_columns(columns)} FROM {table} WHERE change_seq > ? ORDER BY change_seq",
        (since,),
    )
    while rows := result.fetchmany(batch):
        yield rows


def stored_row(conn: Connection, kind: Kind, columns: Sequence[str], record_id: str) -> Any:
    """One record's row as stored, or None."""
    table = RECORD_TABLES[kind].name
    return conn.exec_driver_sql(
        f"SELECT {_columns(columns)} FROM {table} WHERE id = ?", (record_id,)
    ).first()


def restricted_people(conn: Connection) -> frozenset[str]:
    table = RECORD_TABLES[Kind.PERSON]
    rows = conn.execute(
        select(table.c.id).where(table.c.sensitivity == Sensitivity.RESTRICTED.value)
    )
    return frozenset(row[0] for row in rows)
