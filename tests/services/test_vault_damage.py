"""A vault that tells when it is damaged: a garbled page is found at unlock (quick_check),
an index out of step by the full check, an empty or foreign database is refused instead of
silently given a new schema, an init killed half-way is named and can be started over, and
permissions others could read through are made private or refused."""

from __future__ import annotations

import hashlib
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.core.errors import InitUnfinished, VaultDamaged, VaultExists
from pslapp.crypto.keyslots import SlotKind
from pslapp.services import records
from pslapp.services.vault import Vault, check_vault_files, create_vault, open_vault
from pslapp.services.vault_health import check_database
from pslapp.services.wipe import wipe_vault
from pslapp.storage.engine import connect_raw
from tests.conftest import FAST_KDF, PASSPHRASE

PAGE = 4096

KILLED_INIT = """
import os, signal, sys
from pathlib import Path
from pslapp.crypto.kdf import KdfParams
from pslapp.services import vault

def killed(path, data):  # the moment between vault.db and keyslots.json
    os.kill(os.getpid(), signal.SIGKILL)

vault.atomic_write = killed
vault.create_vault(Path(sys.argv[1]), "correct horse battery staple", "x",
                   kdf=KdfParams(iterations=1))
"""


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def a_locked_vault_of(vault: Vault, people: int) -> Path:
    records.create_many(
        vault, Kind.PERSON, [{"display_name": f"Person {i}", "city": "Köln"} for i in range(people)]
    )
    vault.lock()
    return vault.folder / "vault.db"


@pytest.mark.parametrize("page", [3, 86])
def test_a_garbled_page_is_found_at_unlock_and_named(vault: Vault, page: int):
    db = a_locked_vault_of(vault, 500)
    assert db.stat().st_size > 90 * PAGE
    data = bytearray(db.read_bytes())
    start = (page - 1) * PAGE + 200
    data[start : start + 64] = os.urandom(64)
    db.write_bytes(bytes(data))
    before = snapshot(vault.folder)
    with pytest.raises(VaultDamaged, match=r"vault\.db") as caught:
        open_vault(vault.folder, PASSPHRASE)
    assert "quick_check" in str(caught.value)
    assert snapshot(vault.folder) == before


def test_an_index_out_of_step_with_its_table_is_found_by_the_full_check(vault: Vault):
    db = a_locked_vault_of(vault, 200)
    dek = check_vault_files(vault.folder).open(SlotKind.PASSPHRASE, PASSPHRASE.encode())
    conn = connect_raw(db, dek)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_people_change_seq ON people (max_hlc)'"
        " WHERE name = 'ix_people_change_seq'"
    )
    conn.close()
    opened = open_vault(vault.folder, PASSPHRASE)  # quick_check does not read index contents
    try:
        with pytest.raises(VaultDamaged, match="integrity_check"):
            check_database(opened.engine, db, full=True)
    finally:
        opened.lock()


def test_an_empty_database_is_refused_not_given_a_new_schema(vault: Vault):
    vault.lock()
    db = vault.folder / "vault.db"
    db.write_bytes(b"")
    for side in ("vault.db-wal", "vault.db-shm"):
        (vault.folder / side).unlink(missing_ok=True)
    with pytest.raises(VaultDamaged, match="holds no vault"):
        open_vault(vault.folder, PASSPHRASE)
    assert db.stat().st_size == 0
    assert sorted(p.name for p in vault.folder.iterdir()) == ["keyslots.json", "vault.db"]


def test_an_init_killed_before_its_keys_were_stored_is_named_and_starts_over(tmp_path: Path):
    folder = tmp_path / "vault"
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_INIT, str(folder)],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert (folder / "vault.db").exists() and not (folder / "keyslots.json").exists()
    with pytest.raises(InitUnfinished, match="init"):
        check_vault_files(folder)
    vault, _code = create_vault(folder, PASSPHRASE, "Second try", kdf=FAST_KDF)
    vault.lock()
    open_vault(folder, PASSPHRASE).lock()


def test_an_interrupted_init_can_be_wiped(tmp_path: Path):
    folder = tmp_path / "vault"
    subprocess.run([sys.executable, "-c", KILLED_INIT, str(folder)], timeout=60, check=False)
    wipe_vault(folder)
    assert not folder.exists()


def test_starting_over_never_removes_files_init_did_not_make(tmp_path: Path):
    folder = tmp_path / "vault"
    subprocess.run([sys.executable, "-c", KILLED_INIT, str(folder)], timeout=60, check=False)
    (folder / "letter.txt").write_text("keep me")
    with pytest.raises(VaultExists, match="not empty"):
        create_vault(folder, PASSPHRASE, "x", kdf=FAST_KDF)
    assert (folder / "letter.txt").read_text() == "keep me"


def test_a_folder_and_files_others_can_read_are_made_private_at_unlock(vault: Vault):
    vault.lock()
    folder = vault.folder
    os.chmod(folder, 0o777)
    os.chmod(folder / "vault.db", 0o644)
    os.chmod(folder / "keyslots.json", 0o644)
    opened = open_vault(folder, PASSPHRASE)
    opened.lock()
    assert sorted(opened.permissions_fixed) == ["keyslots.json", "vault", "vault.db"]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in ("vault.db", "keyslots.json"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600


@pytest.mark.skipif(os.getuid() != 0, reason="needs to give a file to another user")
def test_a_readable_file_of_another_user_is_refused(vault: Vault):
    vault.lock()
    db = vault.folder / "vault.db"
    os.chmod(db, 0o644)
    os.chown(db, 4242, 4242)
    with pytest.raises(VaultDamaged, match="another user"):
        open_vault(vault.folder, PASSPHRASE)
    assert stat.S_IMODE(db.stat().st_mode) == 0o644
