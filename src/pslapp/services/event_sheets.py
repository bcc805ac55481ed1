"""What goes on paper for an event: the attendee list and the name badges. Restricted
people stay off paper unless asked for; a badge's QR code holds the attendance id and
nothing else. The PDF itself is drawn by the GUI; this module gives it the rows and
writes the finished file like every other secret file (atomically, mode 0600)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pslapp.core.enums import AttendanceStatus, Kind, Sensitivity
from pslapp.services import events, records
from pslapp.services.vault import Vault
from pslapp.storage.files import atomic_write


@dataclass(frozen=True)
class SheetRow:
    attendance_id: str  # opaque: the only thing a badge's QR code carries
    name: str
    chapter: str
    organisation: str
    role: str
    status: str
    checked_in_at: str
    walk_in: bool


@dataclass(frozen=True)
class EventSheet:
    title: str
    start: str
    city: str
    rows: list[SheetRow]
    left_out: int  # restricted people not printed


def event_sheet(
    vault: Vault,
    event_id: str,
    *,
    include_restricted: bool = False,
    checked_in_only: bool = False,
) -> EventSheet:
    event = records.get(vault, Kind.EVENT, event_id)
    attendees = events.attendees(vault, event_id)
    org_ids = sorted({a.attendance.values["delegate_of"] for a in attendees} - {None})
    orgs = records.get_many(vault, Kind.ORGANISATION, org_ids)
    rows: list[SheetRow] = []
    left_out = 0
    for attendee in attendees:
        person, attendance = attendee.person.values, attendee.attendance.values
        if attendance["status"] in (AttendanceStatus.CANCELLED, AttendanceStatus.NO_SHOW):
            continue
        if checked_in_only and attendance["status"] != AttendanceStatus.CHECKED_IN:
            continue
        if person["sensitivity"] == Sensitivity.RESTRICTED and not include_restricted:
            left_out += 1
            continue
        org = orgs.get(attendance["delegate_of"] or "")
        rows.append(
            SheetRow(
                attendee.attendance.id,
                str(person["display_name"]),
                str(person["chapter"] or ""),
                str(org.values["name"]) if org is not None and not org.deleted else "",
                str(attendance["role"] or ""),
                str(attendance["status"]),
                str(attendance["checked_in_at"] or ""),
                bool(attendance["walk_in"]),
            )
        )
    return EventSheet(
        event.title,
        str(event.values["start"] or ""),
        str(event.values["city"] or ""),
        rows,
        left_out,
    )


def save_private_file(path: Path, data: bytes) -> None:
    """Write a printout where the user chose: a temp file 0600, fsync, rename."""
    atomic_write(path, data)
