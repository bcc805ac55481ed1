"""Shared fixtures: real vaults in temporary folders, with a fast key-derivation setting
(64 MiB, one pass) so that the suite stays quick; production vaults calibrate to ~0.6 s."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from pslapp.crypto.kdf import TEST_WEAK_KDF_ENV, KdfParams
from pslapp.services.vault import Vault, create_vault

FAST_KDF = KdfParams(iterations=1)
PASSPHRASE = "correct horse battery staple"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The one way below the KDF floor for a real vault: only this suite sets it (see kdf.py).
os.environ[TEST_WEAK_KDF_ENV] = "1"


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    v, _recovery = create_vault(vault_dir, PASSPHRASE, "Cologne coordinator", kdf=FAST_KDF)
    yield v
    v.lock()
