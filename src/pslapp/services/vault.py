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
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError

from pslapp.core.enums import Kind
from pslapp.core.errors import (
    InitUnfinished,
    StorageFull,
    ValidationError,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WipeUnfinished,
    WrongPassphrase,
)
from pslapp.core.hlc import HybridClock, system_ms
from pslapp.core.search import forget_names
from pslapp.crypto.card import parse_card
from pslapp.crypto.changeset import ChangeSet, change_set_id
from pslapp.crypto.changeset import signed_message as change_set_message
from pslapp.crypto.identity import OwnIdentity
from pslapp.crypto.kdf import KdfParams, calibrate, floor_iterations
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
from pslapp.services import key_change, vault_health
from pslapp.storage import changesets, schema, search_index
from pslapp.storage import identity as identity_store
from pslapp.storage import records as records_repo
from pslapp.storage.engine import DatabaseUnreadable, checkpoint, open_engine
from pslapp.storage.files import atomic_write, fsync_dir, make_private_dir
from pslapp.storage.shred import shred
from pslapp.storage.state import LAST_HLC, Authors, get_counter, set_counter

log = logging.getLogger(__name__)

DB_NAME = "vault.db"
KEYSLOTS_NAME = "keyslots.json"
WIPE_MARKER = ".wipe-in-progress"  # services/wipe.py: made first, removed last
INIT_MARKER = ".init-in-progress"  # create_vault: made first, removed once the keys are stored
ENV_VAULT = "PSLAPP_VAULT"


def default_vault_dir() -> Path:
    env = os.environ.get(ENV_VAULT)
    if env:
        return Path(env).expanduser()
    return platformdirs.user_data_path("pslapp") / "vault"


