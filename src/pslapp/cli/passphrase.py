"""Where a passphrase comes from: PSLAPP_PASSPHRASE (scripts), --passphrase-file, or a
no-echo prompt. Never from a command-line argument, which other users can see."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from pslapp.cli.exits import UsageError

ENV = "PSLAPP_PASSPHRASE"
ENV_NEW = "PSLAPP_NEW_PASSPHRASE"


def _from_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read the passphrase file {path}: {exc.strerror}") from None
    return text.rstrip("\r\n")


def current(passphrase_file: Path | None) -> str:
    if os.environ.get(ENV):
        return os.environ[ENV]
    if passphrase_file is not None:
        return _from_file(passphrase_file)
    return getpass.getpass("Passphrase: ")


def new(passphrase_file: Path | None, env: str = ENV_NEW) -> str:
    """A new passphrase: from the environment or file, else typed twice."""
    if os.environ.get(env):
        return os.environ[env]
    if passphrase_file is not None:
        return _from_file(passphrase_file)
    first = getpass.getpass("New passphrase: ")
    if not first:
        raise UsageError("the passphrase must not be empty")
    if getpass.getpass("Repeat the new passphrase: ") != first:
        raise UsageError("the two passphrases differ")
    return first
