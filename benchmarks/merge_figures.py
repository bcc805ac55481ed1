"""Merging people (issue 17): finding the likely duplicates among everyone, and one merge
of two people with their attendances. Measured in the source vault of the world; the merges
are undone afterwards (each a merge and its unmerge), so later figures see the same vault."""

from __future__ import annotations

from benchmarks.report import Figure, median_below
from benchmarks.setup import World
from benchmarks.timing import Run, Samples
from pslapp.core.enums import Kind
from pslapp.services import duplicate_pairs, person_merge, records

MERGES = 20


def duplicates_figure(world: World, repeats: int) -> Figure:
    vault = world.source
    samples = Samples()
    found: list[int] = []
    for _ in range(repeats):
        samples.add(Run(lambda: found.append(len(duplicate_pairs.find_pairs(vault)))).measure())
    count = found[-1] if found else 0
    return Figure(
        "duplicate_candidates",
        "likely duplicate pairs among all people (email, phone, names in any spelling)",
        world.people,
        "s",
        samples,
        median_below(5.0),
        notes=[f"{count} pairs found"],
    )


def _made_pairs(world: World, count: int) -> list[tuple[str, str]]:
    """Pairs of one person entered in two scripts, each registered for an event."""
    if count <= 0:
        return []
    vault = world.source
    event = records.page(vault, Kind.EVENT, limit=1)[0].id
    out = []
    for n in range(count):
        one = records.create(vault, Kind.PERSON, {"display_name": f"Тарас Шевченко {n}"}).id
        two = records.create(vault, Kind.PERSON, {"display_name": f"Taras Shevchenko {n}"}).id
        for person in (one, two):
            records.create(vault, Kind.ATTENDANCE, {"event_id": event, "person_id": person})
        out.append((one, two))
    return out


def merge_figure(world: World, repeats: int) -> Figure:
    """Merging a pair of people who each have attendances (the pairs the finder lists
    first), then undoing it, untimed."""
    vault = world.source
    wanted = MERGES * max(repeats, 1)
    pairs = [(p.first_id, p.second_id) for p in duplicate_pairs.find_pairs(vault, limit=wanted)]
    pairs += _made_pairs(world, wanted - len(pairs))  # a small world has few duplicates
    samples = Samples()
    moved = 0
    for keep, other in pairs:
        moved += records.count(vault, Kind.ATTENDANCE, where={"person_id": other})

        def undo(other: str = other) -> None:
            person_merge.unmerge(vault, other)

        merge = Run(lambda keep=keep, other=other: person_merge.merge(vault, keep, other), undo)
        samples.add(merge.measure())
    return Figure(
        "person_merge",
        "merging two people (values, attendances, links, memberships moved), one transaction",
        world.people,
        "ms",
        samples,
        median_below(0.1),
        notes=[f"{len(samples.values)} merges, {moved} attendances moved in all, each undone"],
    )
