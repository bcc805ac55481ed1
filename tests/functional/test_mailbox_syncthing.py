"""Two laptops, each with its own Syncthing sharing one folder over the loopback interface
(real Syncthing, Debian's package, installed by `make syncthing-deps`): what Cologne adds
and checks in reaches Paris through `mailbox sync`, in bounded time; a Syncthing conflict
copy and its partial files are handled; nothing but sealed bundles ever lies in the
folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.services import bundles, events, mailbox, records
from pslapp.services.vault import Vault
from tests.functional import syncthing_kit
from tests.functional.syncthing_kit import Instance, wait_until
from tests.services.bundle_kit import befriend, new_vault

BINARY = syncthing_kit.syncthing_binary()
pytestmark = pytest.mark.skipif(
    BINARY is None,
    reason="syncthing is not on PATH (make syncthing-deps installs Debian's package as root)",
)
AGE = b"age-encryption.org/v1\n"


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Instance, Instance]]:
    assert BINARY is not None
    a, b = syncthing_kit.pair(tmp_path, BINARY)
    try:
        wait_until("both Syncthing instances answer", lambda: a.ready() and b.ready())
        wait_until("the two instances connect", lambda: a.connected(b) and b.connected(a))
        yield a, b
    finally:
        a.stop()
        b.stop()


@pytest.fixture
def vaults(tmp_path: Path, laptops) -> Iterator[tuple[Vault, Vault]]:
    a, b = laptops
    cologne, paris = (
        new_vault(tmp_path / "cologne", "Cologne"),
        new_vault(tmp_path / "paris", "Paris"),
    )
    befriend(cologne, paris)
    mailbox.set_folder(cologne, a.folder)
    mailbox.set_folder(paris, b.folder)
    mailbox.set_auto_apply(paris, cologne.fingerprint, True)
    mailbox.set_auto_apply(cologne, paris.fingerprint, True)
    yield cologne, paris
    cologne.lock()
    paris.lock()


def bundles_in(folder: Path) -> set[str]:
    return {n for n in os.listdir(folder) if not n.startswith(".")}


def carry(source: Instance, target: Instance, names: set[str]) -> float:
    """Scan `source` and wait until `target` holds every one of `names`, whole."""
    source.scan()

    def arrived() -> bool:
        target.scan()
        return names <= bundles_in(target.folder) and all(
            (target.folder / n).stat().st_size == (source.folder / n).stat().st_size for n in names
        )

    return wait_until(f"{sorted(names)} reach the other laptop", arrived)


def only_sealed_bundles(folder: Path) -> None:
    for name in os.listdir(folder):
        path = folder / name
        if name == ".stfolder":  # Syncthing's marker, a folder
            continue
        if name.startswith(".syncthing.") and name.endswith(".tmp"):
            continue  # a sealed bundle on its way (Syncthing keeps some for a while)
        assert path.is_file() and not name.startswith("."), name
        assert path.read_bytes().startswith(AGE), name


def test_people_and_check_ins_cross_between_two_laptops(laptops, vaults):
    a, b = laptops
    cologne, paris = vaults
    person = records.create(cologne, Kind.PERSON, {"display_name": "Тарас Шевченко"}).id
    forum = {"title": "Forum", "kind": "forum", "start": "2026-05-01"}
    event = records.create(cologne, Kind.EVENT, forum).id
    events.attend(cologne, event, person)
    events.check_in(cologne, event, person)
    assert mailbox.sync_round(cologne).written == 1

    took = carry(a, b, bundles_in(a.folder))
    got = mailbox.sync_round(paris)
    assert got.applied == 1 and got.created == 3, got
    [seen] = events.attendees(paris, event)
    assert seen.to_json()["status"] == "checked_in"
    assert took < syncthing_kit.DEADLINE_S

    # Paris answers; Cologne cleans up once it has Paris's answer, and Syncthing carries
    # the deletion back
    ours = bundles_in(a.folder)
    carry(b, a, bundles_in(b.folder))
    assert mailbox.sync_round(cologne).cleaned == 1
    a.scan()
    wait_until("the clean-up reaches Paris", lambda: (b.scan(), not ours & bundles_in(b.folder))[1])
    only_sealed_bundles(a.folder)
    only_sealed_bundles(b.folder)


def test_a_syncthing_conflict_copy_is_just_another_bundle(laptops, vaults):
    """Both laptops write the same file name before either has seen the other's: Syncthing
    keeps one as NAME and the other as NAME.sync-conflict-...; each vault finds the bundle
    meant for it under whichever name, and its own bundle is not for it."""
    a, b = laptops
    cologne, paris = vaults
    records.create(cologne, Kind.PERSON, {"display_name": "From Cologne"})
    records.create(paris, Kind.PERSON, {"display_name": "From Paris"})
    bundles.seal_bundle(cologne, [paris.fingerprint], a.folder / "same.pslb")
    bundles.seal_bundle(paris, [cologne.fingerprint], b.folder / "same.pslb")

    def both_have_the_conflict() -> bool:
        a.scan()
        b.scan()
        names_a, names_b = bundles_in(a.folder), bundles_in(b.folder)
        return names_a == names_b and any(".sync-conflict-" in n for n in names_a)

    wait_until("Syncthing makes a conflict copy on both laptops", both_have_the_conflict)
    to_paris = mailbox.sync_round(paris)
    to_cologne = mailbox.sync_round(cologne)
    assert to_paris.applied == 1 and to_cologne.applied == 1
    assert to_paris.skipped.get("not_for_us") == 1  # Paris's own bundle, under either name
    names = {r.values["display_name"] for r in records.page(paris, Kind.PERSON)}
    assert names == {"From Cologne", "From Paris"}
    only_sealed_bundles(a.folder)
    only_sealed_bundles(b.folder)


def test_files_still_arriving_are_left_alone(laptops, vaults):
    """A bundle caught half-way (Syncthing writes `.syncthing.NAME.tmp` first, then renames
    it) is never read; the whole file is, once it is there."""
    a, b = laptops
    cologne, paris = vaults
    records.create(cologne, Kind.PERSON, {"display_name": "Asel"})
    mailbox.sync_round(cologne)
    [name] = bundles_in(a.folder)
    whole = (a.folder / name).read_bytes()
    partial = b.folder / f".syncthing.{name}.tmp"
    partial.write_bytes(whole[: len(whole) // 2])  # as Syncthing leaves it mid-transfer
    early = mailbox.sync_round(paris)
    assert early.applied == 0 and early.skipped.get("partial_file") == 2  # and .stfolder
    partial.unlink()
    carry(a, b, {name})
    assert mailbox.sync_round(paris).applied == 1
