"""The peers table: trusted people's cards and keys, verification, revocation, sequence
marks. Every query on it is here (the sequence marks a bundle leaves: `exchanges.py`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, select, update

from pslapp.storage.tables import peers


def by_fingerprint(conn: Connection, fingerprint: str) -> Any:
    return conn.execute(select(peers).where(peers.c.fingerprint == fingerprint)).first()


def by_signing_key(conn: Connection, signing_key: bytes) -> Any:
    return conn.execute(select(peers).where(peers.c.signing_key == signing_key)).first()


def add(conn: Connection, **values: Any) -> None:
    conn.execute(insert(peers).values(**values))


def change(conn: Connection, fingerprint: str, **values: Any) -> bool:
    """Set `values` on the peer; False if there is no such peer."""
    done = conn.execute(update(peers).where(peers.c.fingerprint == fingerprint).values(**values))
    return done.rowcount > 0


def all_but(conn: Connection, fingerprint: str) -> list[Any]:
    return list(conn.execute(select(peers).where(peers.c.fingerprint != fingerprint)))


def by_name(conn: Connection) -> list[Any]:
    return list(conn.execute(select(peers).order_by(peers.c.name)))
