"""What an export sends: record kinds, chapters, tags, events, and a sensitivity ceiling.

Restricted data stays home unless the export explicitly includes it: people whose
sensitivity is `restricted`, restricted fields (legal name) and phone channels.
Tombstones pass every content filter: they carry no content, and peers must learn that a
record is gone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pslapp.core.enums import ChannelKind, Kind, Sensitivity
from pslapp.core.fields import FIELDS, field_names
from pslapp.core.merge import FieldOp, RecordState, register_ops
from pslapp.core.record import Record

RESTRICTED_CHANNELS = frozenset({ChannelKind.PHONE.value})
_UNRESTRICTED_FIELDS = {
    kind: tuple(f.name for f in FIELDS[kind] if not f.restricted) for kind in Kind
}


@dataclass(frozen=True)
class Scope:
    kinds: frozenset[Kind] = field(default_factory=lambda: frozenset(Kind))
    chapters: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    events: frozenset[str] = frozenset()
    include_restricted: bool = False
    everything: bool = False  # else: changes since the last bundle to these peers

    def describe(self) -> dict[str, Any]:
        """For the manifest: what the sender chose, without naming any record."""
        return {
            "kinds": sorted(k.value for k in self.kinds),
            "chapters": sorted(self.chapters),
            "tags": sorted(self.tags),
            "events": len(self.events),
            "include_restricted": self.include_restricted,
            "since": "everything" if self.everything else "last_bundle",
        }

    def admits(self, record: Record) -> bool:
        if record.kind not in self.kinds:
            return False
        if record.deleted:
            return True
        values = record.values
        if not self.include_restricted and values.get("sensitivity") == Sensitivity.RESTRICTED:
            return False
        if self.chapters and not _chapter_matches(record, self.chapters):
            return False
        if self.tags and "tags" in values and not self.tags.intersection(values["tags"] or []):
            return False
        return not (self.events and not _event_matches(record, self.events))

    def ops(self, record: Record) -> dict[str, FieldOp]:
        """The record's registers as this scope may send them."""
        names: Iterable[str] = (
            field_names(record.kind)
            if self.include_restricted
            else _UNRESTRICTED_FIELDS[record.kind]
        )
        state = RecordState(record.values, record.stamps, record.deleted)
        ops = register_ops(state, names)
        channels = ops.get("channels")
        if channels is not None and not self.include_restricted and channels.value:
            kept = [c for c in channels.value if c["kind"] not in RESTRICTED_CHANNELS]
            ops["channels"] = FieldOp(kept, channels.stamp)
        return ops


def _chapter_matches(record: Record, chapters: frozenset[str]) -> bool:
    values = record.values
    if record.kind is Kind.PERSON:
        return values.get("chapter") in chapters
    if record.kind is Kind.EVENT:
        return bool(chapters.intersection(values.get("chapters") or []))
    if record.kind is Kind.CHAPTER:
        return values.get("name") in chapters
    return True


def _event_matches(record: Record, events: frozenset[str]) -> bool:
    if record.kind is Kind.EVENT:
        return record.id in events
    if record.kind is Kind.ATTENDANCE:
        return record.values.get("event_id") in events
    return True
