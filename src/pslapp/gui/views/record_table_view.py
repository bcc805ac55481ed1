"""The table of a record list: its columns sized once from their contents, fitted to the
width it is given without a horizontal scroll bar while that can be done (on a 1280-pixel
screen in Russian the detail pane left the list too narrow, and the city or the tags were
only reachable by scrolling sideways), and the names given the room left over."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView

from pslapp.core.enums import Kind
from pslapp.core.fields import FieldType
from pslapp.gui.labels import value_label
from pslapp.gui.models.record_table import RecordTableModel

FULL_NAME = "Aleksandra Wolkowa-Kowalczyk"  # the width a first column asks for
SHORT_NAME = "Aleksandr Wolkow"  # and the least it gives up to
MEASURED_ROWS = 64  # the rows whose names set the first column's width: a page, as read
PADDING = 28  # a cell's padding and a little air, beside its text


class RecordTableView(QTableView):
    natural_width_changed = Signal()  # the rows listed now ask for other widths

    def __init__(self, model: RecordTableModel) -> None:
        super().__init__()
        self.setModel(model)
        metrics = self.fontMetrics()
        self._first_wanted = metrics.horizontalAdvance(FULL_NAME) + PADDING
        self._first_floor = metrics.horizontalAdvance(SHORT_NAME) + PADDING
        header = self.horizontalHeader()
        header.setStretchLastSection(False)  # fit_columns gives the last one the rest
        # "City (sorting…)" in a column sized for "City": its start stays readable
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(metrics.horizontalAdvance("Hamburg") + 36)
        header.setMinimumSectionSize(60)
        header.resizeSection(0, self._first_wanted)
        stamp = metrics.horizontalAdvance("2026-05-01 18:30") + PADDING
        for column, spec in enumerate(model.columns):
            if spec.type is FieldType.DATETIME:
                header.resizeSection(column, stamp)
            elif spec.type is FieldType.DATE:
                header.resizeSection(column, metrics.horizontalAdvance("2026-05-01") + PADDING)
            elif spec.type is FieldType.ENUM and spec.enum is not None:  # "local chap…"
                widest = max(metrics.horizontalAdvance(value_label(v.value)) for v in spec.enum)
                header.resizeSection(column, min(widest + PADDING, 2 * header.defaultSectionSize()))
        for column in range(1, len(model.columns)):  # a title is never cut
            header.resizeSection(
                column, max(header.sectionSize(column), header.sectionSizeHint(column))
            )
        header.setHighlightSections(False)
        self._wanted = [header.sectionSize(c) for c in range(header.count())]
        self._floors = [self._floor(c, spec.type) for c, spec in enumerate(model.columns)]
        self._enums = [c for c, s in enumerate(model.columns) if s.type is FieldType.ENUM]
        # organisation names and event titles run long; a person's rarely does, and one
        # such among the first rows made the names greedy while chapters and tags were cut
        self._titles_measured = model.kind is not Kind.PERSON
        model.modelReset.connect(self._measure)
        model.layoutChanged.connect(self._measure)

    def _longest(self, column: int) -> int:
        """The widest text of `column` among the first rows."""
        model = self.model()
        metrics = self.fontMetrics()
        return max(
            (
                metrics.horizontalAdvance(str(model.data(model.index(row, column)) or ""))
                for row in range(min(model.rowCount(), MEASURED_ROWS))
            ),
            default=0,
        )

    def _measure(self) -> None:
        """From the rows listed now: the first column asks for its longest title ("Initiative
        Solidarität ohne Grenzen Köln" was cut before its kind), up to twice a long
        personal name and never less than one; a kind column, as wide as its longest value
        could be, gives up width down to the longest one listed ("demonstration", not
        "strike support" that none of the first rows is)."""
        before = (self._wanted[0], [self._floors[c] for c in self._enums])
        if self._titles_measured:
            longest = self._longest(0) + PADDING
            self._wanted[0] = min(max(self._first_wanted, longest), 2 * self._first_wanted)
        header = self.horizontalHeader()
        for column in self._enums:
            listed = max(self._longest(column) + PADDING, header.sectionSizeHint(column))
            self._floors[column] = min(self._wanted[column], listed)
        if (self._wanted[0], [self._floors[c] for c in self._enums]) != before:
            self.fit_columns()
            self.natural_width_changed.emit()

    def _floor(self, column: int, kind: FieldType) -> int:
        """The least a column gives up to: a name down to a short two-part one, a date never,
        a kind to its longest value listed (`_measure`), any other text down to its
        heading."""
        if column == 0:
            return self._first_floor
        if kind in (FieldType.ENUM, FieldType.DATE, FieldType.DATETIME):
            return self._wanted[column]
        header = self.horizontalHeader()
        return min(self._wanted[column], max(header.sectionSizeHint(column), 60))

    def _shown(self) -> list[int]:
        return [c for c in range(len(self._wanted)) if not self.isColumnHidden(c)]

    def _outside(self) -> int:
        """Frame and vertical scroll bar, beside the columns."""
        return 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()

    def natural_width(self) -> int:
        """What the list needs with every column at the width it asks for."""
        return sum(self._wanted[c] for c in self._shown()) + self._outside()

    def least_width(self) -> int:
        """Below this the list scrolls sideways."""
        return sum(self._floors[c] for c in self._shown()) + self._outside()

    def fit_columns(self) -> None:
        """Every column at the width it asks for when there is room, the names taking what
        is left (a long German organisation name reads whole). When there is not: free-text
        columns give up width first (down to their heading) and kinds (down to the longest
        listed), then the names (down to a short two-part one); dates never. If even that
        does not fit, the list scrolls sideways with the names whole."""
        header = self.horizontalHeader()
        width = self.viewport().width()
        shown = self._shown()
        if width <= 0 or len(shown) < 2:
            return
        sizes = {c: self._wanted[c] for c in shown}
        excess = sum(sizes.values()) - width
        if sum(self._floors[c] for c in shown) <= width:
            for column in [c for c in reversed(shown) if c != 0] + [c for c in shown if c == 0]:
                if excess <= 0:
                    break
                give = min(excess, sizes[column] - self._floors[column])
                sizes[column] -= give
                excess -= give
        if excess < 0:
            sizes[shown[0]] -= excess
        for column, size in sizes.items():
            header.resizeSection(column, size)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()
