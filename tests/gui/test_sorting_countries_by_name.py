"""The Chapters list shows a country by its name in the interface language, whatever was
typed or imported ("DE", "Russia", "Франция"), and a click on "Country" sorts by that
name: a German reader gets Deutschland, Frankreich, Österreich (ö as o, DIN 5007-1),
Russland; a Russian one Австрия, Германия, Россия, Франция. A value that names no country
is shown and sorted as typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui import runner
from pslapp.gui.models.record_table import RecordTableModel
from pslapp.gui.views.chapters import COLUMNS
from pslapp.services import records
from pslapp.services.vault import Vault
from tests.gui.languages import speaking

TYPED = ["DE", "Russia", "Франция", "AT", "Atlantis"]
ORDERS = {
    "de": ["Atlantis", "Deutschland", "Frankreich", "Österreich", "Russland"],
    # Cyrillic first for a Russian reader, then Latin
    "ru": ["Австрия", "Германия", "Россия", "Франция", "Atlantis"],
}
COUNTRY = COLUMNS.index("country")


@pytest.fixture(params=sorted(ORDERS))
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    yield from speaking(qapp, request.param)


def test_countries_sort_by_the_name_the_reader_sees(
    qtbot: QtBot, vault: Vault, language: str
) -> None:
    for n, country in enumerate(TYPED):
        records.create(vault, Kind.CHAPTER, {"name": f"Chapter {n}", "country": country})
    model = RecordTableModel(Kind.CHAPTER, COLUMNS)
    model.set_vault(vault)
    try:
        model.sort(COUNTRY, Qt.SortOrder.AscendingOrder)
        with qtbot.waitSignal(model.sorting_changed, check_params_cb=lambda busy: not busy):
            pass
        shown = [str(model.index(row, COUNTRY).data()) for row in range(model.rowCount())]
        assert shown == ORDERS[language]
    finally:
        runner.wait_all()
        QCoreApplication.processEvents()
        model.clear()
