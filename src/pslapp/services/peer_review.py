"""What a peer wrote that this vault still holds: after a revocation, the coordinator
reviews the values an infiltrator contributed before trust ended."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pslapp.core.enums import Kind
from pslapp.core.fields import field_names
from pslapp.services import peers
from pslapp.services.vault import Vault
from pslapp.storage.authorship import stamped_by


@dataclass(frozen=True)
class AuthoredRecord:
    kind: Kind
    id: str
    title: str
    fields: tuple[str, ...]  # the fields whose current value this peer wrote
    latest: int  # HLC of their latest write among them

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "id": self.id,
            "title": self.title,
            "fields": list(self.fields),
            "latest": self.latest,
        }


def authored_by(vault: Vault, fingerprint: str) -> list[AuthoredRecord]:
    """Live records whose current values `fingerprint` wrote, and which fields."""
    peer = peers.get(vault, fingerprint)
    found: list[AuthoredRecord] = []
    with vault.read() as conn:
        for kind in Kind:
            names = field_names(kind)
            for record in stamped_by(conn, kind, peer.fingerprint, vault.authors):
                mine = [
                    (name, stamp.hlc)
                    for name, stamp in record.stamps.items(names)
                    if stamp.author == peer.fingerprint
                ]
                if mine:
                    found.append(
                        AuthoredRecord(
                            kind,
                            record.id,
                            record.title,
                            tuple(name for name, _ in mine),
                            max(hlc for _, hlc in mine),
                        )
                    )
    return found
