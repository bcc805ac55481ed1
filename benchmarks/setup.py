"""The vaults and bundles every figure of one size uses, built once per run in a temporary
folder: a source vault filled with the sample network, three recipient vaults that trust
it, the full bundle sealed to them, and an empty copy of the first recipient to import into.

The first recipient's empty vault is kept as a locked template and copied for every import,
so that each repeat imports into a fresh, empty vault that can still decrypt the bundle."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pslapp.crypto.kdf import KdfParams
from pslapp.services import peers
from pslapp.services.bundles import Scope, import_bundle, seal_bundle
from pslapp.services.sample import SampleSummary, populate
from pslapp.services.vault import Vault, create_vault, open_vault

PASSPHRASE = "benchmark passphrase, not a secret"
# Vaults made here skip the calibrated KDF (about 0.6 s per open); the unlock figure
# measures the calibrated one on its own copy.
FAST_KDF = KdfParams(iterations=1)
# "Everything" with restricted data: the full handoff moves every record there is.
EVERYTHING = Scope(everything=True, include_restricted=True)


def copy_vault(template: Path, folder: Path) -> Vault:
    """A fresh copy of a locked vault folder, opened."""
    shutil.copytree(template, folder)
    return open_vault(folder, PASSPHRASE)


def remove_vault(vault: Vault) -> None:
    vault.lock()
    shutil.rmtree(vault.folder, ignore_errors=True)


@dataclass
class World:
    """Everything built for one number of people."""

    people: int
    root: Path
    source: Vault
    recipients: list[str]  # fingerprints: the receiver first, then two more peers
    receiver_template: Path  # locked, empty, trusts the source
    full_bundle: Path
    populate: SampleSummary
    seal_seconds: float
    full_receiver: Vault | None = None  # the receiver after one full import
    notes: list[str] = field(default_factory=list)
    _serial: int = 0

    def scratch(self, stem: str) -> Path:
        """A new path under the run's folder."""
        self._serial += 1
        return self.root / f"{stem}-{self._serial}"

    def fresh_receiver(self) -> Vault:
        return copy_vault(self.receiver_template, self.scratch("receiver"))

    def receiver(self) -> Vault:
        """The receiver holding the full network (made by one untimed import)."""
        if self.full_receiver is None:
            vault = self.fresh_receiver()
            import_bundle(vault, self.full_bundle)
            self.full_receiver = vault
        return self.full_receiver

    def close(self) -> None:
        self.source.lock()
        if self.full_receiver is not None:
            self.full_receiver.lock()


def _new_vault(folder: Path, name: str) -> Vault:
    vault, _recovery = create_vault(folder, PASSPHRASE, name, kdf=FAST_KDF, weak_kdf_ok=True)
    return vault


def build_world(people: int, root: Path, log: Callable[[str], None] = print) -> World:
    root.mkdir(parents=True, exist_ok=True)
    source = _new_vault(root / "source", "Cologne coordinator")
    fingerprints = []
    template = root / "receiver-template"
    for n, name in enumerate(("Paris coordinator", "Berlin coordinator", "Hamburg coordinator")):
        folder = template if n == 0 else root / f"peer-{n}"
        peer = _new_vault(folder, name)
        peers.add(source, peers.own_card(peer).encode(), verified=True)
        peers.add(peer, peers.own_card(source).encode(), verified=True)
        fingerprints.append(peer.fingerprint)
        peer.lock()
    summary = populate(source, people=people)
    log(f"  populated {people} people in {summary.seconds:.1f} s")
    bundle = root / "full.pslb"
    began = time.perf_counter()
    seal_bundle(source, fingerprints, bundle, EVERYTHING)
    sealed = time.perf_counter() - began
    return World(people, root, source, fingerprints, template, bundle, summary, sealed)
