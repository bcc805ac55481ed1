"""What the mailbox holds for the user to see: the folder, each peer's choice and what they
acknowledged, our files still waiting for someone, and the bundles left for review (to
apply with Receive or `pslapp-cli import FILE`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pslapp.crypto.identity import format_fingerprint
from pslapp.services import peers
from pslapp.services.mailbox.cleanup import waiting_for
from pslapp.services.mailbox.folder import folder_of
from pslapp.services.mailbox.incoming import OWN, REVIEW
from pslapp.services.mailbox.trust import MailboxPeer, mailbox_peers
from pslapp.services.vault import Vault
from pslapp.storage import mailbox as store


@dataclass(frozen=True)
class WaitingFile:
    name: str
    size: int
    waiting_for: list[str]  # fingerprints of the recipients that have not acknowledged it


@dataclass(frozen=True)
class ReviewFile:
    path: Path
    sender: str  # fingerprint
    sender_name: str


@dataclass(frozen=True)
class MailboxStatus:
    folder: Path | None
    peers: list[MailboxPeer]
    own_files: list[WaitingFile]
    for_review: list[ReviewFile]

    def to_json(self) -> dict[str, Any]:
        return {
            "folder": None if self.folder is None else str(self.folder),
            "peers": [
                {
                    "fingerprint": format_fingerprint(p.fingerprint),
                    "name": p.name,
                    "trusted": p.trusted,
                    "apply": "auto" if p.auto_apply else "review",
                    "acknowledged": p.acknowledged,
                }
                for p in self.peers
            ],
            "own_files": [
                {
                    "name": f.name,
                    "bytes": f.size,
                    "waiting_for": [format_fingerprint(fp) for fp in f.waiting_for],
                }
                for f in self.own_files
            ],
            "for_review": [
                {
                    "file": str(f.path),
                    "sender": {"name": f.sender_name, "fingerprint": format_fingerprint(f.sender)},
                }
                for f in self.for_review
            ],
        }


def mailbox_status(vault: Vault) -> MailboxStatus:
    folder = folder_of(vault)
    found = mailbox_peers(vault)
    trusted = {p.fingerprint for p in found if p.trusted}
    acknowledged = {p.fingerprint: p.acknowledged for p in found}
    names = peers.labels(peers.list_peers(vault))
    with vault.read() as conn:
        own = store.files(conn, OWN)
        review = store.files(conn, REVIEW)
    return MailboxStatus(
        folder=folder,
        peers=found,
        own_files=[WaitingFile(r.name, r.size, waiting_for(r, trusted, acknowledged)) for r in own],
        for_review=[
            ReviewFile(
                path=(folder or Path()) / r.name,
                sender=r.sender,
                sender_name=names.get(r.sender, r.sender),
            )
            for r in review
        ],
    )
