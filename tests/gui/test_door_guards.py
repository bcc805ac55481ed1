"""The door's guards, as a volunteer meets them: Enter on an empty field or on no match
checks nobody in; someone who cancelled, did not come or is already in is named first and
needs Ctrl+Enter; a badge's QR code (or the digits under it) checks in when a USB scanner
types it, whatever the keyboard layout; F2 changes status and role or takes someone off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from pslapp.core.badge_code import badge_code
from pslapp.core.enums import AttendanceStatus, Kind
from pslapp.gui import confirm
from pslapp.gui.door.window import DoorWindow
from pslapp.gui.session import Session
from pslapp.services import events, records
from pslapp.services.vault import Vault

from .conftest import unlock
from .test_door import _event, _names, _register

RUSSIAN_KEYS = str.maketrans("abcdef", "фисвуа")  # what a scanner types under ЙЦУКЕН


def _type_as_keyboard(widget: QWidget, text: str) -> None:
    """Key presses carrying each character, as a keyboard (or a scanner) sends them; QTest's
    keyClicks only knows ASCII."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = ord(char.upper()) if char.isascii() else 0
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def _door(qtbot: QtBot, session: Session) -> tuple[Vault, DoorWindow, str]:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    forum = _event(vault, "Forum 2026")
    _register(vault, forum, "Anna Müller", "Тарас Шевченко", "Марина Коваленко", "Pierre Dupont")
    door = window.open_door(forum)
    assert door is not None
    qtbot.waitUntil(lambda: not door.loading, timeout=10_000)
    return vault, door, forum


def _status(vault: Vault, forum: str, name: str) -> str:
    [found] = [a for a in events.attendees(vault, forum) if a.person.title == name]
    return str(found.attendance.values["status"])


def _attendee_id(vault: Vault, forum: str, name: str) -> str:
    [found] = [a for a in events.attendees(vault, forum) if a.person.title == name]
    return found.attendance.id


def _person_id(vault: Vault, forum: str, name: str) -> str:
    [found] = [a for a in events.attendees(vault, forum) if a.person.title == name]
    return found.person.id


def test_enter_twice_checks_in_one_person_not_the_top_of_the_list(
    qtbot: QtBot, session: Session
) -> None:
    vault, door, forum = _door(qtbot, session)
    qtbot.keyClick(door.search, Qt.Key.Key_Return)  # an empty field: nobody
    assert door.counts.values() == (4, 0, 0)
    qtbot.keyClicks(door.search, "shevche")
    qtbot.keyClick(door.search, Qt.Key.Key_Return)
    qtbot.keyClick(door.search, Qt.Key.Key_Return)  # the field is empty again: nothing
    assert door.counts.values() == (4, 1, 0)
    assert _status(vault, forum, "Anna Müller") == "registered"
    assert _status(vault, forum, "Тарас Шевченко") == "checked_in"

    qtbot.keyClicks(door.search, "zzzz")
    qtbot.keyClick(door.search, Qt.Key.Key_Return)
    assert door.counts.values() == (4, 1, 0)
    assert "Nobody on the list" in door.feedback.text()


