"""What a screen that does not fit looks like to a test: a button outside the window, or
narrower or lower than its own text needs (Qt shrinks widgets below their size hint only when
the window is smaller than its layout's minimum)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QWidget,
)

from pslapp.core.fields import FieldType
from pslapp.gui.models.record_table import RecordTableModel

CHECKED = (QAbstractButton, QComboBox, QLineEdit)
WHOLE = (FieldType.ENUM, FieldType.DATE, FieldType.DATETIME)  # columns never cut


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__} {widget.objectName() or '?'} {text!r}"


def misfits(window: QWidget) -> list[str]:
    """Every visible control of `window` that is off its edge or cut, named."""
    found: list[str] = []
    bounds = window.rect()
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CHECKED) or not widget.isVisibleTo(window):
            continue
        if widget.window() is not window or widget.width() <= 0:
            continue
        top_left = widget.mapTo(window, widget.rect().topLeft())
        rect = QRect(top_left, widget.size())
        if not bounds.contains(rect):
            found.append(f"{_name(widget)} off the window at {rect.getRect()}")
            continue
        if isinstance(widget, QComboBox) and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            if widget.fontMetrics().horizontalAdvance(widget.currentText()) > field.width():
                found.append(f"{_name(widget)} {widget.currentText()!r} cut to {field.width()}")
        if isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint()
            if widget.width() < hint.width() - 1 or widget.height() < hint.height() - 2:
                found.append(f"{_name(widget)} cut: {widget.size().toTuple()} < {hint.toTuple()}")
    return found


def cut_choices(table: QTableView, rows: int = 30) -> list[str]:
    """Cells of a closed set of values ("local chapter", "demonstration") or dates drawn
    narrower than their text: a free text may end in "…", a kind or a date never does
    ("2022-04…" seen in French)."""
    model = table.model()
    if not isinstance(model, RecordTableModel):
        return []
    found: list[str] = []
    metrics = table.fontMetrics()
    for column, spec in enumerate(model.columns):
        if spec.type not in WHOLE or table.isColumnHidden(column):
            continue
        for row in range(min(rows, model.rowCount())):
            text = str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) or "")
            if metrics.horizontalAdvance(text) + 12 > table.columnWidth(column):
                found.append(f"{table.objectName()} {spec.name}: {text!r} cut")
                break
    return found


def scrolls_sideways(table: QTableView) -> list[str]:
    """A list whose columns do not fit beside the detail pane: the last ones are only
    reachable with the horizontal scroll bar."""
    bar = table.horizontalScrollBar()
    if table.isVisible() and bar.maximum() > 0:
        header = table.horizontalHeader()
        return [
            f"{table.objectName()} scrolls sideways by {bar.maximum()} px "
            f"(visible {bar.isVisible()}, {header.length()} in {table.viewport().width()})"
        ]
    return []


def cut_names(table: QTableView, rows: int = 30) -> list[str]:
    """Names (the first column: people, organisations, event titles) drawn narrower than
    their text, in the first rows."""
    model = table.model()
    found: list[str] = []
    metrics = table.fontMetrics()
    for row in range(min(rows, model.rowCount())):
        text = str(model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole) or "")
        if metrics.horizontalAdvance(text) + 12 > table.columnWidth(0):
            found.append(f"{table.objectName()}: {text!r} cut to {table.columnWidth(0)} px")
    return found
