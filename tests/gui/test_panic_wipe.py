"""The panic action: Ctrl+Shift+Del (or the "⋯" menu), one question, and the vault is gone
and the app quits. Cancelling the question changes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.session import Session
from pslapp.services import events, records

from .conftest import unlock


def answer_the_question(button_text: str, seen: list[str]) -> None:
    """Once the question shows, note its text and press the button named `button_text`."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text:
                button.click()

    QTimer.singleShot(0, press)


def test_the_panic_shortcut_asks_once_then_wipes_and_quits(
    qtbot: QtBot, session: Session, existing_vault: Path
) -> None:
    window = unlock(qtbot, session)
    assert session.vault is not None
    records.create(session.vault, Kind.PERSON, {"display_name": "Nadia"})
    seen: list[str] = []
    answer_the_question("Wipe and quit", seen)
    with qtbot.waitSignal(session.wiped, timeout=10_000):
        qtbot.keyClick(
            window,
            Qt.Key.Key_Delete,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert len(seen) == 1 and "cannot be undone" in seen[0]
    assert not existing_vault.exists()
    assert session.vault is None and session.window is None


def test_cancelling_the_panic_question_changes_nothing(
    qtbot: QtBot, session: Session, existing_vault: Path
) -> None:
    window = unlock(qtbot, session)
    before = sorted(p.name for p in existing_vault.iterdir())
    seen: list[str] = []
    answer_the_question("Cancel", seen)
    action = window.findChild(QAction, "wipe_action")
    assert action is not None and action in window.more_menu.actions()
    action.trigger()
    assert len(seen) == 1
    assert session.window is window and session.vault is not None
    assert sorted(p.name for p in existing_vault.iterdir()) == before


def test_the_panic_shortcut_works_at_the_door_too(
    qtbot: QtBot, session: Session, existing_vault: Path
) -> None:
    """At a venue the door is what is on screen: the same keys, the same one question
    (over the door's window), no passphrase, and the vault is gone."""
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    forum = records.create(
        vault, Kind.EVENT, {"title": "Forum 2026", "kind": "forum", "start": "2026-05-01T10:00"}
    )
    person = records.create(vault, Kind.PERSON, {"display_name": "Nadia"})
    events.attend(vault, forum.id, person.id)
    door = window.open_door(forum.id)
    assert door is not None
    qtbot.waitUntil(lambda: not door.loading, timeout=10_000)
    seen: list[str] = []
    answer_the_question("Wipe and quit", seen)
    with qtbot.waitSignal(session.wiped, timeout=10_000):
        qtbot.keyClick(
            door.search,
            Qt.Key.Key_Delete,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert len(seen) == 1 and "cannot be undone" in seen[0]
    assert not existing_vault.exists()
    assert session.vault is None and session.window is None
