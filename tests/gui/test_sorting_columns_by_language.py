"""Clicking a column header of the People list sorts it in the order of the app's
language, across every page the list reads as it scrolls: a German reader finds "Ärger"
beside "Arbeit" and Latin before Cyrillic; a Russian reader Cyrillic first, ё with е."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.models import record_table
from pslapp.gui.models.record_table import PAGE, RecordTableModel
from pslapp.gui.views.people import COLUMNS
from pslapp.services import records
from pslapp.services.vault import Vault

# (city, how many people live there): more than two pages of people in all
CITIES = [("Zürich", 40), ("Ärger", 40), ("Arbeit", 40), ("Москва", 40), ("Ёлкино", 40)]


def _cities_listed(model: RecordTableModel) -> list[str]:
    column = COLUMNS.index("city")
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def sort_and_wait(qtbot: QtBot, model: RecordTableModel, column: int, order: Qt.SortOrder) -> None:
    """A header click: the order is read beside the UI thread, then shown."""
    model.sort(column, order)
    if model.sorting:
        with qtbot.waitSignal(model.sorting_changed, check_params_cb=lambda busy: not busy):
            pass


def _runs(values: list[str]) -> list[str]:
    """Each value once, in the order it first appears."""
    return list(dict.fromkeys(values))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", ["Arbeit", "Ärger", "Zürich", "Ёлкино", "Москва"]),
        ("ru", ["Ёлкино", "Москва", "Arbeit", "Ärger", "Zürich"]),
    ],
)
def test_sorting_people_by_city_follows_the_app_language_across_pages(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch, language: str, expected: list[str]
) -> None:
    monkeypatch.setattr(record_table, "current_language", lambda: language)
    n = 0
    for city, people in CITIES:
        for _ in range(people):
            records.create(vault, Kind.PERSON, {"display_name": f"Person {n}", "city": city})
            n += 1
    assert n > 2 * PAGE
    model = RecordTableModel(Kind.PERSON, COLUMNS)
    model.set_vault(vault)
    sort_and_wait(qtbot, model, COLUMNS.index("city"), Qt.SortOrder.AscendingOrder)
    listed = _cities_listed(model)
    assert len(listed) == n
    assert _runs(listed) == expected
    sort_and_wait(qtbot, model, COLUMNS.index("city"), Qt.SortOrder.DescendingOrder)
    assert _runs(_cities_listed(model)) == expected[::-1]
    model.set_query("person")  # a search sorts what it finds the same way
    assert _runs(_cities_listed(model)) == expected[::-1]
    model.clear()
    assert model.rowCount() == 0
