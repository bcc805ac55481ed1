"""A click on "Kind" in the Organisations list sorts by the kind the reader sees, not by the
code the vault stores: a German reader gets "Gewerkschaft, Initiative, Kollektiv ...", a
Russian one "другое, инициатива, коллектив ...", across every page of the list. A kind this
version has no word for (a vault last written by a newer version) comes after the known
ones, either way round.

The expected orders are written from the labels as the translations spell them and from
the alphabets (DIN 5007-1 for German, the Russian alphabet), not from ICU; in code order
(collective, human_rights, initiative, media, ngo, other, party, student_group, union)
neither would be alphabetical."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind, OrgKind
from pslapp.gui import runner
from pslapp.gui.models.record_table import PAGE, RecordTableModel
from pslapp.gui.views.organisations import COLUMNS
from pslapp.services import records
from pslapp.services.vault import Vault
from pslapp.storage.tables import RECORD_TABLES
from tests.gui.languages import speaking

EACH = 20  # organisations of every kind: more than two pages in all
UNKNOWN = "cooperative"  # not a kind this version knows
KIND = COLUMNS.index("kind")

ORDERS = {
    # Gewerkschaft, Initiative, Kollektiv, Medien, Menschenrechtsgruppe (e < n), NGO,
    # Partei, sonstiges, Studierendengruppe (o < t): case does not count.
    "de": [
        "Gewerkschaft",
        "Initiative",
        "Kollektiv",
        "Medien",
        "Menschenrechtsgruppe",
        "NGO",
        "Partei",
        "sonstiges",
        "Studierendengruppe",
    ],
    # д и к н п(а) п(ра) п(ро) с(м) с(т)
    "ru": [
        "другое",
        "инициатива",
        "коллектив",
        "НКО",
        "партия",
        "правозащитная группа",
        "профсоюз",
        "СМИ",
        "студенческая группа",
    ],
}


@pytest.fixture(params=sorted(ORDERS))
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    yield from speaking(qapp, request.param)


def _organisations(vault: Vault) -> None:
    rows = [
        {"name": f"Org {kind.value} {n}", "kind": kind.value}
        for kind in OrgKind
        for n in range(EACH)
    ]
    records.create_many(vault, Kind.ORGANISATION, rows)
    table = RECORD_TABLES[Kind.ORGANISATION].name
    with vault.write() as conn:  # as a newer version would have stored it
        conn.exec_driver_sql(
            f"UPDATE {table} SET kind = ? WHERE name IN (?, ?)",
            (UNKNOWN, "Org party 3", "Org union 7"),
        )


def _sort(qtbot: QtBot, model: RecordTableModel, order: Qt.SortOrder) -> list[str]:
    model.sort(KIND, order)
    assert model.sorting  # read beside the UI thread, as a text column is
    with qtbot.waitSignal(model.sorting_changed, check_params_cb=lambda busy: not busy):
        pass
    return [str(model.index(row, KIND).data()) for row in range(model.rowCount())]


def _runs(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def test_kinds_sort_by_the_word_the_reader_sees_unknown_ones_last(
    qtbot: QtBot, vault: Vault, language: str
) -> None:
    _organisations(vault)
    model = RecordTableModel(Kind.ORGANISATION, COLUMNS)
    model.set_vault(vault)
    assert model.rowCount() > 2 * PAGE
    try:
        ascending = _sort(qtbot, model, Qt.SortOrder.AscendingOrder)
        assert _runs(ascending) == [*ORDERS[language], UNKNOWN]
        assert ascending.count(UNKNOWN) == 2
        descending = _sort(qtbot, model, Qt.SortOrder.DescendingOrder)
        assert _runs(descending) == [*ORDERS[language][::-1], UNKNOWN]
        model.set_query("org")  # a search is listed in the same order
        assert _runs([str(model.index(r, KIND).data()) for r in range(model.rowCount())]) == [
            *ORDERS[language][::-1],
            UNKNOWN,
        ]
    finally:
        runner.wait_all()
        QCoreApplication.processEvents()
        model.clear()
