"""A record as the layers above storage see it: plain values plus sync metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pslapp.core.enums import Kind
from pslapp.core.fields import FIELDS, LIST_TYPES, TITLE_FIELD, field_names
from pslapp.core.stamps import FieldStamps


@dataclass
class Record:
    kind: Kind
    id: str
    values: dict[str, Any]
    created: int  # wall-clock ms, UTC
    updated: int
    deleted: bool = False
    stamps: FieldStamps = field(default_factory=FieldStamps)
    # What proves each write this vault holds to its author, for relaying it: a list of
    # [author number, hlc, change set id, disclosure] (core/attest.py), or None.
    proofs: list[list[Any]] | None = None

    @property
    def title(self) -> str:
        return str(self.values.get(TITLE_FIELD[self.kind]) or "")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "kind": self.kind.value}
        out.update({name: self.values.get(name) for name in field_names(self.kind)})
        out["created"] = iso_ms(self.created)
        out["updated"] = iso_ms(self.updated)
        if self.deleted:
            out["deleted"] = True
        return out


def iso_ms(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds")


def empty_values(kind: Kind) -> dict[str, Any]:
    """What a tombstone holds: content cleared, lists empty."""
    return {f.name: ([] if f.type in LIST_TYPES else None) for f in FIELDS[kind]}
