"""The list under the door's search field: one large line per person, their name on the
left and, on the right, whether and when they arrived. Names are painted as plain text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pslapp.core.enums import AttendanceRole, AttendanceStatus
from pslapp.gui.door.attendee_search_model import ATTENDEE_ROLE
from pslapp.gui.labels import value_label
from pslapp.services.events import Attendee

Index = QModelIndex | QPersistentModelIndex
WARNING_COLOUR = "#c0392b"  # readable on the light and the dark list alike


WARNED = (AttendanceStatus.CANCELLED, AttendanceStatus.NO_SHOW)


def arrival_time(attendee: Attendee) -> str:
    when = str(attendee.attendance.values["checked_in_at"] or "")
    return when.rsplit("T", maxsplit=1)[-1][:5] if "T" in when else ""


def status_text(attendee: Attendee) -> str:
    """What the door shows beside a name: a role other than participant, and a status other
    than registered ("speaker · ✓ arrived 10:02", "cancelled", "no-show")."""
    values = attendee.attendance.values
    parts = []
    if values["role"] and values["role"] != AttendanceRole.PARTICIPANT:
        parts.append(value_label(str(values["role"])))
    if values["status"] == AttendanceStatus.CHECKED_IN:
        text = QCoreApplication.translate("DoorList", "✓ arrived %1")
        parts.append(text.replace("%1", arrival_time(attendee)).strip())
    elif values["status"] != AttendanceStatus.REGISTERED:
        parts.append(value_label(str(values["status"])))
    return " · ".join(parts)


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
        warned = attendee.attendance.values["status"] in WARNED
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
            if warned and not selected:  # cancelled and no-show stand out
                painter.setPen(QColor(WARNING_COLOUR))
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
