"""Removing our own files once they are no longer needed, so the folder stays bounded.

A file of ours goes when every recipient it was sealed for has acknowledged it (their own
bundles' `received` says they got our number for them, or a later one) or is no longer a
trusted peer; a file that carried no changes (only what we had received) goes as soon as a
newer file of ours reaches the same peers. A file is removed only if it still holds the
bytes we wrote (by its hash): a file another vault put under one of our names, or changed,
is never deleted, only forgotten. Conflict copies of our own files, byte for byte ours, go
with them.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from pslapp.services import peers
from pslapp.services.mailbox import file_names
from pslapp.services.mailbox.incoming import OWN, file_sha256
from pslapp.services.mailbox.report import RoundReport
from pslapp.services.vault import Vault
from pslapp.storage import mailbox as store
from pslapp.storage.files import fsync_dir


def waiting_for(row: Any, trusted: set[str], acknowledged: dict[str, int]) -> list[str]:
    """The trusted recipients of our file `row` that have not acknowledged it yet."""
    numbers: dict[str, int] = json.loads(row.recipients or "{}")
    return sorted(fp for fp, n in numbers.items() if fp in trusted and acknowledged.get(fp, 0) < n)


def clean_own(vault: Vault, folder: Path, report: RoundReport) -> None:
    trusted = {p.fingerprint for p in peers.list_peers(vault) if p.trusted}
    with vault.read() as conn:
        own = store.files(conn, OWN)  # oldest first
        acknowledged = {fp: int(r.acknowledged) for fp, r in store.peer_rows(conn).items()}
    gone: list[str] = []
    removed_hashes: set[str] = set()
    for i, row in enumerate(own):
        path = folder / row.name
        try:
            ours = file_sha256(path) == row.sha256
        except OSError:
            ours = False
        if not ours:  # gone, or no longer what we wrote: forget it, never delete it
            gone.append(row.name)
            continue
        recipients = set(json.loads(row.recipients or "{}"))
        superseded = not row.records and any(
            recipients <= set(json.loads(later.recipients or "{}")) for later in own[i + 1 :]
        )
        if superseded or not waiting_for(row, trusted, acknowledged):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            gone.append(row.name)
            removed_hashes.add(row.sha256)
            report.cleaned += 1
    if removed_hashes:
        _remove_conflict_copies(folder, removed_hashes)
        fsync_dir(folder)
    if gone:
        with vault.write() as conn:
            store.forget_files(conn, gone)


def _remove_conflict_copies(folder: Path, hashes: set[str]) -> None:
    with os.scandir(folder) as entries:
        copies = [
            Path(e.path)
            for e in entries
            if file_names.is_conflict_copy(e.name) and e.is_file(follow_symlinks=False)
        ]
    for path in copies:
        with contextlib.suppress(OSError):
            if file_sha256(path) in hashes:
                path.unlink()
