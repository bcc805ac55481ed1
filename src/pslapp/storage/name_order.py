"""The sort keys of record titles (`tables.name_order`), written beside the search entry
of every record whose title is a name, and the ordering of a list by them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Select

from pslapp.core.collation import NameOrder, sort_keys_of
from pslapp.core.enums import Kind
from pslapp.core.fields import TITLE_FIELD
from pslapp.storage.tables import KIND_NUMBER, RECORD_TABLES, name_order

# Kinds whose title is a name people look for in a sorted list (and is indexed for search,
# which is where its key is written).
NAMED = frozenset({Kind.PERSON, Kind.ORGANISATION, Kind.COALITION, Kind.CHAPTER, Kind.EVENT})
_UPSERT = "INSERT OR REPLACE INTO name_order (kind, pk, latin, cyrillic) VALUES (?, ?, ?, ?)"
_DELETE = "DELETE FROM name_order WHERE kind = ? AND pk = ?"


def put(conn: Connection, kind: Kind, titles: Iterable[tuple[int, str | None]]) -> None:
    """Store the keys of (pk, title) pairs; a title of None (a deleted record) drops them."""
    if kind not in NAMED:
        return
    number = KIND_NUMBER[kind]
    kept: list[tuple[int, str]] = []
    deletes: list[tuple[int, int]] = []
    for pk, title in titles:
        if title is None:
            deletes.append((number, pk))
        else:
            kept.append((pk, title))
    upserts = [
        (number, pk, latin, cyrillic)
        for (pk, _), (latin, cyrillic) in zip(
            kept, sort_keys_of(title for _, title in kept), strict=True
        )
    ]
    if deletes:
        conn.exec_driver_sql(_DELETE, deletes)
    if upserts:
        conn.exec_driver_sql(_UPSERT, upserts)


def clear(conn: Connection) -> None:
    conn.exec_driver_sql("DELETE FROM name_order")


def ordered(
    stmt: Select[Any], kind: Kind, order: NameOrder, *, descending: bool = False
) -> Select[Any]:
    """`stmt` (a select over the kind's table) ordered by the titles' keys in `order`."""
    table = RECORD_TABLES[kind]
    key = name_order.c[order.value]
    stmt = stmt.join(
        name_order,
        (name_order.c.kind == KIND_NUMBER[kind]) & (name_order.c.pk == table.c.pk),
    )
    if descending:
        return stmt.order_by(key.desc(), name_order.c.pk.desc())
    return stmt.order_by(key, name_order.c.pk)


def orders_by_name(kind: Kind, column: str | None) -> bool:
    """Whether a list of `kind` ordered by `column` is ordered by the stored keys."""
    return kind in NAMED and column == TITLE_FIELD[kind]
