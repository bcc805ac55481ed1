"""An encrypted backup of the whole vault in one file, and a restore that checks every byte
of it before it replaces anything.

The file: a fixed magic line, a length-prefixed JSON header (the vault's keyslots as they
were, a salt, the database size) and a consistent snapshot of `vault.db` (SQLite's backup
API, still SQLCipher-encrypted) sealed again in chunks (crypto/sealed_stream.py) under a key
derived from the data key. So it opens only with this vault's passphrase or recovery code
(as they were at the time of the backup), and any change to it is found before a restore
writes anything where the vault lives.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from pslapp.core.errors import (
    BackupDamaged,
    PslappError,
    VaultExists,
    VaultMissing,
    WrongPassphrase,
)
from pslapp.core.hlc import system_ms
from pslapp.crypto.keyslots import (
    Keyslots,
    KeyslotsDamaged,
    NoSlotOpens,
    SlotKind,
    normalise_recovery_code,
)
from pslapp.crypto.sealed_stream import StreamDamaged, chunk_count, open_sealed, seal, stream_key
from pslapp.services.vault import (
    DB_NAME,
    KEYSLOTS_NAME,
    Vault,
    check_vault_files,
    open_vault,
    open_with_recovery_code,
)
from pslapp.services.vault_health import check_database
from pslapp.services.wipe import wipe_vault
from pslapp.storage.engine import open_engine
from pslapp.storage.engine import snapshot as copy_database
from pslapp.storage.files import fsync_dir, make_private_dir
from pslapp.storage.shred import shred
from pslapp.storage.state import get_counter, set_counter

log = logging.getLogger(__name__)

MAGIC = b"pslapp-backup\n"
FORMAT = "pslapp-backup"
VERSION = 1
MAX_HEADER = 64 * 1024
MAX_SIZE = 1 << 40
PURPOSE = b"pslapp-backup/1"
SUFFIX = ".pslbackup"
LAST_BACKUP = "last_backup_ms"  # vault_state: when the last backup was written

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupWritten:
    path: Path
    size: int
    created_ms: int


@dataclass(frozen=True)
class _Header:
    raw: bytes
    keyslots: Keyslots
    keyslots_bytes: bytes
    salt: bytes
    size: int
    created_ms: int


def back_up(vault: Vault, out: Path, progress: Progress | None = None) -> BackupWritten:
    """Write an encrypted backup of `vault` to `out` (0600, by a temp file and rename)."""
    folder = vault.folder
    keyslots_bytes = (folder / KEYSLOTS_NAME).read_bytes()
    Keyslots.from_bytes(keyslots_bytes)  # the one on disk, as the passphrase opens it
    dek = vault.data_key()
    snapshot = folder / f".backup-snapshot-{os.getpid()}"
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    try:
        _snapshot(vault, snapshot, dek)
        size = snapshot.stat().st_size
        salt = os.urandom(16)
        created = system_ms()
        header = _header_bytes(keyslots_bytes, salt, size, created)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as sink, open(snapshot, "rb") as source:
            sink.write(MAGIC + len(header).to_bytes(4, "big") + header)
            seal(stream_key(dek, salt, PURPOSE), header, source, size, sink, progress=progress)
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(tmp, out)
        fsync_dir(out.parent)
    finally:
        shred(snapshot)
        tmp.unlink(missing_ok=True)
    with vault.write() as conn:
        set_counter(conn, LAST_BACKUP, created)
    log.info("backup written: %d bytes", out.stat().st_size)
    return BackupWritten(out, out.stat().st_size, created)


def last_backup_ms(vault: Vault) -> int:
    """When the last backup was written from this vault (0: never)."""
    with vault.read() as conn:
        return get_counter(conn, LAST_BACKUP)


def _snapshot(vault: Vault, snapshot: Path, dek: bytes) -> None:
    """A consistent copy of the database, still encrypted, by SQLite's backup API."""
    copy_database(vault.engine, snapshot, dek)


def _header_bytes(keyslots: bytes, salt: bytes, size: int, created: int) -> bytes:
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "created": created,
        "keyslots": keyslots.decode("utf-8"),
        "salt": base64.b64encode(salt).decode("ascii"),
        "size": size,
    }
    return json.dumps(doc, sort_keys=True).encode()


