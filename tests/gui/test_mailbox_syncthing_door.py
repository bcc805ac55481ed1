"""Two door laptops at one venue, each with its own Syncthing sharing the mailbox folder over
the loopback interface: a check-in at the other door shows on this door's screen within
seconds, with no action here and without leaving door mode."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.session import Session
from pslapp.services import events, mailbox, peers, records
from pslapp.services.vault import create_vault
from tests.functional import syncthing_kit
from tests.functional.syncthing_kit import Instance, wait_until

from .conftest import FAST_KDF, PASSPHRASE, unlock

BINARY = syncthing_kit.syncthing_binary()
pytestmark = pytest.mark.skipif(
    BINARY is None,
    reason="syncthing is not on PATH (make syncthing-deps installs Debian's package as root)",
)


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Instance, Instance]]:
    assert BINARY is not None
    here, there = syncthing_kit.pair(tmp_path, BINARY)
    try:
        wait_until("both Syncthing instances answer", lambda: here.ready() and there.ready())
        wait_until("the instances connect", lambda: here.connected(there))
        yield here, there
    finally:
        here.stop()
        there.stop()


def test_the_other_doors_check_in_shows_here_within_seconds(
    qtbot: QtBot, session: Session, tmp_path: Path, laptops
) -> None:
    here, there = laptops
    window = unlock(qtbot, session)
    cologne = session.vault
    assert cologne is not None
    paris, _code = create_vault(tmp_path / "paris", PASSPHRASE, "Paris", kdf=FAST_KDF)
    peers.add(paris, peers.own_card(cologne).encode(), verified=True)
    peers.add(cologne, peers.own_card(paris).encode(), verified=True)
    mailbox.set_folder(cologne, here.folder)
    mailbox.set_folder(paris, there.folder)
    mailbox.set_auto_apply(paris, cologne.fingerprint, True)
    forum = records.create(
        cologne, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    ).id
    asel = records.create(cologne, Kind.PERSON, {"display_name": "Asel"}).id
    events.attend(cologne, forum, asel)
    mailbox.sync_round(cologne)
    here.scan()
    wait_until("the list reaches Paris", lambda: (there.scan(), any(there.folder.iterdir()))[1])
    qtbot.waitUntil(lambda: mailbox.sync_round(paris).applied >= 1, timeout=30_000)

    door = window.open_door(forum)  # Cologne reviews Paris's bundles: this is door work
    assert door is not None
    qtbot.waitUntil(lambda: not door.loading, timeout=10_000)
    assert door.counts.values()[1] == 0
    events.check_in(paris, forum, asel)  # at the other door
    mailbox.sync_round(paris)
    there.scan()  # Paris's Syncthing notices the new file (its watcher would, in real life)
    qtbot.waitUntil(lambda: door.counts.values()[1] == 1, timeout=60_000)
    assert door.isVisible()
    paris.lock()
