"""A coordinator's vault: created, unlocked, locked, re-keyed; and what happens when the
passphrase is wrong or a file is damaged. Nothing is ever overwritten by a failure."""

from __future__ import annotations

import hashlib
import json
import stat
from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.core.errors import (
    ValidationError,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
)
from pslapp.crypto.kdf import MIN_MEMORY_KIB, TEST_WEAK_KDF_ENV
from pslapp.services import records
from pslapp.services.vault import (
    Vault,
    change_passphrase,
    create_vault,
    open_vault,
    open_with_recovery_code,
    reset_passphrase_with_recovery_code,
)
from pslapp.services.wipe import wipe_vault
from tests.conftest import FAST_KDF, PASSPHRASE


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def locked_vault_with_a_person(vault: Vault) -> str:
    person = records.create(vault, Kind.PERSON, {"display_name": "Olena Kovalenko"})
    vault.lock()
    return person.id


def test_new_vault_is_private_and_reopens_with_the_passphrase(vault: Vault, vault_dir: Path):
    pid = locked_vault_with_a_person(vault)
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    for name in ("vault.db", "keyslots.json"):
        assert stat.S_IMODE((vault_dir / name).stat().st_mode) & 0o077 == 0, name
    again = open_vault(vault_dir, PASSPHRASE)
    assert records.get(again, Kind.PERSON, pid).values["display_name"] == "Olena Kovalenko"
    assert again.fingerprint == vault.fingerprint
    again.lock()


def test_keyslots_hold_no_user_data_and_a_strong_kdf(vault: Vault, vault_dir: Path):
    locked_vault_with_a_person(vault)
    doc = json.loads((vault_dir / "keyslots.json").read_text())
    assert {s["kind"] for s in doc["slots"]} == {"passphrase", "recovery"}
    for slot in doc["slots"]:
        assert slot["kdf"]["algorithm"] == "argon2id"
        assert slot["kdf"]["memory_kib"] >= MIN_MEMORY_KIB
        assert slot["kdf"]["lanes"] == 4
    assert "Olena" not in (vault_dir / "keyslots.json").read_text()


def test_the_data_key_never_appears_in_the_engine_url(vault: Vault):
    assert str(vault.engine.url) == "sqlite://"


def test_wrong_passphrase_changes_no_file(vault: Vault, vault_dir: Path):
    locked_vault_with_a_person(vault)
    before = snapshot(vault_dir)
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        open_vault(vault_dir, "not the passphrase")
    assert snapshot(vault_dir) == before


def test_a_locked_vault_refuses_work(vault: Vault):
    vault.lock()
    with pytest.raises(VaultLocked):
        records.count(vault, Kind.PERSON)


def test_lock_folds_the_wal_into_the_database(vault: Vault, vault_dir: Path):
    locked_vault_with_a_person(vault)
    wal = vault_dir / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_changing_the_passphrase_rewrites_only_the_keyslots(vault: Vault, vault_dir: Path):
    pid = locked_vault_with_a_person(vault)
    db_before = (vault_dir / "vault.db").read_bytes()
    change_passphrase(vault_dir, PASSPHRASE, "a new long passphrase", kdf=FAST_KDF)
    assert (vault_dir / "vault.db").read_bytes() == db_before
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, PASSPHRASE)
    again = open_vault(vault_dir, "a new long passphrase")
    assert records.get(again, Kind.PERSON, pid)
    again.lock()
    assert not list(vault_dir.glob(".*tmp*")), "no temp file left behind"


def test_changing_the_passphrase_needs_the_old_one(vault: Vault, vault_dir: Path):
    vault.lock()
    before = snapshot(vault_dir)
    with pytest.raises(WrongPassphrase):
        change_passphrase(vault_dir, "guess", "new", kdf=FAST_KDF)
    assert snapshot(vault_dir) == before


