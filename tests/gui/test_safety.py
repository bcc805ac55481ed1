"""Locking on demand and when idle forgets everything shown; copied contacts do not stay
on the clipboard and are marked secret for clipboard managers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui import runner
from pslapp.gui.session import Session
from pslapp.gui.unlock import UnlockDialog
from pslapp.services import records

from .conftest import make_session, unlock


def test_ctrl_l_locks_drops_everything_and_unlocks_again(qtbot: QtBot, session: Session) -> None:
    window = unlock(qtbot, session)
    assert session.vault is not None
    records.create(session.vault, Kind.PERSON, {"display_name": "Nadia"})
    people = window.current_view
    people.reload()
    people.table.selectRow(0)
    vault = session.vault
    with qtbot.waitSignal(session.locked):
        window.lock_requested.emit()  # what Ctrl+L and the Lock button do
    assert vault.is_locked
    assert session.vault is None and session.window is None
    assert people.model.rowCount() == 0
    assert people.detail.record is None
    assert people.vault is None
    assert isinstance(session.dialog, UnlockDialog)
    again = unlock(qtbot, session)
    assert again is not window
    assert again.current_view.model.rowCount() == 1


def test_lock_shortcut_and_button(qtbot: QtBot, session: Session) -> None:
    window = unlock(qtbot, session)
    button = window.findChild(QPushButton, "lock_button")
    assert button is not None
    with qtbot.waitSignal(session.locked):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window = unlock(qtbot, session)
    with qtbot.waitSignal(session.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_auto_lock_fires_when_idle(qtbot: QtBot, existing_vault: Path) -> None:
    session = make_session(existing_vault, idle_ms=300)
    window = unlock(qtbot, session)
    assert session.idle.idle_ms == 300
    with qtbot.waitSignal(session.locked, timeout=5_000):
        pass
    assert session.vault is None
    assert window.vault is None
    runner.wait_all()
    session.shutdown()


def test_copied_contact_is_secret_and_cleared(qtbot: QtBot, session: Session) -> None:
    window = unlock(qtbot, session)
    assert session.vault is not None
    records.create(
        session.vault,
        Kind.PERSON,
        {"display_name": "Ilya", "channels": [{"kind": "phone", "value": "+49 221 555 0101"}]},
    )
    people = window.current_view
    people.reload()
    people.table.selectRow(0)
    copy = people.detail.findChild(QPushButton, "copy_channel_0")
    assert copy is not None
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "+49 221 555 0101"
    mime = clipboard.mimeData()
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3_000)  # session clears after 200 ms


def test_clipboard_is_left_alone_if_the_user_copied_something_else(
    qtbot: QtBot, session: Session
) -> None:
    unlock(qtbot, session)
    session.clipboard.copy("+33 1 55 55 01 01")
    QGuiApplication.clipboard().setText("a shopping list")
    session.clipboard.clear()
    assert QGuiApplication.clipboard().text() == "a shopping list"
