"""Which files in the shared folder are candidate bundles, and the names this vault gives
its own.

A synced folder holds more than finished bundles: Syncthing's temporary files while a file
arrives (`.syncthing.NAME.tmp`, `~syncthing~NAME.tmp` on Windows), other tools' partial
downloads (`*.part`, `*.partial`, `*.crdownload`, `*.tmp`), dot-files (ours while we write,
the carrier's own `.stfolder`, `.stignore`, ...). Those are skipped by name. A conflict copy
(`NAME.sync-conflict-20260101-120000-ABCDEFG.pslb`, Nextcloud's and Dropbox's
`NAME (conflicted copy 2026-01-01 120000).pslb`) is a whole file: just another candidate,
judged like any other by what it holds.
"""

from __future__ import annotations

import re
import secrets

from pslapp.services.bundles import SUFFIX

PARTIAL_SUFFIXES = (".part", ".partial", ".crdownload", ".tmp", ".download")
_CONFLICT_COPY = re.compile(
    r"\.sync-conflict-[0-9]{8}-[0-9]{6}-[A-Z0-9]{7}"  # Syncthing
    r"|\(.*conflicted copy.*\)"  # Nextcloud, Dropbox
)


def is_partial(name: str) -> bool:
    """A file still being written (or a carrier's own file): never read."""
    lowered = name.lower()
    return (
        name.startswith(".") or name.startswith("~syncthing~") or lowered.endswith(PARTIAL_SUFFIXES)
    )


def is_conflict_copy(name: str) -> bool:
    return _CONFLICT_COPY.search(name) is not None


def new_own_name() -> str:
    """128 random bits and the bundle suffix: no name, no fingerprint, no time, no order,
    and never the same twice."""
    return secrets.token_hex(16) + SUFFIX
