"""A coordinator's event page by keyboard: Enter on an attendee offers status, role and
removal (never a silent check-in); removal asks and Ctrl+Z brings them back; Ctrl+D, Ctrl+I,
Ctrl+P and Ctrl+Shift+A reach door mode, import, print and add attendee; Tab leaves a list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui import confirm
from pslapp.gui.door.window import DoorWindow
from pslapp.gui.main_window import MainWindow
from pslapp.gui.session import Session
from pslapp.gui.views.events import EventsView
from pslapp.services import events, records
from pslapp.services.vault import Vault

from .conftest import unlock


def _forum(qtbot: QtBot, session: Session) -> tuple[MainWindow, Vault, EventsView, str]:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    forum = records.create(
        vault, Kind.EVENT, {"title": "Forum 2026", "kind": "forum", "start": "2026-05-01T10:00"}
    ).id
    for name in ("Марина Коваленко", "Pierre Martin"):
        person = records.create(vault, Kind.PERSON, {"display_name": name})
        events.attend(vault, forum, person.id)
    window.sidebar.setCurrentRow(4)
    view = window.current_view
    assert isinstance(view, EventsView)
    view.reload(forum)
    window.show()
    qtbot.waitExposed(window)
    return window, vault, view, forum


def _row_of(view: EventsView, name: str) -> int:
    model = view.attendees.model
    [row] = [r for r in range(model.rowCount()) if model.index(r, 0).data() == name]
    return row


def _trigger(menu: QMenu | None, data: str) -> None:
    assert menu is not None
    [action] = [a for a in menu.findChildren(QAction) if a.data() == data]
    action.trigger()
    menu.close()


def _statuses(vault: Vault, forum: str) -> dict[str, tuple[str, str]]:
    return {
        a.person.title: (a.attendance.values["status"], a.attendance.values["role"])
        for a in events.attendees(vault, forum)
    }


def test_enter_on_an_attendee_offers_choices_and_checks_nobody_in(
    qtbot: QtBot, session: Session
) -> None:
    _window, vault, view, forum = _forum(qtbot, session)
    panel = view.attendees
    panel.table.setFocus()
    panel.table.selectRow(_row_of(view, "Pierre Martin"))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert _statuses(vault, forum)["Pierre Martin"] == ("registered", "participant")
    assert panel.findChild(QMenu, "attendee_menu") is not None  # Enter opened it
    _trigger(panel.open_attendee_menu(), "role:press")
    _trigger(panel.open_attendee_menu(), "status:cancelled")
    assert _statuses(vault, forum)["Pierre Martin"] == ("cancelled", "press")
    row = _row_of(view, "Pierre Martin")
    assert panel.table.currentIndex().row() == row  # still on the same person
    assert panel.model.index(row, 1).data() == "cancelled"
    assert panel.model.index(row, 2).data() == "press"


def test_removing_an_attendee_asks_and_ctrl_z_brings_them_back(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, vault, view, forum = _forum(qtbot, session)
    panel = view.attendees
    panel.table.selectRow(_row_of(view, "Марина Коваленко"))
    asked: list[str] = []
    monkeypatch.setattr(confirm, "ask", lambda _p, _t, text, _a: asked.append(text) or True)
    _trigger(panel.open_attendee_menu(), "remove:")
    assert asked and "Марина Коваленко" in asked[0]
    assert set(_statuses(vault, forum)) == {"Pierre Martin"}
    assert panel.model.rowCount() == 1
    assert window.undo_button.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert set(_statuses(vault, forum)) == {"Марина Коваленко", "Pierre Martin"}
    assert panel.model.rowCount() == 2
    assert records.page(vault, Kind.PERSON, query="kovalenko")  # never left the vault


def test_the_event_shortcuts_reach_door_import_print_and_add(
    qtbot: QtBot, session: Session
) -> None:
    window, _vault, view, _event = _forum(qtbot, session)
    view.table.setFocus()
    for keys, kind in (
        ((Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier), "RegistrationWizard"),
        ((Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier), "PrintDialog"),
        (
            (
                Qt.Key.Key_A,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            ),
            "RecordPicker",
        ),
    ):
        qtbot.keyClick(window.focusWidget(), *keys)
        qtbot.waitUntil(lambda k=kind: _dialog_named(k) is not None)
        dialog = _dialog_named(kind)
        assert dialog is not None
        dialog.reject()
        qtbot.waitUntil(lambda k=kind: _dialog_named(k) is None)
    window.search.setFocus()  # also from the search field
    qtbot.keyClick(window.search, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    door = window.findChild(DoorWindow)
    assert door is not None and door.isVisible()
    qtbot.waitUntil(lambda: not door.loading, timeout=10_000)


def _dialog_named(name: str) -> QDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and type(widget).__name__ == name and widget.isVisible():
            return widget
    return None


def test_tab_leaves_the_list(qtbot: QtBot, session: Session) -> None:
    window, _vault, view, _event = _forum(qtbot, session)
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view.table
    panel = view.attendees
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not panel.table
    assert window.isVisible()


def test_f1_lists_the_shortcuts(qtbot: QtBot, session: Session) -> None:
    window, _vault, view, _event = _forum(qtbot, session)
    view.table.setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: _dialog_named("ShortcutOverview") is not None)
    overview = _dialog_named("ShortcutOverview")
    assert overview is not None
    listed = {key.text() for key in overview.findChildren(QLabel, "shortcut_keys")}
    assert {"Ctrl+D", "Ctrl+I", "Ctrl+P", "F2", "Ctrl+W"} <= listed
    overview.reject()
