"""Sealed bundles between vaults: what goes out, what comes in, and what is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.core.errors import BundleRejected, ValidationError
from pslapp.core.hlc import HybridClock, pack, system_ms
from pslapp.services import conflicts, peers, records
from pslapp.services.bundles import Scope, import_bundle, seal_bundle
from pslapp.services.vault import Vault
from tests.services.bundle_kit import befriend, dump, introduce, new_vault, send


@pytest.fixture
def trio(tmp_path: Path) -> tuple[Vault, Vault, Vault]:
    vaults = tuple(new_vault(tmp_path / n, n.title()) for n in ("alice", "bob", "carol"))
    befriend(*vaults)
    yield vaults  # type: ignore[misc]
    for v in vaults:
        v.lock()


def person(vault: Vault, name: str, **values: object) -> str:
    return records.create(vault, Kind.PERSON, {"display_name": name, **values}).id


def names(vault: Vault) -> dict[str, str]:
    return {r.id: r.title for r in records.page(vault, Kind.PERSON, limit=10_000)}


def test_a_bundle_carries_people_with_their_author(trio, tmp_path):
    alice, bob, _ = trio
    pid = person(alice, "Тарас Шевченко", city="Köln", chapter="Cologne")
    report = import_bundle(bob, send(alice, [bob], tmp_path / "1.pslb"))
    assert (report.created, report.changed, report.conflicts) == (1, 0, [])
    got = records.get(bob, Kind.PERSON, pid)
    assert got.values["city"] == "Köln"
    assert got.stamps.default is not None and got.stamps.default.author == alice.fingerprint
    assert records.search(bob, "shevch")[0][1] == pid


def test_the_same_bundle_twice_changes_nothing(trio, tmp_path):
    alice, bob, _ = trio
    person(alice, "Asel")
    path = send(alice, [bob], tmp_path / "1.pslb")
    import_bundle(bob, path)
    before = dump(bob)
    assert import_bundle(bob, path).already_imported
    assert dump(bob) == before


def test_a_dry_run_reports_and_writes_nothing(trio, tmp_path):
    alice, bob, _ = trio
    pid = person(alice, "Asel", city="Köln")
    import_bundle(bob, send(alice, [bob], tmp_path / "1.pslb"))
    records.edit(bob, Kind.PERSON, pid, {"city": "Berlin"})
    records.edit(alice, Kind.PERSON, pid, {"city": "Paris"})  # later: wins
    person(alice, "Noor")
    path = send(alice, [bob], tmp_path / "2.pslb")
    before = dump(bob)
    report = import_bundle(bob, path, dry_run=True)
    assert (report.created, report.changed, len(report.conflicts)) == (1, 1, 1)
    assert dump(bob) == before
    assert not import_bundle(bob, path).already_imported


def test_only_changes_since_the_last_bundle_unless_all(trio, tmp_path):
    alice, bob, _ = trio
    person(alice, "One")
    import_bundle(bob, send(alice, [bob], tmp_path / "1.pslb"))
    person(alice, "Two")
    second = seal_bundle(alice, [bob.fingerprint], tmp_path / "2.pslb")
    assert second.op_count == 1
    everything = seal_bundle(alice, [bob.fingerprint], tmp_path / "3.pslb", Scope(everything=True))
    assert everything.op_count == 2


def test_restricted_people_legal_names_and_phones_stay_home(trio, tmp_path):
    alice, bob, _ = trio
    open_id = person(
        alice,
        "Asel",
        legal_name="Asel Nurlanovna",
        channels=[
            {"kind": "phone", "value": "+49 170 1234567"},
            {"kind": "email", "value": "a@x.org"},
        ],
    )
    secret_id = person(alice, "Hidden", sensitivity="restricted")
    import_bundle(bob, send(alice, [bob], tmp_path / "1.pslb"))
    got = records.get(bob, Kind.PERSON, open_id)
    assert got.values["legal_name"] is None
    assert got.values["channels"] == [{"kind": "email", "value": "a@x.org"}]
    assert secret_id not in names(bob)
    seal_bundle(
        alice,
        [bob.fingerprint],
        tmp_path / "2.pslb",
        Scope(everything=True, include_restricted=True),
    )
    import_bundle(bob, tmp_path / "2.pslb")
    assert records.get(bob, Kind.PERSON, open_id).values["legal_name"] == "Asel Nurlanovna"
    assert secret_id in names(bob)


def test_scopes_by_chapter_tag_and_kind(trio, tmp_path):
    alice, bob, _ = trio
    person(alice, "Köln person", chapter="Cologne", tags=["press"])
    person(alice, "Paris person", chapter="Paris")
    records.create(alice, Kind.ORGANISATION, {"name": "Union"})
    scope = Scope(kinds=frozenset({Kind.PERSON}), chapters=frozenset({"Cologne"}))
    import_bundle(bob, send(alice, [bob], tmp_path / "1.pslb", scope))
    assert set(names(bob).values()) == {"Köln person"}
    assert records.count(bob, Kind.ORGANISATION) == 0


def test_deletes_travel_and_later_unseen_edits_become_conflicts(trio, tmp_path):
    alice, bob, _ = trio
    pid = person(alice, "Asel", city="Köln")
    import_bundle(bob, send(alice, [bob], tmp_path / "1.pslb"))
    records.delete(alice, Kind.PERSON, pid)
    records.edit(bob, Kind.PERSON, pid, {"city": "Paris"})
    report = import_bundle(bob, send(alice, [bob], tmp_path / "2.pslb"))
    assert report.deleted == 1
    assert records.get(bob, Kind.PERSON, pid, include_deleted=True).deleted
    [conflict] = conflicts.list_conflicts(bob)
    assert (conflict.field, conflict.lost_value) == ("city", "Paris")
    import_bundle(alice, send(bob, [alice], tmp_path / "3.pslb"))
    assert records.get(alice, Kind.PERSON, pid, include_deleted=True).deleted
    assert len(conflicts.list_conflicts(alice)) == 1


def test_resolving_a_conflict_is_a_new_edit_that_travels(trio, tmp_path):
    alice, bob, _ = trio
    pid = person(alice, "Asel", city="Köln")
    import_bundle(bob, send(alice, [bob], tmp_path / "1.pslb"))
    records.edit(alice, Kind.PERSON, pid, {"city": "Paris"})
    records.edit(bob, Kind.PERSON, pid, {"city": "Berlin"})
    import_bundle(bob, send(alice, [bob], tmp_path / "2.pslb"))
    [conflict] = conflicts.list_conflicts(bob)
    winner = records.get(bob, Kind.PERSON, pid).values["city"]
    take = "lost" if conflict.lost_value != winner else "kept"
    other = conflict.value(take)
    conflicts.resolve(bob, conflict.id, "lost")
    assert conflicts.list_conflicts(bob) == []
    chosen = conflict.lost_value
    assert records.get(bob, Kind.PERSON, pid).values["city"] == chosen
    import_bundle(alice, send(bob, [alice], tmp_path / "3.pslb"))
    assert records.get(alice, Kind.PERSON, pid).values["city"] == chosen
    assert other is not None


def test_relayed_ops_keep_their_original_author(trio, tmp_path):
    alice, bob, carol = trio
    pid = person(alice, "Asel")
    import_bundle(bob, send(alice, [bob], tmp_path / "1.pslb"))
    import_bundle(carol, send(bob, [carol], tmp_path / "2.pslb"))
    got = records.get(carol, Kind.PERSON, pid)
    assert got.stamps.default is not None and got.stamps.default.author == alice.fingerprint


def test_ops_of_a_revoked_peer_after_revocation_are_refused_even_when_relayed(trio, tmp_path):
    alice, bob, carol = trio
    early = person(alice, "Before")
    import_bundle(carol, send(alice, [carol], tmp_path / "0.pslb"))  # Carol has seen it
    peers.revoke(carol, alice.fingerprint)
    late = person(alice, "After")
    import_bundle(bob, send(alice, [bob], tmp_path / "1.pslb"))
    report = import_bundle(carol, send(bob, [carol], tmp_path / "2.pslb"))
    assert report.refused_ops > 0 and report.warnings
    assert early in names(carol) and late not in names(carol)
    with pytest.raises(BundleRejected, match="revoked"):
        import_bundle(carol, send(alice, [carol], tmp_path / "3.pslb"))


def test_a_sequence_gap_is_a_warning(trio, tmp_path):
    alice, bob, _ = trio
    person(alice, "One")
    first = send(alice, [bob], tmp_path / "1.pslb")
    person(alice, "Two")
    second = send(alice, [bob], tmp_path / "2.pslb")
    report = import_bundle(bob, second)
    assert report.warnings and "1 earlier bundle" in report.warnings[0]
    assert not import_bundle(bob, first).warnings
    assert len(names(bob)) == 2


def test_bundles_to_other_peers_do_not_make_gaps(trio, tmp_path):
    alice, bob, carol = trio
    person(alice, "One")
    send(alice, [carol], tmp_path / "c.pslb")
    assert not import_bundle(bob, send(alice, [bob], tmp_path / "b.pslb")).warnings


@pytest.mark.parametrize("trust", ["unknown", "unverified", "revoked"])
def test_untrusted_senders_are_refused_and_nothing_changes(tmp_path, trust):
    alice, bob = new_vault(tmp_path / "a", "Alice"), new_vault(tmp_path / "b", "Bob")
    introduce(bob, alice)  # alice can encrypt to bob
    if trust != "unknown":
        introduce(alice, bob, verified=trust != "unverified")
    if trust == "revoked":
        peers.revoke(bob, alice.fingerprint)
    person(alice, "Asel")
    path = send(alice, [bob], tmp_path / "1.pslb")
    before = dump(bob)
    with pytest.raises(BundleRejected, match=trust):
        import_bundle(bob, path)
    assert dump(bob) == before


def test_exports_go_only_to_verified_unrevoked_peers(tmp_path):
    alice, bob = new_vault(tmp_path / "a", "Alice"), new_vault(tmp_path / "b", "Bob")
    introduce(bob, alice, verified=False)
    with pytest.raises(ValidationError, match="not verified"):
        seal_bundle(alice, [bob.fingerprint], tmp_path / "x.pslb")
    assert not (tmp_path / "x.pslb").exists()


def test_a_bundle_for_someone_else_is_not_for_this_vault(trio, tmp_path):
    alice, bob, carol = trio
    person(alice, "Asel")
    with pytest.raises(BundleRejected, match="not for this vault"):
        import_bundle(carol, send(alice, [bob], tmp_path / "1.pslb"))


def test_a_clock_far_ahead_is_refused(trio, tmp_path):
    alice, bob, _ = trio
    alice.clock = HybridClock(0, now_ms=lambda: system_ms() + 3 * 24 * 3600 * 1000)
    person(alice, "From the future")
    path = send(alice, [bob], tmp_path / "1.pslb")
    before = dump(bob)
    with pytest.raises(BundleRejected, match="clock"):
        import_bundle(bob, path)
    assert dump(bob) == before


def test_the_receivers_clock_moves_past_what_it_receives(trio, tmp_path):
    alice, bob, _ = trio
    alice.clock = HybridClock(0, now_ms=lambda: system_ms() + 3 * 60 * 1000)
    person(alice, "Three minutes ahead")
    import_bundle(bob, send(alice, [bob], tmp_path / "1.pslb"))
    assert bob.clock.last >= pack(system_ms() + 2 * 60 * 1000)
