"""Merging two records of one person, so that every laptop ends with the same one.

A merge is ordinary edits in one transaction, so it travels in bundles like any edit:
1. the kept record takes the chosen values (lists and notes joined, the stricter
   sensitivity, the other spelling of the name in the alias: `core/person_merge.py`);
2. every attendance, link and coalition membership of the other person moves to the kept
   one; two attendances of one event become one (an attendance's id is derived from its
   event and person, so two laptops that move the same attendance write the same record);
3. the other person becomes a tombstone whose `merged_into` names the kept one.

What arrives later is settled by `settle`, after every import: an attendance or link a peer
made for the merged-away person (it had not seen the merge) moves to where the merge chain
ends; opposite merges of one pair are resolved by `core/person_merge.roots`. A field a peer
edited on the merged-away record without having seen the merge is listed as a conflict
against the merge (the deletion had not seen it), and taking that value writes it on the
kept record (`services/conflicts.py`), never on the tombstone.

The vault that made a merge keeps what it replaced (`storage/person_merges.py`), so its user
can undo it with `unmerge`: the other person comes back with their values, what moved moves
back, and the kept record's merged fields return to what they were where nobody has edited
them since. The undo is edits too, and travels.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from pslapp.core import person_merge as plan
from pslapp.core.enums import Kind
from pslapp.core.errors import NotFound, ValidationError
from pslapp.core.fields import MERGED_INTO, field_names
from pslapp.core.hlc import system_ms
from pslapp.core.merge import RecordState
from pslapp.core.record import Record
from pslapp.core.sensitivity_hold import rank
from pslapp.core.stamps import DELETED, Stamp
from pslapp.services import records
from pslapp.services.vault import Vault
from pslapp.storage import person_merges as store
from pslapp.storage import records as repo

_ATTENDANCE_FIELDS = field_names(Kind.ATTENDANCE)


@dataclass
class Moves:
    """What a merge or a settling pass moved: per record, its kind, where it came from
    (id, values) and went (id), and what the target held before (for the undo)."""

    moved: list[dict[str, Any]] = field(default_factory=list)

    def add(self, kind: Kind, source: Record, target: str, before: dict[str, Any] | None) -> None:
        self.moved.append(
            {
                "kind": kind.value,
                "from": source.id,
                "values": dict(source.values),
                "to": target,
                "target_before": before,  # None: the target was made by the move
            }
        )

    def count(self, kind: Kind) -> int:
        return sum(1 for m in self.moved if m["kind"] == kind.value)


@dataclass(frozen=True)
class MergeResult:
    kept: Record
    other_id: str
    attendances: int
    links: int
    memberships: int


def _person(conn: Connection, vault: Vault, person_id: str) -> Record:
    record = repo.load(conn, Kind.PERSON, person_id, vault.authors)
    if record is None or record.deleted:
        raise NotFound(Kind.PERSON.value, person_id)
    return record


def _stamps_of(record: Record) -> list[Stamp]:
    out = [record.stamps.get(name) for name in (*field_names(record.kind), DELETED)]
    return [s for s in out if s is not None and s.hlc > 0]


def merge(vault: Vault, keep_id: str, other_id: str, take_other: Iterable[str] = ()) -> MergeResult:
    """Merge `other_id` into `keep_id` (both live people) in one transaction; `take_other`
    names the fields whose value comes from the other record."""
    if keep_id == other_id:
        raise ValidationError("merge", "a person cannot be merged into themselves")
    with vault.write() as conn:
        kept = _person(conn, vault, keep_id)
        other = _person(conn, vault, other_id)
        try:
            values = plan.merged_person(kept.values, other.values, take_other)
        except ValueError as exc:
            raise ValidationError("--take", str(exc)) from None
        kept_before, other_before = dict(kept.values), dict(other.values)
        with vault.clock.held():  # one stamp: the merge's writes are told apart by it
            kept, written, moves = _merge_writes(conn, vault, kept, other, values)
        store.log_merge(
            conn,
            keep_id,
            other_id,
            {"kept": kept_before, "other": other_before, "written": written, "moved": moves.moved},
            system_ms(),
        )
        _settle(conn, vault)
    return MergeResult(
        kept,
        other_id,
        moves.count(Kind.ATTENDANCE),
        moves.count(Kind.LINK),
        moves.count(Kind.COALITION_MEMBER),
    )


def _merge_writes(
    conn: Connection, vault: Vault, kept: Record, other: Record, values: dict[str, Any]
) -> tuple[Record, dict[str, int], Moves]:
    # The kept record's new values saw the other's (whose writes are then not listed),
    # and all of them are written: should a concurrent merge of the pair the other way
    # be undone (`core/person_merge.roots`), this record's content outlives its deletion.
    changes = {k: v for k, v in values.items() if v != kept.values.get(k)}
    kept = records.edit_within(
        conn, vault, kept, values, saw=_stamps_of(other), rewrite=plan.PERSON_FIELDS
    )
    written = {name: _hlc(kept, name) for name in changes}
    moves = _move_all(conn, vault, [other.id], kept.id, Moves())
    records.delete_within(conn, vault, other, merged_into=kept.id)
    return kept, written, moves


def _hlc(record: Record, name: str) -> int:
    stamp = record.stamps.get(name)
    return stamp.hlc if stamp is not None else 0


def _move_all(
    conn: Connection, vault: Vault, sources: list[str], target: str, moves: Moves
) -> Moves:
    for kind in store.POINTING_KINDS:
        for record in store.pointing_at(conn, kind, sources, vault.authors):
            if kind is Kind.ATTENDANCE:
                _move_attendance(conn, vault, record, target, moves)
            else:
                _move_relation(conn, vault, record, target, moves)
    return moves


def _move_attendance(
    conn: Connection, vault: Vault, attendance: Record, target: str, moves: Moves
) -> None:
    """The attendance becomes the target person's for the same event: folded into theirs
    if they have one, else made (or brought back) under the id derived for them. Every
    field of it is written, so that its content outlives a deletion by a merge the other
    way (`_settle`)."""
    event_id = attendance.values["event_id"]
    target_id = records.attendance_id(event_id, target)
    there = repo.load(conn, Kind.ATTENDANCE, target_id, vault.authors)
    values = {**attendance.values, "person_id": target}
    before: dict[str, Any] | None = None
    if there is None:  # made alike by every laptop that moves it: created when its source
        records.create_within(conn, vault, Kind.ATTENDANCE, values, created=attendance.created)
    elif there.deleted:
        changes = {**values, DELETED: False}
        records.edit_within(conn, vault, there, changes, rewrite=_ATTENDANCE_FIELDS)
    else:
        before = dict(there.values)
        folded = plan.folded_attendance(there.values, values)
        saw = _stamps_of(attendance)
        records.edit_within(conn, vault, there, folded, saw=saw, rewrite=_ATTENDANCE_FIELDS)
    moves.add(Kind.ATTENDANCE, attendance, target_id, before)
    records.delete_within(conn, vault, attendance)


def _move_relation(
    conn: Connection, vault: Vault, record: Record, target: str, moves: Moves
) -> None:
    """A link or coalition membership points at the target instead; one the target has
    already (same organisation and kind, same coalition) is not doubled."""
    kind = record.kind
    same = _same_relation(kind, record.values)
    doubled = [
        r
        for r in store.pointing_at(conn, kind, [target], vault.authors)
        if _same_relation(kind, r.values) == same
    ]
    moves.add(kind, record, doubled[0].id if doubled else record.id, None)
    if doubled:
        records.delete_within(conn, vault, record)
    else:
        records.edit_within(conn, vault, record, {"person_id": target})


def _same_relation(kind: Kind, values: Mapping[str, Any]) -> tuple[Any, ...]:
    if kind is Kind.LINK:
        return (values.get("kind"), values.get("organisation_id"))
    return (values.get("coalition_id"),)


@dataclass(frozen=True)
class Settled:
    moved: int
    revived: int
    stranded: int


def settle(vault: Vault) -> Settled:
    with vault.write() as conn:
        return _settle(conn, vault)


def note_protected(noted: dict[str, str], before: Record, after: RecordState) -> None:
    """The import met a live person merged away by its bundle: note their sensitivity if
    it protects them (`_settle` then holds the merge unless the kept record is as
    protected; the tombstone no longer says)."""
    level = before.values.get("sensitivity")
    if after.deleted and after.values.get(MERGED_INTO) and rank(level) > 0:
        noted[before.id] = str(level)


def settle_within(
    conn: Connection, vault: Vault, protected: Mapping[str, str] | None = None
) -> Settled:
    """`settle` inside the import's transaction (services/bundles/apply.py)."""
    return _settle(conn, vault, protected or {})


