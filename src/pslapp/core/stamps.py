"""Per-field sync metadata: who wrote each field, when, and which version they saw.

Every field of a record is a last-writer-wins register. Its stamp is (hlc, author, base):
`hlc` orders writes, `author` (a key fingerprint) breaks ties, and `base` is the hlc of the
value the editor saw, which tells a concurrent edit from a sequential one.

Stored compactly: a record created in one go has one default stamp for all its fields and
only the fields edited later carry their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

DEFAULT_KEY = "*"
DELETED = "_deleted"


@dataclass(frozen=True, slots=True)
class Stamp:
    hlc: int
    author: str
    base: int = 0

    def wins_over(self, other: Stamp) -> bool:
        """The total order every replica agrees on: (hlc, author), larger wins."""
        return (self.hlc, self.author) > (other.hlc, other.author)


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

    def write(self, field: str, hlc: int, author: str) -> None:
        """Stamp a local write of `field`; its base is the stamp the writer saw."""
        previous = self.get(field)
        self.set(field, Stamp(hlc, author, previous.hlc if previous else 0))

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

    def to_json(self, author_ids: Mapping[str, int]) -> dict[str, list[int]]:
        """Encode with small local author numbers instead of 60-digit fingerprints."""
        out: dict[str, list[int]] = {}
        if self.default is not None:
            out[DEFAULT_KEY] = _pack(self.default, author_ids)
        for name, stamp in (self.fields or {}).items():
            if stamp != self.default:
                out[name] = _pack(stamp, author_ids)
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, list[int]], authors: Mapping[int, str]) -> FieldStamps:
        stamps = cls()
        for name, (hlc, author, base) in data.items():
            stamp = Stamp(hlc, authors[author], base)
            if name == DEFAULT_KEY:
                stamps.default = stamp
            else:
                stamps.set(name, stamp)
        return stamps


def _pack(stamp: Stamp, author_ids: Mapping[str, int]) -> list[int]:
    return [stamp.hlc, author_ids[stamp.author], stamp.base]
