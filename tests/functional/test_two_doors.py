"""Two laptops at two doors of one forum check people in offline and exchange bundles
afterwards: every check-in is kept once, the counts agree, nobody is doubled."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

from pslapp.core.enums import Kind
from pslapp.services import bundles, conflicts, door, events, records
from pslapp.services.vault import Vault
from tests.services.bundle_kit import befriend, new_vault, send


def door_view(vault: Vault, event_id: str) -> tuple[Counter[str], dict[str, str]]:
    attendees = events.attendees(vault, event_id)
    names = Counter(a.person.values["display_name"] for a in attendees)
    status = {a.person.values["display_name"]: a.attendance.values["status"] for a in attendees}
    return names, status


def test_forum_checkin_survives_two_door_laptops(tmp_path: Path):
    coordinator = new_vault(tmp_path / "coordinator", "Forum coordinator")
    left = new_vault(tmp_path / "left-door", "Left door")
    right = new_vault(tmp_path / "right-door", "Right door")
    befriend(coordinator, left, right)

    forum = records.create(
        coordinator,
        Kind.EVENT,
        {"title": "Forum 2026", "kind": "forum", "start": "2026-05-01T10:00", "city": "Köln"},
    )
    people = records.create_many(
        coordinator, Kind.PERSON, ({"display_name": f"Участник {i:02d}"} for i in range(80))
    )
    for pid in people:
        events.attend(coordinator, forum.id, pid)

    # The evening before: both door laptops get the whole list.
    handout = send(coordinator, [left, right], tmp_path / "handout.pslb")
    bundles.import_bundle(left, handout)
    bundles.import_bundle(right, handout)

    # At the doors, offline. People 30-39 are checked in at both doors by mistake.
    for pid in people[:40]:
        events.check_in(left, forum.id, pid, at=datetime(2026, 5, 1, 9, 40))
    for pid in people[30:70]:
        events.check_in(right, forum.id, pid, at=datetime(2026, 5, 1, 9, 55))
    door.register_walk_in(left, forum.id, "Walk-in Links", consent=True)
    door.register_walk_in(right, forum.id, "Walk-in Rechts", consent=False)

    # Afterwards: each door sends to the other and to the coordinator, in any order.
    from_left = send(left, [right, coordinator], tmp_path / "left.pslb")
    from_right = send(right, [left, coordinator], tmp_path / "right.pslb")
    bundles.import_bundle(right, from_left)
    bundles.import_bundle(left, from_right)
    bundles.import_bundle(coordinator, from_right)
    bundles.import_bundle(coordinator, from_left)
    bundles.import_bundle(coordinator, from_left)  # a file opened twice changes nothing

    views = [door_view(v, forum.id) for v in (coordinator, left, right)]
    for names, _status in views:
        assert len(names) == 82, "80 registered and two walk-ins"
        assert max(names.values()) == 1, "nobody is doubled"
    assert views[0] == views[1] == views[2], "every laptop tells the same story"

    _names, status = views[0]
    checked_in = {name for name, s in status.items() if s == "checked_in"}
    assert checked_in == {f"Участник {i:02d}" for i in range(70)} | {
        "Walk-in Links",
        "Walk-in Rechts",
    }
    assert records.count(coordinator, Kind.PERSON) == 82
    assert records.count(coordinator, Kind.ATTENDANCE) == 82

    # The ten people checked in at both doors keep one check-in time everywhere; the other
    # door's time is kept for review, not lost.
    for vault in (coordinator, left, right):
        fields = Counter(c.field for c in conflicts.list_conflicts(vault))
        assert fields == Counter({"checked_in_at": 10})
