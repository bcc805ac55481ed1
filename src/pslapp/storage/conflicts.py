"""The conflicts table: what merges listed for review, and the lost writes kept to send on.
Every query on it is here; services speak in record ids, fields and dots."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, exists, insert, select, update

from pslapp.storage.records import id_chunks
from pslapp.storage.tables import conflicts

Dot = tuple[str, str, int, str]  # record id, field, lost hlc, lost author


def listed(conn: Connection, record_ids: Sequence[str]) -> set[Dot]:
    """Every conflict listed for these records, resolved or not, by its lost write."""
    t = conflicts
    out: set[Dot] = set()
    for chunk in id_chunks(list(record_ids)):
        rows = conn.execute(
            select(t.c.record_id, t.c.field, t.c.lost_hlc, t.c.lost_author).where(
                t.c.record_id.in_(chunk)
            )
        )
        out.update((r[0], r[1], r[2], r[3]) for r in rows)
    return out


def add(conn: Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(conflicts), rows)


def any_open(conn: Connection) -> bool:
    return bool(conn.execute(select(exists().where(conflicts.c.resolved.is_(False)))).scalar())


def open_losers(conn: Connection, record_ids: Sequence[str]) -> Iterator[Any]:
    """(id, record_id, field, lost_hlc, lost_author, lost_proof) of the open conflicts."""
    t = conflicts
    for chunk in id_chunks(list(record_ids)):
        yield from conn.execute(
            select(t.c.id, t.c.record_id, t.c.field, t.c.lost_hlc, t.c.lost_author)
            .add_columns(t.c.lost_proof)
            .where(t.c.record_id.in_(chunk), t.c.resolved.is_(False))
        )


def open_lost_writes(conn: Connection) -> list[Any]:
    """(kind, record_id, field, lost_value, lost_hlc, lost_author, lost_proof) of every
    open conflict whose lost write can be sent on, oldest first."""
    t = conflicts
    return list(
        conn.execute(
            select(t.c.kind, t.c.record_id, t.c.field, t.c.lost_value, t.c.lost_hlc)
            .add_columns(t.c.lost_author, t.c.lost_proof)
            .where(t.c.resolved.is_(False), t.c.lost_proof.is_not(None))
            .order_by(t.c.id)
        )
    )


def all_rows(conn: Connection, *, include_resolved: bool) -> list[Any]:
    stmt = select(conflicts).order_by(conflicts.c.id)
    if not include_resolved:
        stmt = stmt.where(conflicts.c.resolved.is_(False))
    return list(conn.execute(stmt))


def row(conn: Connection, conflict_id: int) -> Any:
    return conn.execute(select(conflicts).where(conflicts.c.id == conflict_id)).first()


def open_on(conn: Connection, record_id: str, field: str) -> list[Any]:
    t = conflicts
    stmt = select(t).where(t.c.record_id == record_id, t.c.field == field, t.c.resolved.is_(False))
    return list(conn.execute(stmt))


def resolve_field(conn: Connection, record_id: str, field: str) -> None:
    t = conflicts
    conn.execute(
        update(t).where(t.c.record_id == record_id, t.c.field == field).values(resolved=True)
    )


def resolve(conn: Connection, conflict_ids: Iterable[int]) -> None:
    ids = sorted(conflict_ids)
    if ids:
        conn.execute(update(conflicts).where(conflicts.c.id.in_(ids)).values(resolved=True))
