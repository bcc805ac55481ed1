"""A seized or broken laptop: the coordinator restores her vault on another computer from
the encrypted backup on a USB stick. Same records, search and peers; only her passphrase or
recovery code opens it; a damaged or altered backup is refused before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.core.errors import BackupDamaged, VaultExists, WrongPassphrase
from pslapp.services import peers, records
from pslapp.services.backup import back_up, last_backup_ms, restore
from pslapp.services.vault import Vault, create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.bundle_kit import befriend, dump, new_vault

NAME = "Тарас Шевченко"


@pytest.fixture
def coordinator(tmp_path: Path) -> Vault:
    vault = new_vault(tmp_path / "laptop", "Cologne")
    friend = new_vault(tmp_path / "friend", "Paris")
    befriend(vault, friend)
    friend.lock()
    records.create(vault, Kind.PERSON, {"display_name": NAME, "city": "Köln"})
    records.create_many(vault, Kind.PERSON, [{"display_name": f"Person {i}"} for i in range(300)])
    return vault


def test_backup_then_restore_elsewhere_gives_the_same_records_search_and_peers(
    coordinator: Vault, tmp_path: Path
):
    usb = tmp_path / "usb" / "vault.pslbackup"
    usb.parent.mkdir()
    assert last_backup_ms(coordinator) == 0
    written = back_up(coordinator, usb)
    assert written.size > 0 and last_backup_ms(coordinator) == written.created_ms
    before = dump(coordinator)
    before_peers = [(p.name, p.fingerprint, p.verified) for p in peers.list_peers(coordinator)]
    fingerprint = coordinator.fingerprint

    restored = restore(usb, tmp_path / "new-laptop" / "vault", PASSPHRASE)
    try:
        assert restored.fingerprint == fingerprint
        after = dump(restored)
        after.pop("vault_state", None)
        before.pop("vault_state", None)
        assert after == before
        assert [(p.name, p.fingerprint, p.verified) for p in peers.list_peers(restored)] == (
            before_peers
        )
        assert [title for _k, _id, title in records.search(restored, "shevch")] == [NAME]
        assert records.count(restored, Kind.PERSON) == 301
    finally:
        restored.lock()
    coordinator.lock()


def test_the_recovery_code_opens_a_backup_too(tmp_path: Path):
    vault, code = create_vault(tmp_path / "laptop", PASSPHRASE, "Cologne", kdf=FAST_KDF)
    records.create(vault, Kind.PERSON, {"display_name": NAME})
    usb = tmp_path / "b.pslbackup"
    back_up(vault, usb)
    vault.lock()
    restored = restore(usb, tmp_path / "restored", code, recovery_code=True)
    assert records.count(restored, Kind.PERSON) == 1
    restored.lock()


def test_the_backup_holds_no_name_in_the_clear(coordinator: Vault, tmp_path: Path):
    usb = tmp_path / "b.pslbackup"
    back_up(coordinator, usb)
    data = usb.read_bytes()
    for needle in (NAME, "Person 1", "Cologne", "Köln"):
        assert needle.encode("utf-8") not in data
        assert needle.encode("utf-16-le") not in data
    assert not list(coordinator.folder.glob(".backup-snapshot-*"))
    coordinator.lock()


def test_a_wrong_passphrase_restores_nothing(coordinator: Vault, tmp_path: Path):
    usb = tmp_path / "b.pslbackup"
    back_up(coordinator, usb)
    coordinator.lock()
    target = tmp_path / "restored"
    with pytest.raises(WrongPassphrase):
        restore(usb, target, "someone's guess")
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda b: b[: len(b) // 2], id="cut-short"),
        pytest.param(lambda b: b[:-40] + bytes([b[-40] ^ 1]) + b[-39:], id="a-flipped-byte"),
        pytest.param(lambda b: b + b"more", id="something-appended"),
        pytest.param(lambda b: b.replace(b'"size": ', b'"size": 1', 1), id="header-altered"),
        pytest.param(lambda b: b"not a backup at all", id="another-file"),
    ],
)
def test_a_damaged_backup_is_refused_before_anything_is_written(
    coordinator: Vault, tmp_path: Path, damage
):
    usb = tmp_path / "b.pslbackup"
    back_up(coordinator, usb)
    coordinator.lock()
    usb.write_bytes(damage(usb.read_bytes()))
    target = tmp_path / "restored"
    with pytest.raises(BackupDamaged, match=r"b\.pslbackup"):
        restore(usb, target, PASSPHRASE)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_restoring_over_a_vault_needs_replace_and_then_replaces_it(
    coordinator: Vault, tmp_path: Path
):
    usb = tmp_path / "b.pslbackup"
    back_up(coordinator, usb)
    records.create(coordinator, Kind.PERSON, {"display_name": "Added after the backup"})
    folder = coordinator.folder
    coordinator.lock()
    with pytest.raises(VaultExists, match="replace"):
        restore(usb, folder, PASSPHRASE)
    restored = restore(usb, folder, PASSPHRASE, replace=True)
    assert records.count(restored, Kind.PERSON) == 301
    restored.lock()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
