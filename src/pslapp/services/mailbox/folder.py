"""The mailbox folder: chosen once per vault, kept inside the vault (a path can say whose
laptop this is), and checked before every round."""

from __future__ import annotations

import os
from pathlib import Path

from pslapp.core.errors import ValidationError
from pslapp.services.vault import Vault
from pslapp.storage import mailbox as store

FOLDER = "folder"


def set_folder(vault: Vault, folder: Path | None) -> Path | None:
    """Remember `folder` as the mailbox (None: no mailbox). It must be an existing folder
    this user can write to; it is stored as an absolute path."""
    path = None if folder is None else usable(folder.expanduser())
    with vault.write() as conn:
        store.set_setting(conn, FOLDER, None if path is None else str(path))
    return path


def folder_of(vault: Vault) -> Path | None:
    with vault.read() as conn:
        value = store.setting(conn, FOLDER)
    return None if value is None else Path(value)


def usable(folder: Path) -> Path:
    """The folder, absolute, if a round can use it; else a ValidationError saying why."""
    if not folder.is_dir():
        raise ValidationError("folder", f"{folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ValidationError("folder", f"{folder} cannot be written to")
    return folder.resolve()
