"""A table over one kind of record that stays fast at 100 000 rows: it counts once per
query and reads rows in pages as they scroll into view, keeping a few pages cached."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from pslapp.core.collation import order_for
from pslapp.core.enums import Kind
from pslapp.core.fields import Field, field_of
from pslapp.core.record import Record
from pslapp.gui.i18n import current as current_language
from pslapp.gui.labels import field_label
from pslapp.gui.models.display import display_text
from pslapp.services import records
from pslapp.services.vault import Vault

PAGE = 64  # a screenful or two: each search decodes the first page anew
CACHED_PAGES = 40
ID_ROLE = Qt.ItemDataRole.UserRole
RAW_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
# Up to this many matches a search lists them best first (the rank is computed for every
# match on every page read); beyond, a query that broad lists them in name order.
RANKED_AT_MOST = 500


class RecordTableModel(QAbstractTableModel):
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
        # Ordered by a text column other than the title: the records' pks in the reader's
        # collation, read once per reload (pages are read by pk from it).
        self._ordered: list[int] | None = None

    # What is listed

    def set_vault(self, vault: Vault | None) -> None:
        self._vault = vault
        self.reload()

    def set_query(self, text: str) -> None:
        query = text.strip() or None
        if query != self._query:
            self._query = query
            self.reload()

    @property
    def query(self) -> str | None:
        return self._query

    def set_where(self, where: dict[str, Any] | None) -> None:
        self._where = where
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._rows = 0
        self._ordered = None
        if self._vault is not None and not self._vault.is_locked:
            if self._order_by and records.sorts_by_collation(self.kind, self._order_by):
                self._ordered = records.ordered_pks(
                    self._vault,
                    self.kind,
                    self._order_by,
                    order_for(current_language()),
                    query=self._query,
                    where=self._where,
                    descending=self._descending,
                )
                self._rows = len(self._ordered)
            else:
                self._rows = records.count(
                    self._vault, self.kind, query=self._query, where=self._where
                )
        self.endResetModel()

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
                order_by=self._order_by,
                descending=self._descending,
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
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return field_label(self.columns[section].name)
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
        self._order_by = self.columns[column].name
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
