"""Authors as the vault knows them: which records carry a given author's writes (for
reviewing what a peer contributed before they were revoked), the cards kept for authors,
and where revocations cut their chains."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, select, update

from pslapp.core.enums import Kind
from pslapp.core.record import Record
from pslapp.storage.record_rows import decode
from pslapp.storage.state import Authors
from pslapp.storage.tables import RECORD_TABLES, authors, peers


def stamped_by(
    conn: Connection, kind: Kind, fingerprint: str, authors: Authors
) -> Iterator[Record]:
    """Live records of `kind` with at least one stamp by `fingerprint`. Stamps are stored as
    `[hlc, author_number, base]`, so `,N,` finds exactly that author's stamps and the
    database skips every other record before any JSON is parsed."""
    author = authors.by_fingerprint.get(fingerprint)
    if author is None:
        return
    table = RECORD_TABLES[kind]
    stmt = (
        select(table)
        .where(table.c.deleted.is_(False), table.c.stamps.contains(f",{author},"))
        .order_by(table.c.pk)
    )
    for row in conn.execute(stmt):
        yield decode(kind, row, authors)


# --- who the authors are: peers' cards, introduced authors, revocation positions ----------


def cards(conn: Connection) -> dict[str, str]:
    """Fingerprint -> identity card text of every author a card is kept for: peers first,
    then authors introduced by a peer."""
    out: dict[str, str] = {r.fingerprint: r.card for r in conn.execute(select(peers))}
    introduced = select(authors.c.fingerprint, authors.c.card).where(authors.c.card.is_not(None))
    for fingerprint, card in conn.execute(introduced):
        out.setdefault(fingerprint, card)
    return out


def with_cards(conn: Connection, fingerprints: Iterable[str]) -> set[str]:
    """Those of `fingerprints` a card is kept for (a peer's or an introduced author's)."""
    wanted = list(fingerprints)
    peer_rows = select(peers.c.fingerprint).where(peers.c.fingerprint.in_(wanted))
    carded = select(authors.c.fingerprint).where(
        authors.c.fingerprint.in_(wanted), authors.c.card.is_not(None)
    )
    return set(conn.execute(peer_rows).scalars()) | set(conn.execute(carded).scalars())


def peer_fingerprints(conn: Connection) -> set[str]:
    return set(conn.execute(select(peers.c.fingerprint)).scalars())


def revoked_positions(conn: Connection) -> dict[str, int]:
    """Fingerprint -> the chain position a revocation cut at (0: nothing of theirs kept)."""
    rows = conn.execute(
        select(peers.c.fingerprint, peers.c.revoked_after).where(peers.c.revoked_at.is_not(None))
    )
    return {fingerprint: after or 0 for fingerprint, after in rows}


def introduce(conn: Connection, fingerprint: str, card: str, introduced_by: str) -> None:
    """Keep the card of an author who is not a peer, and who brought them (first time)."""
    conn.execute(
        update(authors)
        .where(authors.c.fingerprint == fingerprint, authors.c.card.is_(None))
        .values(card=card, introduced_by=introduced_by)
    )


def introduced(conn: Connection) -> list[tuple[str, str, str | None]]:
    """(fingerprint, card, introduced_by) of every author kept who is not a peer."""
    stmt = (
        select(authors.c.fingerprint, authors.c.card, authors.c.introduced_by)
        .where(authors.c.card.is_not(None))
        .order_by(authors.c.id)
    )
    return [(fp, card, by) for fp, card, by in conn.execute(stmt)]
