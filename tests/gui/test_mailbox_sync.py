"""The mailbox in the desktop app, as a coordinator uses it: choose the folder in
Settings, trust a peer to apply without review, "Sync now"; and two door laptops that see
each other's check-ins and walk-ins within seconds without leaving door mode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.session import Session
from pslapp.services import events, mailbox, peers, records
from pslapp.services.vault import Vault, create_vault

from .conftest import FAST_KDF, PASSPHRASE, unlock


def _sharing_a_folder(tmp_path: Path, here: Vault) -> Vault:
    """This vault's mailbox set to a new shared folder, and Paris beside it there."""
    folder = tmp_path / "Sync"
    folder.mkdir()
    mailbox.set_folder(here, folder)
    return _other_laptop(tmp_path, here, folder)


def _other_laptop(tmp_path: Path, here: Vault, folder: Path) -> Vault:
    """Paris, who trusts this vault and shares the folder; this vault trusts Paris."""
    paris, _code = create_vault(tmp_path / "paris", PASSPHRASE, "Paris", kdf=FAST_KDF)
    peers.add(paris, peers.own_card(here).encode(), verified=True)
    peers.add(here, peers.own_card(paris).encode(), verified=True)
    mailbox.set_folder(paris, folder)
    mailbox.set_auto_apply(paris, here.fingerprint, True)
    return paris


def test_the_folder_is_chosen_in_settings_and_sync_now_runs_a_round(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert not window.sync_mailbox()  # no folder yet: a word on how to set one up
    assert "Settings" in window.undo_label.text()

    dialog = session.edit_settings()
    assert dialog.mailbox_label.text() != str(folder)
    dialog.set_mailbox_folder(folder)
    with qtbot.waitSignal(window.mailbox.synced, timeout=20_000):
        dialog.accept()  # saving starts a first round
    assert mailbox.folder_of(vault) == folder.resolve()

    paris = _other_laptop(tmp_path, vault, folder)
    records.create(vault, Kind.PERSON, {"display_name": "Тарас Шевченко"})
    with qtbot.waitSignal(window.mailbox.synced, timeout=20_000) as sent:
        sync = window.findChild(QAction, "sync_now_action")
        assert isinstance(sync, QAction)
        sync.trigger()  # ⋯ → Sync the mailbox now (F5)
    assert sent.args[0].written == 1
    assert "1 sent" in window.undo_label.text()
    got = mailbox.sync_round(paris)
    assert got.applied == 1
    paris.lock()


def test_a_peer_is_trusted_to_apply_without_review_in_the_peers_view(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    paris = _sharing_a_folder(tmp_path, vault)
    view = window.bundles.peers
    view.set_vault(vault)
    view.select(paris.fingerprint)
    assert view.auto_apply.isVisibleTo(view) and not view.auto_apply.isChecked()
    view.auto_apply.setChecked(True)
    [found] = mailbox.mailbox_peers(vault)
    assert found.auto_apply
    paris.lock()


def test_two_doors_see_each_others_check_ins_live(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    window = unlock(qtbot, session)
    cologne = session.vault
    assert cologne is not None
    paris = _sharing_a_folder(tmp_path, cologne)  # Cologne reviews Paris's bundles
    forum = records.create(
        cologne, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    ).id
    people = [records.create(cologne, Kind.PERSON, {"display_name": n}).id for n in "AB"]
    for person in people:
        events.attend(cologne, forum, person)
    mailbox.sync_round(cologne)
    mailbox.sync_round(paris)  # Paris's door has the same list now
    mailbox.set_auto_apply(cologne, paris.fingerprint, False)
    window.mailbox.start()

    door = window.open_door(forum)
    assert door is not None
    qtbot.waitUntil(lambda: not door.loading, timeout=10_000)
    assert door.counts.values()[1] == 0
    # At the other door: one checks in, one walks in; the folder carries it here
    events.check_in(paris, forum, people[0])
    walk_in = records.create(paris, Kind.PERSON, {"display_name": "Walk-in"}).id
    events.attend(paris, forum, walk_in)
    events.check_in(paris, forum, walk_in)
    mailbox.sync_round(paris)
    # Cologne reviews Paris's bundles, but at the door the other door's work on this event
    # applies at once
    qtbot.waitUntil(lambda: door.counts.values()[1] == 2, timeout=20_000)
    assert door.isVisible()  # never left door mode
    paris.lock()