def _read_header(path: Path, source: BinaryIO) -> _Header:
    if source.read(len(MAGIC)) != MAGIC:
        raise BackupDamaged(str(path), "it is not a pslapp backup")
    length = int.from_bytes(source.read(4), "big")
    if not 2 <= length <= MAX_HEADER:
        raise BackupDamaged(str(path), "its header is damaged")
    raw = source.read(length)
    try:
        doc: Any = json.loads(raw)
        if not isinstance(doc, dict) or set(doc) != {
            "format",
            "version",
            "created",
            "keyslots",
            "salt",
            "size",
        }:
            raise ValueError("unexpected keys")
        if doc["format"] != FORMAT or type(doc["version"]) is not int:
            raise ValueError("not a backup")
        if doc["version"] != VERSION:
            raise ValueError(f"backup version {doc['version']} is not supported")
        size, created = doc["size"], doc["created"]
        if type(size) is not int or not 0 < size <= MAX_SIZE or type(created) is not int:
            raise ValueError("bad size or date")
        salt = base64.b64decode(doc["salt"], validate=True)
        if len(salt) != 16:
            raise ValueError("bad salt")
        keyslots_bytes = str(doc["keyslots"]).encode("utf-8")
        keyslots = Keyslots.from_bytes(keyslots_bytes)
    except (ValueError, TypeError, KeyslotsDamaged) as exc:
        raise BackupDamaged(str(path), f"its header is damaged: {str(exc)[:80]}") from None
    return _Header(raw, keyslots, keyslots_bytes, salt, size, created)


def restore(
    backup: Path,
    folder: Path,
    secret: str,
    *,
    recovery_code: bool = False,
    replace: bool = False,
    progress: Progress | None = None,
) -> Vault:
    """Restore `backup` into `folder` and return the vault, open. Everything is decrypted
    and checked in a private folder beside `folder` first; only then is it moved into
    place. An existing vault there is refused unless `replace` (then it is wiped once the
    restored one is in place). Nothing is changed when anything fails."""
    folder = folder.absolute()
    _refuse_occupied(folder, replace)
    staging = folder.with_name(f".{folder.name}.restoring-{os.getpid()}")
    try:
        with open(backup, "rb") as source:
            header = _read_header(backup, source)
            dek = _open_key(header, secret, recovery_code)
            make_private_dir(staging)
            db = staging / DB_NAME
            fd = os.open(db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as sink:
                key = stream_key(dek, header.salt, PURPOSE)
                try:
                    open_sealed(key, header.raw, source, header.size, sink, progress=progress)
                except StreamDamaged as exc:
                    raise BackupDamaged(str(backup), str(exc)) from None
                os.fsync(sink.fileno())
        _check_restored(backup, db, dek)
        keyslots = staging / KEYSLOTS_NAME
        fd = os.open(keyslots, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as sink:
            sink.write(header.keyslots_bytes)
            os.fsync(sink.fileno())
        check_vault_files(staging)
        _move_into_place(staging, folder)
    except BaseException:
        if staging.exists():
            shred(staging)
        raise
    log.info("backup restored")
    if recovery_code:
        return open_with_recovery_code(folder, secret)
    return open_vault(folder, secret)


def backup_chunks(backup: Path) -> int:
    with open(backup, "rb") as source:
        return chunk_count(_read_header(backup, source).size)


def _refuse_occupied(folder: Path, replace: bool) -> None:
    if not folder.exists() or (folder.is_dir() and not any(folder.iterdir())):
        return
    if replace and ((folder / KEYSLOTS_NAME).exists() or (folder / DB_NAME).exists()):
        return
    if (folder / KEYSLOTS_NAME).exists() or (folder / DB_NAME).exists():
        raise VaultExists(str(folder), "a vault is there; choose to replace it, or wipe it")
    raise VaultExists(str(folder), "the folder is not empty and holds no vault")


def _open_key(header: _Header, secret: str, recovery_code: bool) -> bytes:
    kind = SlotKind.RECOVERY if recovery_code else SlotKind.PASSPHRASE
    typed = normalise_recovery_code(secret) if recovery_code else secret.encode()
    try:
        return header.keyslots.open(kind, typed)
    except NoSlotOpens:
        raise WrongPassphrase() from None


def _check_restored(backup: Path, db: Path, dek: bytes) -> None:
    engine = open_engine(db, dek)
    try:
        check_database(engine, db, full=True)
    except PslappError:
        raise BackupDamaged(str(backup), "the database in it does not pass its check") from None
    finally:
        engine.dispose()
    for side in (db.with_name(f"{DB_NAME}-wal"), db.with_name(f"{DB_NAME}-shm")):
        if side.exists() and side.stat().st_size == 0:
            side.unlink()


def _move_into_place(staging: Path, folder: Path) -> None:
    if not folder.exists():
        os.replace(staging, folder)
        fsync_dir(folder.parent)
        return
    if not any(folder.iterdir()):
        folder.rmdir()
        os.replace(staging, folder)
        fsync_dir(folder.parent)
        return
    old = folder.with_name(f".{folder.name}.replaced-{os.getpid()}")
    os.replace(folder, old)
    os.replace(staging, folder)
    fsync_dir(folder.parent)
    try:
        wipe_vault(old)
    except (VaultMissing, PslappError, OSError):
        shutil.rmtree(old, ignore_errors=True)
