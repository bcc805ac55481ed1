"""The table of a record list: its columns sized once from their contents, and the first
column (names, titles) giving up width to the viewport before a horizontal scroll bar
appears (on a 1280-pixel screen in Russian the detail pane left the list too narrow, and
the city or the tags were only reachable by scrolling sideways)."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView

from pslapp.core.fields import FieldType
from pslapp.gui.labels import value_label
from pslapp.gui.models.record_table import RecordTableModel

FULL_NAME = "Aleksandra Wolkowa-Kowalczyk"  # the width a first column asks for
SHORT_NAME = "Aleksandr Wolkow"  # and the least it gives up to


class RecordTableView(QTableView):
    def __init__(self, model: RecordTableModel) -> None:
        super().__init__()
        self.setModel(model)
        metrics = self.fontMetrics()
        self._first_wanted = metrics.horizontalAdvance(FULL_NAME) + 28
        self._first_floor = metrics.horizontalAdvance(SHORT_NAME) + 28
        header = self.horizontalHeader()
        header.setStretchLastSection(False)  # fit_columns gives the last one the rest
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(metrics.horizontalAdvance("Hamburg") + 36)
        header.setMinimumSectionSize(60)
        header.resizeSection(0, self._first_wanted)
        stamp = metrics.horizontalAdvance("2026-05-01 18:30") + 28
        for column, spec in enumerate(model.columns):
            if spec.type is FieldType.DATETIME:
                header.resizeSection(column, stamp)
            elif spec.type is FieldType.ENUM and spec.enum is not None:  # "local chap…"
                widest = max(metrics.horizontalAdvance(value_label(v.value)) for v in spec.enum)
                header.resizeSection(column, min(widest + 28, 2 * header.defaultSectionSize()))
        for column in range(1, len(model.columns)):  # a title is never cut
            header.resizeSection(
                column, max(header.sectionSize(column), header.sectionSizeHint(column))
            )
        header.setHighlightSections(False)

    def fit_columns(self) -> None:
        """The first column between its floor and what it wants, the last one the rest
        (sized here: a stretched last section kept a width of its own)."""
        header = self.horizontalHeader()
        width = self.viewport().width()
        last = header.count() - 1
        if width <= 0 or last < 1:
            return
        middle = sum(header.sectionSize(c) for c in range(1, last))
        last_least = max(header.sectionSizeHint(last), header.minimumSectionSize())
        room = width - middle - last_least
        # Shrunk to its floor it still would not fit: the list scrolls sideways anyway, so
        # the names at least stay whole.
        first = self._first_wanted if room < self._first_floor else min(self._first_wanted, room)
        header.resizeSection(0, first)
        header.resizeSection(last, max(last_least, width - first - middle))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()
