"""Dates typed the local way (01.05.2026 in German and Russian, 01/05/2026 in French) or
picked from a calendar are saved as ISO dates; ISO is accepted in every language. Chapter
and country fields suggest the names the vault and CLDR know."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.forms.date_editor import DateEditor
from pslapp.gui.forms.record_form import RecordDialog
from pslapp.gui.session import Session
from pslapp.services import records
from pslapp.services.vault import Vault
from tests.gui.languages import speaking

from .conftest import unlock


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    yield from speaking(qapp, request.param)


def _event_dialog(vault: Vault) -> RecordDialog:
    return RecordDialog(Kind.EVENT, lambda v: records.create(vault, Kind.EVENT, v))


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("de", "01.05.2026 10:00"),
        ("ru", "01.05.2026 10:00"),
        ("uk", "01.05.2026 10:00"),
        ("fr", "01/05/2026 10:00"),
        ("en", "5/1/2026 10:00"),
        ("de", "2026-05-01 10:00"),
    ],
    indirect=["language"],
)
def test_an_event_start_typed_the_local_way_is_saved(
    qtbot: QtBot, vault: Vault, language: str, typed: str
) -> None:
    dialog = _event_dialog(vault)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.form.editors["title"].focus_target(), "Forum 2026")
    qtbot.keyClicks(dialog.form.editors["start"].focus_target(), typed)
    dialog.try_save()
    assert dialog.saved is not None, [e.text() for e in dialog.form.errors.values()]
    assert dialog.saved.values["start"] == "2026-05-01T10:00"


def test_a_date_is_picked_from_the_calendar(qtbot: QtBot, vault: Vault) -> None:
    dialog = _event_dialog(vault)
    qtbot.addWidget(dialog)
    start = dialog.form.editors["start"]
    assert isinstance(start, DateEditor)
    qtbot.keyClicks(start.focus_target(), "2026-05-01 18:30")
    start.calendar.clicked.emit(QDate(2026, 6, 12))  # what a click on the 12th sends
    assert start.value() == "2026-06-12T18:30"  # the time typed stays
    qtbot.keyClicks(dialog.form.editors["title"].focus_target(), "Camp")
    qtbot.keyClick(dialog.form.editors["title"].focus_target(), Qt.Key.Key_Return)
    dialog.try_save()
    assert dialog.saved is not None and dialog.saved.values["start"] == "2026-06-12T18:30"


def test_an_unreadable_date_is_refused_with_the_reason_and_nothing_saved(
    qtbot: QtBot, vault: Vault
) -> None:
    dialog = _event_dialog(vault)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.form.editors["title"].focus_target(), "Forum")
    qtbot.keyClicks(dialog.form.editors["start"].focus_target(), "31.02.2026")
    dialog.try_save()
    assert dialog.saved is None
    assert dialog.form.errors["start"].isVisibleTo(dialog)
    assert records.count(vault, Kind.EVENT) == 0


def test_chapter_and_country_fields_suggest_known_names(qtbot: QtBot, session: Session) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    records.create(vault, Kind.CHAPTER, {"name": "Köln"})
    records.create(vault, Kind.CHAPTER, {"name": "Paris"})
    dialog = window.current_view.new_record()
    assert isinstance(dialog, RecordDialog)
    chapter = dialog.form.editors["chapter"].focus_target()
    assert isinstance(chapter, QLineEdit)
    completer = chapter.completer()
    assert completer is not None
    completer.setCompletionPrefix("LN")  # what typing "LN" asks: any part, any case
    shown = completer.completionModel()
    assert [shown.index(r, 0).data() for r in range(shown.rowCount())] == ["Köln"]
    country = dialog.form.editors["country_of_origin"].focus_target()
    assert isinstance(country, QLineEdit)
    assert country.completer() is not None
    country.completer().setCompletionPrefix("ukra")
    offered = country.completer().completionModel()
    assert offered.index(0, 0).data() == "Ukraine"
    dialog.reject()
