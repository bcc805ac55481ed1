"""The SQLCipher engine. The raw data key goes to `PRAGMA key` inside the connect hook, never
into a URL, a log line or an exception message."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import QueuePool

MEMORY_SECURITY_ENV = "PSLAPP_CIPHER_MEMORY_SECURITY"

PRAGMAS = (
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = OFF",
    "PRAGMA cache_size = -65536",  # 64 MiB: bulk imports into 100 000 records stay linear
)


class DatabaseUnreadable(Exception):
    """The file is not a SQLCipher database under this key (damaged or replaced)."""


def connect_raw(path: Path, dek: bytes) -> Any:
    """A keyed sqlcipher3 connection with the vault's pragmas, checked to be readable."""
    if len(dek) != 32:
        raise ValueError("the data key must be 32 bytes")
    if not path.exists():
        # SQLite would create it with the umask's mode; -wal and -shm copy this mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
        # Off by default, on with PSLAPP_CIPHER_MEMORY_SECURITY=on: see docs/decisions.md.
        security = "ON" if os.environ.get(MEMORY_SECURITY_ENV, "").lower() == "on" else "OFF"
        conn.execute(f"PRAGMA cipher_memory_security = {security}")
        for pragma in PRAGMAS:
            conn.execute(pragma)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise DatabaseUnreadable(str(exc)) from None
    return conn


def open_engine(path: Path, dek: bytes) -> Engine:
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=lambda: connect_raw(path, dek),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # The driver's own transaction handling is off (isolation_level=None): SQLAlchemy
        # emits BEGIN itself so that every transaction, including DDL, is atomic.
        conn.exec_driver_sql("BEGIN")

    return engine


def checkpoint(engine: Engine) -> None:
    """Fold the WAL back into the main file and truncate it (on lock and close)."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        raw.close()


def page_check(engine: Engine, *, full: bool = False) -> list[str]:
    """SQLite's own check of every page (`quick_check`), or of every index against its
    table too (`integrity_check`): ["ok"] when sound, else what it found.
    DatabaseUnreadable when the file cannot be read at all."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        with engine.connect() as conn:
            return [str(r[0]) for r in conn.execute(text(f"PRAGMA {pragma}"))]
    except (DatabaseError, sqlcipher3.DatabaseError) as exc:
        orig = getattr(exc, "orig", None) or exc
        raise DatabaseUnreadable(str(orig)[:100]) from None


def snapshot(engine: Engine, target_path: Path, dek: bytes) -> None:
    """A consistent copy of the database under the same key, by SQLite's backup API, in
    one file (no WAL beside it)."""
    target = connect_raw(target_path, dek)
    try:
        raw = engine.raw_connection()
        try:
            raw.driver_connection.backup(target)  # type: ignore[union-attr]
        finally:
            raw.close()
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()


def rekey(db_path: Path, old: bytes, new: bytes) -> None:
    """Re-encrypt every page under a new data key (SQLCipher `rekey`), the WAL folded in
    first. DatabaseUnreadable when the old key does not open it."""
    conn = connect_raw(db_path, old)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")  # rekey rewrites every page in one go
        conn.execute(f"PRAGMA rekey = \"x'{new.hex()}'\"")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
