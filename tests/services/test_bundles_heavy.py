"""Big bundles: imports are fast, and a killed import leaves all or nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from pslapp.core.enums import Kind
from pslapp.services import records
from pslapp.services.bundles import import_bundle, seal_bundle
from pslapp.services.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.services.bundle_kit import befriend, new_vault

WORKER = """
import sys
from pathlib import Path
from pslapp.services.bundles import import_bundle
from pslapp.services.vault import open_vault

vault = open_vault(Path(sys.argv[1]), sys.argv[2])

def progress(done, total):
    print(f"applying {done}", flush=True)

import_bundle(vault, Path(sys.argv[3]), progress=progress)
print("committed", flush=True)
"""


def people(n: int) -> list[dict[str, object]]:
    return [
        {
            "display_name": f"Person {i} Шевченко",
            "city": ["Köln", "Paris", "Berlin"][i % 3],
            "chapter": "Cologne",
            "languages": ["ru", "de"],
            "skills": ["design"] if i % 2 else [],
            "channels": [{"kind": "email", "value": f"p{i}@example.org"}],
            "notes": f"met at forum {i % 17}",
        }
        for i in range(n)
    ]


@pytest.fixture
def pair(tmp_path: Path):
    a, b = new_vault(tmp_path / "a", "Alice"), new_vault(tmp_path / "b", "Bob")
    befriend(a, b)
    yield a, b
    a.lock()
    b.lock()


def test_ten_thousand_people_import_in_seconds(pair, tmp_path):
    alice, bob = pair
    records.create_many(alice, Kind.PERSON, people(10_000))
    started = time.perf_counter()
    report = seal_bundle(alice, [bob.fingerprint], tmp_path / "big.pslb")
    sealed = time.perf_counter() - started
    started = time.perf_counter()
    result = import_bundle(bob, tmp_path / "big.pslb")
    imported = time.perf_counter() - started
    assert result.created == 10_000
    assert records.count(bob, Kind.PERSON) == 10_000
    assert report.file_size < 2_000_000
    assert sealed < 20 and imported < 30
    started = time.perf_counter()
    seal_bundle(bob, [alice.fingerprint], tmp_path / "back.pslb")  # bob's imports: none of his
    again = import_bundle(alice, tmp_path / "back.pslb")
    assert again.created == 0 and time.perf_counter() - started < 30


def test_an_import_killed_mid_transaction_leaves_all_or_nothing(pair, tmp_path):
    alice, bob = pair
    total = 20_000
    records.create_many(alice, Kind.PERSON, people(total))
    seal_bundle(alice, [bob.fingerprint], tmp_path / "big.pslb")
    folder = bob.folder
    bob.lock()
    proc = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(folder), PASSPHRASE, str(tmp_path / "big.pslb")],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()  # the first chunk has been written in the transaction
    assert line.startswith("applying"), line
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    reopened = open_vault(folder, PASSPHRASE)
    try:
        with reopened.read() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            seen = conn.execute(text("SELECT count(*) FROM seen_bundles")).scalar()
        count = records.count(reopened, Kind.PERSON)
        assert (count, seen) in {(0, 0), (total, 1)}
        report = import_bundle(reopened, tmp_path / "big.pslb")
        assert report.already_imported or report.created == total
        assert records.count(reopened, Kind.PERSON) == total
    finally:
        reopened.lock()