class Vault:
    """An unlocked vault: the engine, this vault's identity, its clock and authors."""

    def __init__(
        self, folder: Path, engine: Engine, identity: OwnIdentity, dek: bytes | None = None
    ) -> None:
        self.folder = folder
        self._engine: Engine | None = engine
        self._dek = dek  # the data key, for a backup's snapshot; forgotten at lock
        self.identity: OwnIdentity | None = identity
        self.fingerprint = identity.public().fingerprint
        self.authors = Authors()
        self.authors.own.fingerprint = self.fingerprint
        with engine.connect() as conn:
            self.authors.load(conn)
            self.clock = HybridClock(get_counter(conn, LAST_HLC))
        # Names of vault files whose permissions were made private at unlock (shown once).
        self.permissions_fixed: list[str] = []

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
        """Fold the WAL into the database, close every connection, forget the keys, the
        names that search kept spelled out and the cards parsed (peers' names)."""
        if self._engine is None:
            return
        engine, self._engine = self._engine, None
        with contextlib.suppress(Exception):
            checkpoint(engine)
        engine.dispose()
        self.identity = None
        self._dek = None
        forget_names()
        parse_card.cache_clear()
        log.info("vault locked")

    def data_key(self) -> bytes:
        if self._dek is None:
            raise VaultLocked()
        return self._dek

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
    weak_kdf_ok: bool = False,
) -> tuple[Vault, str]:
    """Make a new vault and identity. Returns the open vault and the recovery code, which
    is shown once and never stored in the clear. `weak_kdf_ok` is for throwaway vaults made
    in code (the demo, the benchmarks): a real vault refuses a KDF below the floor."""
    if not passphrase:
        raise ValueError("the passphrase must not be empty")
    db_path, slots_path = _paths(folder)
    if (folder / INIT_MARKER).exists():
        _remove_unfinished_init(folder)
    if db_path.exists() or slots_path.exists():
        raise VaultExists(str(folder))
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise VaultExists(str(folder), "the folder is not empty and holds no vault")
    params = kdf or calibrate()
    _check_floor(params, weak_ok=weak_kdf_ok)
    make_private_dir(folder)
    marker = folder / INIT_MARKER
    os.close(os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    fsync_dir(folder)
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
            identity_store.store(
                conn,
                name=own.name,
                signing_key=own.signing_seed,
                kem_seed=own.kem_seed,
                x25519_key=own.x25519_secret,
                created=own.created,
            )
            Authors().id_of(conn, own.public().fingerprint)
        atomic_write(slots_path, slots.to_bytes())
        marker.unlink()
        fsync_dir(folder)
    except BaseException:
        if engine is not None:
            engine.dispose()
        for leftover in folder.iterdir():
            leftover.unlink()
        raise
    log.info("vault created")
    return Vault(folder, engine, own, dek), recovery


def _remove_unfinished_init(folder: Path) -> None:
    """What an interrupted init left (a database whose key was never stored: no user data),
    overwritten and removed so that init can start over. Only the files init makes: a
    folder that also holds anything else is refused as not empty."""
    ours = {DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEYSLOTS_NAME, INIT_MARKER}
    names = sorted(os.listdir(folder))
    if any(n not in ours and not n.startswith(f".{KEYSLOTS_NAME}.tmp-") for n in names):
        raise VaultExists(str(folder), "the folder is not empty and holds no vault")
    for name in names:
        if name != INIT_MARKER:
            shred(folder / name)
    shred(folder / INIT_MARKER)
    log.info("an unfinished init removed")


def _check_floor(params: KdfParams, *, weak_ok: bool = False) -> None:
    try:
        params.check_floor(weak_ok=weak_ok)
    except ValueError as exc:
        raise ValidationError("kdf", str(exc)) from None


def new_slot_params(kdf: KdfParams | None, old: KdfParams | None) -> KdfParams:
    """The given parameters, else the old slot's if they reach the floor, else calibrated."""
    if kdf is None and old is not None and old.iterations >= floor_iterations():
        kdf = old
    params = kdf or calibrate()
    _check_floor(params)
    return params


def check_vault_files(folder: Path) -> Keyslots:
    """The vault files are there and the keyslots parse; raises a clear VaultError if not."""
    db_path, slots_path = _paths(folder)
    if (folder / WIPE_MARKER).exists():
        raise WipeUnfinished(str(folder))
    if (folder / INIT_MARKER).exists():
        raise InitUnfinished(str(folder))
    if not slots_path.exists():
        if not db_path.exists():
            raise VaultMissing(str(folder))
        raise VaultDamaged(str(slots_path), "the file is missing")
    if not db_path.exists():
        raise VaultDamaged(str(db_path), "the file is missing")
    if db_path.stat().st_size == 0:  # SQLite would take it for a new database
        raise VaultDamaged(str(db_path), "the file is empty: it holds no vault")
    try:
        return Keyslots.from_bytes(slots_path.read_bytes())
    except KeyslotsDamaged as exc:
        pending = key_change.readable_keyslots(slots_path)  # a key change cut short
        if pending is not None:
            return pending
        raise VaultDamaged(str(slots_path), str(exc)) from None
    except OSError as exc:
        raise VaultDamaged(str(slots_path), exc.strerror or "cannot be read") from None


def _unlock_dek(folder: Path, kind: SlotKind, secret: bytes) -> bytes:
    db_path, slots_path = _paths(folder)
    if not (folder / WIPE_MARKER).exists() and not (folder / INIT_MARKER).exists():
        key_change.finish_pending(slots_path, db_path, kind, secret)
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
        fixed = vault_health.make_private(folder)
        engine = open_engine(db_path, dek)
        vault_health.check_database(engine, db_path)
        if schema.current_revision(engine) is None:
            raise VaultDamaged(str(db_path), "it holds no vault: empty, or another program's")
        upgraded_from = schema.migrate_with_backup(engine, db_path, lambda: checkpoint(engine))
        with engine.connect() as conn:
            row = identity_store.load(conn)
        if row is None:
            raise VaultDamaged(str(db_path), "the identity is missing")
        own = OwnIdentity(row.name, row.signing_key, row.kem_seed, row.x25519_key, row.created)
        vault = Vault(folder, engine, own, dek)
        vault.permissions_fixed = fixed
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
    """Re-seal the data key under a new passphrase. Only `keyslots.json` is replaced, and the
    old one is overwritten first (services/key_change.py); the database is untouched. For
    when the old passphrase may be known: `services/rekey.py` changes the data key too."""
    if not new:
        raise ValueError("the new passphrase must not be empty")
    slots = check_vault_files(folder)
    try:
        dek = slots.open(SlotKind.PASSPHRASE, old.encode())
    except NoSlotOpens:
        raise WrongPassphrase() from None
    params = new_slot_params(kdf, slots.params(SlotKind.PASSPHRASE))
    slots.add(SlotKind.PASSPHRASE, new.encode(), dek, params)
    key_change.install(folder / KEYSLOTS_NAME, slots.to_bytes())  # the old file overwritten
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
    params = new_slot_params(kdf, slots.params(SlotKind.PASSPHRASE))
    slots.add(SlotKind.PASSPHRASE, new.encode(), dek, params)
    key_change.install(folder / KEYSLOTS_NAME, slots.to_bytes())  # the old file overwritten
