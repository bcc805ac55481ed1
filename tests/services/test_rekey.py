"""An old passphrase may be known: `passwd` overwrites the old keyslots instead of renaming
over them, and `rekey` changes the data key itself; a rekey killed at any step leaves a vault
that opens with the passphrase."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.core.errors import WrongPassphrase
from pslapp.crypto.keyslots import Keyslots, KeyslotsDamaged, SlotKind
from pslapp.services import records
from pslapp.services.key_change import next_path, opens_database
from pslapp.services.rekey import rekey_vault
from pslapp.services.vault import (
    change_passphrase,
    create_vault,
    open_vault,
    open_with_recovery_code,
)
from tests.conftest import FAST_KDF, PASSPHRASE

KILLED_REKEY = """
import os, signal, sys
from pathlib import Path
from pslapp.crypto.kdf import KdfParams
from pslapp.services import key_change, rekey

def die(*_a, **_k):
    os.kill(os.getpid(), signal.SIGKILL)

stage = sys.argv[2]
if stage == "before-the-database":
    rekey._rekey_database = die
elif stage == "after-the-database":
    rekey.key_change.install = die
elif stage == "old-keyslots-overwritten":
    real = key_change.overwrite_in_place
    def overwrite_then_die(path):
        real(path)
        die()
    key_change.overwrite_in_place = overwrite_then_die
rekey.rekey_vault(Path(sys.argv[1]), "correct horse battery staple",
                  kdf=KdfParams(iterations=1))
"""


@pytest.fixture
def folder(tmp_path: Path) -> tuple[Path, str]:
    vault, code = create_vault(tmp_path / "vault", PASSPHRASE, "Cologne", kdf=FAST_KDF)
    records.create(vault, Kind.PERSON, {"display_name": "Olena Kovalenko"})
    vault.lock()
    return tmp_path / "vault", code


def old_image_of_keyslots(folder: Path) -> Path:
    """A second name for the keyslots file's bytes, as an old disk block or snapshot would
    keep them: replacing the file by rename leaves them readable there."""
    image = folder.parent / "old-image.json"
    os.link(folder / "keyslots.json", image)
    return image


def test_passwd_overwrites_the_old_keyslots_not_only_renames(folder: tuple[Path, str]):
    path, _code = folder
    image = old_image_of_keyslots(path)
    change_passphrase(path, PASSPHRASE, "a new long passphrase", kdf=FAST_KDF)
    with pytest.raises(KeyslotsDamaged):  # noise where the old sealed keys were
        Keyslots.from_bytes(image.read_bytes()).open(SlotKind.PASSPHRASE, PASSPHRASE.encode())
    open_vault(path, "a new long passphrase").lock()


def test_rekey_changes_the_data_key_and_the_recovery_code(folder: tuple[Path, str]):
    path, old_code = folder
    old_dek = Keyslots.from_bytes((path / "keyslots.json").read_bytes()).open(
        SlotKind.PASSPHRASE, PASSPHRASE.encode()
    )
    image = old_image_of_keyslots(path)
    new_code = rekey_vault(path, PASSPHRASE, kdf=FAST_KDF)
    assert new_code != old_code
    assert not opens_database(path / "vault.db", old_dek), "the old key opens nothing now"
    with pytest.raises(KeyslotsDamaged):
        Keyslots.from_bytes(image.read_bytes())
    with pytest.raises(WrongPassphrase):
        open_with_recovery_code(path, old_code)
    open_with_recovery_code(path, new_code).lock()
    vault = open_vault(path, PASSPHRASE)
    assert [title for _k, _i, title in records.search(vault, "kovalenko")] == ["Olena Kovalenko"]
    vault.lock()
    assert not next_path(path / "keyslots.json").exists()


def test_rekey_with_a_wrong_passphrase_changes_nothing(folder: tuple[Path, str]):
    path, _code = folder
    before = {p.name: p.read_bytes() for p in path.iterdir()}
    with pytest.raises(WrongPassphrase):
        rekey_vault(path, "a guess", kdf=FAST_KDF)
    assert {p.name: p.read_bytes() for p in path.iterdir()} == before


@pytest.mark.parametrize(
    "stage", ["before-the-database", "after-the-database", "old-keyslots-overwritten"]
)
def test_a_rekey_killed_at_any_step_leaves_a_vault_that_opens(folder: tuple[Path, str], stage: str):
    path, _code = folder
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_REKEY, str(path), stage],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    vault = open_vault(path, PASSPHRASE)
    assert records.count(vault, Kind.PERSON) == 1
    vault.lock()
    assert not next_path(path / "keyslots.json").exists(), "finished or dropped at unlock"
    open_vault(path, PASSPHRASE).lock()