def test_a_cancelled_registration_needs_ctrl_enter(qtbot: QtBot, session: Session) -> None:
    vault, door, forum = _door(qtbot, session)
    events.set_status(
        vault, forum, _person_id(vault, forum, "Anna Müller"), AttendanceStatus.CANCELLED
    )
    door.reload()
    qtbot.waitUntil(lambda: not door.loading, timeout=10_000)
    qtbot.keyClicks(door.search, "anna")
    assert "cancelled" in door.selected_status()
    qtbot.keyClick(door.search, Qt.Key.Key_Return)
    qtbot.keyClick(door.search, Qt.Key.Key_Return)  # Enter again is not enough
    assert _status(vault, forum, "Anna Müller") == "cancelled"
    assert "cancelled" in door.feedback.text() and "Ctrl+Enter" in door.feedback.text()
    qtbot.keyClick(door.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _status(vault, forum, "Anna Müller") == "checked_in"
    assert door.counts.values() == (4, 1, 0)


def test_ctrl_enter_alone_does_not_skip_the_warning(qtbot: QtBot, session: Session) -> None:
    vault, door, forum = _door(qtbot, session)
    events.set_status(
        vault, forum, _person_id(vault, forum, "Pierre Dupont"), AttendanceStatus.NO_SHOW
    )
    door.reload()
    qtbot.waitUntil(lambda: not door.loading, timeout=10_000)
    qtbot.keyClicks(door.search, "pierre")
    assert "no-show" in door.selected_status()
    qtbot.keyClick(door.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _status(vault, forum, "Pierre Dupont") == "no_show"
    assert "no-show" in door.feedback.text()
    qtbot.keyClick(door.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _status(vault, forum, "Pierre Dupont") == "checked_in"


def test_someone_already_in_is_named_and_not_checked_in_again(
    qtbot: QtBot, session: Session
) -> None:
    vault, door, forum = _door(qtbot, session)
    qtbot.keyClicks(door.search, "marina")
    qtbot.keyClick(door.search, Qt.Key.Key_Return)
    [before] = [a for a in events.attendees(vault, forum) if a.person.title == "Марина Коваленко"]
    qtbot.keyClicks(door.search, "marina")
    qtbot.keyClick(door.search, Qt.Key.Key_Return)
    assert "checked in already" in door.feedback.text()
    [after] = [a for a in events.attendees(vault, forum) if a.person.title == "Марина Коваленко"]
    assert after.attendance.updated == before.attendance.updated


def test_a_double_click_only_selects(qtbot: QtBot, session: Session) -> None:
    _vault, door, _forum = _door(qtbot, session)
    rect = door.results.visualRect(door.model.index(1, 0))
    qtbot.mouseDClick(door.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert door.counts.values() == (4, 0, 0)
    assert door.selected() is not None
    qtbot.mouseClick(door.check_button, Qt.MouseButton.LeftButton)  # the button is deliberate
    assert door.counts.values() == (4, 1, 0)


@pytest.mark.parametrize("layout", ["us", "ru", "upper"])
def test_a_scanned_badge_checks_in(qtbot: QtBot, session: Session, layout: str) -> None:
    vault, door, forum = _door(qtbot, session)
    scanned = _attendee_id(vault, forum, "Марина Коваленко")
    if layout == "ru":
        scanned = scanned.translate(RUSSIAN_KEYS)
    elif layout == "upper":
        scanned = scanned.upper()
    _type_as_keyboard(door.search, scanned)
    assert _names(door) == {"Марина Коваленко"}
    qtbot.keyClick(door.search, Qt.Key.Key_Return)  # what the scanner sends last
    assert _status(vault, forum, "Марина Коваленко") == "checked_in"
    assert door.search.text() == ""


def test_the_digits_under_the_qr_code_check_in_typed_by_hand(
    qtbot: QtBot, session: Session
) -> None:
    vault, door, forum = _door(qtbot, session)
    code = badge_code(_attendee_id(vault, forum, "Pierre Dupont"))
    assert len(code) == 11 and code[5] == " "
    qtbot.keyClicks(door.search, code)
    assert _names(door) == {"Pierre Dupont"}
    qtbot.keyClick(door.search, Qt.Key.Key_Return)
    assert _status(vault, forum, "Pierre Dupont") == "checked_in"


def _choose(door: DoorWindow, data: str) -> None:
    menu = door.open_attendee_menu()
    assert menu is not None
    actions = [a for a in menu.findChildren(QAction) if a.data() == data]
    assert actions, data
    actions[0].trigger()
    menu.close()


def test_f2_changes_role_and_status_and_removes(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, door, forum = _door(qtbot, session)
    qtbot.keyClicks(door.search, "taras")
    qtbot.keyClick(door.search, Qt.Key.Key_F2)
    assert door.findChild(QMenu, "attendee_menu") is not None
    _choose(door, "role:speaker")
    assert "speaker" in door.selected_status()
    _choose(door, "status:no_show")
    assert _status(vault, forum, "Тарас Шевченко") == "no_show"
    assert "no-show" in door.selected_status()

    monkeypatch.setattr(confirm, "ask", lambda *_a: False)
    _choose(door, "remove:")
    assert door.counts.values() == (4, 0, 0)
    monkeypatch.setattr(confirm, "ask", lambda *_a: True)
    _choose(door, "remove:")
    assert door.counts.values() == (3, 0, 0)
    assert "Тарас Шевченко" not in {a.person.title for a in events.attendees(vault, forum)}
    person = records.get(vault, Kind.PERSON, _person_id_of(vault, "Тарас Шевченко"))
    assert person.title == "Тарас Шевченко"  # the person stays in the vault


def _person_id_of(vault: Vault, name: str) -> str:
    [found] = [p for p in records.page(vault, Kind.PERSON) if p.title == name]
    return found.id
