"""Importing a registration list for one event: plan every row first (validate, match
against the people the vault knows), then write the plan in ONE transaction. A dry run is
the plan without the writing."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from pslapp.core.enums import AttendanceStatus, Kind
from pslapp.core.errors import ImportRejected
from pslapp.core.fields import LONG_TEXT
from pslapp.core.record import Record
from pslapp.core.search import fold
from pslapp.core.stamps import DELETED
from pslapp.services import records
from pslapp.services.duplicates import Known, Match, known_people, normalise_email, phone_key
from pslapp.services.registration.headers import map_columns
from pslapp.services.registration.reading import read_table
from pslapp.services.registration.rows import BadRow, Registration, read_registrations
from pslapp.services.vault import Vault
from pslapp.storage import records as repo

MAX_LISTED_PROBLEMS = 50


class OnMatch(StrEnum):
    """What to do with a row whose email or phone belongs to someone already known."""

    MERGE = "merge"  # fill their empty fields, add channels, languages, skills, tags
    NEW = "new"  # create a new person anyway
    SKIP = "skip"  # leave the person as is (they are still registered for the event)


class Action(StrEnum):
    CREATE = "create"
    MERGE = "merge"
    SKIP = "skip"


@dataclass(frozen=True)
class PlannedRow:
    line: int
    action: Action
    person_id: str  # new for CREATE; the known (or an earlier row's) person otherwise
    registration: Registration
    match: Match | None  # exact (merged or skipped) or a name proposed for review

    @property
    def review(self) -> bool:
        return self.match is not None and not self.match.kind.exact

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "line": self.line,
            "action": self.action.value,
            "person_id": self.person_id,
            "display_name": self.registration.person["display_name"],
        }
        if self.match is not None:
            doc["match"] = {
                "person_id": self.match.person_id,
                "display_name": self.match.display_name,
                "by": self.match.kind.value,
                "score": self.match.score,
            }
        return doc


@dataclass
class ImportPlan:
    file: str
    encoding: str
    delimiter: str
    event_id: str
    columns: dict[str, str | None]
    rows: list[PlannedRow] = field(default_factory=list)
    bad_rows: list[BadRow] = field(default_factory=list)
    already_registered: set[str] = field(default_factory=set)  # person ids
    organisations: dict[str, str] = field(default_factory=dict)  # folded name -> id
    written: bool = False

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def registrations(self) -> int:
        return len({r.person_id for r in self.rows} - self.already_registered)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "encoding": self.encoding,
            "delimiter": {"\t": "tab"}.get(self.delimiter, self.delimiter),
            "event_id": self.event_id,
            "dry_run": not self.written,
            "columns": self.columns,
            "rows": len(self.rows) + len(self.bad_rows),
            "created": self.count(Action.CREATE),
            "merged": self.count(Action.MERGE),
            "skipped": self.count(Action.SKIP),
            "registered": self.registrations,
            "already_registered": len({r.person_id for r in self.rows} & self.already_registered),
            "review": [r.to_json() for r in self.rows if r.review],
            "bad_rows": [{"line": b.line, "reason": b.reason} for b in self.bad_rows],
            "people": [r.to_json() for r in self.rows],
        }


Progress = Callable[[int, int], None]
PROGRESS_ROWS = 20


def plan_import(
    vault: Vault,
    path: Path,
    event_id: str,
    *,
    overrides: Mapping[str, str] | None = None,
    on_match: OnMatch = OnMatch.MERGE,
    skip_bad_rows: bool = False,
    progress: Progress | None = None,
) -> ImportPlan:
    """Read, validate and match every row; write nothing. Raises ImportRejected for a
    file that cannot be read, or for bad rows unless `skip_bad_rows`. `progress(done,
    total)` is called every few rows (matching a name can take milliseconds), so a caller
    can show how far it got and stop it by raising."""
    event = records.get(vault, Kind.EVENT, event_id)
    table = read_table(path)
    columns = map_columns(table.name, table.header, overrides or {})
    good, bad = read_registrations(table, columns)
    if bad and not skip_bad_rows:
        raise ImportRejected(
            table.name, _bad_rows_message(bad), tuple((b.line, b.reason) for b in bad)
        )
    plan = ImportPlan(
        table.name,
        table.encoding,
        table.delimiter,
        event.id,
        {h: (t.value if t else None) for h, t in zip(table.header, columns.targets, strict=True)},
        bad_rows=bad,
    )
    attendances = records.page(vault, Kind.ATTENDANCE, where={"event_id": event.id}, limit=10**7)
    plan.already_registered = {a.values["person_id"] for a in attendances}
    plan.organisations = {
        _org_key(o.values["name"]): o.id
        for o in records.page(vault, Kind.ORGANISATION, limit=10**7)
    }
    index = known_people(vault)
    for number, reg in enumerate(good):
        if progress is not None and number % PROGRESS_ROWS == 0:
            progress(number, len(good))
        person = reg.person
        match = index.find(person["display_name"], person["channels"])
        if match is not None and match.kind.exact and on_match is not OnMatch.NEW:
            action = Action.MERGE if on_match is OnMatch.MERGE else Action.SKIP
            plan.rows.append(PlannedRow(reg.line, action, match.person_id, reg, match))
            continue
        new_id = str(uuid.uuid4())
        plan.rows.append(PlannedRow(reg.line, Action.CREATE, new_id, reg, match))
        index.add(Known(new_id, person["display_name"], person["alias"], person["channels"]))
    if progress is not None:
        progress(len(good), len(good))
    return plan


def _bad_rows_message(bad: list[BadRow]) -> str:
    listed = [f"line {b.line}: {b.reason}" for b in bad[:MAX_LISTED_PROBLEMS]]
    if len(bad) > MAX_LISTED_PROBLEMS:
        listed.append(f"... and {len(bad) - MAX_LISTED_PROBLEMS} more")
    return (
        f"{len(bad)} bad row(s); nothing was imported. Fix them, or import the rest "
        "with --skip-bad-rows:\n  " + "\n  ".join(listed)
    )


def _org_key(name: str | None) -> str:
    return " ".join(fold(name or "").split())


def apply_import(vault: Vault, plan: ImportPlan) -> ImportPlan:
    """Write the plan in one transaction: new people, merges, attendances."""
    new_people: dict[str, dict[str, Any]] = {}
    merges: dict[str, list[dict[str, Any]]] = {}
    for row in plan.rows:
        values = row.registration.person
        if row.action is Action.CREATE:
            new_people[row.person_id] = dict(values)
        elif row.action is Action.MERGE and row.person_id in new_people:
            current = new_people[row.person_id]
            current.update(merge_changes(current, values))
        elif row.action is Action.MERGE:
            merges.setdefault(row.person_id, []).append(values)
    with vault.write() as conn:
        known = repo.load_many(conn, Kind.PERSON, list(merges), vault.authors)
        for person_id, incoming in merges.items():
            record = known[person_id]
            for values in incoming:
                changes = merge_changes(record.values, values)
                if changes:
                    record = records.edit_within(conn, vault, record, changes)
        people = [records.new_record(vault, Kind.PERSON, v, pid) for pid, v in new_people.items()]
        repo.insert_many(conn, people, vault.authors)
        _register(conn, vault, plan)
    plan.written = True
    return plan


def _register(conn: Any, vault: Vault, plan: ImportPlan) -> None:
    first_row: dict[str, PlannedRow] = {}
    for row in plan.rows:
        first_row.setdefault(row.person_id, row)
    ids = {pid: records.attendance_id(plan.event_id, pid) for pid in first_row}
    existing = repo.load_many(conn, Kind.ATTENDANCE, list(ids.values()), vault.authors)
    fresh: list[Record] = []
    created = records.attendance_created(conn, vault, plan.event_id)
    for person_id, row in first_row.items():
        values = _attendance_values(plan, person_id, row.registration)
        current = existing.get(ids[person_id])
        if current is None:
            fresh.append(records.new_record(vault, Kind.ATTENDANCE, values, created=created))
        elif current.deleted:  # a cancelled-and-deleted registration comes back
            records.edit_within(conn, vault, current, {**values, DELETED: False})
    repo.insert_many(conn, fresh, vault.authors)


def _attendance_values(plan: ImportPlan, person_id: str, reg: Registration) -> dict[str, Any]:
    values: dict[str, Any] = {
        "event_id": plan.event_id,
        "person_id": person_id,
        "status": AttendanceStatus.REGISTERED.value,
        "consent_follow_up": reg.consent,
    }
    if reg.role:
        values["role"] = reg.role
    if reg.organisation:
        org_id = plan.organisations.get(_org_key(reg.organisation))
        if org_id:
            values["delegate_of"] = org_id
        else:
            values["notes"] = f"Organisation: {reg.organisation}"
    return values


def _item_key(field_name: str, item: Any) -> tuple[str, str]:
    if field_name != "channels":
        return "", str(item).casefold()
    kind, value = str(item["kind"]), str(item["value"])
    if kind == "email":
        return kind, normalise_email(value)
    if kind in ("phone", "signal"):
        return kind, phone_key(value) or value
    return kind, value.casefold()


ALSO_WRITTEN = "Also written: "


def _same_text(one: str | None, two: str | None) -> bool:
    return " ".join((one or "").casefold().split()) == " ".join((two or "").casefold().split())


def _other_spelling(
    current: Mapping[str, Any], changes: Mapping[str, Any], name: str | None
) -> dict[str, Any]:
    """Keep a merged row's name when it is written otherwise than the person's ("Aigerim
    Nurlanova" merged into "Айгерим Нурланова"), so that it is found: as the alias when
    there is none, else as a line of the notes (both are searched)."""
    alias = changes.get("alias", current.get("alias"))
    notes = changes.get("notes", current.get("notes")) or ""
    if not name or _same_text(name, current.get("display_name")) or _same_text(name, alias):
        return {}
    if not alias:
        return {"alias": name}
    line = ALSO_WRITTEN + name
    if any(_same_text(line, old) for old in notes.splitlines()):
        return {}
    if len(notes) + len(line) + 1 > LONG_TEXT:
        return {}  # full notes stay as they are
    return {"notes": f"{notes}\n{line}" if notes else line}


def merge_changes(current: Mapping[str, Any], incoming: Mapping[str, Any]) -> dict[str, Any]:
    """What a merge changes: empty fields filled, list entries added, the row's name kept
    as another spelling; nothing replaced."""
    changes: dict[str, Any] = {}
    for name, value in incoming.items():
        if name in ("display_name", "sensitivity") or value in (None, "", []):
            continue
        old = current.get(name)
        if isinstance(value, list):
            old_list = list(old or [])
            seen = {_item_key(name, v) for v in old_list}
            added = [v for v in value if _item_key(name, v) not in seen]
            if added:
                changes[name] = old_list + added
        elif old in (None, ""):
            changes[name] = value
    changes.update(_other_spelling(current, changes, incoming.get("display_name")))
    return changes