def _settle(conn: Connection, vault: Vault, protected: Mapping[str, str] | None = None) -> Settled:
    """Bring what arrived in line with the merges this vault holds: cycles of opposite
    merges undone at their oldest merge, and every live record that points at a
    merged-away person moved to where its merge chain ends. Only a target at least as
    protected as the source is moved into: a peer's merge never carries an attendance of a
    restricted person onto a less protected record (it stays, listed by `person status`)."""
    store.forget_deleted(conn)  # a deleted person's earlier values go with them
    pointers, found = _roots(conn, vault)
    if not pointers:
        return Settled(0, 0, 0)
    revived = 0
    for rid in found.revive:
        record = repo.load(conn, Kind.PERSON, rid, vault.authors)
        assert record is not None
        # Every field is written again, so that what brings the record back holds on a
        # laptop where a deletion this one has not seen yet voided the older content.
        try:
            records.edit_within(
                conn,
                vault,
                record,
                {DELETED: False, MERGED_INTO: None},
                rewrite=plan.PERSON_FIELDS,
            )
        except ValidationError:  # a cycle no merge made (a peer's own pointers): it stays
            continue
        revived += 1
        _undo_moves_of(conn, vault, pointers[rid].stamp)
    # Only the merged-away people something still points at have anything to move (after
    # one pass, normally none): one query per kind, not per person.
    waiting = store.pointed_at(conn, sorted(found.root))
    held = store.held_merges(conn, sorted(waiting))
    moved = 0
    for rid in sorted(waiting - held):
        root = found.root[rid]
        level = (protected or {}).get(rid)
        if level is not None and not _protects(conn, vault, root, level):
            _hold(conn, vault, rid, pointers[rid])
            continue
        moves = _move_all(conn, vault, [rid], root, Moves())
        moved += len(moves.moved)
    return Settled(moved, revived, len(found.stranded))


