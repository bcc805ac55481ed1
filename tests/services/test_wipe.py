"""The emergency wipe, tried the way it fails in an emergency: a garbled or missing keyslots
file, a wipe killed half-way, links to the user's other documents, subfolders, a WAL far
larger than memory should hold. It always finishes, keys first, and never leaves the folder."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.core.errors import VaultMissing, WipeUnfinished
from pslapp.services import records
from pslapp.services.vault import Vault, check_vault_files, open_vault
from pslapp.services.wipe import wipe_vault
from tests.conftest import PASSPHRASE

WORKER = """
import os, signal, sys
from pathlib import Path
from pslapp.services.wipe import wipe_vault

kill_at = int(sys.argv[2])
steps = 0

def step(what):
    global steps
    if steps == kill_at:
        print(what, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    steps += 1

wipe_vault(Path(sys.argv[1]), step=step)
print("finished", flush=True)
"""


def a_vault_with_everything(vault: Vault, folder: Path, outside: Path) -> None:
    """A person, a WAL left by a crash, a subfolder, and links to documents elsewhere."""
    records.create(vault, Kind.PERSON, {"display_name": "Olena Kovalenko"})
    vault.lock()
    (folder / "vault.db-wal").write_bytes(os.urandom(3 * (1 << 20) + 5))
    (folder / "exports").mkdir()
    (folder / "exports" / "list.csv").write_text("Olena Kovalenko\n")
    outside.mkdir(exist_ok=True)
    (outside / "letter.txt").write_text("an unrelated document")
    (outside / "hard.txt").write_text("linked twice")
    (folder / "letter-link.txt").symlink_to(outside / "letter.txt")
    (folder / "exports" / "folder-link").symlink_to(outside, target_is_directory=True)
    os.link(outside / "hard.txt", folder / "hard-link.txt")


def outside_untouched(outside: Path) -> None:
    assert (outside / "letter.txt").read_text() == "an unrelated document"
    assert (outside / "hard.txt").read_text() == "linked twice"


def test_a_garbled_keyslots_file_is_wiped_with_everything_else(vault: Vault, vault_dir: Path):
    vault.lock()
    (vault_dir / "keyslots.json").write_bytes(b"\x00\xff garbled")
    wipe_vault(vault_dir)
    assert not vault_dir.exists()


def test_a_vault_without_keyslots_is_wiped(vault: Vault, vault_dir: Path):
    vault.lock()
    (vault_dir / "keyslots.json").unlink()
    wipe_vault(vault_dir)
    assert not vault_dir.exists()


def test_links_out_of_the_vault_are_removed_and_their_targets_kept(
    vault: Vault, vault_dir: Path, tmp_path: Path
):
    outside = tmp_path / "documents"
    a_vault_with_everything(vault, vault_dir, outside)
    wipe_vault(vault_dir)
    assert not vault_dir.exists()
    outside_untouched(outside)


def test_a_wal_larger_than_memory_allows_is_overwritten_in_small_chunks(
    vault: Vault, vault_dir: Path
):
    vault.lock()
    with open(vault_dir / "vault.db-wal", "wb") as fh:
        fh.truncate(64 * (1 << 20))
    tracemalloc.start()
    try:
        wipe_vault(vault_dir)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert not vault_dir.exists()
    assert peak < 4 * (1 << 20), peak


def test_the_keys_are_destroyed_before_anything_else(vault: Vault, vault_dir: Path):
    vault.lock()
    (vault_dir / "notes").mkdir()
    (vault_dir / "keyslots.json.next").write_bytes((vault_dir / "keyslots.json").read_bytes())
    steps: list[str] = []

    def step(what: str) -> None:
        steps.append(what)
        if "keyslots.json" not in what:
            assert not (vault_dir / "keyslots.json").exists(), what
            assert not (vault_dir / "keyslots.json.next").exists(), what

    wipe_vault(vault_dir, step=step)
    assert steps[0].startswith("overwrite keyslots.json")


def test_a_folder_that_holds_no_vault_is_never_wiped(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "thesis.odt").write_text("years of work")
    with pytest.raises(VaultMissing):
        wipe_vault(home)
    assert (home / "thesis.odt").read_text() == "years of work"


def test_a_wipe_killed_at_every_step_finishes_on_the_next_run(vault: Vault, tmp_path: Path):
    """The wipe is killed (SIGKILL) before each of its steps in turn; every time, the
    vault is unreadable or untouched, says a wipe was interrupted, and the next wipe
    finishes without touching anything outside."""
    template = tmp_path / "template"
    outside = tmp_path / "documents"
    vault_folder = vault.folder
    a_vault_with_everything(vault, vault_folder, outside)
    shutil.copytree(vault_folder, template, symlinks=True)
    trial = 0
    while True:
        folder = tmp_path / f"trial-{trial}"
        shutil.copytree(template, folder, symlinks=True)
        proc = subprocess.run(
            [sys.executable, "-c", WORKER, str(folder), str(trial)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if proc.stdout.strip() == "finished":
            assert proc.returncode == 0, proc.stderr
            assert not folder.exists()
            break
        assert proc.returncode == -signal.SIGKILL, proc.stderr
        if (folder / ".wipe-in-progress").exists():
            with pytest.raises(WipeUnfinished, match="interrupted"):
                check_vault_files(folder)
            with pytest.raises(WipeUnfinished):
                open_vault(folder, PASSPHRASE)
        else:  # killed after the last file, before the folder went
            assert not folder.exists() or not any(folder.iterdir())
        wipe_vault(folder)
        assert not folder.exists(), proc.stdout
        outside_untouched(outside)
        trial += 1
    assert trial >= 10, "every step was tried: keys, database chunks, WAL, subfolder, links"
    outside_untouched(outside)
