"""Twenty coordinators share one folder: each edits at random (new people, changed cities,
deletions, check-ins) and runs a round now and then, in a random order. With real vaults
and real bundles: every vault ends with the same records, no bundle is ever applied twice,
the folder stays bounded while they work and empties down once they stop, and quiet
vaults stop writing."""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from pslapp.core.enums import Kind
from pslapp.core.errors import NotFound, ValidationError
from pslapp.services import bundles, events, mailbox, records
from pslapp.services.vault import Vault
from pslapp.storage import records as repo
from tests.services.bundle_kit import befriend, new_vault

CITIES = ("Köln", "Paris", "Berlin", "Hamburg", "Київ", "Алматы", "Tbilisi")


@dataclass
class Run:
    vaults: list[Vault]
    folder: Path
    applied: dict[str, int] = field(default_factory=dict)  # by vault fingerprint
    most_files: int = 0
    most_bytes: int = 0
    ids: list[str] = field(default_factory=list)
    event_id: str = ""

    def sync(self, vault: Vault) -> mailbox.RoundReport:
        report = mailbox.sync_round(vault)
        self.applied[vault.fingerprint] = self.applied.get(vault.fingerprint, 0) + report.applied
        names = os.listdir(self.folder)
        self.most_files = max(self.most_files, len(names))
        self.most_bytes = max(self.most_bytes, sum((self.folder / n).stat().st_size for n in names))
        return report


def snapshot(vault: Vault) -> dict[tuple[str, str], tuple[Any, ...]]:
    out: dict[tuple[str, str], tuple[Any, ...]] = {}
    with vault.read() as conn:
        for kind in (Kind.PERSON, Kind.EVENT, Kind.ATTENDANCE):
            found = repo.page(conn, kind, vault.authors, limit=100_000, include_deleted=True)
            out.update({(kind.value, r.id): (r.deleted, r.values) for r in found})
    return out


def _edit(run: Run, rng: random.Random, vault: Vault, step: int) -> None:
    roll = rng.random()
    try:
        if roll < 0.4 or not run.ids:
            run.ids.append(
                records.create(vault, Kind.PERSON, {"display_name": f"Person {step}"}).id
            )
        elif roll < 0.7:
            city = rng.choice(CITIES)
            records.edit(vault, Kind.PERSON, rng.choice(run.ids), {"city": city})
        elif roll < 0.8:
            records.delete(vault, Kind.PERSON, rng.choice(run.ids))
        else:
            person = rng.choice(run.ids)
            events.attend(vault, run.event_id, person)
            events.check_in(vault, run.event_id, person)
    except (NotFound, ValidationError):
        pass  # this vault has not heard of that person yet, or it was deleted here


def simulate(tmp: Path, *, count: int, steps: int, seed: int) -> Run:
    rng = random.Random(seed)
    folder = tmp / "shared"
    folder.mkdir()
    vaults = [new_vault(tmp / f"v{i}", f"Coordinator {i}") for i in range(count)]
    befriend(*vaults)
    for vault in vaults:
        mailbox.set_folder(vault, folder)
        for other in vaults:
            if other is not vault:
                mailbox.set_auto_apply(vault, other.fingerprint, True)
    run = Run(vaults, folder)
    forum = {"title": "Forum", "kind": "forum", "start": "2026-05-01"}
    run.event_id = records.create(vaults[0], Kind.EVENT, forum).id
    for step in range(steps):
        vault = rng.choice(vaults)
        if rng.random() < 0.5:
            _edit(run, rng, vault, step)
        else:
            run.sync(vault)
    return run


def settle(run: Run, rng: random.Random, passes: int = 12) -> int:
    """Rounds in random orders until a whole pass writes and applies nothing."""
    for done in range(1, passes + 1):
        order = list(run.vaults)
        rng.shuffle(order)
        reports = [run.sync(v) for v in order]
        if not any(r.written or r.applied for r in reports):
            return done
    raise AssertionError(f"still writing after {passes} passes")


def check(run: Run, tmp: Path, *, peak_per_vault: int) -> None:
    first = snapshot(run.vaults[0])
    assert first, "nothing was made"
    for vault in run.vaults[1:]:
        assert snapshot(vault) == first, "the vaults did not converge"
    for vault in run.vaults:
        received = [h for h in bundles.history(vault, limit=100_000) if h["direction"] == "in"]
        # each bundle applied once: the rounds' applied count is the number of bundles kept
        assert run.applied.get(vault.fingerprint, 0) == len(received)
        assert len({h["bundle_id"] for h in received}) == len(received)
    count = len(run.vaults)
    # Every vault that applies a change relays it once to all (a full mesh sends each change
    # about as many times as there are vaults), and a file waits until each recipient has
    # written again: the folder's peak follows the vaults and how busy they are.
    assert run.most_files <= peak_per_vault * count, run.most_files
    left = os.listdir(run.folder)
    assert len(left) <= count, left  # at most one unanswered file per vault
    for vault in run.vaults:
        vault.lock()


def test_twenty_vaults_share_one_folder_and_converge(tmp_path):
    run = simulate(tmp_path, count=20, steps=48, seed=16)
    settle(run, random.Random(1))
    check(run, tmp_path, peak_per_vault=4)  # measured: 35 files at most, 19 left


@pytest.mark.slow
@pytest.mark.parametrize(
    "seed",
    [
        1,
        2,
    ],
)
def test_twenty_vaults_converge_over_a_long_day(tmp_path, seed):
    run = simulate(tmp_path, count=20, steps=400, seed=seed)
    settle(run, random.Random(seed))
    check(run, tmp_path, peak_per_vault=8)  # measured (seed 1): 97 files at most
