"""Ctrl+L locks from whatever window has the focus, and Ctrl+F finds in the window it is
pressed in. Seen in the walk: with a form open, Ctrl+L did nothing (the shortcut belonged
to the main window, and a dialog over it is a window of its own)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui import file_choice
from pslapp.gui.forms.record_form import RecordDialog
from pslapp.gui.session import Session
from pslapp.gui.unlock import UnlockDialog
from pslapp.services import events, records

from .conftest import unlock

CTRL = Qt.KeyboardModifier.ControlModifier


def _press_ctrl_l(qtbot: QtBot, widget: QWidget, session: Session) -> None:
    with qtbot.waitSignal(session.locked, timeout=5_000):
        qtbot.keyClick(widget, Qt.Key.Key_L, CTRL)
    assert session.vault is None and session.window is None
    assert isinstance(session.dialog, UnlockDialog)


def test_ctrl_l_in_a_half_filled_form_locks_and_the_form_goes(
    qtbot: QtBot, session: Session
) -> None:
    window = unlock(qtbot, session)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    form = window.findChild(RecordDialog)
    assert isinstance(form, RecordDialog) and form.isVisible()
    name = form.form.editors["display_name"].focus_target()
    qtbot.keyClicks(name, "Natalia Ivanova")
    _press_ctrl_l(qtbot, name, session)
    assert not form.isVisible()


def test_ctrl_l_in_the_duplicates_view_locks(qtbot: QtBot, session: Session) -> None:
    window = unlock(qtbot, session)
    duplicates = window.open_duplicates()
    assert duplicates is not None and duplicates.isVisible()
    _press_ctrl_l(qtbot, duplicates, session)
    assert not duplicates.isVisible()


def test_ctrl_l_at_the_door_locks_and_ends_door_mode(qtbot: QtBot, session: Session) -> None:
    window = unlock(qtbot, session)
    assert session.vault is not None
    forum = records.create(
        session.vault, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    ).id
    person = records.create(session.vault, Kind.PERSON, {"display_name": "Тарас Шевченко"})
    events.attend(session.vault, forum, person.id)
    door = window.open_door(forum)
    assert door is not None
    qtbot.waitUntil(lambda: not door.loading, timeout=10_000)
    _press_ctrl_l(qtbot, door.search, session)
    assert not door.isVisible()


def test_ctrl_l_inside_a_file_chooser_locks_and_nothing_is_chosen(
    qtbot: QtBot, session: Session
) -> None:
    """The file chooser runs an event loop of its own; the lock closes it with the rest."""
    window = unlock(qtbot, session)

    def press_in_the_chooser() -> None:
        chooser = QApplication.activeModalWidget()
        assert isinstance(chooser, QFileDialog)
        qtbot.keyClick(chooser, Qt.Key.Key_L, CTRL)

    QTimer.singleShot(200, press_in_the_chooser)
    with qtbot.waitSignal(session.locked, timeout=5_000):
        chosen = file_choice.choose_open(window, "Receive bundle", "Bundles (*.pslb)")
    assert chosen is None
    assert session.vault is None


def test_ctrl_f_in_a_form_stays_in_the_form(qtbot: QtBot, session: Session) -> None:
    """Nothing leaks to the main window behind a modal form."""
    window = unlock(qtbot, session)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    form = window.findChild(RecordDialog)
    assert isinstance(form, RecordDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    name = form.form.editors["display_name"].focus_target()
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is name
    assert not window.search.hasFocus()
    form.reject()


def test_ctrl_f_at_the_door_goes_to_the_door_search(qtbot: QtBot, session: Session) -> None:
    window = unlock(qtbot, session)
    assert session.vault is not None
    forum = records.create(
        session.vault, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    ).id
    door = window.open_door(forum)
    assert door is not None
    qtbot.waitUntil(lambda: not door.loading, timeout=10_000)
    qtbot.keyClicks(door.search, "shev")
    door.check_button.setFocus()
    qtbot.keyClick(door.check_button, Qt.Key.Key_F, CTRL)
    assert door.search.hasFocus()
    assert door.search.selectedText() == "shev"  # the next name typed replaces it
    assert not window.search.hasFocus()
