"""The mailbox: bundles through a shared folder, by themselves. The hostile side first:
whatever lies in the folder, a round goes on, changes nothing it should not, and never
deletes a file that is not byte for byte its own."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.core.errors import ValidationError
from pslapp.services import bundles, mailbox, records
from pslapp.services.vault import Vault
from pslapp.storage import exchanges
from tests.services.bundle_kit import befriend, dump, introduce, new_vault

OWN_NAME = re.compile(r"^[0-9a-f]{32}\.pslb$")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "shared"
    shared.mkdir()
    return shared


@pytest.fixture
def trio(tmp_path: Path, folder: Path) -> Iterator[tuple[Vault, Vault, Vault]]:
    """Cologne, Paris and Berlin, who trust each other, apply each other's bundles without
    review and share one folder."""
    vaults = tuple(new_vault(tmp_path / name, name) for name in ("Cologne", "Paris", "Berlin"))
    befriend(*vaults)
    for vault in vaults:
        mailbox.set_folder(vault, folder)
        for other in vaults:
            if other is not vault:
                mailbox.set_auto_apply(vault, other.fingerprint, True)
    yield vaults  # type: ignore[misc]
    for vault in vaults:
        vault.lock()


def add_person(vault: Vault, name: str) -> str:
    return records.create(vault, Kind.PERSON, {"display_name": name}).id


def names_in(vault: Vault) -> set[str]:
    return {r.values["display_name"] for r in records.page(vault, Kind.PERSON, limit=1000)}


def files_in(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def test_a_round_brings_a_peers_new_people(trio, folder):
    cologne, paris, _ = trio
    add_person(cologne, "Тарас Шевченко")
    written = mailbox.sync_round(cologne)
    assert written.written == 1 and written.written_ops == 1
    [name] = files_in(folder)
    assert OWN_NAME.match(name)  # nothing in the name: no person, no peer, no time

    got = mailbox.sync_round(paris)
    assert got.applied == 1 and got.created == 1
    assert names_in(paris) == {"Тарас Шевченко"}


def test_bundles_are_left_for_review_unless_the_peer_is_trusted_to_apply(trio, folder):
    cologne, paris, _ = trio
    mailbox.set_auto_apply(paris, cologne.fingerprint, False)
    add_person(cologne, "Asel")
    mailbox.sync_round(cologne)

    round_ = mailbox.sync_round(paris)
    assert round_.applied == 0 and round_.left_for_review == 1
    assert names_in(paris) == set()
    [waiting] = mailbox.mailbox_status(paris).for_review
    assert waiting.sender == cologne.fingerprint and waiting.path.parent == folder

    bundles.import_bundle(paris, waiting.path)  # the user reviewed it and applied it
    again = mailbox.sync_round(paris)
    assert again.left_for_review == 0 and again.written == 1  # it says it has it now
    assert mailbox.mailbox_status(paris).for_review == []
    assert names_in(paris) == {"Asel"}


def _bad_files(folder: Path, real: Path, stranger: Vault, berlin: Vault, paris: Vault) -> None:
    (folder / "garbage.pslb").write_bytes(os.urandom(3000))
    (folder / "empty.pslb").write_bytes(b"")
    (folder / "truncated.pslb").write_bytes(real.read_bytes()[:-100])
    (folder / "replayed.pslb").write_bytes(real.read_bytes())  # a copy applied already
    (folder / f"{real.stem}.sync-conflict-20260101-120000-ABCDEFG.pslb").write_bytes(
        real.read_bytes()
    )
    (folder / f"{real.stem} (conflicted copy 2026-01-01 120000).pslb").write_bytes(
        real.read_bytes()
    )
    # Arriving files: the carrier is still writing them, they are never read
    (folder / f".syncthing.{real.name}.tmp").write_bytes(b"half")
    (folder / f"~syncthing~{real.name}.tmp").write_bytes(b"half")
    (folder / "incoming.pslb.part").write_bytes(b"half")
    (folder / ".stfolder").mkdir()
    (folder / "a folder").mkdir()
    (folder / "a link.pslb").symlink_to("/dev/zero")
    # A real bundle from someone Paris has never heard of, and one for Berlin only
    introduce(paris, stranger)
    records.create(stranger, Kind.PERSON, {"display_name": "Unknown"})
    bundles.seal_bundle(stranger, [paris.fingerprint], folder / "stranger.pslb")
    bundles.seal_bundle(paris, [berlin.fingerprint], folder / "for-berlin.pslb")


def test_bad_files_never_stop_a_round_and_change_nothing(trio, folder, tmp_path):
    cologne, paris, berlin = trio
    add_person(cologne, "Asel")
    mailbox.sync_round(cologne)
    [real] = [folder / n for n in files_in(folder)]
    mailbox.sync_round(paris)  # applied; Paris's answer written
    stranger = new_vault(tmp_path / "stranger", "Stranger")
    _bad_files(folder, real, stranger, berlin, paris)
    before = dump(paris)

    round_ = mailbox.sync_round(paris)

    assert dump(paris) == before
    assert round_.applied == 0 and round_.written == 0 and round_.cleaned == 0
    assert round_.skipped == {
        "already_imported": 4,  # the original, the replay and both conflict copies
        "damaged": 1,  # truncated
        "not_a_file": 2,  # a folder and a link
        "not_for_us": 3,  # garbage, empty, the one for Berlin
        "partial_file": 4,  # the carrier's temporary files and its .stfolder
        "unknown_sender": 1,
    }
    assert round_.read == 11  # everything but the partial files and Paris's own answer
    stranger.lock()


def test_a_bundle_is_never_applied_twice_whatever_its_copies(trio, folder):
    cologne, paris, _ = trio
    add_person(cologne, "Asel")
    mailbox.sync_round(cologne)
    [real] = [folder / n for n in files_in(folder)]
    (folder / "copy.pslb").write_bytes(real.read_bytes())
    first = mailbox.sync_round(paris)
    assert first.applied == 1 and first.skipped.get("already_imported") == 1
    second = mailbox.sync_round(paris)
    assert second.applied == 0 and second.skipped.get("already_imported") == 2
    assert [h["direction"] for h in bundles.history(paris)].count("in") == 1


def test_own_files_go_once_every_recipient_has_them(trio, folder):
    cologne, paris, berlin = trio
    add_person(cologne, "Asel")
    mailbox.sync_round(cologne)
    [ours] = files_in(folder)
    mailbox.sync_round(paris)  # applies, answers
    assert mailbox.sync_round(cologne).cleaned == 0  # Berlin has not read it yet
    assert ours in files_in(folder)
    mailbox.sync_round(berlin)  # applies, answers
    assert mailbox.sync_round(cologne).cleaned == 1
    assert ours not in files_in(folder)


def test_quiet_vaults_stop_writing(trio, folder):
    """No endless loop of answers to answers (KeeShare's Dropbox loop): once everyone has
    everything, rounds write nothing, and the folder empties down to a bounded rest."""
    cologne, paris, _ = trio
    add_person(cologne, "Asel")
    add_person(paris, "Olga")
    for _ in range(4):
        for vault in trio:
            mailbox.sync_round(vault)
    quiet = [mailbox.sync_round(v) for v in trio for _ in range(2)]
    assert sum(r.written for r in quiet) == 0
    assert len(files_in(folder)) <= len(trio)
    for vault in trio:
        assert names_in(vault) == {"Asel", "Olga"}


def test_a_lying_acknowledgement_never_deletes_what_another_recipient_needs(trio, folder):
    """Berlin claims to have received far more from Cologne than was ever sent. Cologne's
    file must stay until Paris has it too; the lie can only cost Berlin its own copy."""
    cologne, paris, berlin = trio
    add_person(cologne, "Asel")
    mailbox.sync_round(cologne)
    [ours] = files_in(folder)
    with berlin.write() as conn:
        exchanges.mark_received(conn, cologne.fingerprint, 10**9)
    # Berlin writes without reading the file (it has changes of its own)
    (folder / ours).rename(folder / ".hidden-from-berlin")
    add_person(berlin, "Berlin's own")
    assert mailbox.sync_round(berlin).written == 1
    (folder / ".hidden-from-berlin").rename(folder / ours)

    assert mailbox.sync_round(cologne).cleaned == 0
    assert ours in files_in(folder)  # Paris still needs it
    waiting = mailbox.mailbox_status(cologne).own_files
    assert waiting and all(f.waiting_for == [paris.fingerprint] for f in waiting)
    mailbox.sync_round(paris)
    assert mailbox.sync_round(cologne).cleaned >= 1
    assert ours not in files_in(folder)


def test_a_file_under_our_name_that_is_not_ours_is_never_deleted(trio, folder):
    cologne, paris, berlin = trio
    add_person(cologne, "Asel")
    mailbox.sync_round(cologne)
    [ours] = files_in(folder)
    original = (folder / ours).read_bytes()
    mailbox.sync_round(paris)
    mailbox.sync_round(berlin)
    foreign = b"someone else's file under Cologne's name"
    (folder / ours).write_bytes(foreign)
    mailbox.sync_round(cologne)
    assert (folder / ours).read_bytes() == foreign  # forgotten, not deleted
    assert all(f.name != ours for f in mailbox.mailbox_status(cologne).own_files)
    assert original != foreign


def test_conflict_copies_of_our_own_files_go_with_them(trio, folder):
    cologne, paris, berlin = trio
    add_person(cologne, "Asel")
    mailbox.sync_round(cologne)
    [ours] = files_in(folder)
    copy = folder / f"{Path(ours).stem}.sync-conflict-20260101-120000-ABCDEFG.pslb"
    copy.write_bytes((folder / ours).read_bytes())
    mailbox.sync_round(paris)
    mailbox.sync_round(berlin)
    mailbox.sync_round(cologne)
    assert not copy.exists() and ours not in files_in(folder)


def test_nothing_but_sealed_bundles_is_ever_left_in_the_folder(trio, folder):
    for i, vault in enumerate(trio):
        add_person(vault, f"Person {i}")
    for _ in range(3):
        for vault in trio:
            mailbox.sync_round(vault)
            for name in files_in(folder):
                assert OWN_NAME.match(name), name
                assert (folder / name).read_bytes().startswith(b"age-encryption.org/v1\n")
                assert (folder / name).stat().st_mode & 0o777 == 0o600


def test_the_folder_must_exist_and_be_writable(trio, tmp_path):
    cologne, _, _ = trio
    with pytest.raises(ValidationError):
        mailbox.set_folder(cologne, tmp_path / "missing")
    mailbox.set_folder(cologne, None)
    with pytest.raises(ValidationError):
        mailbox.sync_round(cologne)


def test_an_acknowledgement_may_name_only_the_bundles_recipients(trio, folder):
    """`received` is signed inside the manifest and keyed by recipient: a sender speaks only
    for itself, and a key for anyone outside the recipients is malformed."""
    from pslapp.core.errors import BundleRejected
    from pslapp.services.bundles.container import parse_manifest

    cologne, paris, _ = trio
    add_person(cologne, "Asel")
    mailbox.sync_round(cologne)
    [ours] = files_in(folder)
    manifest = bundles.verify(paris, folder / ours).inner.manifest
    assert manifest.received == {}  # Cologne had received nothing yet
    doc = manifest.to_bytes().replace(
        b'"op_count"', b'"received":{"' + b"1" * 60 + b'":5},"op_count"'
    )
    with pytest.raises(BundleRejected, match="manifest"):
        parse_manifest(doc)


def test_at_the_door_the_other_doors_work_applies_and_nothing_else(trio, folder):
    """Paris's bundles wait for Cologne's review, except in door mode for the forum: there
    check-ins and walk-ins of the forum apply at once; a bundle that also renames someone
    already here still waits."""
    cologne, paris, _ = trio
    forum = records.create(
        cologne, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01"}
    ).id
    asel = add_person(cologne, "Asel")
    from pslapp.services import events

    events.attend(cologne, forum, asel)
    mailbox.sync_round(cologne)
    mailbox.sync_round(paris)
    mailbox.sync_round(cologne)  # Paris's answer
    mailbox.set_auto_apply(cologne, paris.fingerprint, False)

    events.check_in(paris, forum, asel)
    walk_in = add_person(paris, "Walk-in")
    events.attend(paris, forum, walk_in)
    mailbox.sync_round(paris)
    assert mailbox.sync_round(cologne).left_for_review == 1  # not at the door: review
    at_door = mailbox.sync_round(cologne, door_event=forum)
    assert at_door.applied == 1 and at_door.left_for_review == 0
    assert "Walk-in" in names_in(cologne)

    records.edit(paris, Kind.PERSON, asel, {"display_name": "Renamed"})
    events.check_in(paris, forum, walk_in)
    mailbox.sync_round(paris)
    other = mailbox.sync_round(cologne, door_event=forum)
    assert other.applied == 0 and other.left_for_review == 1
    assert "Asel" in names_in(cologne)


def test_locking_forgets_the_cards_rounds_parsed(trio, folder):
    """Rounds parse every author's card of every bundle, cached since a mesh repeats them;
    the cards carry peers' names, so locking empties the cache."""
    from pslapp.crypto.card import parse_card

    cologne, paris, _ = trio
    add_person(cologne, "Asel")
    mailbox.sync_round(cologne)
    mailbox.sync_round(paris)
    assert parse_card.cache_info().currsize > 0
    paris.lock()
    assert parse_card.cache_info().currsize == 0
