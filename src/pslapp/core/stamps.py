"""Per-field sync metadata: who wrote each field, when, and which version they saw.

Every field of a record is a last-writer-wins register. Its stamp is (hlc, author, seen):
`hlc` orders writes, `author` (a key fingerprint) breaks ties, and `seen` is the write's
causal past for that field: for each other author, the latest HLC of theirs the writer had
seen there (a version vector; an author always saw their own earlier writes). A write saw
another exactly when the vector says so, which tells a concurrent edit from a sequential one
however the writes travelled. A deletion's vector covers every field of the record.

Stamps stored before causal history carry `base` instead: the HLC of the value the writer
replaced, read as "saw everything up to it" (what conflict detection assumed then).

Stored compactly: a record created in one go has one default stamp for all its fields and
only the fields edited later carry their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

DEFAULT_KEY = "*"
DELETED = "_deleted"


MAX_SEEN = 64  # authors in one causal past; beyond it the oldest are left out (see `past`)

Seen = tuple[tuple[str, int], ...]  # (author, hlc), authors ascending


@dataclass(frozen=True, slots=True)
class Stamp:
    hlc: int
    author: str
    base: int = 0  # stamps from before causal history only
    seen: Seen = ()

    def wins_over(self, other: Stamp) -> bool:
        """The total order every replica agrees on: (hlc, author), larger wins."""
        return (self.hlc, self.author) > (other.hlc, other.author)

    def saw(self, other: Stamp) -> bool:
        """Had this write's author seen `other` when writing?"""
        if other.author == self.author:
            return other.hlc <= self.hlc  # one vault's writes are sequential
        if other.hlc <= self.base:
            return True
        for author, hlc in self.seen:
            if author == other.author:
                return other.hlc <= hlc
        return False


def past(*stamps: Stamp | None, without: str) -> Seen:
    """The causal past a new write by `without` gets when it replaces `stamps`: each of
    them and everything they saw, the writer's own writes left out (they are implied).
    Past `MAX_SEEN` authors the oldest entries go: a write then merely seems to have seen
    less, so more is listed for review, never less."""
    latest: dict[str, int] = {}
    for stamp in stamps:
        if stamp is None or stamp.hlc == 0:
            continue
        for author, hlc in (*stamp.seen, (stamp.author, stamp.hlc)):
            if hlc > latest.get(author, 0):
                latest[author] = hlc
    latest.pop(without, None)
    if len(latest) > MAX_SEEN:
        kept = sorted(latest.items(), key=lambda item: (item[1], item[0]))[-MAX_SEEN:]
        latest = dict(kept)
    return tuple(sorted(latest.items()))


@dataclass(slots=True)
class FieldStamps:
    """The stamps of one record's fields, with a default that covers unlisted fields."""

    default: Stamp | None = None
    fields: dict[str, Stamp] | None = None

    def get(self, field: str) -> Stamp | None:
        if self.fields and field in self.fields:
            return self.fields[field]
        return self.default

    def set(self, field: str, stamp: Stamp) -> None:
        if self.fields is None:
            self.fields = {}
        self.fields[field] = stamp

    def write(self, field: str, hlc: int, author: str, *, also: Iterable[Stamp] = ()) -> None:
        """Stamp a local write of `field`: it saw the register it replaces (and `also`,
        e.g. the lost side of a conflict the user settles)."""
        self.set(field, Stamp(hlc, author, 0, past(self.get(field), *also, without=author)))

    def write_deletion(
        self, field: str, hlc: int, author: str, names: Iterable[str], *, also: Iterable[Stamp] = ()
    ) -> None:
        """Stamp a local deletion (or undeletion) in `field`: it saw every field in `names`
        (and `also`)."""
        stamps = (self.get(field), *(self.get(name) for name in names), *also)
        seen = past(*stamps, without=author)
        self.set(field, Stamp(hlc, author, 0, seen))

    def max_hlc(self) -> int:
        values = [s.hlc for s in (self.fields or {}).values()]
        if self.default is not None:
            values.append(self.default.hlc)
        return max(values, default=0)

    def items(self, names: Iterable[str]) -> Iterable[tuple[str, Stamp]]:
        for name in names:
            stamp = self.get(name)
            if stamp is not None:
                yield name, stamp

    def to_json(self, author_ids: Mapping[str, int]) -> dict[str, list[Any]]:
        """Encode with small local author numbers instead of 60-digit fingerprints."""
        out: dict[str, list[int]] = {}
        if self.default is not None:
            out[DEFAULT_KEY] = pack(self.default, author_ids)
        for name, stamp in (self.fields or {}).items():
            if stamp != self.default:
                out[name] = pack(stamp, author_ids)
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, list[Any]], authors: Mapping[int, str]) -> FieldStamps:
        stamps = cls()
        for name, (hlc, author, base) in data.items():
            if type(base) is list:
                seen = tuple(sorted((authors[n], h) for n, h in base))
                stamp = Stamp(hlc, authors[author], 0, seen)
            else:
                stamp = Stamp(hlc, authors[author], base)
            if name == DEFAULT_KEY:
                stamps.default = stamp
            else:
                stamps.set(name, stamp)
        return stamps


def pack(stamp: Stamp, author_ids: Mapping[str, int]) -> list[Any]:
    """`[hlc, author, base]`, or `[hlc, author, [[author, hlc], ...]]` with a causal past
    (authors as numbers, ascending)."""
    past: Any = pack_seen(stamp.seen, author_ids) if stamp.seen else stamp.base
    return [stamp.hlc, author_ids[stamp.author], past]


def pack_seen(seen: Seen, author_ids: Mapping[str, int]) -> list[list[int]]:
    """A causal past as stamps carry it: `[[author number, hlc], ...]`, numbers ascending."""
    return sorted([author_ids[a], h] for a, h in seen)
