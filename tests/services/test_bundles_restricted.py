"""Restricted stays home, with everything that points at it, and a peer cannot make a
person less protected without the user's say."""

from __future__ import annotations

from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.services import conflicts, events, records
from pslapp.services.bundles import Scope, import_bundle
from pslapp.services.vault import Vault
from tests.services.bundle_kit import befriend, new_vault, send


@pytest.fixture
def rita_bob_carol(tmp_path: Path):
    vaults = tuple(new_vault(tmp_path / n, n.title()) for n in ("rita", "bob", "carol"))
    befriend(*vaults)
    yield vaults
    for v in vaults:
        v.lock()


def witness(rita: Vault) -> dict[str, str]:
    """A restricted person with an attendance, a link and a coalition membership."""
    pid = records.create(
        rita,
        Kind.PERSON,
        {"display_name": "Hidden Witness", "city": "Minsk", "sensitivity": "restricted"},
    ).id
    event = records.create(
        rita, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    ).id
    attendance = events.attend(rita, event, pid).id
    records.edit(rita, Kind.ATTENDANCE, attendance, {"notes": "came with her lawyer"})
    org = records.create(rita, Kind.ORGANISATION, {"name": "Union"}).id
    link = records.create(
        rita, Kind.LINK, {"kind": "member_of", "person_id": pid, "organisation_id": org}
    ).id
    coalition = records.create(rita, Kind.COALITION, {"name": "Solidarity"}).id
    member = records.create(
        rita, Kind.COALITION_MEMBER, {"coalition_id": coalition, "person_id": pid}
    ).id
    return {
        "person": pid,
        "event": event,
        "attendance": attendance,
        "link": link,
        "member": member,
        "org": org,
    }


def held(vault: Vault, kind: Kind, record_id: str) -> bool:
    return record_id in records.get_many(vault, kind, [record_id])


def test_a_default_export_leaves_everything_pointing_at_a_restricted_person_home(
    rita_bob_carol, tmp_path
):
    rita, bob, _ = rita_bob_carol
    ids = witness(rita)
    report = import_bundle(bob, send(rita, [bob], tmp_path / "default.pslb"))
    assert report.created == 3  # the event, the organisation, the coalition
    assert not held(bob, Kind.PERSON, ids["person"])
    assert not held(bob, Kind.ATTENDANCE, ids["attendance"])
    assert not held(bob, Kind.LINK, ids["link"])
    assert not held(bob, Kind.COALITION_MEMBER, ids["member"])
    assert held(bob, Kind.EVENT, ids["event"])


def test_with_restricted_data_included_they_all_travel(rita_bob_carol, tmp_path):
    rita, bob, _ = rita_bob_carol
    ids = witness(rita)
    import_bundle(bob, send(rita, [bob], tmp_path / "all.pslb", Scope(include_restricted=True)))
    for kind, key in [
        (Kind.PERSON, "person"),
        (Kind.ATTENDANCE, "attendance"),
        (Kind.LINK, "link"),
        (Kind.COALITION_MEMBER, "member"),
    ]:
        assert held(bob, kind, ids[key])


def lowered_by_bob(rita: Vault, bob: Vault, folder: Path) -> str:
    """Bob got the witness with restricted data and sends her back as `normal`."""
    ids = witness(rita)
    import_bundle(bob, send(rita, [bob], folder / "to-bob.pslb", Scope(include_restricted=True)))
    records.edit(bob, Kind.PERSON, ids["person"], {"sensitivity": "normal", "city": "Vilnius"})
    report = import_bundle(rita, send(bob, [rita], folder / "lowered.pslb"))
    assert [c["field"] for c in report.conflicts] == ["sensitivity"]
    return ids["person"]


def test_a_peer_lowering_a_restricted_person_is_held_and_she_stays_home(rita_bob_carol, tmp_path):
    rita, bob, carol = rita_bob_carol
    pid = lowered_by_bob(rita, bob, tmp_path)
    person = records.get(rita, Kind.PERSON, pid)
    assert person.values["sensitivity"] == "restricted"
    assert person.values["city"] == "Vilnius"  # the rest of Bob's edit is applied
    entry = next(c for c in conflicts.list_conflicts(rita) if c.record_id == pid)
    assert entry.held and (entry.kept_value, entry.lost_value) == ("restricted", "normal")
    import_bundle(carol, send(rita, [carol], tmp_path / "to-carol.pslb"))
    assert not held(carol, Kind.PERSON, pid)
    again = import_bundle(rita, send(bob, [rita], tmp_path / "again.pslb", Scope(everything=True)))
    assert again.conflicts == []  # held once, not once per bundle
    assert records.get(rita, Kind.PERSON, pid).values["sensitivity"] == "restricted"


def test_accepting_the_held_change_lowers_it_everywhere(rita_bob_carol, tmp_path):
    rita, bob, carol = rita_bob_carol
    pid = lowered_by_bob(rita, bob, tmp_path)
    entry = next(c for c in conflicts.list_conflicts(rita) if c.record_id == pid)
    conflicts.resolve(rita, entry.id, "lost")
    assert records.get(rita, Kind.PERSON, pid).values["sensitivity"] == "normal"
    import_bundle(carol, send(rita, [carol], tmp_path / "to-carol.pslb"))
    assert records.get(carol, Kind.PERSON, pid).values["sensitivity"] == "normal"


def test_rejecting_the_held_change_restores_it_on_the_peer_too(rita_bob_carol, tmp_path):
    """Convergence: the rejection is a new edit, which wins where the lowering was applied."""
    rita, bob, _ = rita_bob_carol
    pid = lowered_by_bob(rita, bob, tmp_path)
    entry = next(c for c in conflicts.list_conflicts(rita) if c.record_id == pid)
    conflicts.resolve(rita, entry.id, "kept")
    assert records.get(rita, Kind.PERSON, pid).values["sensitivity"] == "restricted"
    import_bundle(bob, send(rita, [bob], tmp_path / "back.pslb", Scope(include_restricted=True)))
    assert records.get(bob, Kind.PERSON, pid).values["sensitivity"] == "restricted"


def test_raising_sensitivity_is_applied_at_once(rita_bob_carol, tmp_path):
    rita, bob, _ = rita_bob_carol
    pid = records.create(rita, Kind.PERSON, {"display_name": "Asel"}).id
    import_bundle(bob, send(rita, [bob], tmp_path / "1.pslb"))
    records.edit(bob, Kind.PERSON, pid, {"sensitivity": "sensitive"})
    report = import_bundle(rita, send(bob, [rita], tmp_path / "2.pslb"))
    assert report.conflicts == []
    assert records.get(rita, Kind.PERSON, pid).values["sensitivity"] == "sensitive"
