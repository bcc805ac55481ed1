"""Is the vault as it should be? Private permissions, a database SQLite itself finds sound,
a schema that is a vault's. `PRAGMA quick_check` runs at every unlock; the full
`integrity_check` on demand (`pslapp-cli check`). A problem is a VaultDamaged naming the file.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from sqlalchemy import Engine

from pslapp.core.errors import VaultDamaged
from pslapp.storage.engine import DatabaseUnreadable, page_check

log = logging.getLogger(__name__)

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def make_private(folder: Path) -> list[str]:
    """Give the folder 0700 and every file in it 0600 where others could read or write them.
    Returns the names it fixed; refuses (VaultDamaged) what belongs to another user or
    cannot be fixed. Links are left alone (never followed)."""
    fixed: list[str] = []
    uid = os.getuid()
    for path in [folder, *(folder / name for name in sorted(os.listdir(folder)))]:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode) or stat.S_IMODE(info.st_mode) & 0o077 == 0:
            continue
        if info.st_uid != uid:
            raise VaultDamaged(str(path), "it belongs to another user and others can read it")
        mode = PRIVATE_FOLDER if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE
        try:
            os.chmod(path, mode, follow_symlinks=False)
        except OSError:
            raise VaultDamaged(
                str(path), "others can read it and it cannot be made private"
            ) from None
        fixed.append(path.name)
    if fixed:
        log.warning("permissions made private: %d entries", len(fixed))
    return fixed


def check_database(engine: Engine, db_path: Path, *, full: bool = False) -> None:
    """SQLite's own check of every page: `quick_check` (at unlock), or `integrity_check`
    (also every index against its table) when `full`."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = page_check(engine, full=full)
    except DatabaseUnreadable as exc:
        raise VaultDamaged(str(db_path), f"{pragma} cannot read it: {exc}") from None
    if rows != ["ok"]:
        raise VaultDamaged(str(db_path), f"{pragma} failed: {rows[0][:100]}")