def _undo_moves_of(conn: Connection, vault: Vault, merge: Stamp) -> None:
    """An undone merge's attendances come back where a later merge the other way wrote
    them again (told by the merge's one stamp on their deletion). One whose content the
    merge's deletion voided stays: what it held was moved, and moves back from there."""
    for attendance in store.deleted_by(conn, Kind.ATTENDANCE, merge, vault.authors):
        try:
            changes = {DELETED: False}
            records.edit_within(conn, vault, attendance, changes, rewrite=_ATTENDANCE_FIELDS)
        except ValidationError:
            continue


def _protects(conn: Connection, vault: Vault, root_id: str, level: str) -> bool:
    """Whether the record a merge ends in is at least as protected as `level`."""
    root = repo.load(conn, Kind.PERSON, root_id, vault.authors)
    return root is not None and rank(root.values.get("sensitivity")) >= rank(level)


def _hold(conn: Connection, vault: Vault, person_id: str, pointer: plan.Pointer) -> None:
    """List a peer's merge of a protected person into a less protected record as a held
    change: nothing moves until the user accepts it (`conflicts resolve --take lost`);
    rejecting it takes the pointer back on every replica."""
    store.hold_merge(
        conn, person_id, held_by=vault.fingerprint, pointer=pointer.stamp, into=pointer.into
    )


def merged_root(vault: Vault, record: Record) -> str | None:
    """The live record a merged-away person ends in, or None (not merged away, or merged
    into someone this vault does not hold alive)."""
    if record.kind is not Kind.PERSON or not record.deleted or not record.values.get(MERGED_INTO):
        return None
    with vault.read() as conn:
        _, found = _roots(conn, vault)
    return found.root.get(record.id)


def _roots(conn: Connection, vault: Vault) -> tuple[dict[str, plan.Pointer], plan.Roots]:
    """The merge pointers this vault holds, and where each chain of them ends."""
    pointers = {
        rid: plan.Pointer(into, stamp)
        for rid, (into, stamp) in store.merge_pointers(conn, vault.authors).items()
    }
    live = store.live_people(conn, sorted({p.into for p in pointers.values()}))
    return pointers, plan.roots(pointers, live)


def take_onto_root(
    vault: Vault, record: Record, root: str, name: str, value: Any, *, saw: list[Stamp]
) -> None:
    """Settle a conflict on a merged-away person: the chosen value (if any) is written on
    the kept record, and the tombstone is merged again by a write that saw every side,
    which settles the conflict wherever it arrives. Keeping the merge's empty value writes
    only the second."""
    with vault.write() as conn:
        if value not in (None, []):
            kept = _person(conn, vault, root)
            if kept.values.get(name) != value:
                records.edit_within(conn, vault, kept, {name: value}, saw=saw)
        again = repo.load(conn, Kind.PERSON, record.id, vault.authors)
        assert again is not None
        records.delete_within(
            conn, vault, again, merged_into=str(record.values[MERGED_INTO]), saw=saw
        )


def settle_held(vault: Vault, record: Record, *, accept: bool, saw: list[Stamp]) -> None:
    """A held merge, decided: accepted, what the merged-away person had moves to the kept
    record; rejected, the pointer is taken back by a new write that saw it, on every
    replica it reaches (the person stays deleted, with what was theirs)."""
    with vault.write() as conn:
        store.release_hold(conn, record.id)
        if not accept:
            again = repo.load(conn, Kind.PERSON, record.id, vault.authors)
            assert again is not None
            hlc = vault.clock.tick()
            again.stamps.write(MERGED_INTO, hlc, vault.fingerprint, also=saw)
            again.values[MERGED_INTO] = None
            records.save_within(conn, vault, again, [MERGED_INTO], hlc)
        _settle(conn, vault)


