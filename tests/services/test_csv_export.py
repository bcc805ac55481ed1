"""An event's attendee list leaves the vault as CSV without restricted people or fields
unless asked; statistics are counts only."""

from __future__ import annotations

import csv
import io
import stat
from pathlib import Path

from pslapp.core.enums import Kind
from pslapp.services import event_reports, events, records
from pslapp.services.vault import Vault


def _forum_with_people(vault: Vault) -> str:
    event = records.create(
        vault, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-03-07"}
    )
    org = records.create(vault, Kind.ORGANISATION, {"name": '=HYPERLINK("x")'})
    people = [
        {
            "display_name": "Олена Бондаренко",
            "chapter": "Berlin",
            "country_of_origin": "Ukraine",
            "channels": [
                {"kind": "email", "value": "olena@example.org"},
                {"kind": "phone", "value": "+49 170 1111111"},
            ],
        },
        {
            "display_name": "Jürgen Müller",
            "chapter": "Cologne",
            "country_of_origin": "Germany",
            "legal_name": "Jürgen Hans Müller",
        },
        {
            "display_name": "Secret Source",
            "chapter": "Berlin",
            "sensitivity": "restricted",
            "country_of_origin": "Belarus",
        },
    ]
    ids = [records.create(vault, Kind.PERSON, p).id for p in people]
    events.attend(vault, event.id, ids[0], role="delegate")
    records.edit(
        vault, Kind.ATTENDANCE, records.attendance_id(event.id, ids[0]), {"delegate_of": org.id}
    )
    events.check_in(vault, event.id, ids[1])
    events.attend(vault, event.id, ids[2])
    return event.id


def _read(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_export_leaves_restricted_people_and_fields_home(vault: Vault, tmp_path: Path):
    event_id = _forum_with_people(vault)
    path = tmp_path / "attendees.csv"
    result = event_reports.export_attendees(vault, event_id, path)
    rows = _read(path)
    assert (result.written, result.left_out) == (2, 1)
    assert [r["display_name"] for r in rows] == ["Jürgen Müller", "Олена Бондаренко"]
    assert "phone" not in rows[0] and "legal_name" not in rows[0]
    assert "+49" not in path.read_text(encoding="utf-8-sig")
    assert rows[0]["status"] == "checked_in" and rows[0]["checked_in_at"]
    assert rows[1]["email"] == "olena@example.org"
    assert rows[1]["delegate_of"] == '\'=HYPERLINK("x")'  # no formula reaches a spreadsheet
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_export_with_restricted_includes_everyone(vault: Vault, tmp_path: Path):
    event_id = _forum_with_people(vault)
    path = tmp_path / "all.csv"
    event_reports.export_attendees(vault, event_id, path, include_restricted=True)
    rows = {r["display_name"]: r for r in _read(path)}
    assert set(rows) == {"Jürgen Müller", "Олена Бондаренко", "Secret Source"}
    assert rows["Jürgen Müller"]["legal_name"] == "Jürgen Hans Müller"
    assert rows["Олена Бондаренко"]["phone"] == "+49 170 1111111"


def test_stats_are_counts_only(vault: Vault):
    event_id = _forum_with_people(vault)
    stats = event_reports.event_stats(vault, event_id).to_json()
    assert stats["total"] == 3
    assert stats["by_status"] == {
        "invited": 0,
        "registered": 2,
        "checked_in": 1,
        "no_show": 0,
        "cancelled": 0,
    }
    assert stats["by_chapter"] == {"Berlin": 2, "Cologne": 1}
    assert stats["by_country_of_origin"] == {"Ukraine": 1, "Germany": 1, "Belarus": 1}
    assert "Secret" not in str(stats)
