"""Secondary indexes of tables that one transaction fills from empty, built once at its end.

Inserting tens of thousands of rows into an empty table while SQLite keeps every secondary
index up to date, row by row, costs more than building each index once from the finished
table (one sort). A first import does exactly that, so it drops the indexes of the tables it
finds empty and creates them again, from the very statements `sqlite_master` held, before
anything reads them. Both happen inside the import's transaction: if it fails, the rollback
brings the indexes back with everything else. Unique constraints' own indexes
(`sqlite_autoindex_*`, which have no statement) stay, so ids are still checked as they
arrive."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, select

from pslapp.core.enums import Kind
from pslapp.storage.tables import RECORD_TABLES, name_order


def secondary_indexes(conn: Connection, tables: Iterable[str]) -> list[tuple[str, str]]:
    """(name, CREATE statement) of each index of `tables` that has a statement."""
    names = sorted(set(tables))
    if not names:
        return []
    marks = ", ".join("?" * len(names))
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY name",
        tuple(names),
    )
    return [(str(name), str(sql)) for name, sql in rows]


def empty_tables(conn: Connection, kinds: Iterable[Kind]) -> list[str]:
    """The record tables of `kinds` (which hold no record) and the sort keys' table if it
    holds no row either."""
    tables = [RECORD_TABLES[kind].name for kind in kinds]
    if conn.execute(select(name_order.c.pk).limit(1)).first() is None:
        tables.append(name_order.name)
    return tables


@contextmanager
def built_after(conn: Connection, tables: Iterable[str]) -> Iterator[None]:
    """Inside a write transaction: `tables` (empty now) lose their secondary indexes while
    the block runs and have them again, identical, when it ends without an error. On an
    error nothing is recreated here: the caller's rollback restores the schema."""
    indexes = secondary_indexes(conn, tables)
    for name, _ in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, statement in indexes:
        conn.exec_driver_sql(statement)
