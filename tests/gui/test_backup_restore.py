"""Backing up from the "⋯" menu, restoring on a new computer from the first window, and
the reminder when the last backup is old."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.core.hlc import system_ms
from pslapp.gui import file_choice, runner
from pslapp.gui.backup_dialog import BackupDialog
from pslapp.gui.create_vault import CreateVaultDialog
from pslapp.gui.restore_dialog import RestoreDialog
from pslapp.gui.session import Session
from pslapp.services import records
from pslapp.services import settings as app_settings
from pslapp.services.backup import LAST_BACKUP
from pslapp.storage.state import set_counter

from .conftest import PASSPHRASE, make_session, unlock

CLICK = Qt.MouseButton.LeftButton


def back_up_from_the_menu(qtbot: QtBot, session: Session, out: Path, monkeypatch) -> None:
    window = unlock(qtbot, session)
    assert session.vault is not None
    records.create(session.vault, Kind.PERSON, {"display_name": "Тарас Шевченко"})
    action = next(a for a in window.more_menu.actions() if a.objectName() == "backup_action")
    monkeypatch.setattr(file_choice, "choose_save", lambda *_a: out)
    action.trigger()
    dialog = window.findChild(BackupDialog)
    assert isinstance(dialog, BackupDialog)
    with qtbot.waitSignal(dialog.written, timeout=20_000):
        qtbot.mouseClick(dialog.save_button, CLICK)
    assert "Backup written" in dialog.status.text()
    dialog.close()


def restore_dialog(qtbot: QtBot, folder: Path, backup: Path, monkeypatch) -> tuple:
    session = make_session(folder)
    session.start()
    create = session.dialog
    assert isinstance(create, CreateVaultDialog)
    qtbot.addWidget(create)
    qtbot.mouseClick(create.findChild(QPushButton, "restore_backup_button"), CLICK)
    dialog = create.findChild(RestoreDialog)
    assert isinstance(dialog, RestoreDialog)
    monkeypatch.setattr(file_choice, "choose_open", lambda *_a: backup)
    dialog.choose_file()
    return session, dialog


def test_back_up_then_restore_on_a_new_computer(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb.pslbackup"
    back_up_from_the_menu(qtbot, session, usb, monkeypatch)
    assert usb.exists()

    new, dialog = restore_dialog(qtbot, tmp_path / "new-computer", usb, monkeypatch)
    qtbot.keyClicks(dialog.secret, "not it")
    qtbot.mouseClick(dialog.restore_button, CLICK)
    qtbot.waitUntil(lambda: "does not open" in dialog.status.text(), timeout=10_000)
    assert not (tmp_path / "new-computer").exists()

    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    with qtbot.waitSignal(new.unlocked, timeout=20_000):
        qtbot.mouseClick(dialog.restore_button, CLICK)
    assert new.vault is not None
    assert [t for _k, _i, t in records.search(new.vault, "shevch")] == ["Тарас Шевченко"]
    runner.wait_all()
    new.shutdown()


def test_an_old_backup_is_mentioned_and_the_setting_turns_it_off(
    qtbot: QtBot, existing_vault: Path
) -> None:
    session = make_session(existing_vault)
    window = unlock(qtbot, session)
    assert session.vault is not None
    with session.vault.write() as conn:
        set_counter(conn, LAST_BACKUP, system_ms() - 20 * 86_400_000)
    session.lock()
    window = unlock(qtbot, session)
    assert "20 days old" in window.undo_label.text()
    session.settings = app_settings.Settings(backup_reminder_days=0)
    session.lock()
    window = unlock(qtbot, session)
    assert "days old" not in window.undo_label.text()
    runner.wait_all()
    session.shutdown()
