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


def merge_figure(world: World, repeats: int) -> Figure:
    """Merging a pair of people who each have attendances (the pairs the finder lists
    first), then undoing it, untimed."""
    vault = world.source
    pairs = duplicate_pairs.find_pairs(vault, limit=MERGES * max(repeats, 1))
    samples = Samples()
    moved = 0
    for pair in pairs:
        attendances = records.count(vault, Kind.ATTENDANCE, where={"person_id": pair.second_id})
        moved += attendances

        def undo(pair: duplicate_pairs.Pair = pair) -> None:
            person_merge.unmerge(vault, pair.second_id)

        merge = Run(
            lambda pair=pair: person_merge.merge(vault, pair.first_id, pair.second_id), undo
        )
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
