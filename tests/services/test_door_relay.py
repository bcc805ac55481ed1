"""Two door laptops check the same person in; a third laptop hears of both through either
of them. The attendance's id is derived from event and person, and so is its creation time
(the event's), so each door's writes can be relayed by the other."""

from __future__ import annotations

from pathlib import Path

from pslapp.core.enums import Kind
from pslapp.services import events, records
from pslapp.services.bundles import import_bundle
from pslapp.services.bundles.audit import audit_proofs
from tests.services.bundle_kit import befriend, new_vault, send


def test_a_check_in_at_the_other_door_reaches_a_third_laptop_through_this_one(
    tmp_path: Path,
) -> None:
    door_a, door_b, office = (new_vault(tmp_path / n, n) for n in ("Door A", "Door B", "Office"))
    befriend(door_a, door_b, office)
    person = records.create(door_a, Kind.PERSON, {"display_name": "Ірина Коваленко"}).id
    event = records.create(
        door_a, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T18:00"}
    ).id
    for one, other in ((door_a, door_b), (door_a, office)):
        import_bundle(other, send(one, [other], tmp_path / f"{other.fingerprint[:6]}.pslb"))
    events.attend(door_a, event, person)  # registered at one door ...
    events.check_in(door_b, event, person)  # ... checked in at the other, later
    import_bundle(door_a, send(door_b, [door_a], tmp_path / "b-to-a.pslb"))
    import_bundle(office, send(door_a, [office], tmp_path / "a-to-office.pslb"))

    aid = records.attendance_id(event, person)
    there = records.get(office, Kind.ATTENDANCE, aid)
    assert there.values["status"] == "checked_in"  # door B's write, relayed by door A
    assert there.stamps.get("status") == records.get(door_b, Kind.ATTENDANCE, aid).stamps.get(
        "status"
    )
    created = {records.get(v, Kind.ATTENDANCE, aid).created for v in (door_a, door_b, office)}
    assert created == {records.get(door_a, Kind.EVENT, event).created}
    assert audit_proofs(door_a) == [] and audit_proofs(office) == []
