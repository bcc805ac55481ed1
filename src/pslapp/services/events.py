"""Events and who came: registering attendees and checking them in at the door."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pslapp.core.enums import AttendanceRole, AttendanceStatus, Kind
from pslapp.core.errors import NotFound
from pslapp.core.record import Record
from pslapp.services import records
from pslapp.services.vault import Vault


@dataclass(frozen=True)
class Attendee:
    attendance: Record
    person: Record

    def to_json(self) -> dict[str, Any]:
        a = self.attendance.values
        return {
            "attendance_id": self.attendance.id,
            "person_id": self.person.id,
            "display_name": self.person.values["display_name"],
            "status": a["status"],
            "role": a["role"],
            "delegate_of": a["delegate_of"],
            "checked_in_at": a["checked_in_at"],
            "walk_in": a["walk_in"],
            "consent_follow_up": a["consent_follow_up"],
        }


def attend(
    vault: Vault,
    event_id: str,
    person_id: str,
    *,
    role: str | None = None,
    status: str | None = None,
) -> Record:
    """Register a person for an event, or update their registration if they have one."""
    aid = records.attendance_id(event_id, person_id)
    changes: dict[str, Any] = {}
    if role is not None:
        changes["role"] = role
    if status is not None:
        changes["status"] = status
    try:
        records.get(vault, Kind.ATTENDANCE, aid)
    except NotFound:  # also after a removal: `create` brings the tombstone back
        return records.create(
            vault, Kind.ATTENDANCE, {"event_id": event_id, "person_id": person_id, **changes}
        )
    return records.edit(vault, Kind.ATTENDANCE, aid, changes)


def set_status(vault: Vault, event_id: str, person_id: str, status: AttendanceStatus) -> Record:
    """Change a registration's status (cancelled, no-show, ...); a check-in time only stays
    with the checked-in status."""
    if status is AttendanceStatus.CHECKED_IN:
        return check_in(vault, event_id, person_id)
    aid = records.attendance_id(event_id, person_id)
    changes = {"status": status.value, "checked_in_at": None}
    return records.edit(vault, Kind.ATTENDANCE, aid, changes)


def set_role(vault: Vault, event_id: str, person_id: str, role: AttendanceRole) -> Record:
    aid = records.attendance_id(event_id, person_id)
    return records.edit(vault, Kind.ATTENDANCE, aid, {"role": role.value})


def remove_attendee(vault: Vault, event_id: str, person_id: str) -> Record:
    """Take someone off the event's list (the person stays in the vault). Returns the
    attendance as it was, for undo with `records.restore`."""
    return records.delete(vault, Kind.ATTENDANCE, records.attendance_id(event_id, person_id))


def check_in(vault: Vault, event_id: str, person_id: str, *, at: datetime | None = None) -> Record:
    """Mark a person as arrived; registers them on the spot if they were not."""
    when = (at or datetime.now()).isoformat(timespec="minutes")
    record = attend(vault, event_id, person_id)
    return records.edit(
        vault,
        Kind.ATTENDANCE,
        record.id,
        {"status": AttendanceStatus.CHECKED_IN.value, "checked_in_at": when},
    )


def undo_check_in(vault: Vault, event_id: str, person_id: str) -> Record:
    aid = records.attendance_id(event_id, person_id)
    return records.edit(
        vault,
        Kind.ATTENDANCE,
        aid,
        {"status": AttendanceStatus.REGISTERED.value, "checked_in_at": None},
    )


def attendees(vault: Vault, event_id: str) -> list[Attendee]:
    """Everyone registered for an event, with their person record, sorted by name."""
    records.get(vault, Kind.EVENT, event_id)
    rows = records.page(vault, Kind.ATTENDANCE, where={"event_id": event_id}, limit=1_000_000)
    people = records.get_many(vault, Kind.PERSON, [a.values["person_id"] for a in rows])
    found = [
        Attendee(a, people[a.values["person_id"]])
        for a in rows
        if a.values["person_id"] in people and not people[a.values["person_id"]].deleted
    ]
    return sorted(found, key=lambda x: x.person.values["display_name"].casefold())
