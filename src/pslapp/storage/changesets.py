"""Signed change sets kept in the vault (crypto/changeset.py): this vault's own chain, and
every change set of another author that proves a write the vault keeps."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, select, update

from pslapp.core.hlc import system_ms
from pslapp.storage.tables import change_sets


@dataclass(frozen=True)
class StoredChangeSet:
    id: int
    author: str
    seq: int
    digest: str
    statement: bytes
    signature: bytes


def allocate(conn: Connection, author: str) -> tuple[int, int]:
    """A row for this vault's next change set, signed when its transaction ends
    (`finish`). Returns its id and number."""
    t = change_sets
    seq = (conn.execute(select(func.max(t.c.seq)).where(t.c.author == author)).scalar() or 0) + 1
    row_id = conn.execute(
        insert(t)
        .values(author=author, seq=seq, digest=f"pending:{seq}", statement=b"", signature=b"")
        .values(received=system_ms())
        .returning(t.c.id)
    ).scalar_one()
    return row_id, seq


def previous_id(conn: Connection, author: str, seq: int) -> str:
    if seq <= 1:
        return ""
    t = change_sets
    digest = conn.execute(
        select(t.c.digest).where(t.c.author == author, t.c.seq == seq - 1).order_by(t.c.id.desc())
    ).scalar()
    return digest or ""


def finish(conn: Connection, row_id: int, digest: str, statement: bytes, signature: bytes) -> None:
    conn.execute(
        update(change_sets)
        .where(change_sets.c.id == row_id)
        .values(digest=digest, statement=statement, signature=signature)
    )


def store(
    conn: Connection, *, author: str, seq: int, digest: str, statement: bytes, signature: bytes
) -> int:
    """Keep a verified change set (once); returns its id."""
    t = change_sets
    found = conn.execute(select(t.c.id).where(t.c.digest == digest)).scalar()
    if found is not None:
        return int(found)
    return int(
        conn.execute(
            insert(t)
            .values(author=author, seq=seq, digest=digest, statement=statement)
            .values(signature=signature, received=system_ms())
            .returning(t.c.id)
        ).scalar_one()
    )


def load(conn: Connection, ids: Iterable[int]) -> dict[int, StoredChangeSet]:
    t = change_sets
    wanted = list(ids)
    if not wanted:
        return {}
    rows = conn.execute(select(t).where(t.c.id.in_(wanted)))
    return {
        r.id: StoredChangeSet(r.id, r.author, r.seq, r.digest, r.statement, r.signature)
        for r in rows
    }


def chain_of(conn: Connection, author: str) -> list[tuple[int, str, bytes]]:
    """(seq, id, statement) of every change set held from `author`."""
    t = change_sets
    rows = conn.execute(
        select(t.c.seq, t.c.digest, t.c.statement).where(t.c.author == author, t.c.statement != b"")
    )
    return [(r.seq, r.digest, r.statement) for r in rows]


def versions(conn: Connection, author: str, seq: int) -> set[str]:
    """The ids of the change sets numbered `seq` held from `author` (more than one: a fork)."""
    t = change_sets
    rows = conn.execute(select(t.c.digest).where(t.c.author == author, t.c.seq == seq))
    return set(rows.scalars())


def last_seq(conn: Connection, author: str, *, received_by: int | None = None) -> int:
    """The highest number of `author`'s change sets held (received by a wall-clock time)."""
    t = change_sets
    stmt = select(func.max(t.c.seq)).where(t.c.author == author)
    if received_by is not None:
        stmt = stmt.where(t.c.received <= received_by)
    return int(conn.execute(stmt).scalar() or 0)


def forks(conn: Connection) -> list[tuple[str, int]]:
    """(author, seq) held in more than one version."""
    t = change_sets
    rows = conn.execute(
        select(t.c.author, t.c.seq).group_by(t.c.author, t.c.seq).having(func.count() > 1)
    )
    return [(r.author, r.seq) for r in rows]
