"""Merging two records of one person: what the kept record's fields become, how two
attendances of one event become one, and which record a chain of merges ends in. Pure: the
same values in give the same values out on every laptop, which is what lets two vaults that
repair the same merge independently write the same thing (services/person_merge.py).

A merge is made of ordinary edits: the kept record takes the chosen values, whatever pointed
at the other person moves to the kept one, and the other becomes a tombstone whose
`merged_into` names the kept one. Who is merged into whom is then read from the tombstones:
`roots` follows the pointers to a live record. Two vaults that merged one pair in opposite
directions leave a cycle; the oldest merge of the cycle is the one undone (its record comes
back), so the newest one stands, on every replica alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pslapp.core.enums import AttendanceRole, AttendanceStatus, Kind, Sensitivity
from pslapp.core.fields import EDITABLE, LIST_TYPES, LONG_TEXT, SHORT_TEXT, FieldType
from pslapp.core.stamps import Stamp

PERSON_FIELDS = tuple(f.name for f in EDITABLE[Kind.PERSON])
_LISTS = frozenset(f.name for f in EDITABLE[Kind.PERSON] if f.type in LIST_TYPES)
_LONG = frozenset(f.name for f in EDITABLE[Kind.PERSON] if f.type is FieldType.LONG_TEXT)
# Fields whose value is chosen, never joined (the name's other spelling goes to the alias).
CHOSEN = tuple(n for n in PERSON_FIELDS if n not in _LISTS and n not in _LONG)

# The stronger of two attendance statuses: someone checked in under either record was there.
_STATUS_RANK = {
    AttendanceStatus.CHECKED_IN.value: 5,
    AttendanceStatus.REGISTERED.value: 4,
    AttendanceStatus.INVITED.value: 3,
    AttendanceStatus.NO_SHOW.value: 2,
    AttendanceStatus.CANCELLED.value: 1,
}
_ALIAS_SEPARATOR = ", "


def _empty(value: Any) -> bool:
    return value is None or value in ("", [])


def _joined_list(kept: Sequence[Any] | None, other: Sequence[Any] | None) -> list[Any]:
    out: list[Any] = []
    for item in (*(kept or ()), *(other or ())):
        if item not in out:
            out.append(item)
    return out


def _joined_text(kept: str | None, other: str | None, limit: int) -> str | None:
    if _empty(other) or other == kept:
        return kept
    if _empty(kept):
        return other
    return f"{kept}\n\n{other}"[:limit]


def _stricter(a: str | None, b: str | None) -> str:
    levels = [Sensitivity(v or Sensitivity.NORMAL.value) for v in (a, b)]
    return max(levels, key=lambda s: s.level).value


def _alias(kept_name: Any, kept_alias: Any, *others: Any) -> str | None:
    """The kept alias with every other spelling of the name the two records held."""
    words: list[str] = []
    for part in (kept_alias, *others):
        for raw in str(part or "").split(_ALIAS_SEPARATOR):
            piece = raw.strip()
            if piece and piece != kept_name and piece not in words:
                words.append(piece)
    joined = _ALIAS_SEPARATOR.join(words)
    while len(joined) > SHORT_TEXT and _ALIAS_SEPARATOR in joined:  # the oldest stay
        joined = joined.rsplit(_ALIAS_SEPARATOR, 1)[0]
    return joined[:SHORT_TEXT] or None


def merged_person(
    kept: Mapping[str, Any], other: Mapping[str, Any], take_other: Iterable[str] = ()
) -> dict[str, Any]:
    """The kept record's values after the merge. A chosen field keeps the kept record's
    value, or the other's where `take_other` names it (or the kept one is empty); lists and
    notes are joined; the sensitivity is the stricter of the two (a merge never lowers it);
    the alias keeps the name the merge does not (Тарас Шевченко keeps "Taras Shevchenko")."""
    taken = set(take_other)
    unknown = taken - set(CHOSEN)
    if unknown:
        raise ValueError(f"not a field one side is chosen for: {', '.join(sorted(unknown))}")
    out: dict[str, Any] = {}
    for name in PERSON_FIELDS:
        mine, theirs = kept.get(name), other.get(name)
        if name in _LISTS:
            out[name] = _joined_list(mine, theirs)
        elif name in _LONG:
            out[name] = _joined_text(mine, theirs, LONG_TEXT)
        elif name == "sensitivity":
            out[name] = _stricter(mine, theirs)
        elif name in taken or _empty(mine):
            out[name] = theirs if not _empty(theirs) else mine
        else:
            out[name] = mine
    names = (kept.get("display_name"), other.get("display_name"))
    out["alias"] = _alias(
        out["display_name"], out.get("alias"), *names, kept.get("alias"), other.get("alias")
    )
    return out


def folded_attendance(kept: Mapping[str, Any], moved: Mapping[str, Any]) -> dict[str, Any]:
    """One attendance of an event from two (the kept person's and the merged one's): the
    stronger status, the earlier check-in, a role other than participant, notes joined."""

    def rank(values: Mapping[str, Any]) -> int:
        return _STATUS_RANK.get(values.get("status") or "", 0)

    out = dict(kept)
    if rank(moved) > rank(kept):
        out["status"] = moved.get("status")
    times = [t for t in (kept.get("checked_in_at"), moved.get("checked_in_at")) if t]
    out["checked_in_at"] = min(times) if times else None
    out["walk_in"] = bool(kept.get("walk_in")) and bool(moved.get("walk_in"))
    if kept.get("role") in (None, AttendanceRole.PARTICIPANT.value) and moved.get("role"):
        out["role"] = moved["role"]
    for name in ("delegate_of", "consent_follow_up"):
        if kept.get(name) is None:
            out[name] = moved.get(name)
    out["notes"] = _joined_text(kept.get("notes"), moved.get("notes"), LONG_TEXT)
    return out


@dataclass(frozen=True)
class Pointer:
    """A merged-away person's tombstone: the record it names, and the merge's stamp."""

    into: str
    stamp: Stamp


@dataclass(frozen=True)
class Roots:
    root: dict[str, str]  # merged-away person -> the live record it ends in
    revive: list[str]  # records to bring back: each the oldest merge of a cycle
    stranded: list[str]  # merged into someone this vault does not hold alive


def roots(pointers: Mapping[str, Pointer], live: Iterable[str]) -> Roots:
    """Where every merged-away person ends: follow `merged_into` to a live record. In a
    cycle (opposite merges of one pair, or a ring of them) the oldest merge, by its stamp
    (hlc, author), is undone, so its record is the cycle's root on every replica."""
    alive = set(live)
    revive: list[str] = []
    while True:
        cycle = _first_cycle(pointers, alive, set(revive))
        if cycle is None:
            break
        oldest = min(cycle, key=lambda rid: (pointers[rid].stamp.hlc, pointers[rid].stamp.author))
        revive.append(oldest)
    ends = alive | set(revive)
    root: dict[str, str] = {}
    stranded: list[str] = []
    for start in sorted(pointers):
        if start in ends:
            continue
        at, hops = start, 0
        while at in pointers and at not in ends and hops <= len(pointers):
            at, hops = pointers[at].into, hops + 1
        if at in ends:
            root[start] = at
        else:
            stranded.append(start)
    return Roots(root, revive, stranded)


def _first_cycle(
    pointers: Mapping[str, Pointer], alive: set[str], revived: set[str]
) -> list[str] | None:
    """The first cycle of merged-away records (sorted walk, so the same on every replica)."""
    done: set[str] = set()
    for start in sorted(pointers):
        path: list[str] = []
        on_path: set[str] = set()
        at = start
        while at in pointers and at not in alive and at not in revived and at not in done:
            if at in on_path:
                return path[path.index(at) :]
            path.append(at)
            on_path.add(at)
            at = pointers[at].into
        done.update(path)
    return None
