"""A table over one kind of record that stays fast at 100 000 rows: it counts once per
query and reads rows in pages as they scroll into view, keeping a few pages cached.

A list ordered by a column other than its title keeps the records' pks in that order
(a text column in the reader's collation, an enum column by its labels) and reads its
pages by pk. Working that order out takes about 0.1 s at 100 000 people, so a click on
such a header reads it off the UI thread (gui/runner.py): the rows shown stay as they
were, scrollable and selectable, the header says the list is being sorted, and the
order arrives as a layout change (the selection follows its record), unless something
newer asked for another order or other rows first (a second click, a search typed
meanwhile, a reload, the lock): then it is dropped. A search in such a list that
matches more than `SORTED_AT_ONCE` records lists its matches by title at once and reads
their order the same way. Everything else (a narrower search, a reload) reads on the UI
thread, as the views expect the rows to be there when it returns."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication

from pslapp.core.collation import order_for
from pslapp.core.enums import Kind
from pslapp.core.fields import TITLE_FIELD, Field, field_of
from pslapp.core.record import Record
from pslapp.gui import runner
from pslapp.gui.i18n import current as current_language
from pslapp.gui.labels import field_label
from pslapp.gui.models.display import display_text
from pslapp.gui.models.label_order import label_ranks, names_shown
from pslapp.services import records
from pslapp.services.vault import Vault

log = logging.getLogger(__name__)

PAGE = 64  # a screenful or two: each search decodes the first page anew
CACHED_PAGES = 40
ID_ROLE = Qt.ItemDataRole.UserRole
RAW_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
# Up to this many matches a search lists them best first (the rank is computed for every
# match on every page read); beyond, a query that broad lists them in name order.
RANKED_AT_MOST = 500
# A search in a list sorted by a text or enum column orders its matches in Python, a few
# microseconds each: up to this many on the UI thread as it is typed (a few ms), more
# listed by title at once and ordered beside it (a first letter matches a third of a
# vault: about 0.1 s at 100 000 people).
SORTED_AT_ONCE = 2_000


def _position(pks: list[int], pk: int | None) -> int:
    """Where `pk` is in `pks`, or -1 (a few lookups after a sort: no index of 100 000)."""
    try:
        return pks.index(pk) if pk is not None else -1
    except ValueError:
        return -1


class RecordTableModel(QAbstractTableModel):
    # True when a header click starts reading an order off the UI thread, False when that
    # order is shown, dropped (superseded) or failed.
    sorting_changed = Signal(bool)

    def __init__(self, kind: Kind, columns: list[str]) -> None:
        super().__init__()
        self.kind = kind
        self.columns: list[Field] = [field_of(kind, name) for name in columns]
        self._vault: Vault | None = None
        self._query: str | None = None
        self._where: dict[str, Any] | None = None
        self._order_by: str | None = columns[0]
        self._descending = False
        self._rows = 0
        self._pages: OrderedDict[int, list[Record]] = OrderedDict()
        # Ordered by a column other than the title: the records' pks in that order, read
        # once per reload (pages are read by pk from it).
        self._ordered: list[int] | None = None
        # Listed by title while the order shown is read beside the UI thread (a search
        # with many matches in a list sorted by a text or enum column).
        self._by_title = False
        # A header click whose order is being read off the UI thread: (column, descending)
        # and the token its result must still carry to be shown.
        self._asked: tuple[str, bool] | None = None
        self._token: object | None = None
        self._cursor_set = False

    # What is listed

    def set_vault(self, vault: Vault | None) -> None:
        self._vault = vault
        self.reload()

    def set_query(self, text: str) -> None:
        query = text.strip() or None
        if query != self._query:
            self._query = query
            self._reload(searched=True)

    @property
    def query(self) -> str | None:
        return self._query

    def set_where(self, where: dict[str, Any] | None) -> None:
        self._where = where
        self.reload()

    def reload(self) -> None:
        """Read the rows again, on this thread, in the order shown. An order still being
        read for a header click is read again for the rows now listed (the click still
        wins; its earlier result, for other rows, is dropped)."""
        self._reload(searched=False)

    def _reload(self, *, searched: bool) -> None:
        """`reload`; after a search typed or cleared (`searched`), many matches in an
        order worked out in Python are listed by title and ordered beside the UI thread
        (a view reloaded after a save selects its record right after: it reads in the
        order shown)."""
        if self._asked == (self._order_by, self._descending):
            self._stop_sorting()  # the order shown, being read for other rows: read anew
        read, vault = self._order_reader(), self._vault
        if read is not None and vault is not None and searched:
            matches = records.count(vault, self.kind, query=self._query, where=self._where)
            if matches > SORTED_AT_ONCE:
                self._show(None, rows=matches, by_title=True)
                column, descending = self._asked or (self._order_by, self._descending)
                again = self._order_reader(column, descending)
                assert column is not None  # as `read` was made
                assert again is not None
                self._sort_in_background(column, descending, again, after_paint=True)
                return
        self._show(read() if read is not None else None)
        if self._asked is not None:
            again = self._order_reader(*self._asked)
            if again is None:  # the vault is gone (locked)
                self._stop_sorting()
            else:
                self._sort_in_background(*self._asked, again)

    def _show(
        self, ordered: list[int] | None, *, rows: int | None = None, by_title: bool = False
    ) -> None:
        """The rows in the order `ordered` (pks), else paged in SQL (by title with
        `by_title`), `rows` of them when already counted."""
        self.beginResetModel()
        self._pages.clear()
        self._ordered = ordered
        self._by_title = by_title
        if ordered is not None:
            self._rows = len(ordered)
        elif rows is not None:
            self._rows = rows
        elif self._vault is not None and not self._vault.is_locked:
            self._rows = records.count(self._vault, self.kind, query=self._query, where=self._where)
        else:
            self._rows = 0
        self.endResetModel()

    def _order_reader(
        self, column: str | None = None, descending: bool | None = None
    ) -> Callable[[], list[int]] | None:
        """The read that lists this list's pks in the order of `column` (default: the
        order shown), when that order is not paged in SQL: a text column in the reader's
        collation, an enum column by its labels. None for the title (stored keys), the
        other columns (code point, dates), and without an open vault. Made here, on the
        UI thread (the labels are translated here); it runs on any thread."""
        vault, kind = self._vault, self.kind
        column = column if column is not None else self._order_by
        descending = self._descending if descending is None else descending
        if vault is None or vault.is_locked or column is None:
            return None
        query, where = self._query, self._where
        if records.sorts_by_collation(kind, column):
            language = current_language()
            order, shown = order_for(language), names_shown(column, language)
            return lambda: records.ordered_pks(
                vault,
                kind,
                column,
                order,
                query=query,
                where=where,
                descending=descending,
                shown=shown,
            )
        if records.sorts_by_label(kind, column):
            ranks = label_ranks(field_of(kind, column), current_language())
            return lambda: records.pks_by_label(
                vault, kind, column, ranks, query=query, where=where, descending=descending
            )
        return None

    @property
    def sorting(self) -> bool:
        """Whether a header click's order is being read (the rows shown are the old order)."""
        return self._asked is not None

    def _sort_in_background(
        self, column: str, descending: bool, read: Callable[[], Any], *, after_paint: bool = False
    ) -> None:
        """Read the order of `column` beside the UI thread (`after_paint`: once the rows
        just listed are painted, so that the read does not slow their first screenful)."""
        was_sorting = self.sorting
        token = self._token = object()
        self._asked = (column, descending)

        def start() -> None:
            if token is self._token:  # not overtaken before it began
                runner.run(
                    lambda _job: read(),
                    on_done=lambda pks: self._sorted(token, pks),
                    on_error=lambda exc: self._sort_failed(token, exc),
                )

        if after_paint:
            QTimer.singleShot(0, self, start)  # posted paint events come before timers
        else:
            start()
        self._sorting_shown(True)
        if not was_sorting:
            self.sorting_changed.emit(True)

    def _sorted(self, token: object, pks: list[int]) -> None:
        if token is not self._token or self._asked is None:
            return  # superseded meanwhile: a newer click, search or reload decided
        asked = self._asked
        self._stop_sorting()
        if len(pks) == self._rows and self._vault is not None:
            self._reorder(pks, asked)
        else:  # the vault changed between the two reads: show what the order holds
            self._order_by, self._descending = asked
            self._show(pks)

    def _reorder(self, pks: list[int], asked: tuple[str, bool]) -> None:
        """The same rows in the order `pks`, as a layout change, so that the selection
        (made before or during the sort) and the current row follow their records."""
        assert self._vault is not None
        self.layoutAboutToBeChanged.emit()
        held = self.persistentIndexList()
        ids = {}
        for row in {index.row() for index in held}:
            record = self.record_at(row)  # in the order still shown
            if record is not None:
                ids[row] = record.id
        pk_of = records.pks_of(self._vault, self.kind, ids.values()) if ids else {}
        moved = {row: _position(pks, pk_of.get(record_id)) for row, record_id in ids.items()}
        self._order_by, self._descending = asked
        self._ordered = pks
        self._by_title = False
        self._pages.clear()
        self.changePersistentIndexList(
            held,
            [
                self.index(moved[i.row()], i.column())
                if moved.get(i.row(), -1) >= 0
                else QModelIndex()
                for i in held
            ],
        )
        self.layoutChanged.emit()

    def _sort_failed(self, token: object, exc: Exception) -> None:
        if token is not self._token:
            return
        log.warning("list: the order asked for was not read (%s)", type(exc).__name__)
        self._stop_sorting()

    def _stop_sorting(self) -> None:
        """Forget the order being read (its result will be dropped)."""
        self._token = None
        if self._asked is None:
            return
        self._asked = None
        self._sorting_shown(False)
        self.sorting_changed.emit(False)

    def _sorting_shown(self, busy: bool) -> None:
        """The busy cursor (the app can still be used) while an order is read, and the
        header of the column being sorted says so."""
        app = QGuiApplication.instance()
        if busy and not self._cursor_set and app is not None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor_set = True
        elif not busy and self._cursor_set:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_set = False
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def clear(self) -> None:
        """Forget the vault and every row read from it (on lock)."""
        self.set_vault(None)

    def record_at(self, row: int) -> Record | None:
        if not 0 <= row < self._rows or self._vault is None:
            return None
        number, offset = divmod(row, PAGE)
        page = self._pages.get(number)
        if page is None and self._ordered is not None:
            pks = self._ordered[number * PAGE : (number + 1) * PAGE]
            page = self._pages[number] = records.page_of_pks(self._vault, self.kind, pks)
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        elif page is None:
            page = records.page(
                self._vault,
                self.kind,
                offset=number * PAGE,
                limit=PAGE,
                query=self._query,
                order_by=TITLE_FIELD[self.kind] if self._by_title else self._order_by,
                descending=self._descending and not self._by_title,
                where=self._where,
                names_in=order_for(current_language()),
                ranked=self._ranked(),
            )
            self._pages[number] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def row_of(self, record_id: str) -> int:
        """The row of a record among the cached pages, or -1."""
        for number, page in self._pages.items():
            for offset, record in enumerate(page):
                if record.id == record_id:
                    return number * PAGE + offset
        return -1

    # QAbstractTableModel

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.record_at(index.row())
        if record is None:
            return None
        spec = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(spec, record.values.get(spec.name))
        if role == ID_ROLE:
            return record.id
        if role == RAW_ROLE:
            return record.values.get(spec.name)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        name = self.columns[section].name
        sorting = self._asked is not None and self._asked[0] == name
        if role == Qt.ItemDataRole.DisplayRole:
            if sorting:
                text = QCoreApplication.translate("RecordTable", "%1 (sorting…)")
                return text.replace("%1", field_label(name))
            return field_label(name)
        if role == Qt.ItemDataRole.TextAlignmentRole and sorting:
            # wider than the column made for its name: cut at the end, the name whole
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def _ranked(self) -> bool:
        """With a search, the best matches first, when the list is in its usual order (by
        title, ascending) and the matches are few enough to rank on every page."""
        return (
            self._query is not None
            and self._rows <= RANKED_AT_MOST
            and not self._descending
            and self._order_by == self.columns[0].name
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        name = self.columns[column].name
        descending = order == Qt.SortOrder.DescendingOrder
        read = self._order_reader(name, descending)
        if read is None:  # paged in SQL: the first page is as quick as a count
            self._stop_sorting()
            self._order_by, self._descending = name, descending
            self.reload()
            return
        self._sort_in_background(name, descending, read)
