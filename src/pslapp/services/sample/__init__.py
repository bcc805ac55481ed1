"""Fictional, realistic sample data: a network of emigrant chapters with people (names in
Cyrillic and three Latin transliterations), organisations, a coalition, events and who
came. For demos, manual testing and benchmarks; deterministic for a seed and scalable to
100 000 people.

- `generate(people, seed)`: every row as plain field values, no I/O (small networks).
- `make_plan` + `rows(plan, kind)`: the same rows as lazy streams (large networks).
- `populate(vault, people=..., seed=...)`: insert a network into a vault.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pslapp.core.enums import Kind
from pslapp.services.sample.names import Scheme, transliterate
from pslapp.services.sample.plan import SamplePlan, make_plan
from pslapp.services.sample.populate import INSERT_ORDER, SampleSummary, populate
from pslapp.services.sample.rows import Row, rows, sample_id, sample_index

__all__ = [
    "INSERT_ORDER",
    "Row",
    "SampleData",
    "SamplePlan",
    "SampleSummary",
    "Scheme",
    "generate",
    "make_plan",
    "populate",
    "rows",
    "sample_id",
    "sample_index",
    "transliterate",
]


@dataclass(frozen=True)
class SampleData:
    """All rows of a sample network. References hold sample ids (`sample_id(kind, i)` is
    the i-th row of that kind's list)."""

    chapters: list[Row] = field(default_factory=list)
    tags: list[Row] = field(default_factory=list)
    organisations: list[Row] = field(default_factory=list)
    coalitions: list[Row] = field(default_factory=list)
    coalition_members: list[Row] = field(default_factory=list)
    people: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    attendance: list[Row] = field(default_factory=list)
    links: list[Row] = field(default_factory=list)

    def of(self, kind: Kind) -> list[Row]:
        return {
            Kind.CHAPTER: self.chapters,
            Kind.TAG: self.tags,
            Kind.ORGANISATION: self.organisations,
            Kind.COALITION: self.coalitions,
            Kind.COALITION_MEMBER: self.coalition_members,
            Kind.PERSON: self.people,
            Kind.EVENT: self.events,
            Kind.ATTENDANCE: self.attendance,
            Kind.LINK: self.links,
        }[kind]


def generate(people: int, seed: int = 1) -> SampleData:
    """Every row of a sample network of `people` people, in memory. For 100 000 people
    prefer `rows(make_plan(...), kind)`, which never holds more than one row."""
    plan = make_plan(people, seed)
    data = SampleData()
    for kind in INSERT_ORDER:
        data.of(kind).extend(rows(plan, kind))
    return data
