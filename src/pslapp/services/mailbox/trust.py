"""Per peer: are their bundles from the mailbox applied at once, or left for a review?
Review is the default; the peer's own bundles say what they received from us."""

from __future__ import annotations

from dataclasses import dataclass

from pslapp.core.errors import ValidationError
from pslapp.services import peers
from pslapp.services.vault import Vault
from pslapp.storage import mailbox as store


@dataclass(frozen=True)
class MailboxPeer:
    fingerprint: str
    name: str
    trusted: bool  # verified and not revoked: bundles go to them and come from them
    auto_apply: bool
    acknowledged: int  # the highest of our numbers for them they said they received


def set_auto_apply(vault: Vault, fingerprint: str, auto_apply: bool) -> MailboxPeer:
    peer = peers.get(vault, fingerprint)  # NotFound, ValidationError
    if auto_apply and not peer.trusted:
        raise ValidationError(
            "peer", f"{peer.name} is not a verified, unrevoked peer: their bundles are refused"
        )
    with vault.write() as conn:
        store.set_auto_apply(conn, peer.fingerprint, auto_apply)
    return next(p for p in mailbox_peers(vault) if p.fingerprint == peer.fingerprint)


def mailbox_peers(vault: Vault) -> list[MailboxPeer]:
    found = peers.list_peers(vault)
    with vault.read() as conn:
        rows = store.peer_rows(conn)
    out = []
    for peer in found:
        row = rows.get(peer.fingerprint)
        out.append(
            MailboxPeer(
                fingerprint=peer.fingerprint,
                name=peer.name,
                trusted=peer.trusted,
                auto_apply=bool(row.auto_apply) if row is not None else False,
                acknowledged=int(row.acknowledged) if row is not None else 0,
            )
        )
    return out
