"""Seen in the Russian screenshots: the import's list of bad rows read "Строка 5: consent:
'vielleicht' is not yes or no", the reason in English. Each language now says which
field and why, with the value as it was in the file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui import i18n
from pslapp.gui.registration_wizard.wizard import RegistrationWizard
from pslapp.gui.session import Session
from pslapp.services import records

from .conftest import unlock

CSV = (
    "Vorname;Nachname;E-Mail;Einwilligung\n"
    "Anna;Schmidt;anna@example.org;Ja\n"
    "Jürgen;Größe;juergen@example;vielleicht\n"
    "Олена;Бондар;olena@example.org;Ja;zu viel\n"
)
WORDS = {
    "ru": ("Строка 3", "vielleicht", "ни «да», ни «нет»", "Ячеек: 5"),
    "de": ("Zeile 3", "vielleicht", "weder ja noch nein", "5 Zellen"),
    "en": ("Line 3", "vielleicht", "neither yes nor no", "5 cells"),
}


@pytest.fixture(params=sorted(WORDS))
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code: str = request.param
    if code != "en" and not i18n.install(qapp, code):
        pytest.skip("translations not built (python -m pslapp.gui.i18n build)")
    yield code
    i18n.install(qapp, "en")


def test_the_bad_rows_of_a_list_are_explained_in_the_interface_language(
    qtbot: QtBot, session: Session, tmp_path: Path, language: str
) -> None:
    window = unlock(qtbot, session)
    assert session.vault is not None
    forum = records.create(
        session.vault, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    )
    path = tmp_path / "anmeldungen.csv"
    path.write_text(CSV, encoding="utf-8")
    wizard = window.open_import(forum.id)
    assert isinstance(wizard, RegistrationWizard)
    wizard.file_page.load(path)
    wizard.next()
    shown = [wizard.rows_page.bad.item(i).text() for i in range(wizard.rows_page.bad.count())]
    line, value, yes_no, cells = WORDS[language]
    assert any(line in text and value in text and yes_no in text for text in shown), shown
    assert any(cells in text for text in shown), shown
    if language != "en":
        assert not any("is not" in text or "cells, the header" in text for text in shown), shown
    wizard.reject()
