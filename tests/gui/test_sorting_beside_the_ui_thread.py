"""A click on the "City" header of a long People list works the order out beside the UI
thread (about 0.3 s at 100 000 people): the window does not freeze. Until the order
arrives the list shows the rows it had, still scrollable and selectable, the header says
it is sorting and the cursor is the busy one; the person selected stays selected when
the order arrives; a second click wins over the first, a search typed meanwhile is kept,
and locking drops the order being read. A search that matches many people in a list
sorted by city lists them by name at once and sorts them the same way.

A result crosses back to the UI thread as a queued signal, delivered only when the event
loop runs: right after a click, before any wait, the order cannot have arrived yet, so
what these tests see at that moment is what the user sees while it is being read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui import runner
from pslapp.gui.clipboard import SecretClipboard
from pslapp.gui.models import record_table
from pslapp.gui.models.record_table import RecordTableModel
from pslapp.gui.models.tag_palette import TagPalette
from pslapp.gui.views.people import COLUMNS, PeopleView
from pslapp.services import records
from pslapp.services.vault import Vault, open_vault

from .conftest import PASSPHRASE, make_session, unlock

FIRST_NAMES = ["Anna", "Boris", "Clara", "Dmytro", "Elena", "Fedir", "Gisela", "Hanna"]
CITIES = ["Zürich", "Köln", "Berlin", "Aachen", "Dresden", "Minsk", "Odesa", "Lviv"]
PEOPLE = 1_200  # many pages (64 rows each), and still quick to make
CITY = COLUMNS.index("city")
ALIAS = COLUMNS.index("alias")


def _make_people(vault: Vault) -> None:
    records.create_many(
        vault,
        Kind.PERSON,
        (
            {
                "display_name": f"{FIRST_NAMES[n % 8]} Person{n:04d}",
                "alias": f"alias {(n * 7919) % PEOPLE:04d}",
                "city": CITIES[(n * 5) % 8],
            }
            for n in range(PEOPLE)
        ),
    )


@pytest.fixture
def people(qtbot: QtBot, vault: Vault) -> Iterator[PeopleView]:
    _make_people(vault)
    view = PeopleView(TagPalette(), SecretClipboard())
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.set_vault(vault)
    view.show()
    yield view
    runner.wait_all()
    QCoreApplication.processEvents()
    view.clear()


def _click_header(qtbot: QtBot, view: PeopleView, column: int) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def _column(model: RecordTableModel, column: int) -> list[str]:
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def _runs(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _sorted_now(qtbot: QtBot, model: RecordTableModel) -> None:
    """Wait until the order asked for is shown, then until every read has finished and
    been delivered (a dropped one included)."""
    if model.sorting:
        with qtbot.waitSignal(model.sorting_changed, check_params_cb=lambda busy: not busy):
            pass
    runner.wait_all()
    QCoreApplication.processEvents()


def test_clicking_city_keeps_the_list_usable_and_says_it_is_sorting(
    qtbot: QtBot, people: PeopleView
) -> None:
    model = people.model
    names_before = _column(model, 0)[:5]
    _click_header(qtbot, people, CITY)

    assert model.sorting
    header_text = model.headerData(CITY, Qt.Orientation.Horizontal)
    assert header_text == "City (sorting…)"
    cursor = QGuiApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.BusyCursor
    # The rows shown are still there, in their order: readable far down, selectable.
    assert model.rowCount() == PEOPLE
    assert _column(model, 0)[:5] == names_before
    people.table.scrollToBottom()
    assert model.index(PEOPLE - 1, 0).data()
    people.table.selectRow(3)
    assert people.detail.record is not None
    assert people.detail.record.values["display_name"] == names_before[3]
    chosen = people.current_id()

    _sorted_now(qtbot, model)
    assert not model.sorting
    assert model.headerData(CITY, Qt.Orientation.Horizontal) == "City"
    assert QGuiApplication.overrideCursor() is None
    order = people.table.horizontalHeader().sortIndicatorOrder()
    expected = sorted(CITIES, reverse=order == Qt.SortOrder.DescendingOrder)
    assert _runs(_column(model, CITY)) == expected
    assert model.rowCount() == PEOPLE
    # The person chosen while it sorted is still the one selected, on their new row.
    assert people.current_id() == chosen
    assert people.table.selectionModel().selectedRows()[0].row() != 3
    assert people.detail.record is not None and people.detail.record.id == chosen


def test_a_second_click_before_the_first_has_finished_wins(
    qtbot: QtBot, people: PeopleView
) -> None:
    model = people.model
    people.table.sortByColumn(CITY, Qt.SortOrder.AscendingOrder)
    people.table.sortByColumn(ALIAS, Qt.SortOrder.DescendingOrder)
    assert model.sorting
    assert model.headerData(ALIAS, Qt.Orientation.Horizontal) == "Alias (sorting…)"
    assert model.headerData(CITY, Qt.Orientation.Horizontal) == "City"

    _sorted_now(qtbot, model)  # the city order arrives too, and is dropped
    aliases = _column(model, ALIAS)
    assert aliases == sorted(aliases, reverse=True)
    assert len(set(aliases)) == PEOPLE


def test_a_click_on_the_name_after_one_on_the_city_lists_by_name(
    qtbot: QtBot, people: PeopleView
) -> None:
    """The name order is paged from stored keys and shown at once; the city order still
    being read is dropped when it arrives."""
    model = people.model
    people.table.sortByColumn(CITY, Qt.SortOrder.AscendingOrder)
    people.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert not model.sorting
    assert QGuiApplication.overrideCursor() is None

    _sorted_now(qtbot, model)
    names = _column(model, 0)
    assert names == sorted(names, reverse=True)


def test_a_search_typed_while_sorting_is_kept_and_sorted_too(
    qtbot: QtBot, people: PeopleView
) -> None:
    model = people.model
    people.table.sortByColumn(CITY, Qt.SortOrder.AscendingOrder)
    people.set_query("hanna")
    # The search applies at once, in the order shown until now ...
    hannas = PEOPLE // 8
    assert model.rowCount() == hannas
    assert all(name.startswith("Hanna ") for name in _column(model, 0))
    assert model.sorting

    # ... and the order clicked follows, for what the search found.
    _sorted_now(qtbot, model)
    assert model.query == "hanna"
    assert model.rowCount() == hannas
    assert all(name.startswith("Hanna ") for name in _column(model, 0))
    cities = _column(model, CITY)
    assert cities == sorted(cities)


def test_locking_while_sorting_drops_the_order_and_the_busy_cursor(
    qtbot: QtBot, existing_vault: Path
) -> None:
    vault = open_vault(existing_vault, PASSPHRASE)
    _make_people(vault)
    vault.lock()
    session = make_session(existing_vault)
    try:
        window = unlock(qtbot, session)
        view = window.view_of(PeopleView)
        assert isinstance(view, PeopleView)
        model = view.model
        assert model.rowCount() == PEOPLE
        view.table.sortByColumn(CITY, Qt.SortOrder.AscendingOrder)
        assert model.sorting

        session.lock()  # stops the runner's work, then clears every view
        assert session.vault is None
        assert not model.sorting
        assert QGuiApplication.overrideCursor() is None
        QCoreApplication.processEvents()
        assert model.rowCount() == 0
    finally:
        runner.wait_all()
        session.shutdown()


def _sorted_by_city(qtbot: QtBot, view: PeopleView) -> RecordTableModel:
    view.table.sortByColumn(CITY, Qt.SortOrder.AscendingOrder)
    _sorted_now(qtbot, view.model)
    assert _runs(_column(view.model, CITY)) == sorted(CITIES)
    return view.model


def test_a_search_matching_many_in_a_list_sorted_by_city_lists_them_by_name_first(
    qtbot: QtBot, people: PeopleView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 100 000 people a first letter matches a third of the vault, whose order by
    city takes about 0.1 s to work out: typed, the matches are there at once (by name)
    and the list says it is sorting; the city order follows, the search and the person
    chosen meanwhile kept."""
    monkeypatch.setattr(record_table, "SORTED_AT_ONCE", 100)  # 1 200 people here
    model = _sorted_by_city(qtbot, people)

    people.set_query("person")  # every one of them
    assert model.rowCount() == PEOPLE
    assert model.sorting
    assert model.headerData(CITY, Qt.Orientation.Horizontal) == "City (sorting…)"
    # wider than the column sized for "City": left-aligned, so that it is cut at its end
    alignment = model.headerData(CITY, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignLeft
    names = _column(model, 0)
    assert names == sorted(names)  # by name, until the city order arrives
    people.table.selectRow(2)
    chosen = people.current_id()
    assert chosen is not None

    _sorted_now(qtbot, model)
    assert model.query == "person"
    assert model.rowCount() == PEOPLE
    assert _runs(_column(model, CITY)) == sorted(CITIES)
    assert model.headerData(CITY, Qt.Orientation.Horizontal) == "City"
    assert (
        model.headerData(CITY, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) is None
    )
    assert QGuiApplication.overrideCursor() is None
    assert people.current_id() == chosen


def test_a_search_matching_few_in_a_list_sorted_by_city_is_sorted_as_typed(
    qtbot: QtBot, people: PeopleView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(record_table, "SORTED_AT_ONCE", 200)
    model = _sorted_by_city(qtbot, people)

    people.set_query("hanna")  # 150 of them
    assert not model.sorting
    assert model.rowCount() == PEOPLE // 8
    cities = _column(model, CITY)
    assert cities == sorted(cities)


def test_typing_on_while_many_matches_are_sorted_shows_the_last_search_sorted(
    qtbot: QtBot, people: PeopleView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The order read for the first keystrokes' many matches is dropped when it arrives:
    the search typed since, with few matches, was sorted as it was typed."""
    monkeypatch.setattr(record_table, "SORTED_AT_ONCE", 200)
    model = _sorted_by_city(qtbot, people)

    people.set_query("person")
    assert model.sorting
    people.set_query("hanna")
    assert not model.sorting
    assert model.headerData(CITY, Qt.Orientation.Horizontal) == "City"
    hannas = _column(model, 0)
    assert len(hannas) == PEOPLE // 8
    assert all(name.startswith("Hanna ") for name in hannas)

    _sorted_now(qtbot, model)
    assert _column(model, 0) == hannas
    cities = _column(model, CITY)
    assert cities == sorted(cities)


def test_locking_right_after_a_search_matching_many_reads_nothing_after_it(
    qtbot: QtBot, people: PeopleView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The order of many matches is read once the matches are painted; a lock before
    that (the views cleared) leaves nothing to read it from and nothing to show."""
    monkeypatch.setattr(record_table, "SORTED_AT_ONCE", 100)
    model = _sorted_by_city(qtbot, people)
    started: list[object] = []
    monkeypatch.setattr(runner, "run", lambda *args, **kwargs: started.append(args))

    people.set_query("person")
    assert model.sorting
    people.clear()
    QCoreApplication.processEvents()
    assert started == []
    assert not model.sorting
    assert model.rowCount() == 0
    assert QGuiApplication.overrideCursor() is None


def test_clearing_a_search_in_a_list_sorted_by_city_lists_everyone_then_sorts(
    qtbot: QtBot, people: PeopleView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(record_table, "SORTED_AT_ONCE", 200)
    model = _sorted_by_city(qtbot, people)
    people.set_query("hanna")
    assert not model.sorting

    people.set_query("")  # everyone again: more than are sorted as typed
    assert model.rowCount() == PEOPLE
    assert model.sorting
    _sorted_now(qtbot, model)
    assert model.query is None
    assert _runs(_column(model, CITY)) == sorted(CITIES)


def test_a_reload_after_a_save_in_a_list_sorted_by_city_is_in_order_when_it_returns(
    qtbot: QtBot, people: PeopleView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A view selects the record it saved right after reloading: the rows are read in
    the order shown before the reload returns, however many."""
    monkeypatch.setattr(record_table, "SORTED_AT_ONCE", 100)
    model = _sorted_by_city(qtbot, people)
    model.reload()
    assert not model.sorting
    assert _runs(_column(model, CITY)) == sorted(CITIES)