@dataclass(frozen=True)
class MadeMerge:
    """A merge made on this laptop that can still be undone here."""

    kept_id: str
    kept_name: str
    other_id: str
    other_name: str
    at: int  # wall-clock ms


def undoable_merges(vault: Vault, limit: int = 100) -> list[MadeMerge]:
    """The merges made here that `unmerge` can undo, newest first."""
    with vault.read() as conn:
        logs = [log for log in store.merges(conn) if not log.undone]
        out = []
        for log in reversed(logs):
            other = repo.load(conn, Kind.PERSON, log.other_id, vault.authors)
            if other is None or other.values.get(MERGED_INTO) != log.kept_id:
                continue
            out.append(
                MadeMerge(
                    log.kept_id,
                    str(log.before["kept"].get("display_name") or ""),
                    log.other_id,
                    str(log.before["other"].get("display_name") or ""),
                    log.at,
                )
            )
            if len(out) >= limit:
                break
    return out


def repoint(vault: Vault, record: Record, into: Any, *, saw: list[Stamp]) -> None:
    """Two laptops merged one person into two different people: the user's choice of
    where they belong, as a merge again that saw both (what was theirs then moves)."""
    with vault.write() as conn:
        again = repo.load(conn, Kind.PERSON, record.id, vault.authors)
        if again is None or not again.deleted or not into:
            return
        if not store.live_people(conn, [str(into)]):
            raise ValidationError("conflict", "the person chosen is no longer in the vault")
        records.delete_within(conn, vault, again, merged_into=str(into), saw=saw)
        _settle(conn, vault)


def unmerge(vault: Vault, other_id: str) -> Record:
    """Undo the latest merge made here that merged `other_id` away. The person comes back
    with the values they had, what the merge moved goes back, and each field of the kept
    record the merge changed returns to its value before, unless someone has edited it
    since. Returns the person brought back."""
    with vault.write() as conn:
        log = store.last_merge_of(conn, other_id)
        if log is None:
            raise NotFound("merge of person", other_id)
        other = repo.load(conn, Kind.PERSON, other_id, vault.authors)
        if other is None or not other.deleted or other.values.get(MERGED_INTO) != log.kept_id:
            raise ValidationError("unmerge", "this merge has been changed since; nothing undone")
        kept = _person(conn, vault, log.kept_id)
        back = {**log.before["other"], DELETED: False, MERGED_INTO: None}
        other = records.edit_within(conn, vault, other, back, rewrite=plan.PERSON_FIELDS)
        _restore_kept(conn, vault, kept, log.before["kept"], log.before["written"])
        for move in reversed(log.before["moved"]):
            _move_back(conn, vault, move, other_id)
        store.mark_undone(conn, log.id)
        _settle(conn, vault)
    return other


def _restore_kept(
    conn: Connection,
    vault: Vault,
    kept: Record,
    before: Mapping[str, Any],
    written: Mapping[str, int],
) -> None:
    """Each field the merge wrote back to its value before, where the merge's write is
    still the field's latest (nobody has edited it since)."""
    changes = {}
    for name, hlc in written.items():
        stamp = kept.stamps.get(name)
        if stamp is not None and stamp.hlc == hlc and stamp.author == vault.fingerprint:
            changes[name] = before.get(name)
    if changes:
        records.edit_within(conn, vault, kept, changes)


def _move_back(conn: Connection, vault: Vault, move: Mapping[str, Any], other_id: str) -> None:
    kind = Kind(move["kind"])
    values = {**move["values"], "person_id": other_id}
    if kind is Kind.ATTENDANCE:
        there = repo.load(conn, Kind.ATTENDANCE, move["to"], vault.authors)
        if there is not None and not there.deleted:
            if move["target_before"] is None:
                records.delete_within(conn, vault, there)
            else:
                records.edit_within(conn, vault, there, move["target_before"])
        back = repo.load(conn, Kind.ATTENDANCE, move["from"], vault.authors)
        if back is None:
            records.create_within(conn, vault, Kind.ATTENDANCE, values)
        elif back.deleted:
            changes = {**values, DELETED: False}
            records.edit_within(conn, vault, back, changes, rewrite=_ATTENDANCE_FIELDS)
        return
    record = repo.load(conn, kind, move["from"], vault.authors)
    if record is None:
        return
    if record.deleted:
        changes = {**values, DELETED: False}
        records.edit_within(conn, vault, record, changes, rewrite=field_names(kind))
    elif record.values.get("person_id") != other_id:
        records.edit_within(conn, vault, record, {"person_id": other_id})
