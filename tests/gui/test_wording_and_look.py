"""What the screens say and how they look in every language and palette: counted record
kinds with the language's plural forms, the language's own quotes, attendee names that
stay readable in German, check boxes that can be seen in dark mode."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.bundles.receive_dialog import item_text
from pslapp.gui.bundles.send_dialog import counts_sentence
from pslapp.gui.session import Session
from pslapp.gui.style import apply_style
from pslapp.gui.views.events import EventsView
from pslapp.services import events, records
from pslapp.services.bundles.review import ReviewItem
from tests.gui.conftest import unlock
from tests.gui.languages import speaking


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    yield from speaking(qapp, request.param)


@pytest.mark.parametrize(
    ("language", "counts", "expected"),
    [
        ("en", {"attendance": 5, "person": 1}, "1 person, 5 attendance records"),
        ("en", {"person": 2}, "2 people"),
        ("ru", {"person": 1, "attendance": 5}, "1 человек, 5 записей об участии"),
        ("ru", {"person": 2, "event": 21}, "2 человека, 21 мероприятие"),
        ("uk", {"person": 3, "tag": 11}, "3 особи, 11 міток"),
        ("de", {"person": 1, "coalition": 2}, "1 Person, 2 Bündnisse"),
        ("fr", {"person": 1, "link": 2}, "1 personne, 2 liens entre fiches"),
    ],
    indirect=["language"],
)
def test_send_summary_counts_kinds_with_the_languages_plural_forms(
    language: str, counts: dict[str, int], expected: str
) -> None:
    assert counts_sentence(counts).endswith(expected)


@pytest.mark.parametrize(
    ("language", "quoted"),
    [
        ("en", "“Jean Dupont”"),
        ("ru", "«Jean Dupont»"),
        ("de", "„Jean Dupont“"),
        ("fr", "« Jean Dupont »"),
    ],
    indirect=["language"],
)
def test_receive_list_quotes_titles_the_languages_way(language: str, quoted: str) -> None:
    item = ReviewItem(Kind.PERSON, "p1", "Jean Dupont", "created", (), ())
    assert item_text(item).endswith(quoted)


@pytest.mark.parametrize("language", ["de", "ru"], indirect=True)
def test_attendee_names_are_not_cut_by_status_and_role(
    qtbot: QtBot, language: str, session: Session
) -> None:
    window = unlock(qtbot, session)
    window.resize(1280, 800)
    vault = session.vault
    forum = records.create(
        vault, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    )
    person = records.create(vault, Kind.PERSON, {"display_name": "Alena Petraschewitsch"})
    events.attend(vault, forum.id, person.id, role="organiser", status="registered")
    window.sidebar.setCurrentRow(4)
    view = window.current_view
    assert isinstance(view, EventsView)
    view.reload(forum.id)
    table = view.attendees.table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    table.fit_columns()
    assert table.columnWidth(0) >= table.sizeHintForColumn(0)


@pytest.mark.parametrize("dark", [False, True])
def test_every_style_token_is_filled_and_the_check_mark_exists(
    qapp: QApplication, dark: bool
) -> None:
    apply_style(qapp, dark=dark)
    sheet = re.sub(r"/\*.*?\*/", "", qapp.styleSheet(), flags=re.DOTALL)
    assert re.search(r"@[a-z]", sheet) is None
    assert "QCheckBox::indicator" in sheet and "QAbstractItemView::indicator" in sheet
    for image in re.findall(r'url\("([^"]+)"\)', sheet):
        assert Path(image).is_file()
