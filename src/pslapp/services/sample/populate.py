"""Fill a vault with a sample network: kind by kind in dependency order, each kind in one
bulk transaction, with the sample ids in references swapped for the ids the vault gave."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from pslapp.core.enums import Kind
from pslapp.core.fields import FIELDS, FieldType
from pslapp.services import records
from pslapp.services.sample.plan import make_plan
from pslapp.services.sample.rows import Row, rows, sample_index
from pslapp.services.vault import Vault

# Referenced kinds come before the kinds that refer to them.
INSERT_ORDER = (
    Kind.CHAPTER,
    Kind.TAG,
    Kind.ORGANISATION,
    Kind.COALITION,
    Kind.PERSON,
    Kind.COALITION_MEMBER,
    Kind.LINK,
    Kind.EVENT,
    Kind.ATTENDANCE,
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SampleSummary:
    counts: dict[Kind, int]  # records created per kind
    forum_id: str  # the big forum, for demos of door mode
    coalition_id: str  # the main coalition
    seconds: float


def populate(
    vault: Vault, *, people: int, seed: int = 1, progress: Progress | None = None
) -> SampleSummary:
    """Create a sample network of `people` people (and chapters, organisations, events,
    attendance ...) in `vault`. Deterministic in content for a seed; record ids are new.
    `progress(done, total)` counts records over all kinds. Each kind is its own
    transaction: an interrupted run leaves the kinds done so far."""
    began = time.perf_counter()
    plan = make_plan(people, seed)
    expected = plan.counts()
    total = sum(expected.values())
    ids: dict[Kind, list[str]] = {}
    done = 0
    for kind in INSERT_ORDER:
        step = None
        if progress is not None:
            step = _offset(progress, done, total)
        ids[kind] = records.create_many(
            vault, kind, _resolved(kind, rows(plan, kind), ids), progress=step, total=total
        )
        done += expected[kind]
    return SampleSummary(
        counts={kind: len(found) for kind, found in ids.items()},
        forum_id=ids[Kind.EVENT][0],
        coalition_id=ids[Kind.COALITION][0],
        seconds=time.perf_counter() - began,
    )


def _offset(progress: Progress, done: int, total: int) -> Progress:
    return lambda n, _total: progress(done + n, total)


def _resolved(kind: Kind, stream: Iterable[Row], ids: dict[Kind, list[str]]) -> Iterator[Row]:
    refs = [(f.name, f.ref) for f in FIELDS[kind] if f.type is FieldType.REF and f.ref]
    for row in stream:
        for name, target in refs:
            value = row.get(name)
            if value:
                row[name] = ids[target][sample_index(value)]
        yield row
