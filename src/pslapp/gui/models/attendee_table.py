"""Who is registered for one event, with their status and role."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from pslapp.core.enums import AttendanceStatus
from pslapp.gui.labels import field_label, value_label
from pslapp.gui.models.display import plain_tooltip
from pslapp.services.events import Attendee

ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("display_name", "status", "role", "checked_in_at")


class AttendeeTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Attendee] = []

    def set_attendees(self, attendees: list[Attendee]) -> None:
        self.beginResetModel()
        self._rows = attendees
        self.endResetModel()

    def attendee(self, row: int) -> Attendee | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def checked_in(self) -> int:
        return sum(
            1 for a in self._rows if a.attendance.values["status"] == AttendanceStatus.CHECKED_IN
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        attendee = self.attendee(index.row()) if index.isValid() else None
        if attendee is None:
            return None
        if role == ID_ROLE:
            return attendee.person.id
        name = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text where a column elides it
            if name == "checked_in_at":
                return str(attendee.attendance.values.get(name) or "").replace("T", " ") or None
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            return plain_tooltip(text) if text else None  # names may come from bundles
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if name == "display_name":
            return attendee.person.title
        value = attendee.attendance.values.get(name)
        if value is None:
            return ""
        if name == "checked_in_at":  # the time is what the door cares about; the date is
            return str(value).split("T")[-1][:5]  # the event's, in the tooltip
        return value_label(str(value))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.headerData(section, orientation)
        if role == Qt.ItemDataRole.DisplayRole:
            if COLUMNS[section] == "display_name":
                return QCoreApplication.translate("Field", "Name")
            if COLUMNS[section] == "checked_in_at":
                return QCoreApplication.translate("AttendeeTable", "Arrived")
            return field_label(COLUMNS[section])
        return None