def test_the_recovery_code_opens_the_vault_and_resets_the_passphrase(vault_dir: Path):
    v, code = create_vault(vault_dir, PASSPHRASE, "Paris", kdf=FAST_KDF)
    v.lock()
    typed_sloppily = code.lower().replace("-", " ")
    opened = open_with_recovery_code(vault_dir, typed_sloppily)
    opened.lock()
    reset_passphrase_with_recovery_code(vault_dir, code, "forgot the old one", kdf=FAST_KDF)
    open_vault(vault_dir, "forgot the old one").lock()
    with pytest.raises(WrongPassphrase):
        open_with_recovery_code(vault_dir, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")


def test_init_refuses_an_existing_vault(vault: Vault, vault_dir: Path):
    vault.lock()
    before = snapshot(vault_dir)
    with pytest.raises(VaultExists):
        create_vault(vault_dir, "other", "x", kdf=FAST_KDF)
    assert snapshot(vault_dir) == before


def test_init_refuses_a_folder_with_other_files(tmp_path: Path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("keep me")
    with pytest.raises(VaultExists, match="not empty"):
        create_vault(folder, PASSPHRASE, "x", kdf=FAST_KDF)
    assert [p.name for p in folder.iterdir()] == ["letter.txt"]


def test_no_vault_here(tmp_path: Path):
    with pytest.raises(VaultMissing):
        open_vault(tmp_path / "nothing", PASSPHRASE)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: p.unlink(), id="missing"),
        pytest.param(lambda p: p.write_bytes(p.read_bytes()[:40]), id="truncated"),
        pytest.param(lambda p: p.write_bytes(b"\x00\xff" * 50), id="binary-garbage"),
        pytest.param(lambda p: p.write_text("{}"), id="empty-json"),
        pytest.param(
            lambda p: p.write_text(p.read_text().replace('"version": 1', '"version": 9')),
            id="future-version",
        ),
        pytest.param(
            lambda p: p.write_text(p.read_text().replace('"memory_kib": 65536', '"memory_kib": 1')),
            id="weakened-kdf",
        ),
    ],
)
def test_damaged_keyslots_are_named_and_left_alone(vault: Vault, vault_dir: Path, damage):
    vault.lock()
    slots = vault_dir / "keyslots.json"
    damage(slots)
    before = snapshot(vault_dir)
    with pytest.raises(VaultDamaged) as caught:
        open_vault(vault_dir, PASSPHRASE)
    assert "keyslots.json" in str(caught.value)
    assert snapshot(vault_dir) == before


def test_a_flipped_sealed_key_reads_as_a_wrong_passphrase_without_writing(vault, vault_dir):
    vault.lock()
    slots = vault_dir / "keyslots.json"
    doc = json.loads(slots.read_text())
    sealed = doc["slots"][0]["sealed_key"]
    doc["slots"][0]["sealed_key"] = ("A" if sealed[0] != "A" else "B") + sealed[1:]
    slots.write_text(json.dumps(doc))
    before = snapshot(vault_dir)
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, PASSPHRASE)
    assert snapshot(vault_dir) == before


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: p.unlink(), id="missing"),
        pytest.param(lambda p: p.write_bytes(p.read_bytes()[:1000]), id="truncated"),
        pytest.param(lambda p: p.write_bytes(b"SQLite format 3\x00" + bytes(4080)), id="replaced"),
        pytest.param(
            lambda p: p.write_bytes(bytes(64) + p.read_bytes()[64:]), id="first-page-overwritten"
        ),
    ],
)
def test_damaged_database_is_named_and_left_alone(vault: Vault, vault_dir: Path, damage):
    locked_vault_with_a_person(vault)
    damage(vault_dir / "vault.db")
    before = snapshot(vault_dir)
    with pytest.raises(VaultDamaged) as caught:
        open_vault(vault_dir, PASSPHRASE)
    assert "vault.db" in str(caught.value)
    assert snapshot(vault_dir) == before


def test_emergency_wipe_removes_the_keys_first_and_then_everything(vault, vault_dir):
    locked_vault_with_a_person(vault)
    wipe_vault(vault_dir)
    assert not vault_dir.exists()


def test_a_real_vault_refuses_a_kdf_below_the_floor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv(TEST_WEAK_KDF_ENV)
    folder = tmp_path / "real"
    with pytest.raises(ValidationError, match="below the floor"):
        create_vault(folder, PASSPHRASE, "x", kdf=FAST_KDF)
    assert not folder.exists()


def test_a_new_passphrase_is_never_sealed_below_the_floor(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    vault.lock()
    before = snapshot(vault_dir)
    monkeypatch.delenv(TEST_WEAK_KDF_ENV)
    with pytest.raises(ValidationError, match="below the floor"):
        change_passphrase(vault_dir, PASSPHRASE, "new one", kdf=FAST_KDF)
    assert snapshot(vault_dir) == before
