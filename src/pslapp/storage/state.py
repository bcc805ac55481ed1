"""Small counters kept inside the vault: the local change counter, the clock's last stamp,
and the table of authors (key fingerprints) that stamps refer to by number."""

from __future__ import annotations

from sqlalchemy import Connection, func, insert, select, update

from pslapp.storage.proofs import OwnWrites
from pslapp.storage.tables import authors, vault_state

CHANGE_SEQ = "change_seq"
LAST_HLC = "last_hlc"


def get_counter(conn: Connection, key: str) -> int:
    value = conn.execute(select(vault_state.c.value).where(vault_state.c.key == key)).scalar()
    return int(value or 0)


def set_counter(conn: Connection, key: str, value: int) -> None:
    done = conn.execute(update(vault_state).where(vault_state.c.key == key).values(value=value))
    if done.rowcount == 0:
        conn.execute(insert(vault_state).values(key=key, value=value))


def next_change_seqs(conn: Connection, count: int) -> int:
    """Reserve `count` change numbers; returns the first. Monotonic for this vault."""
    first = get_counter(conn, CHANGE_SEQ) + 1
    set_counter(conn, CHANGE_SEQ, first + count - 1)
    return first


class Authors:
    """Fingerprint <-> small local number, cached for the life of an open vault."""

    def __init__(self) -> None:
        self.by_fingerprint: dict[str, int] = {}
        self.by_id: dict[int, str] = {}
        self.own = OwnWrites()  # this vault's writes of the open transaction, to sign

    def load(self, conn: Connection) -> None:
        for row in conn.execute(select(authors.c.id, authors.c.fingerprint)):
            self._remember(row.id, row.fingerprint)

    def id_of(self, conn: Connection, fingerprint: str) -> int:
        if fingerprint not in self.by_fingerprint:
            next_id = (conn.execute(select(func.max(authors.c.id))).scalar() or 0) + 1
            conn.execute(insert(authors).values(id=next_id, fingerprint=fingerprint))
            self._remember(next_id, fingerprint)
        return self.by_fingerprint[fingerprint]

    def forget_uncommitted(self, conn: Connection) -> None:
        """After a rollback, numbers handed out in it no longer exist."""
        self.by_fingerprint.clear()
        self.by_id.clear()
        self.own.pending.clear()
        self.load(conn)

    def _remember(self, author_id: int, fingerprint: str) -> None:
        self.by_fingerprint[fingerprint] = author_id
        self.by_id[author_id] = fingerprint
