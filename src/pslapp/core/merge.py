"""Merging what a bundle says about a record into what this vault holds. Pure: no I/O.

A record is a set of last-writer-wins registers, one per field, plus two pseudo-fields:
`_deleted` (a register holding true/false) and `_cleared` (the HLC of the latest deletion,
which only grows). A field whose stamp is older than `_cleared` holds no value: deleting a
record clears its content at once, and an old edit arriving later cannot bring it back.

The result depends only on the set of registers seen, never on the order they arrived in,
so applying bundles in any order, or twice, gives the same record (see the property tests).

Conflicts are what a user may want to review; they never change the merged state. Each
write's stamp carries its causal past (`Stamp.saw`), so they are exact:
- a concurrent edit: the winner's author had not seen the loser, and the values differ; the
  winner is still (hlc, author), the loser is kept in the entry;
- an edit a deletion did not see: a field written by someone the deleter had not seen,
  older than the deletion (its value is then void) or newer (it stays in the tombstone).
  It is listed against the deletion, with its value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from pslapp.core.stamps import DELETED, FieldStamps, Stamp

CLEARED = "_cleared"
PSEUDO_FIELDS = (DELETED, CLEARED)


class FieldOp(NamedTuple):
    """One register as a bundle carries it: the value and who wrote it when. (A named
    tuple: an import makes one per field of every record, and tuples are cheap to make.)"""

    value: Any
    stamp: Stamp


# FieldOp(value, stamp) without the named tuple's Python-level __new__: about half the
# cost, for the hundreds of thousands an import or an export makes.
_make: Any = tuple.__new__


@dataclass
class RecordState:
    """What a vault holds about one record (values are the registers' values)."""

    values: dict[str, Any]
    stamps: FieldStamps
    deleted: bool = False


@dataclass(frozen=True)
class Conflict:
    field: str
    kept_value: Any
    kept: Stamp
    lost_value: Any
    lost: Stamp


@dataclass
class MergeOutcome:
    state: RecordState
    changed: bool
    created: bool  # new here and live
    was_live: bool  # existed here, not deleted
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def became_deleted(self) -> bool:
        return self.state.deleted and self.was_live


def cleared_hlc(stamps: FieldStamps, deleted: bool) -> int:
    """The HLC before which field values are void: the latest deletion seen."""
    explicit = (stamps.fields or {}).get(CLEARED)
    hlc = explicit.hlc if explicit else 0
    if deleted:
        marker = stamps.get(DELETED)
        hlc = max(hlc, marker.hlc if marker else 0)
    return hlc


def register_ops(state: RecordState, names: Iterable[str]) -> dict[str, FieldOp]:
    """The registers of a record as ops to send: every field with a stamp, plus the two
    pseudo-fields. `names` chooses the fields (e.g. without restricted ones)."""
    values = state.values
    default = state.stamps.default
    listed = state.stamps.fields or {}
    ops = {}
    for name in names:
        s = listed.get(name, default) if listed else default
        if s is not None and s.hlc > 0:  # a zero stamp: never written here
            ops[name] = _make(FieldOp, (values.get(name), s))
    marker = state.stamps.get(DELETED)
    if marker is not None:
        ops[DELETED] = FieldOp(state.deleted, marker)
    cleared = cleared_hlc(state.stamps, state.deleted)
    if cleared:
        source = (state.stamps.fields or {}).get(CLEARED)
        if source is None or source.hlc < cleared:
            source = state.stamps.get(DELETED)
        assert source is not None
        ops[CLEARED] = FieldOp(None, Stamp(source.hlc, source.author, 0))
    return ops


def _plain_new(incoming: Mapping[str, FieldOp]) -> bool:
    deleted = incoming.get(DELETED)
    return CLEARED not in incoming and (deleted is None or deleted.value is False)


def _fresh(incoming: Mapping[str, FieldOp], empty: Mapping[str, Any]) -> MergeOutcome:
    """The common case, fast: a live record new here, so nothing to compare or clear."""
    values = dict(empty)
    first: Stamp | None = None
    uniform = True
    for name, op in incoming.items():
        if name != DELETED:
            values[name] = op.value
        stamp = op.stamp
        if first is None:
            first = stamp
        elif uniform and stamp is not first and stamp != first:
            uniform = False
    if uniform and first is not None and len(incoming) == len(empty) + 1:
        stamps = FieldStamps(first)
    else:
        stamps = _fresh_stamps(incoming, empty)
    return MergeOutcome(RecordState(values, stamps, False), True, True, False, [])


def _fresh_stamps(incoming: Mapping[str, FieldOp], empty: Mapping[str, Any]) -> FieldStamps:
    """`_compact` of a new record's incoming stamps, without the intermediate maps."""
    names = (*empty, DELETED)
    default: Stamp | None = None
    for name in names:  # the oldest real stamp; the first of equals, as `min` picks
        op = incoming.get(name)
        if op is None:
            continue
        s = op.stamp
        if s.hlc > 0 and (default is None or (s.hlc, s.author) < (default.hlc, default.author)):
            default = s
    if default is None:
        listed = FieldStamps(None, {name: op.stamp for name, op in incoming.items()})
        return _compact(listed, [*empty, DELETED])
    unwritten = Stamp(0, default.author, 0)
    fields: dict[str, Stamp] = {}
    for name in names:
        op = incoming.get(name)
        stamp = unwritten if op is None else op.stamp
        if stamp is not default and stamp != default:
            fields[name] = stamp
    for name, op in incoming.items():  # names that are neither fields nor `_deleted`
        if name not in empty and name != DELETED:
            fields[name] = op.stamp
    return FieldStamps(default, fields or None)


def _op_stamp(op: FieldOp | None) -> Stamp | None:
    return None if op is None else op.stamp


def _is_empty(value: Any) -> bool:
    return value is None or value == []


def merge_record(
    local: RecordState | None,
    incoming: Mapping[str, FieldOp],
    empty: Mapping[str, Any],
) -> MergeOutcome:
    """Merge `incoming` registers into `local` (None: the record is new here).
    `empty` is the kind's empty values (`core.record.empty_values`)."""
    if local is None and _plain_new(incoming):
        return _fresh(incoming, empty)
    was_new = local is None
    base = local or RecordState(dict(empty), FieldStamps(), False)
    stamps = FieldStamps(base.stamps.default, dict(base.stamps.fields or {}))
    values = dict(base.values)
    deleted = base.deleted
    conflicts: list[Conflict] = []
    touched: set[str] = set()

    # The deletion state first, so that conflict detection does not depend on the order in
    # which a bundle lists the fields. Every deletion ever seen raises `_cleared`, even one
    # that an undelete has already overruled.
    incoming_deleted = incoming.get(DELETED)
    deletions = [
        (stamps.fields or {}).get(CLEARED),
        _op_stamp(incoming.get(CLEARED)),
        base.stamps.get(DELETED) if base.deleted else None,
        _op_stamp(incoming_deleted) if incoming_deleted and incoming_deleted.value else None,
    ]
    seen = [s for s in deletions if s is not None]
    if seen:
        latest = max(seen, key=lambda s: (s.hlc, s.author))
        stamps.set(CLEARED, Stamp(latest.hlc, latest.author))
    deleted_op = incoming.get(DELETED)
    mine = stamps.get(DELETED)
    if deleted_op is not None and (mine is None or deleted_op.stamp.wins_over(mine)):
        deleted = bool(deleted_op.value)
        stamps.set(DELETED, deleted_op.stamp)
    void_before = cleared_hlc(stamps, deleted)
    marker = stamps.get(DELETED) if deleted else None

    for name, op in incoming.items():
        if name in PSEUDO_FIELDS:
            continue
        mine = stamps.get(name)
        if mine == op.stamp:
            continue
        if mine is not None and not op.stamp.wins_over(mine):
            if mine.saw(op.stamp):
                continue
            if marker is not None:  # the record stays deleted: against the deletion
                if not marker.saw(op.stamp) and not _is_empty(op.value):
                    conflicts.append(Conflict(name, empty[name], marker, op.value, op.stamp))
            elif op.stamp.hlc >= void_before and op.value != values.get(name):
                conflicts.append(Conflict(name, values.get(name), mine, op.value, op.stamp))
            continue
        previous = values.get(name)
        if (
            mine is not None
            and mine.hlc > 0
            and not base.deleted  # a tombstone's values were weighed against its deletion
            and mine.hlc >= void_before
            and not op.stamp.saw(mine)
            and previous != op.value
        ):
            if marker is None:
                conflicts.append(Conflict(name, op.value, op.stamp, previous, mine))
            elif not marker.saw(mine) and not _is_empty(previous):
                conflicts.append(Conflict(name, empty[name], marker, previous, mine))
        values[name] = op.value
        touched.add(name)
        stamps.set(name, op.stamp)

    if marker is not None:
        conflicts.extend(
            _unseen_by_deletion(values, stamps, marker, base=base, touched=touched, empty=empty)
        )
    cleared = cleared_hlc(stamps, deleted)
    for name in empty:
        stamp = stamps.get(name)
        if stamp is None or stamp.hlc < cleared:
            values[name] = empty[name]
    state = RecordState(values, _compact(stamps, [*empty, DELETED]), deleted)
    changed = (
        was_new
        or values != base.values
        or deleted != base.deleted
        or cleared != cleared_hlc(base.stamps, base.deleted)
        or (_stamp_map(stamps, incoming) != _stamp_map(base.stamps, incoming))
    )
    was_live = not was_new and not base.deleted
    return MergeOutcome(state, changed, was_new and not deleted, was_live, conflicts)


def _unseen_by_deletion(
    values: Mapping[str, Any],
    stamps: FieldStamps,
    marker: Stamp,
    *,
    base: RecordState,
    touched: set[str],
    empty: Mapping[str, Any],
) -> list[Conflict]:
    """Fields holding an edit the deletion had not seen (older than it: about to be void;
    or newer), listed when this merge brings the edit or the deletion."""
    newly_deleted = not base.deleted or base.stamps.get(DELETED) != marker
    out = []
    for name in empty:
        if name not in touched and not newly_deleted:
            continue
        stamp = stamps.get(name)
        value = values.get(name)
        if stamp is None or stamp.hlc == 0 or _is_empty(value) or marker.saw(stamp):
            continue
        if name not in touched and base.deleted and stamp.hlc < cleared_hlc(base.stamps, True):
            continue  # void in the tombstone already
        out.append(Conflict(name, empty[name], marker, value, stamp))
    return out


def _stamp_map(stamps: FieldStamps, names: Iterable[str]) -> dict[str, Stamp | None]:
    return {name: stamps.get(name) for name in names}


def _compact(stamps: FieldStamps, names: list[str]) -> FieldStamps:
    """Keep the stored form small: one default stamp (the record's existing one, else its
    oldest, normally the creation) and only the fields that differ from it. A field nobody
    has written here gets a zero stamp, which any real write beats: without it, it would
    seem to have been written with the default."""
    per_field = {name: stamps.get(name) for name in names}
    extra = {k: v for k, v in (stamps.fields or {}).items() if k not in per_field}
    default = stamps.default
    if default is None:
        real = [s for s in per_field.values() if s is not None and s.hlc > 0]
        if not real:
            return FieldStamps(None, {**_present(per_field), **extra} or None)
        default = min(real, key=lambda s: (s.hlc, s.author))
    unwritten = Stamp(0, default.author, 0)
    fields = {k: (v or unwritten) for k, v in per_field.items()}
    listed = {k: v for k, v in fields.items() if v != default}
    return FieldStamps(default, {**listed, **extra} or None)


def _present(per_field: Mapping[str, Stamp | None]) -> dict[str, Stamp]:
    return {k: v for k, v in per_field.items() if v is not None}
