"""Create, unlock, lock and re-key a vault folder.

A vault is a folder (0700) with `keyslots.json` (the data key sealed under the passphrase
and the recovery code; no user data) and `vault.db` (SQLCipher, keyed with the raw data key).
Failed operations leave every file exactly as it was.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import DatabaseError, OperationalError

from pslapp.core.enums import Kind
from pslapp.core.errors import (
    StorageFull,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
)
from pslapp.core.hlc import HybridClock, system_ms
from pslapp.core.search import forget_names
from pslapp.crypto.changeset import ChangeSet, change_set_id
from pslapp.crypto.changeset import signed_message as change_set_message
from pslapp.crypto.identity import OwnIdentity
from pslapp.crypto.kdf import KdfParams, calibrate
from pslapp.crypto.keyslots import (
    Keyslots,
    KeyslotsDamaged,
    NoSlotOpens,
    SlotKind,
    new_dek,
    new_recovery_code,
    new_vault_id,
    normalise_recovery_code,
)
from pslapp.storage import changesets, schema, search_index
from pslapp.storage import records as records_repo
from pslapp.storage.engine import DatabaseUnreadable, checkpoint, open_engine
from pslapp.storage.files import atomic_write, make_private_dir, overwrite_and_delete
from pslapp.storage.state import LAST_HLC, Authors, get_counter, set_counter
from pslapp.storage.tables import identity as identity_table

log = logging.getLogger(__name__)

DB_NAME = "vault.db"
KEYSLOTS_NAME = "keyslots.json"
ENV_VAULT = "PSLAPP_VAULT"


def default_vault_dir() -> Path:
    env = os.environ.get(ENV_VAULT)
    if env:
        return Path(env).expanduser()
    return platformdirs.user_data_path("pslapp") / "vault"


class Vault:
    """An unlocked vault: the engine, this vault's identity, its clock and authors."""

    def __init__(self, folder: Path, engine: Engine, identity: OwnIdentity) -> None:
        self.folder = folder
        self._engine: Engine | None = engine
        self.identity: OwnIdentity | None = identity
        self.fingerprint = identity.public().fingerprint
        self.authors = Authors()
        self.authors.own.fingerprint = self.fingerprint
        with engine.connect() as conn:
            self.authors.load(conn)
            self.clock = HybridClock(get_counter(conn, LAST_HLC))

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLocked()
        return self._engine

    @property
    def is_locked(self) -> bool:
        return self._engine is None

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction: all of it is written, or none of it."""
        last_hlc = self.clock.last
        try:
            with self.engine.begin() as conn:
                yield conn
                self._sign_own_writes(conn)
                set_counter(conn, LAST_HLC, self.clock.last)
        except BaseException as exc:
            self.clock.last = max(self.clock.last, last_hlc)
            with contextlib.suppress(Exception), self.engine.connect() as conn:
                self.authors.forget_uncommitted(conn)
            if isinstance(exc, OperationalError) and "full" in str(exc).lower():
                raise StorageFull(str(self.folder / DB_NAME)) from None
            raise

    def _sign_own_writes(self, conn: Connection) -> None:
        """Sign the leaves of this transaction's own writes as change sets, each chained to
        the one before (crypto/changeset.py), inside the same transaction."""
        own = self.authors.own
        identity = self.own_identity()
        for pending in own.pending:
            statement = ChangeSet(
                author=self.fingerprint,
                seq=pending.seq,
                prev=changesets.previous_id(conn, self.fingerprint, pending.seq),
                at=system_ms(),
                leaves=b"".join(pending.leaves),
            ).to_bytes()
            signature = identity.sign(change_set_message(statement))
            changesets.finish(conn, pending.row_id, change_set_id(statement), statement, signature)
        own.pending.clear()

    def lock(self) -> None:
        """Fold the WAL into the database, close every connection, forget the keys and the
        names that search kept spelled out."""
        if self._engine is None:
            return
        engine, self._engine = self._engine, None
        with contextlib.suppress(Exception):
            checkpoint(engine)
        engine.dispose()
        self.identity = None
        forget_names()
        log.info("vault locked")

    def own_identity(self) -> OwnIdentity:
        if self.identity is None:
            raise VaultLocked()
        return self.identity


def _paths(folder: Path) -> tuple[Path, Path]:
    return folder / DB_NAME, folder / KEYSLOTS_NAME


def create_vault(
    folder: Path,
    passphrase: str,
    name: str,
    *,
    kdf: KdfParams | None = None,
) -> tuple[Vault, str]:
    """Make a new vault and identity. Returns the open vault and the recovery code, which
    is shown once and never stored in the clear."""
    if not passphrase:
        raise ValueError("the passphrase must not be empty")
    db_path, slots_path = _paths(folder)
    if db_path.exists() or slots_path.exists():
        raise VaultExists(str(folder))
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise VaultExists(str(folder), "the folder is not empty and holds no vault")
    make_private_dir(folder)
    params = kdf or calibrate()
    dek = new_dek()
    recovery = new_recovery_code()
    slots = Keyslots(new_vault_id())
    slots.add(SlotKind.PASSPHRASE, passphrase.encode(), dek, params)
    slots.add(SlotKind.RECOVERY, normalise_recovery_code(recovery), dek, params)
    engine: Engine | None = None
    try:
        engine = open_engine(db_path, dek)
        schema.upgrade(engine)
        own = OwnIdentity.generate(name, system_ms())
        with engine.begin() as conn:
            conn.execute(
                insert(identity_table).values(
                    id=1,
                    name=own.name,
                    signing_key=own.signing_seed,
                    kem_seed=own.kem_seed,
                    x25519_key=own.x25519_secret,
                    created=own.created,
                )
            )
            Authors().id_of(conn, own.public().fingerprint)
        atomic_write(slots_path, slots.to_bytes())
    except BaseException:
        if engine is not None:
            engine.dispose()
        for leftover in folder.iterdir():
            leftover.unlink()
        raise
    log.info("vault created")
    return Vault(folder, engine, own), recovery


def check_vault_files(folder: Path) -> Keyslots:
    """The vault files are there and the keyslots parse; raises a clear VaultError if not."""
    db_path, slots_path = _paths(folder)
    if not slots_path.exists():
        if not db_path.exists():
            raise VaultMissing(str(folder))
        raise VaultDamaged(str(slots_path), "the file is missing")
    if not db_path.exists():
        raise VaultDamaged(str(db_path), "the file is missing")
    try:
        return Keyslots.from_bytes(slots_path.read_bytes())
    except KeyslotsDamaged as exc:
        raise VaultDamaged(str(slots_path), str(exc)) from None
    except OSError as exc:
        raise VaultDamaged(str(slots_path), exc.strerror or "cannot be read") from None


def _unlock_dek(folder: Path, kind: SlotKind, secret: bytes) -> bytes:
    slots = check_vault_files(folder)
    try:
        return slots.open(kind, secret)
    except NoSlotOpens:
        raise WrongPassphrase() from None


def open_vault(folder: Path, passphrase: str) -> Vault:
    return _open_with_dek(folder, _unlock_dek(folder, SlotKind.PASSPHRASE, passphrase.encode()))


def open_with_recovery_code(folder: Path, code: str) -> Vault:
    return _open_with_dek(
        folder, _unlock_dek(folder, SlotKind.RECOVERY, normalise_recovery_code(code))
    )


def _open_with_dek(folder: Path, dek: bytes) -> Vault:
    db_path = folder / DB_NAME
    engine = None
    try:
        engine = open_engine(db_path, dek)
        upgraded_from = schema.migrate_with_backup(engine, db_path, lambda: checkpoint(engine))
        with engine.connect() as conn:
            row = conn.execute(select(identity_table)).first()
        if row is None:
            raise VaultDamaged(str(db_path), "the identity is missing")
        own = OwnIdentity(row.name, row.signing_key, row.kem_seed, row.x25519_key, row.created)
        vault = Vault(folder, engine, own)
        if upgraded_from is not None and upgraded_from < schema.SIGNED_WRITES:
            sign_own_history(vault)
        if upgraded_from is not None and upgraded_from < schema.SEARCH_SPELLINGS:
            reindex_search(vault)
    except DatabaseUnreadable as exc:
        raise VaultDamaged(str(db_path), f"cannot be decrypted: {exc}") from None
    except DatabaseError as exc:
        if engine is not None:
            engine.dispose()
        raise VaultDamaged(str(db_path), str(exc.orig)[:100]) from None
    except BaseException:
        if engine is not None:
            engine.dispose()
        raise
    log.info("vault unlocked")
    return vault


def sign_own_history(vault: Vault) -> int:
    """After the upgrade to signed writes: sign every write of this vault's own that has
    no proof yet, in change sets like any new write. Values that came from peers before
    stay as they are, unverified history: kept and shown, never relayed (nobody can prove
    who wrote them). Returns the number of records signed."""
    signed = 0
    with vault.write() as conn:
        for kind in Kind:
            signed += records_repo.attest_unproven(conn, kind, vault.authors)
    if signed:
        log.info("own history signed: %d records", signed)
    return signed


def reindex_search(vault: Vault) -> int:
    """After an upgrade that changed what the search index holds: rebuild every entry
    (in one transaction). Returns the number of entries."""
    with vault.write() as conn:
        entries = search_index.rebuild(conn)
    log.info("search index rebuilt: %d entries", entries)
    return entries


def change_passphrase(folder: Path, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
    """Re-seal the data key under a new passphrase. Only `keyslots.json` is rewritten,
    atomically; the database is untouched."""
    if not new:
        raise ValueError("the new passphrase must not be empty")
    slots = check_vault_files(folder)
    try:
        dek = slots.open(SlotKind.PASSPHRASE, old.encode())
    except NoSlotOpens:
        raise WrongPassphrase() from None
    params = kdf or slots.params(SlotKind.PASSPHRASE) or calibrate()
    slots.add(SlotKind.PASSPHRASE, new.encode(), dek, params)
    atomic_write(folder / KEYSLOTS_NAME, slots.to_bytes())
    log.info("passphrase changed")


def reset_passphrase_with_recovery_code(
    folder: Path, code: str, new: str, *, kdf: KdfParams | None = None
) -> None:
    if not new:
        raise ValueError("the new passphrase must not be empty")
    slots = check_vault_files(folder)
    try:
        dek = slots.open(SlotKind.RECOVERY, normalise_recovery_code(code))
    except NoSlotOpens:
        raise WrongPassphrase() from None
    params = kdf or slots.params(SlotKind.PASSPHRASE) or calibrate()
    slots.add(SlotKind.PASSPHRASE, new.encode(), dek, params)
    atomic_write(folder / KEYSLOTS_NAME, slots.to_bytes())


def wipe_vault(folder: Path) -> None:
    """Emergency wipe: the keyslots go first, so the database is unreadable at once."""
    overwrite_and_delete(folder / KEYSLOTS_NAME)
    for path in sorted(folder.iterdir()):
        overwrite_and_delete(path)
    with contextlib.suppress(OSError):
        folder.rmdir()
