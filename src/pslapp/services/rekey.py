"""Changing the data key itself, for when an old passphrase (or an old copy of the keyslots)
may be known: the database is re-encrypted under a new key (SQLCipher `PRAGMA rekey`),
sealed under the passphrase (the same or a new one) and a new recovery code, and the old
keyslots are overwritten. Whoever kept an old passphrase, recovery code or keyslots file
can no longer open the vault as it is from then on.

Order, so that a crash at any step leaves a vault that opens with the passphrase: the new
keyslots are written beside the old (`keyslots.json.next`); the database is re-keyed in one
transaction; then the new keyslots replace the old (services/key_change.py), and an unlock
after a crash finishes or drops the change by which key opens the database. Copies of the
database made before a migration (under the old key) are overwritten and removed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pslapp.core.errors import VaultDamaged, WrongPassphrase
from pslapp.crypto.kdf import KdfParams
from pslapp.crypto.keyslots import (
    Keyslots,
    NoSlotOpens,
    SlotKind,
    new_dek,
    new_recovery_code,
    normalise_recovery_code,
)
from pslapp.services import key_change
from pslapp.services.vault import DB_NAME, KEYSLOTS_NAME, check_vault_files, new_slot_params
from pslapp.storage.engine import DatabaseUnreadable
from pslapp.storage.engine import rekey as rekey_pages
from pslapp.storage.files import atomic_write
from pslapp.storage.shred import shred

log = logging.getLogger(__name__)


def rekey_vault(
    folder: Path,
    passphrase: str,
    new_passphrase: str | None = None,
    *,
    kdf: KdfParams | None = None,
) -> str:
    """Re-encrypt the (locked) vault under a new data key. Returns the new recovery code,
    to be shown once: the old one stops working."""
    if new_passphrase == "":
        raise ValueError("the new passphrase must not be empty")
    slots_path, db_path = folder / KEYSLOTS_NAME, folder / DB_NAME
    slots = check_vault_files(folder)
    try:
        old_dek = slots.open(SlotKind.PASSPHRASE, passphrase.encode())
    except NoSlotOpens:
        raise WrongPassphrase() from None
    params = new_slot_params(kdf, slots.params(SlotKind.PASSPHRASE))
    dek, recovery = new_dek(), new_recovery_code()
    fresh = Keyslots(slots.vault_id)
    fresh.add(SlotKind.PASSPHRASE, (new_passphrase or passphrase).encode(), dek, params)
    fresh.add(SlotKind.RECOVERY, normalise_recovery_code(recovery), dek, params)
    atomic_write(key_change.next_path(slots_path), fresh.to_bytes())
    try:
        _rekey_database(db_path, old_dek, dek)
    except BaseException:
        if not key_change.opens_database(db_path, dek):
            shred(key_change.next_path(slots_path))
        raise
    key_change.install(slots_path, fresh.to_bytes())
    for old_copy in sorted(folder.glob(f"{DB_NAME}.before-*.bak")):
        shred(old_copy)
    log.info("vault re-keyed")
    return recovery


def _rekey_database(db_path: Path, old: bytes, new: bytes) -> None:
    try:
        rekey_pages(db_path, old, new)
    except DatabaseUnreadable as exc:
        raise VaultDamaged(str(db_path), f"cannot be decrypted: {exc}") from None
