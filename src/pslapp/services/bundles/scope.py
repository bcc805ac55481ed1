"""What an export sends: record kinds, chapters, tags, events, and a sensitivity ceiling.

Restricted data stays home unless the export explicitly includes it: people whose
sensitivity is `restricted`, everything that points at them (their attendance, links and
coalition memberships), restricted fields (legal name) and phone channels.
Tombstones pass every content filter: they carry no content, and peers must learn that a
record is gone.

The filters work on database rows as an export reads them (no record objects), so that a
full handoff of 100 000 people stays as fast as serialising them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection

from pslapp.core.enums import ChannelKind, Kind, Sensitivity
from pslapp.core.fields import FIELDS, field_names
from pslapp.storage import outgoing

RESTRICTED_CHANNELS = frozenset({ChannelKind.PHONE.value})
_UNRESTRICTED_FIELDS = {
    kind: tuple(f.name for f in FIELDS[kind] if not f.restricted) for kind in Kind
}
Row = Sequence[Any]
RowTest = Callable[[Row], bool]


@dataclass(frozen=True)
class Scope:
    kinds: frozenset[Kind] = field(default_factory=lambda: frozenset(Kind))
    chapters: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    events: frozenset[str] = frozenset()
    include_restricted: bool = False
    everything: bool = False  # else: changes since the last bundle to these peers
    # the ids of restricted people, read once per export (`with_restricted_people`)
    restricted_people: frozenset[str] = frozenset()

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

    def fields(self, kind: Kind) -> tuple[str, ...]:
        """The fields of `kind` this scope sends."""
        return field_names(kind) if self.include_restricted else _UNRESTRICTED_FIELDS[kind]

    def row_filter(self, kind: Kind, at: Mapping[str, int]) -> RowTest | None:
        """Which rows of `kind` pass (`at`: column name -> position in the row, with
        `id`, `deleted` and the fields this scope sends); None when every row does."""
        tests = [test for test in self._tests(kind, at) if test is not None]
        if not tests:
            return None
        deleted = at["deleted"]
        return lambda row: bool(row[deleted]) or all(test(row) for test in tests)

    def _tests(self, kind: Kind, at: Mapping[str, int]) -> list[RowTest | None]:
        tests: list[RowTest | None] = []
        if not self.include_restricted and "sensitivity" in at:
            tests.append(_differs(at["sensitivity"], Sensitivity.RESTRICTED.value))
        if not self.include_restricted and self.restricted_people and "person_id" in at:
            tests.append(_outside(at["person_id"], self.restricted_people))
        if self.chapters:
            tests.append(_chapter_test(kind, at, self.chapters))
        if self.tags and "tags" in at:
            tests.append(_overlaps(at["tags"], self.tags))
        if self.events and kind is Kind.EVENT:
            tests.append(_among(at["id"], self.events))
        if self.events and kind is Kind.ATTENDANCE:
            tests.append(_among(at["event_id"], self.events))
        return tests

    def channels(self, stored: str) -> str:
        """A person's channels as this scope may send them (stored JSON in, JSON out)."""
        if self.include_restricted or '"phone"' not in stored:
            return stored
        kept = [c for c in json.loads(stored) if c["kind"] not in RESTRICTED_CHANNELS]
        return _dump(kept)


_dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode


def _differs(at: int, value: str) -> RowTest:
    return lambda row: row[at] != value


def _outside(at: int, excluded: frozenset[str]) -> RowTest:
    return lambda row: row[at] not in excluded


def with_restricted_people(conn: Connection, scope: Scope) -> Scope:
    """`scope` knowing which people are restricted, so that what points at them stays
    home too (nothing to read when restricted data is included)."""
    if scope.include_restricted:
        return scope
    return replace(scope, restricted_people=outgoing.restricted_people(conn))


def _among(at: int, allowed: frozenset[str]) -> RowTest:
    return lambda row: row[at] in allowed


def _overlaps(at: int, wanted: frozenset[str]) -> RowTest:
    """A JSON list column shares an item with `wanted`."""
    return lambda row: not wanted.isdisjoint(json.loads(row[at] or "[]"))


def _chapter_test(kind: Kind, at: Mapping[str, int], chapters: frozenset[str]) -> RowTest | None:
    if kind is Kind.PERSON:
        return _among(at["chapter"], chapters)
    if kind is Kind.EVENT:
        return _overlaps(at["chapters"], chapters)
    if kind is Kind.CHAPTER:
        return _among(at["name"], chapters)
    return None
