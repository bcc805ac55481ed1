"""What one round did, in counts (never names): files written, read, applied, left for
review, skipped and why, own files cleaned up."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Why a file was not applied, beside the bundle rejection codes (core.errors.RejectionCode)
PARTIAL = "partial_file"  # still arriving, or the carrier's own file: never read
NOT_A_FILE = "not_a_file"  # a folder, a link, a device
ALREADY_IMPORTED = "already_imported"  # a copy, a conflict copy or a replay of one applied


@dataclass
class RoundReport:
    folder: Path
    written: int = 0  # our bundle files written this round (0 or 1)
    written_ops: int = 0  # records in it
    read: int = 0  # candidate files looked at (partial files and our own aside)
    applied: int = 0
    left_for_review: int = 0
    cleaned: int = 0  # our own files removed, every recipient having acknowledged them
    created: int = 0
    changed: int = 0
    deleted: int = 0
    conflicts: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def to_json(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "written": self.written,
            "written_ops": self.written_ops,
            "read": self.read,
            "applied": self.applied,
            "left_for_review": self.left_for_review,
            "cleaned": self.cleaned,
            "created": self.created,
            "changed": self.changed,
            "deleted": self.deleted,
            "conflicts": self.conflicts,
            "skipped": dict(sorted(self.skipped.items())),
            "warnings": self.warnings,
        }
