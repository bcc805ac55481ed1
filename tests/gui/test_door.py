"""Door mode as the volunteer at the door uses it: type, Enter, Ctrl+Z, Ctrl+W; the
screen shows one event's names only, and leaving it needs the passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.door.window import DoorWindow
from pslapp.gui.main_window import MainWindow
from pslapp.gui.session import Session
from pslapp.services import events, records
from pslapp.services.vault import Vault

from .conftest import PASSPHRASE, unlock


def _event(vault: Vault, title: str) -> str:
    return records.create(
        vault, Kind.EVENT, {"title": title, "kind": "forum", "start": "2026-05-01T10:00"}
    ).id


def _register(vault: Vault, event_id: str, *names: str) -> None:
    for name in names:
        person = records.create(vault, Kind.PERSON, {"display_name": name})
        events.attend(vault, event_id, person.id)


def _open_door(qtbot: QtBot, session: Session) -> tuple[MainWindow, DoorWindow, str]:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    forum = _event(vault, "Forum 2026")
    _register(vault, forum, "Тарас Шевченко", "Марина Коваленко", "Pierre Müller")
    other = _event(vault, "Closed plenum")
    _register(vault, other, "Secret Delegate")
    door = window.open_door(forum)
    assert door is not None
    qtbot.waitUntil(lambda: not door.loading, timeout=10_000)
    return window, door, forum


def _names(door: DoorWindow) -> set[str]:
    return {door.model.index(r, 0).data() for r in range(door.model.rowCount())}


def test_a_door_session_search_check_in_undo_walk_in(qtbot: QtBot, session: Session) -> None:
    window, door, forum = _open_door(qtbot, session)
    vault = session.vault
    assert vault is not None
    assert door.isVisible() and not window.isVisible()
    assert door.counts.values() == (3, 0, 0)

    qtbot.keyClicks(door.search, "shevch")  # Latin letters find the Cyrillic name
    assert _names(door) == {"Тарас Шевченко"}
    qtbot.keyClick(door.search, Qt.Key.Key_Return)
    assert door.counts.values() == (3, 1, 0)
    assert door.search.text() == ""  # ready for the next person
    assert "Тарас Шевченко" in door.feedback.text()
    [taras] = [a for a in events.attendees(vault, forum) if a.person.title == "Тарас Шевченко"]
    assert taras.attendance.values["status"] == "checked_in"

    qtbot.keyClick(door.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert door.counts.values() == (3, 0, 0)
    [taras] = [a for a in events.attendees(vault, forum) if a.person.title == "Тарас Шевченко"]
    assert taras.attendance.values["status"] == "registered"

    qtbot.keyClicks(door.search, "mul")  # "Müller" by its folding
    qtbot.keyClick(door.search, Qt.Key.Key_Down)
    assert door.selected() is not None and door.selected().person.title == "Pierre Müller"
    qtbot.keyClick(door.search, Qt.Key.Key_Return)
    assert door.counts.values() == (3, 1, 0)

    qtbot.keyClicks(door.search, "Olena Bondar")
    assert door.model.rowCount() == 0
    qtbot.keyClick(door.search, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    form = door.walk_in
    assert door.pages.currentWidget() is form
    assert form.name.text() == "Olena Bondar"  # what was typed carries over
    qtbot.keyClicks(form.contact, "olena@example.org")
    form.consent.setChecked(True)
    qtbot.keyClick(form.contact, Qt.Key.Key_Return)
    assert door.pages.currentIndex() == 0
    assert door.counts.values() == (4, 2, 1)
    qtbot.keyClicks(door.search, "bondar")
    assert _names(door) == {"Olena Bondar"}
    [olena] = [a for a in events.attendees(vault, forum) if a.person.title == "Olena Bondar"]
    assert olena.attendance.values["walk_in"] is True
    assert olena.attendance.values["consent_follow_up"] is True
    assert olena.person.values["channels"] == [{"kind": "email", "value": "olena@example.org"}]


def test_the_door_shows_no_other_event_and_no_main_window(qtbot: QtBot, session: Session) -> None:
    window, door, _forum = _open_door(qtbot, session)
    assert _names(door) == {"Тарас Шевченко", "Марина Коваленко", "Pierre Müller"}
    qtbot.keyClicks(door.search, "secret")
    assert door.model.rowCount() == 0
    qtbot.keyClick(door.search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert door.windowTitle() == "pslapp: door"


def test_leaving_the_door_needs_the_passphrase(qtbot: QtBot, session: Session) -> None:
    window, door, _forum = _open_door(qtbot, session)
    qtbot.mouseClick(door.leave_button, Qt.MouseButton.LeftButton)
    panel = door.leave_panel
    assert door.pages.currentWidget() is panel
    qtbot.keyClicks(panel.secret, "let me out")
    qtbot.keyClick(panel.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not the passphrase" in panel.error.text(), timeout=10_000)
    assert door.isVisible() and not window.isVisible()

    qtbot.keyClicks(panel.secret, PASSPHRASE)
    with qtbot.waitSignal(door.left, timeout=10_000):
        qtbot.keyClick(panel.secret, Qt.Key.Key_Return)
    assert not door.isVisible()
    assert window.isVisible()
    assert door.model.rowCount() == 0  # the names are dropped


def test_locking_closes_the_door(qtbot: QtBot, session: Session) -> None:
    _window, door, _forum = _open_door(qtbot, session)
    session.lock()
    assert not door.isVisible()
    assert session.vault is None


def test_the_door_list_loads_off_the_ui_thread_and_keeps_what_was_typed(
    qtbot: QtBot, session: Session
) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    forum = _event(vault, "Forum 2026")
    _register(vault, forum, "Тарас Шевченко", "Марина Коваленко", "Pierre Müller")
    door = window.open_door(forum)
    assert door is not None
    assert door.loading and door.busy.isVisibleTo(door)  # the window is up before the list
    assert not door.check_button.isEnabled()
    qtbot.keyClicks(door.search, "shevch")  # typing while the list loads is not lost
    qtbot.waitUntil(lambda: not door.loading, timeout=10_000)
    assert not door.busy.isVisibleTo(door) and door.check_button.isEnabled()
    assert _names(door) == {"Тарас Шевченко"}
    assert door.counts.values() == (3, 0, 0)


def test_a_list_arriving_after_lock_is_dropped(qtbot: QtBot, session: Session) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    forum = _event(vault, "Forum 2026")
    _register(vault, forum, "Тарас Шевченко")
    door = window.open_door(forum)
    assert door is not None
    door.drop()  # what locking does
    with qtbot.assertNotEmitted(door.loaded, wait=300):
        pass
    assert door.model.rowCount() == 0
