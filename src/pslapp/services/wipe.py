"""The emergency wipe: it always finishes, and a wipe cut short finishes on the next run.

Order: a marker file first (so an interrupted wipe is recognised as one, whatever is left),
then the key material (`keyslots.json` and any temp copy of it: from that instant the
database cannot be decrypted), then the database and everything else in the folder, walked
without following links (storage/shred.py), then the marker and the folder itself. Nothing
needs the keyslots to parse, or the database to open.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from pslapp.core.errors import VaultMissing, WipeIncomplete
from pslapp.services.vault import DB_NAME, INIT_MARKER, KEYSLOTS_NAME, WIPE_MARKER
from pslapp.storage.files import fsync_dir
from pslapp.storage.shred import Step, no_step, shred

log = logging.getLogger(__name__)


def looks_like_a_vault(folder: Path) -> bool:
    """A folder pslapp made: it holds a vault file, a keyslots temp file or a wipe marker,
    or nothing at all (a wipe killed after its last file). Anything else (a mistyped --vault
    pointing at a home folder) is never wiped."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    names = set(os.listdir(folder))
    if not names or names & {DB_NAME, KEYSLOTS_NAME, WIPE_MARKER, INIT_MARKER}:
        return True
    return any(name.startswith((f".{KEYSLOTS_NAME}.", f"{KEYSLOTS_NAME}.")) for name in names)


def wipe_vault(folder: Path, *, step: Step = no_step) -> None:
    """Destroy the vault in `folder`: keys first, then everything else.

    Raises VaultMissing when the folder holds no vault (nothing is touched), and
    WipeIncomplete naming what could not be removed (the keys are gone by then)."""
    if not looks_like_a_vault(folder):
        raise VaultMissing(str(folder))
    _mark(folder)
    left: list[Path] = []
    for name in _key_material(folder):
        left += shred(folder / name, step)
    left += shred(folder / DB_NAME, step)
    for name in sorted(os.listdir(folder)):
        if name != WIPE_MARKER:
            left += shred(folder / name, step)
    if left:
        raise WipeIncomplete(str(folder), tuple(str(p) for p in left))
    left += shred(folder / WIPE_MARKER, step)
    step(f"rmdir {folder.name}")
    try:
        folder.rmdir()
    except OSError:
        raise WipeIncomplete(str(folder), (str(folder),)) from None
    with contextlib.suppress(OSError):
        fsync_dir(folder.parent)
    log.info("vault wiped")


def _mark(folder: Path) -> None:
    """Best effort: the keys matter more than the marker, so a folder that refuses it is
    wiped all the same."""
    marker = folder / WIPE_MARKER
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
        if marker.is_symlink() or not marker.is_file():
            shred(marker)
            os.close(os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600))
        fsync_dir(folder)


def _key_material(folder: Path) -> list[str]:
    """The keyslots and every copy of them: temp files, a key change's `.next` file."""
    copies = (f".{KEYSLOTS_NAME}.", f"{KEYSLOTS_NAME}.")
    return [KEYSLOTS_NAME, *sorted(n for n in os.listdir(folder) if n.startswith(copies))]
