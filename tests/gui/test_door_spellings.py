"""At the door, a volunteer types the name as the attendee says or spells it: "olga" for
the registered "Ольга", "schewtschenko" for "Шевченко", "koeln" for someone from Köln. The
registered person is found (and checked in with Enter), so nobody is added twice as a
walk-in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.door.window import DoorWindow
from pslapp.gui.session import Session
from pslapp.services import events, records

from .conftest import unlock

REGISTERED = [
    "Ольга Лебедева",
    "Айгерим Нурланова",
    "Ірина Бондаренко",
    "Юлія Ткаченко",
    "Наталья Кузнецова",
    "Олексій Мельник",
    "Євгенія Коваленко",
    "Тарас Шевченко",
    "Jürgen Müller",
    "Юрій Шевчук",
]


def _door(qtbot: QtBot, session: Session) -> DoorWindow:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    forum = records.create(
        vault, Kind.EVENT, {"title": "Forum 2026", "kind": "forum", "start": "2026-05-01T10:00"}
    ).id
    for name in REGISTERED:
        events.attend(vault, forum, records.create(vault, Kind.PERSON, {"display_name": name}).id)
    door = window.open_door(forum)
    assert door is not None
    qtbot.waitUntil(lambda: not door.loading, timeout=10_000)
    return door


@pytest.mark.parametrize(
    ("typed", "wanted"),
    [
        ("olga", "Ольга Лебедева"),
        ("aigerim", "Айгерим Нурланова"),
        ("iryna", "Ірина Бондаренко"),
        ("yulia", "Юлія Ткаченко"),
        ("yuliia", "Юлія Ткаченко"),
        ("natalia", "Наталья Кузнецова"),
        ("natalya", "Наталья Кузнецова"),
        ("oleksii", "Олексій Мельник"),
        ("yevheniia", "Євгенія Коваленко"),
        ("evgenia", "Євгенія Коваленко"),
        ("schewtschenko", "Тарас Шевченко"),
        ("mueller", "Jürgen Müller"),
        ("Мюллер", "Jürgen Müller"),
    ],
)
def test_a_registered_person_is_found_by_the_spelling_typed_at_the_door(
    qtbot: QtBot, session: Session, typed: str, wanted: str
) -> None:
    door = _door(qtbot, session)
    if typed.isascii():
        qtbot.keyClicks(door.search, typed)
    else:  # QTest types Latin-1 only; a Cyrillic keyboard inserts the text like this
        door.search.insert(typed)
    assert door.selected() is not None
    assert door.selected().person.title == wanted  # the first row, ready for Enter
    qtbot.keyClick(door.search, Qt.Key.Key_Return)
    assert door.counts.values() == (len(REGISTERED), 1, 0)  # checked in, no walk-in
    assert "Nobody on the list" not in door.feedback.text()


def test_the_full_name_ranks_above_people_sharing_one_word(qtbot: QtBot, session: Session) -> None:
    door = _door(qtbot, session)
    qtbot.keyClicks(door.search, "yulia tkachenko")
    assert door.selected() is not None and door.selected().person.title == "Юлія Ткаченко"
    assert door.model.rowCount() == 1  # Юрій Шевчук and the others do not match both words
