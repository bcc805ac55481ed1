"""Countries and languages in the user's language, from CLDR: the event's statistics and a
person's details name "Russia" as "Россия" in Russian and "Russland" in German, whatever
language the value was typed in; a value that is no country stays as typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.cldr_names import country_name, language_name
from pslapp.gui.views.event_stats import EventStatsLabel
from pslapp.services import events, records
from pslapp.services.vault import Vault
from tests.gui.languages import speaking


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    yield from speaking(qapp, request.param)


@pytest.mark.parametrize(
    ("language", "russia", "ukraine"),
    [
        ("en", "Russia", "Ukraine"),
        ("ru", "Россия", "Украина"),
        ("uk", "Росія", "Україна"),
        ("de", "Russland", "Ukraine"),
        ("fr", "Russie", "Ukraine"),
    ],
    indirect=["language"],
)
def test_event_statistics_name_countries_in_the_language(
    qtbot: QtBot, vault: Vault, language: str, russia: str, ukraine: str
) -> None:
    forum = records.create(
        vault, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    )
    for name, country in (("A", "Russia"), ("B", "Россия"), ("C", "UA"), ("D", "Atlantis")):
        person = records.create(
            vault, Kind.PERSON, {"display_name": name, "country_of_origin": country}
        )
        events.attend(vault, forum.id, person.id)
    label = EventStatsLabel()
    qtbot.addWidget(label)
    label.show_stats(vault, forum.id)
    countries = label.text().splitlines()[-1]
    assert f"{russia} 2" in countries  # typed in two languages, counted together
    assert f"{ukraine} 1" in countries and "Atlantis 1" in countries


def test_language_codes_and_names_read_back_in_the_interface_language() -> None:
    assert language_name("ru", "de") == "Russisch"
    assert language_name("Ukrainian", "ru") == "украинский"
    assert language_name("Klingon-ish", "fr") == "Klingon-ish"
    assert country_name("de", "uk") == "Німеччина"
