"""The list under the door's search field: one large line per person, their name on the
left and, on the right, whether and when they arrived. Names are painted as plain text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pslapp.core.enums import AttendanceStatus
from pslapp.gui.door.attendee_search_model import ATTENDEE_ROLE
from pslapp.services.events import Attendee

Index = QModelIndex | QPersistentModelIndex


def status_text(attendee: Attendee) -> str:
    values = attendee.attendance.values
    if values["status"] == AttendanceStatus.CHECKED_IN:
        when = str(values["checked_in_at"] or "")
        time = when.rsplit("T", maxsplit=1)[-1][:5] if "T" in when else ""
        text = QCoreApplication.translate("DoorList", "✓ arrived %1").replace("%1", time)
        return text.strip()
    if values["status"] in (AttendanceStatus.CANCELLED, AttendanceStatus.NO_SHOW):
        return QCoreApplication.translate("DoorList", "cancelled")
    return ""


class _RowDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        attendee = index.data(ATTENDEE_ROLE)
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        style_option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        if not isinstance(attendee, Attendee):
            return
        rect: QRect = option.rect.adjusted(16, 0, -16, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.highlightedText() if selected else palette.text()
        status = status_text(attendee)
        painter.save()
        painter.setPen(text_colour.color())
        status_width = option.fontMetrics.horizontalAdvance(status) + 8 if status else 0
        name_rect = rect.adjusted(0, 0, -status_width, 0)
        name = option.fontMetrics.elidedText(
            attendee.person.title, Qt.TextElideMode.ElideRight, name_rect.width()
        )
        align = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(name_rect, int(align | Qt.AlignmentFlag.AlignLeft), name)
        if status:
            painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignRight), status)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = option.fontMetrics.height()
        return QSize(200, int(height * 1.9))


class ResultsList(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("door_results")
        self.setUniformItemSizes(True)
        self.setItemDelegate(_RowDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing always goes to the search field
        self.setAlternatingRowColors(True)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def step(self, step: int) -> None:
        model = self.model()
        count = model.rowCount() if model is not None else 0
        if count == 0:
            return
        row = min(max(self.current_row() + step, 0), count - 1)
        self.setCurrentIndex(model.index(row, 0))
