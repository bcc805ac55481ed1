"""Locking stops work: an import running when the screen locks is cancelled and waited
for, so the vault holds all of it or none of it, and nothing is written after the lock."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui import runner
from pslapp.gui.session import Session
from pslapp.services import records
from pslapp.services.bundles import import_bundle, seal_bundle
from pslapp.services.vault import open_vault
from tests.services.bundle_kit import befriend, new_vault

from .conftest import PASSPHRASE, make_session, unlock

PEOPLE = 12_000  # three chunks of 5 000: the lock comes after the first


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_locking_during_an_import_cancels_it_and_nothing_is_written_after(
    qtbot: QtBot, tmp_path: Path
) -> None:
    alice, bob = new_vault(tmp_path / "alice", "Alice"), new_vault(tmp_path / "bob", "Bob")
    befriend(alice, bob)
    records.create_many(
        alice, Kind.PERSON, [{"display_name": f"Person {i}"} for i in range(PEOPLE)]
    )
    bundle = tmp_path / "big.pslb"
    seal_bundle(alice, [bob.fingerprint], bundle)
    alice.lock()
    bob.lock()

    session: Session = make_session(tmp_path / "bob")
    unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    progressed: list[int] = []
    finished: list[object] = []

    def lock_at_first_chunk(done: int, _total: int) -> None:
        progressed.append(done)
        if len(progressed) == 1:
            session.lock()

    job = runner.run(
        lambda job: import_bundle(vault, bundle, progress=job.progress),
        on_done=finished.append,
        on_error=finished.append,
        on_progress=lock_at_first_chunk,
    )
    qtbot.waitUntil(lambda: session.vault is None, timeout=60_000)
    assert not job.running, "lock returned only once the import had stopped"
    assert vault.is_locked
    after_lock = snapshot(tmp_path / "bob")
    qtbot.wait(200)
    assert snapshot(tmp_path / "bob") == after_lock, "nothing written after the lock"
    assert finished == [], "the closed windows hear nothing from the cancelled job"

    reopened = open_vault(tmp_path / "bob", PASSPHRASE)
    try:
        assert records.count(reopened, Kind.PERSON) in {0, PEOPLE}
        report = import_bundle(reopened, bundle)
        assert report.already_imported or report.created == PEOPLE
    finally:
        reopened.lock()
    runner.wait_all()
    session.shutdown()
