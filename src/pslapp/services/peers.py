"""The people this vault exchanges bundles with: added from their identity card, verified
only once the user has compared the fingerprint in person, revoked when trust is gone.

A revocation carries a time (an HLC): the peer's bundles are refused from then on, and so are
their ops after that time when someone else relays them.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from anyascii import anyascii
from sqlalchemy import Connection

from pslapp.core.errors import NotFound, ValidationError
from pslapp.core.hlc import pack, system_ms, wall_ms
from pslapp.crypto.card import CardInvalid, make_card, parse_card
from pslapp.crypto.identity import PublicIdentity, format_fingerprint, parse_fingerprint
from pslapp.services.vault import Vault
from pslapp.storage import changesets
from pslapp.storage import peers as store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Peer:
    fingerprint: str  # 60 digits
    name: str
    signing_key: bytes
    kem_recipient: str
    x25519_recipient: str | None
    verified: bool
    revoked_at: int | None  # HLC made from the wall clock, for display
    revoked_after: int | None  # their change sets numbered above it are refused
    added: int  # wall-clock ms
    last_sent_seq: int
    last_received_seq: int

    @property
    def trusted(self) -> bool:
        return self.verified and self.revoked_at is None

    def to_json(self) -> dict[str, object]:
        return {
            "fingerprint": format_fingerprint(self.fingerprint),
            "name": self.name,
            "verified": self.verified,
            "revoked": self.revoked_at is not None,
            "revoked_at": self.revoked_at,
            "revoked_after_change_set": self.revoked_after,
            "added": self.added,
            "age_pq_recipient": self.kem_recipient,
            "age_recipient": self.x25519_recipient,
        }


def _peer(row: object) -> Peer:
    return Peer(
        fingerprint=row.fingerprint,  # type: ignore[attr-defined]
        name=row.name,  # type: ignore[attr-defined]
        signing_key=bytes(row.signing_key),  # type: ignore[attr-defined]
        kem_recipient=row.kem_recipient,  # type: ignore[attr-defined]
        x25519_recipient=row.x25519_recipient,  # type: ignore[attr-defined]
        verified=bool(row.verified),  # type: ignore[attr-defined]
        revoked_at=row.revoked_at,  # type: ignore[attr-defined]
        revoked_after=row.revoked_after,  # type: ignore[attr-defined]
        added=row.added,  # type: ignore[attr-defined]
        last_sent_seq=row.last_sent_seq,  # type: ignore[attr-defined]
        last_received_seq=row.last_received_seq,  # type: ignore[attr-defined]
    )


def own_card(vault: Vault) -> str:
    return make_card(vault.own_identity())


def find(conn: Connection, fingerprint: str) -> Peer | None:
    row = store.by_fingerprint(conn, fingerprint)
    return None if row is None else _peer(row)


def find_by_key(conn: Connection, signing_key: bytes) -> Peer | None:
    row = store.by_signing_key(conn, signing_key)
    return None if row is None else _peer(row)


def get(vault: Vault, fingerprint: str) -> Peer:
    compact = _parse(fingerprint)
    with vault.read() as conn:
        peer = find(conn, compact)
    if peer is None:
        raise NotFound("peer", format_fingerprint(compact))
    return peer


def _parse(fingerprint: str) -> str:
    try:
        return parse_fingerprint(fingerprint)
    except ValueError as exc:
        raise ValidationError("fingerprint", str(exc)) from None


@dataclass(frozen=True)
class PeerAdded:
    peer: Peer
    same_name: tuple[Peer, ...]  # other peers whose name reads the same

    @property
    def warning(self) -> str | None:
        if not self.same_name:
            return None
        others = ", ".join(short_fingerprint(p.fingerprint) for p in self.same_name)
        return (
            f"another peer is already called {self.peer.name} (fingerprint {others}); "
            "they are shown apart by fingerprint: compare it in person before trusting either"
        )


def name_key(name: str) -> str:
    """Names that read the same: case, compatibility forms, script look-alikes (Cyrillic
    'А' for Latin 'A', via the ASCII folding search uses) and spacing aside."""
    folded = anyascii(unicodedata.normalize("NFKC", name)) or name
    return " ".join(folded.casefold().split())


def short_fingerprint(fingerprint: str) -> str:
    return " ".join(format_fingerprint(fingerprint).split()[:2]) + " …"


def labels(found: Sequence[Peer]) -> dict[str, str]:
    """Fingerprint -> the name to show: the name itself when no other peer's reads the
    same, else the name with its fingerprint, and `#2`, `#3` ... in the order they were
    added, so that a second "Alice" can never pass for the first."""
    groups: dict[str, list[Peer]] = {}
    for peer in found:
        groups.setdefault(name_key(peer.name), []).append(peer)
    out: dict[str, str] = {}
    for group in groups.values():
        if len(group) == 1:
            out[group[0].fingerprint] = group[0].name
            continue
        group.sort(key=lambda p: (p.added, p.fingerprint))
        for number, peer in enumerate(group, start=1):
            suffix = "" if number == 1 else f" #{number}"
            out[peer.fingerprint] = f"{peer.name}{suffix} ({short_fingerprint(peer.fingerprint)})"
    return out


def label(vault: Vault, peer: Peer) -> str:
    """How to name `peer` to the user (see `labels`)."""
    return labels(list_peers(vault)).get(peer.fingerprint, peer.name)


def add(vault: Vault, card: bytes, *, verified: bool = False) -> Peer:
    """Add (or refresh) a peer from their card; see `add_peer`."""
    return add_peer(vault, card, verified=verified).peer


def add_peer(vault: Vault, card: bytes, *, verified: bool = False) -> PeerAdded:
    """Add (or refresh) a peer from their card. An existing peer keeps its verification
    and revocation; `verified=True` marks it verified. The result names the other peers
    whose name reads the same, for a warning."""
    identity: PublicIdentity = parse_card(card)
    compact = identity.fingerprint
    if compact == vault.fingerprint:
        raise CardInvalid("this is this vault's own card")
    text = card.decode("utf-8")
    with vault.write() as conn:
        existing = find(conn, compact)
        if existing is None:
            store.add(
                conn,
                fingerprint=compact,
                name=identity.name,
                card=text,
                signing_key=identity.signing_key,
                kem_recipient=identity.kem_recipient.to_string(),
                x25519_recipient=identity.x25519_recipient,
                verified=verified,
                added=system_ms(),
            )
        else:
            verified = existing.verified or verified
            store.change(conn, compact, name=identity.name, card=text, verified=verified)
        peer = find(conn, compact)
        others = store.all_but(conn, compact)
        key = name_key(identity.name)
        same = tuple(p for p in map(_peer, others) if name_key(p.name) == key)
    assert peer is not None
    log.info("peer added")
    return PeerAdded(peer, same)


def list_peers(vault: Vault) -> list[Peer]:
    with vault.read() as conn:
        return [_peer(row) for row in store.by_name(conn)]


def verify(vault: Vault, fingerprint: str) -> Peer:
    """The user compared the fingerprint with the peer in person."""
    compact = _parse(fingerprint)
    with vault.write() as conn:
        if not store.change(conn, compact, verified=True):
            raise NotFound("peer", format_fingerprint(compact))
        peer = find(conn, compact)
    assert peer is not None
    return peer


def revoke(
    vault: Vault, fingerprint: str, at: int | None = None, *, after: int | None = None
) -> Peer:
    """Stop trusting a peer. From then on their bundles are refused, and so are their
    change sets numbered above `after` in their signed chain, whoever relays them; an HLC
    they chose cannot get anything past that. `after` defaults to the last change set of
    theirs this vault had received by `at` (an HLC; default: now by the wall clock, never
    the vault's HLC, which stamps from peers may have moved ahead). An earlier revocation
    is never moved later: trust never comes back by revoking again."""
    compact = _parse(fingerprint)
    with vault.write() as conn:
        peer = find(conn, compact)
        if peer is None:
            raise NotFound("peer", format_fingerprint(compact))
        when = at if at is not None else pack(system_ms())
        position = (
            after
            if after is not None
            else changesets.last_seq(conn, compact, received_by=wall_ms(when))
        )
        if peer.revoked_at is not None:
            when = min(when, peer.revoked_at)
        if peer.revoked_after is not None:
            position = min(position, peer.revoked_after)
        store.change(conn, compact, revoked_at=when, revoked_after=position)
        peer = find(conn, compact)
    assert peer is not None
    log.info("peer revoked")
    return peer
