"""Replacing `keyslots.json` so that the old one is gone, not just renamed, and a crash at any
moment leaves a vault that opens.

The new keyslots are first written whole beside the old ones (`keyslots.json.next`); then
the old file is overwritten in place (its sealed keys destroyed, as far as the disk lets a
program), and the new one renamed over it. An unlock that finds a `.next` file finishes the
change when its keys open the database, and drops it when the current ones do: either way
the passphrase that was typed decides, and nothing is lost.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from pslapp.crypto.keyslots import Keyslots, KeyslotsDamaged, NoSlotOpens, SlotKind
from pslapp.storage.engine import DatabaseUnreadable, connect_raw
from pslapp.storage.files import atomic_write, fsync_dir
from pslapp.storage.shred import shred

log = logging.getLogger(__name__)


def next_path(slots_path: Path) -> Path:
    return slots_path.with_name(slots_path.name + ".next")


def install(slots_path: Path, data: bytes) -> None:
    """Make `data` the keyslots file; the old one is overwritten first."""
    pending = next_path(slots_path)
    atomic_write(pending, data)
    overwrite_in_place(slots_path)
    os.replace(pending, slots_path)
    fsync_dir(slots_path.parent)


def overwrite_in_place(path: Path) -> None:
    """Noise over the file's bytes, where they are (no rename, no new file)."""
    with contextlib.suppress(FileNotFoundError):
        size = path.stat().st_size
        fd = os.open(path, os.O_WRONLY | os.O_NOFOLLOW)
        try:
            os.pwrite(fd, os.urandom(size), 0)
            os.fsync(fd)
        finally:
            os.close(fd)


def opens_database(db_path: Path, dek: bytes) -> bool:
    try:
        connect_raw(db_path, dek).close()
    except DatabaseUnreadable:
        return False
    return True


def finish_pending(slots_path: Path, db_path: Path, kind: SlotKind, secret: bytes) -> None:
    """An interrupted key change: finish it if the new keys open the database with this
    secret; drop it if the current keys do. With a secret that opens neither, leave it."""
    pending = next_path(slots_path)
    if not pending.exists():
        return
    if _opens_with(pending, db_path, kind, secret):
        overwrite_in_place(slots_path)
        os.replace(pending, slots_path)
        fsync_dir(slots_path.parent)
        log.info("an interrupted key change finished")
    elif _opens_with(slots_path, db_path, kind, secret):
        shred(pending)
        log.info("an interrupted key change dropped")


def readable_keyslots(slots_path: Path) -> Keyslots | None:
    """The pending keyslots, for a check made before any secret is typed."""
    try:
        return Keyslots.from_bytes(next_path(slots_path).read_bytes())
    except (OSError, KeyslotsDamaged):
        return None


def _opens_with(path: Path, db_path: Path, kind: SlotKind, secret: bytes) -> bool:
    try:
        dek = Keyslots.from_bytes(path.read_bytes()).open(kind, secret)
    except (OSError, KeyslotsDamaged, NoSlotOpens):
        return False
    return opens_database(db_path, dek)
