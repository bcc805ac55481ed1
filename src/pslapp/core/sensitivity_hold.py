"""A peer cannot make a person less protected than this vault holds them: an incoming
`sensitivity` that is lower (restricted -> sensitive -> normal) is not applied. The record
keeps its sensitivity, value and stamp, and the incoming value is kept as a conflict for the
user to accept (a new local edit that lowers it) or reject (a new local edit that confirms
the current value, which then wins on every replica). See docs/bundle-format.md, "Held
changes".

Pure: applied to a merge outcome by the importer, after `merge.merge_record`.
"""

from __future__ import annotations

from pslapp.core.enums import Kind, Sensitivity
from pslapp.core.fields import MERGED_INTO  # a peer's merge of a protected person is held too
from pslapp.core.merge import Conflict, MergeOutcome, RecordState
from pslapp.core.stamps import FieldStamps, Stamp

FIELD = "sensitivity"

_RANK = {
    Sensitivity.NORMAL.value: 0,
    Sensitivity.SENSITIVE.value: 1,
    Sensitivity.RESTRICTED.value: 2,
}


def rank(value: object) -> int:
    return _RANK.get(value, 0) if isinstance(value, str) else 0


def is_held(field: str, kept: Stamp, lost: Stamp) -> bool:
    """A conflict entry is a held change (not a merge's loser) when what it set aside is
    the newer write: only a hold keeps the older one."""
    return field in (FIELD, MERGED_INTO) and lost.wins_over(kept)


def hold_lowered_sensitivity(
    kind: Kind, local: RecordState | None, outcome: MergeOutcome
) -> MergeOutcome:
    """`outcome` with a lowered sensitivity set back to `local`'s, and the incoming value
    listed as a conflict instead of the merge's own entries on that field."""
    if kind is not Kind.PERSON or local is None or local.deleted or outcome.state.deleted:
        return outcome
    mine, theirs = local.values.get(FIELD), outcome.state.values.get(FIELD)
    if rank(theirs) >= rank(mine):
        return outcome
    my_stamp, their_stamp = local.stamps.get(FIELD), outcome.state.stamps.get(FIELD)
    if my_stamp is None or their_stamp is None:
        return outcome
    merged = outcome.state.stamps
    stamps = FieldStamps(merged.default, dict(merged.fields or {}))
    stamps.set(FIELD, my_stamp)
    state = RecordState({**outcome.state.values, FIELD: mine}, stamps, outcome.state.deleted)
    held = Conflict(FIELD, mine, my_stamp, theirs, their_stamp)
    conflicts = [c for c in outcome.conflicts if c.field != FIELD]
    return MergeOutcome(
        state,
        outcome.changed,
        outcome.created,
        outcome.was_live,
        [*conflicts, held],
    )
