"""The vault's own identity row (one, id 1): its name, keys' seeds and creation time."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, select

from pslapp.storage.tables import identity


def store(
    conn: Connection,
    *,
    name: str,
    signing_key: bytes,
    kem_seed: bytes,
    x25519_key: bytes | None,
    created: int,
) -> None:
    conn.execute(
        insert(identity).values(
            id=1,
            name=name,
            signing_key=signing_key,
            kem_seed=kem_seed,
            x25519_key=x25519_key,
            created=created,
        )
    )


def load(conn: Connection) -> Any:
    """The row (name, signing_key, kem_seed, x25519_key, created), or None."""
    return conn.execute(select(identity)).first()
