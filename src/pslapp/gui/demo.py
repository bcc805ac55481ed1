"""`pslapp --demo`: a throwaway vault in a temporary folder, filled with fictional sample
data, deleted when the app exits."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from pslapp.crypto.kdf import KdfParams
from pslapp.services.sample import populate
from pslapp.services.vault import Vault, create_vault

DEMO_PASSPHRASE = "demo"  # noqa: S105 (the demo holds only sample data)
DEMO_PEOPLE = 300
FAST_KDF = KdfParams(iterations=1)  # the demo protects nothing; start quickly


def make_demo_vault(people: int = DEMO_PEOPLE, seed: int = 1) -> tuple[Path, Vault]:
    root = Path(tempfile.mkdtemp(prefix="pslapp-demo-"))
    folder = root / "vault"
    vault, _code = create_vault(folder, DEMO_PASSPHRASE, "Demo", kdf=FAST_KDF, weak_kdf_ok=True)
    populate(vault, people=people, seed=seed)
    return root, vault


def remove_demo(root: Path) -> None:
    shutil.rmtree(root, ignore_errors=True)
