"""What an import reports: counts by kind, conflicts, warnings (a sequence gap, refused
changes, forks); and what the vault keeps of it (counts, never names)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pslapp.core.enums import Kind
from pslapp.crypto.identity import format_fingerprint
from pslapp.services import peers
from pslapp.services.bundles.container import Manifest


@dataclass
class ImportReport:
    bundle_id: str
    sender_name: str
    sender_fingerprint: str
    sequence: int
    dry_run: bool
    already_imported: bool = False
    created: int = 0
    changed: int = 0
    deleted: int = 0
    unchanged: int = 0
    refused_ops: int = 0
    # records moved here to where a merge of two people ended (services/person_merge.py)
    merge_moves: int = 0
    per_kind: dict[str, dict[str, int]] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def count(self, kind: Kind, what: str) -> None:
        self.add(kind, what, 1)

    def add(self, kind: Kind, what: str, number: int) -> None:
        counts = self.per_kind.setdefault(kind.value, {})
        counts[what] = counts.get(what, 0) + number
        setattr(self, what, getattr(self, what) + number)

    def to_json(self) -> dict[str, Any]:
        return {
            "bundle_id": self.bundle_id,
            "sender": {
                "name": self.sender_name,
                "fingerprint": format_fingerprint(self.sender_fingerprint),
            },
            "sequence": self.sequence,
            "dry_run": self.dry_run,
            "already_imported": self.already_imported,
            "created": self.created,
            "changed": self.changed,
            "deleted": self.deleted,
            "unchanged": self.unchanged,
            "refused_ops": self.refused_ops,
            "merge_moves": self.merge_moves,
            "per_kind": self.per_kind,
            "conflicts": self.conflicts,
            "warnings": self.warnings,
        }

    def summary(self) -> dict[str, Any]:
        """What the vault keeps about an imported bundle: counts, never names."""
        keys = ("created", "changed", "deleted", "unchanged", "refused_ops")
        return {**{k: getattr(self, k) for k in keys}, "conflicts": len(self.conflicts)}


def sequence_warning(manifest: Manifest, sender: peers.Peer, own: str) -> str | None:
    number = manifest.recipient_sequences[own]
    last = sender.last_received_seq
    if number > last + 1:
        missing = number - last - 1
        return (
            f"{missing} earlier bundle(s) from {sender.name} have not been imported here "
            f"(this is number {number}, the last one imported was {last}); import them too "
            "when they arrive, in any order"
        )
    return None
