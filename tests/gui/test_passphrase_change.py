"""Changing the passphrase from the "⋯" menu, and re-encrypting the vault under a new key
when an old passphrase may be known: a new recovery code, shown once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from pslapp.core.errors import WrongPassphrase
from pslapp.gui import runner
from pslapp.gui.passphrase_dialog import PassphraseDialog
from pslapp.gui.session import Session
from pslapp.services.vault import open_with_recovery_code

from .conftest import PASSPHRASE, unlock

CLICK = Qt.MouseButton.LeftButton
NEW = "lanterns along the quiet canal"


def open_dialog(qtbot: QtBot, session: Session) -> PassphraseDialog:
    window = unlock(qtbot, session)
    action = next(a for a in window.more_menu.actions() if a.objectName() == "passphrase_action")
    action.trigger()
    dialog = window.findChild(PassphraseDialog)
    assert isinstance(dialog, PassphraseDialog)
    return dialog


def fill(qtbot: QtBot, dialog: PassphraseDialog, current: str) -> None:
    for field, text in ((dialog.current, current), (dialog.first, NEW), (dialog.second, NEW)):
        field.clear()
        qtbot.keyClicks(field, text)


def test_the_passphrase_is_changed_after_a_fresh_check_of_the_current_one(
    qtbot: QtBot, session: Session
) -> None:
    dialog = open_dialog(qtbot, session)
    fill(qtbot, dialog, "a guess")
    qtbot.mouseClick(dialog.change_button, CLICK)
    qtbot.waitUntil(lambda: "not right" in dialog.error.text(), timeout=10_000)
    fill(qtbot, dialog, PASSPHRASE)
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        qtbot.mouseClick(dialog.change_button, CLICK)
    session.lock()
    unlock(qtbot, session, NEW)


def test_rekey_from_the_gui_shows_a_new_recovery_code_once(
    qtbot: QtBot, session: Session, existing_vault: Path
) -> None:
    dialog = open_dialog(qtbot, session)
    fill(qtbot, dialog, PASSPHRASE)
    dialog.rekey.setChecked(True)

    def close_the_code_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.accept()
        else:
            QTimer.singleShot(20, close_the_code_box)

    QTimer.singleShot(0, close_the_code_box)
    with qtbot.waitSignal(session.recovery_shown, timeout=30_000) as shown:
        qtbot.mouseClick(dialog.change_button, CLICK)
    code = shown.args[0]
    assert len(code) == 47
    qtbot.waitUntil(lambda: session.window is not None, timeout=10_000)
    runner.wait_all()
    session.lock()
    unlock(qtbot, session, NEW)
    open_with_recovery_code(existing_vault, code).lock()
    with pytest.raises(WrongPassphrase):
        open_with_recovery_code(existing_vault, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
