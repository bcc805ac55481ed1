"""A merge travels as edits: every laptop ends with the same person, what a peer did to the
merged-away record meanwhile lands on the kept one or is listed, and opposite or chained
merges end alike everywhere. From the hostile side: a peer's pointer cannot revive, hide or
unprotect anyone."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from pslapp.core.enums import Kind
from pslapp.services import conflicts, events, person_merge, records
from pslapp.services.bundles import Scope, import_bundle
from pslapp.services.vault import Vault
from pslapp.storage import records as repo
from tests.services.bundle_kit import befriend, new_vault, send

_counter = itertools.count()


@pytest.fixture
def three(tmp_path: Path) -> list[Vault]:
    vaults = [new_vault(tmp_path / name, name) for name in ("Cologne", "Berlin", "Paris")]
    befriend(*vaults)
    return vaults


def exchange(folder: Path, a: Vault, b: Vault) -> None:
    """a sends to b (one bundle, imported)."""
    path = send(a, [b], folder / f"b{next(_counter)}.pslapp")
    import_bundle(b, path)


def sync_all(folder: Path, vaults: list[Vault], rounds: int = 3) -> None:
    for _ in range(rounds):
        for a in vaults:
            for b in vaults:
                if a is not b:
                    exchange(folder, a, b)


def state(vault: Vault) -> dict[str, Any]:
    """What a user sees: live people and their values, live attendances."""
    with vault.read() as conn:
        people = repo.page(conn, Kind.PERSON, vault.authors, limit=10_000)
        attendance = repo.page(conn, Kind.ATTENDANCE, vault.authors, limit=10_000)
    return {
        "people": {p.id: p.values for p in people},
        "attendance": {a.id: a.values for a in attendance},
    }


def _person(vault: Vault, name: str, **values: Any) -> str:
    return records.create(vault, Kind.PERSON, {"display_name": name, **values}).id


def _event(vault: Vault) -> str:
    values = {"title": "Forum", "kind": "forum", "start": "2026-05-01T18:00"}
    return records.create(vault, Kind.EVENT, values).id


def test_a_merge_arrives_as_it_was_made(tmp_path: Path, three: list[Vault]) -> None:
    cologne, berlin, paris = three
    kept = _person(cologne, "Тарас Шевченко")
    other = _person(cologne, "Taras Shevchenko", city="Berlin")
    forum = _event(cologne)
    events.check_in(cologne, forum, other)
    sync_all(tmp_path, three, rounds=1)
    person_merge.merge(cologne, kept, other, take_other=["city"])
    sync_all(tmp_path, three)
    assert state(cologne) == state(berlin) == state(paris)
    seen = state(paris)
    assert list(seen["people"]) == [kept]
    assert seen["people"][kept]["city"] == "Berlin"
    assert [a["person_id"] for a in seen["attendance"].values()] == [kept]
    assert conflicts.list_conflicts(paris) == []


def test_what_a_peer_did_meanwhile_lands_on_the_kept_person_or_is_listed(
    tmp_path: Path, three: list[Vault]
) -> None:
    cologne, berlin, paris = three
    kept = _person(cologne, "Айгерим Нурланова")
    other = _person(cologne, "Aigerim Nurlanova")
    forum = _event(cologne)
    sync_all(tmp_path, three, rounds=1)
    # Berlin has not seen the merge: it checks the other record in and edits its city
    person_merge.merge(cologne, kept, other)
    events.check_in(berlin, forum, other)
    records.edit(berlin, Kind.PERSON, other, {"city": "Hamburg"})
    sync_all(tmp_path, three)

    assert state(cologne) == state(berlin) == state(paris)
    seen = state(paris)
    assert list(seen["people"]) == [kept]
    (attendance,) = seen["attendance"].values()  # the check-in moved, not lost or doubled
    assert (attendance["person_id"], attendance["status"]) == (kept, "checked_in")
    for vault in three:  # the city edit is listed on every laptop, against the merge
        listed = [c for c in conflicts.list_conflicts(vault) if c.field == "city"]
        assert [(c.record_id, c.lost_value) for c in listed] == [(other, "Hamburg")]
    # taking it writes it on the kept person, and settles it everywhere
    entry = next(c for c in conflicts.list_conflicts(paris) if c.field == "city")
    conflicts.resolve(paris, entry.id, "lost")
    assert records.get(paris, Kind.PERSON, kept).values["city"] == "Hamburg"
    with pytest.raises(Exception, match="person"):
        records.get(paris, Kind.PERSON, other)
    sync_all(tmp_path, three)
    assert state(cologne) == state(berlin) == state(paris)
    for vault in three:
        assert [c for c in conflicts.list_conflicts(vault) if c.field == "city"] == []


def test_opposite_merges_of_one_pair_end_in_one_person_everywhere(
    tmp_path: Path, three: list[Vault]
) -> None:
    cologne, berlin, paris = three
    a = _person(cologne, "Ольга Петрова", city="Köln")
    b = _person(cologne, "Olga Petrova", pronouns="she/her")
    forum = _event(cologne)
    events.attend(cologne, forum, a)
    events.check_in(cologne, forum, b)
    sync_all(tmp_path, three, rounds=1)
    person_merge.merge(cologne, a, b)  # Cologne keeps a ...
    person_merge.merge(berlin, b, a)  # ... Berlin, at the same time, keeps b
    sync_all(tmp_path, three)

    assert state(cologne) == state(berlin) == state(paris)
    seen = state(paris)
    assert len(seen["people"]) == 1
    (survivor,) = seen["people"]
    (attendance,) = seen["attendance"].values()
    assert (attendance["person_id"], attendance["status"]) == (survivor, "checked_in")


def test_chained_merges_on_two_laptops_end_in_the_last_record(
    tmp_path: Path, three: list[Vault]
) -> None:
    cologne, berlin, paris = three
    x = _person(cologne, "Iryna Kovalenko")
    y = _person(cologne, "Ірина Коваленко")
    z = _person(cologne, "Irina Kowalenko")
    forum = _event(cologne)
    events.check_in(cologne, forum, x)
    sync_all(tmp_path, three, rounds=1)
    person_merge.merge(cologne, y, x)  # x into y here ...
    person_merge.merge(berlin, z, y)  # ... y into z there
    sync_all(tmp_path, three)

    assert state(cologne) == state(berlin) == state(paris)
    seen = state(paris)
    assert list(seen["people"]) == [z]
    assert [a["person_id"] for a in seen["attendance"].values()] == [z]


def test_an_undone_merge_travels(tmp_path: Path, three: list[Vault]) -> None:
    cologne, berlin, paris = three
    kept = _person(cologne, "Natalia Bondar")
    other = _person(cologne, "Наталья Бондарь", city="Paris")
    forum = _event(cologne)
    events.check_in(cologne, forum, other)
    sync_all(tmp_path, three, rounds=1)
    person_merge.merge(cologne, kept, other)
    sync_all(tmp_path, three)
    person_merge.unmerge(cologne, other)
    sync_all(tmp_path, three)

    assert state(cologne) == state(berlin) == state(paris)
    seen = state(berlin)
    assert set(seen["people"]) == {kept, other}
    assert seen["people"][other]["city"] == "Paris"
    assert [a["person_id"] for a in seen["attendance"].values()] == [other]


# -- from the hostile side ---------------------------------------------------------------


def test_a_pointer_on_a_live_record_or_to_nobody_changes_nothing(
    tmp_path: Path, three: list[Vault]
) -> None:
    """A peer sets `merged_into` on a person it keeps alive, and merges another into an id
    nobody holds: the live one stays, the other is a plain deletion, nothing moves."""
    cologne, berlin, _ = three
    alive = _person(cologne, "Maria Ivanova")
    ghost_target = "00000000-0000-4000-8000-000000000000"
    lonely = _person(cologne, "Maria I.")
    forum = _event(cologne)
    events.check_in(cologne, forum, lonely)
    sync_all(tmp_path, [cologne, berlin], rounds=1)
    with berlin.write() as conn:  # what a modified peer could write
        record = repo.load(conn, Kind.PERSON, alive, berlin.authors)
        assert record is not None
        records.edit_within(conn, berlin, record, {})
        record.values["merged_into"] = lonely
        record.stamps.write("merged_into", berlin.clock.tick(), berlin.fingerprint)
        repo.save(conn, record, berlin.authors)
        target = repo.load(conn, Kind.PERSON, lonely, berlin.authors)
        assert target is not None
        records.delete_within(conn, berlin, target, merged_into=ghost_target)
    exchange(tmp_path, berlin, cologne)
    seen = state(cologne)
    assert list(seen["people"]) == [alive]
    assert [a["person_id"] for a in seen["attendance"].values()] == [lonely]  # not moved


@pytest.mark.parametrize("accept", [True, False])
def test_a_peer_merge_does_not_move_a_restricted_persons_attendances_to_an_open_record(
    tmp_path: Path, three: list[Vault], accept: bool
) -> None:
    cologne, berlin, _ = three
    open_one = _person(cologne, "Anna Müller")
    protected = _person(cologne, "Anna M.", sensitivity="restricted")
    forum = _event(cologne)
    events.check_in(cologne, forum, protected)
    path = send(cologne, [berlin], tmp_path / "all.pslapp", Scope(include_restricted=True))
    import_bundle(berlin, path)
    with berlin.write() as conn:  # a peer merges the restricted person into the open one
        target = repo.load(conn, Kind.PERSON, protected, berlin.authors)
        assert target is not None
        records.delete_within(conn, berlin, target, merged_into=open_one)
    exchange(tmp_path, berlin, cologne)
    seen = state(cologne)
    assert [a["person_id"] for a in seen["attendance"].values()] == [protected]
    (held,) = conflicts.list_conflicts(cologne)  # listed as a held change to decide
    assert (held.record_id, held.field, held.held) == (protected, "merged_into", True)
    assert held.lost_value == open_one
    exchange(tmp_path, berlin, cologne)  # nothing moves while it waits
    assert [a["person_id"] for a in state(cologne)["attendance"].values()] == [protected]
    if accept:
        conflicts.resolve(cologne, held.id, "lost")
        assert [a["person_id"] for a in state(cologne)["attendance"].values()] == [open_one]
    else:
        conflicts.resolve(cologne, held.id, "kept")
        exchange(tmp_path, cologne, berlin)  # the pointer is taken back there too
        gone = records.get(berlin, Kind.PERSON, protected, include_deleted=True)
        assert gone.deleted and gone.values["merged_into"] is None
    assert [c for c in conflicts.list_conflicts(cologne) if not c.resolved] == []


def test_a_cycle_of_pointers_no_merge_made_revives_nobody(
    tmp_path: Path, three: list[Vault]
) -> None:
    """A peer deletes two people and points them at each other, hoping the cycle rule
    brings one back: a record with no content stays deleted."""
    cologne, berlin, _ = three
    a, b = _person(cologne, "Юрий Шевчук"), _person(cologne, "Yurii Shevchuk")
    sync_all(tmp_path, [cologne, berlin], rounds=1)
    with berlin.write() as conn:
        for one, other in ((a, b), (b, a)):
            record = repo.load(conn, Kind.PERSON, one, berlin.authors)
            assert record is not None
            records.delete_within(conn, berlin, record, merged_into=other)
    exchange(tmp_path, berlin, cologne)
    assert state(cologne)["people"] == {}
