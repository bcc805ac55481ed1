"""Bundles sent and received (the seen_bundles table, keyed by sender and bundle id) and the
sequence marks they leave on peers. Every query on them is here."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, select, update

from pslapp.storage.tables import peers, seen_bundles


def seen(conn: Connection, sender: str, bundle_id: str) -> bool:
    found = conn.execute(
        select(seen_bundles.c.bundle_id).where(
            seen_bundles.c.sender == sender, seen_bundles.c.bundle_id == bundle_id
        )
    ).first()
    return found is not None


def record(
    conn: Connection,
    *,
    bundle_id: str,
    sender: str,
    sequence: int,
    direction: str,
    at: int,
    summary: str,
) -> None:
    conn.execute(
        insert(seen_bundles).values(
            bundle_id=bundle_id,
            sender=sender,
            sequence=sequence,
            direction=direction,
            at=at,
            summary=summary,
        )
    )


def mark_received(conn: Connection, sender: str, sequence: int) -> None:
    """The sender's latest bundle number seen here, if higher."""
    conn.execute(
        update(peers)
        .where(peers.c.fingerprint == sender, peers.c.last_received_seq < sequence)
        .values(last_received_seq=sequence)
    )


def mark_sent(conn: Connection, recipient: str, upto: int) -> None:
    """Changes up to `upto` went to the recipient, if further than before."""
    conn.execute(
        update(peers)
        .where(peers.c.fingerprint == recipient, peers.c.last_sent_seq < upto)
        .values(last_sent_seq=upto)
    )


def latest(conn: Connection, limit: int) -> list[Any]:
    return list(conn.execute(select(seen_bundles).order_by(seen_bundles.c.at.desc()).limit(limit)))
