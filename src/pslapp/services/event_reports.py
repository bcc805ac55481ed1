"""What leaves the vault about an event: its attendee list as CSV (restricted people and
restricted fields stay home unless asked for) and counts for a report (no names)."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pslapp.core.enums import AttendanceStatus, ChannelKind, Kind, Sensitivity
from pslapp.services import events, records
from pslapp.services.vault import Vault
from pslapp.storage.files import atomic_write

COLUMNS = (
    "display_name",
    "status",
    "role",
    "checked_in_at",
    "walk_in",
    "delegate_of",
    "chapter",
    "city",
    "email",
)
RESTRICTED_COLUMNS = ("legal_name", "phone")
UNKNOWN = "unknown"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    written: int
    left_out: int  # restricted people not exported


def export_attendees(
    vault: Vault, event_id: str, path: Path, *, include_restricted: bool = False
) -> ExportResult:
    """Write the attendee list as UTF-8 CSV (with a BOM, so spreadsheets read Cyrillic
    right), atomically, mode 0600."""
    attendees = events.attendees(vault, event_id)
    org_ids = {a.attendance.values["delegate_of"] for a in attendees} - {None}
    orgs = records.get_many(vault, Kind.ORGANISATION, sorted(org_ids))
    columns = COLUMNS + (RESTRICTED_COLUMNS if include_restricted else ())
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    written = left_out = 0
    for attendee in attendees:
        person = attendee.person.values
        if person["sensitivity"] == Sensitivity.RESTRICTED and not include_restricted:
            left_out += 1
            continue
        attendance = attendee.attendance.values
        org = orgs.get(attendance["delegate_of"] or "")
        row: dict[str, Any] = {
            **{name: attendance.get(name) for name in ("status", "role", "checked_in_at")},
            "walk_in": "yes" if attendance["walk_in"] else "",
            "delegate_of": org.values["name"] if org and not org.deleted else "",
            "display_name": person["display_name"],
            "chapter": person["chapter"],
            "city": person["city"],
            "email": _channel(person, ChannelKind.EMAIL),
            "legal_name": person["legal_name"],
            "phone": _channel(person, ChannelKind.PHONE),
        }
        writer.writerow([_cell(row[name]) for name in columns])
        written += 1
    atomic_write(path, ("\ufeff" + out.getvalue()).encode("utf-8"))
    return ExportResult(path, written, left_out)


def _channel(person: dict[str, Any], kind: ChannelKind) -> str:
    return ", ".join(c["value"] for c in person["channels"] or [] if c["kind"] == kind)


def _cell(value: Any) -> str:
    """Plain text for a spreadsheet: a cell that starts like a formula is quoted with an
    apostrophe, except phone numbers (+49 170 ...)."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START) and not _looks_like_phone(text):
        return "'" + text
    return text


def _looks_like_phone(text: str) -> bool:
    return text.startswith("+") and all(c.isdigit() or c in " ()-/.,+" for c in text)


@dataclass(frozen=True)
class EventStats:
    event_id: str
    title: str
    total: int
    walk_ins: int
    by_status: dict[str, int]
    by_chapter: dict[str, int]
    by_country_of_origin: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "title": self.title,
            "total": self.total,
            "walk_ins": self.walk_ins,
            "by_status": self.by_status,
            "by_chapter": self.by_chapter,
            "by_country_of_origin": self.by_country_of_origin,
        }


def event_stats(vault: Vault, event_id: str) -> EventStats:
    """Counts only: by status (every status listed, zeros too), chapter and country."""
    event = records.get(vault, Kind.EVENT, event_id)
    attendees = events.attendees(vault, event_id)
    status = Counter(str(a.attendance.values["status"]) for a in attendees)
    chapters = Counter(a.person.values["chapter"] or UNKNOWN for a in attendees)
    countries = Counter(a.person.values["country_of_origin"] or UNKNOWN for a in attendees)
    return EventStats(
        event.id,
        event.title,
        len(attendees),
        sum(1 for a in attendees if a.attendance.values["walk_in"]),
        {s.value: status.get(s.value, 0) for s in AttendanceStatus},
        dict(chapters.most_common()),
        dict(countries.most_common()),
    )
