"""The names at the door: one event's attendees, loaded once, with every spelling of each
name kept beside it (`core/name_finder.py`, the search index's spellings), so typing
filters in memory ("shevch" and "schewtschenko" find "Шевченко", "olga" finds "Ольга",
"koeln" finds "Köln"), best matches first, and a check-in changes one row, not the list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from pslapp.core.collation import order_for, sort_key
from pslapp.core.enums import AttendanceStatus
from pslapp.core.name_finder import NameFinder, NameLines, name_lines
from pslapp.gui.i18n import current as current_language
from pslapp.services.events import Attendee

Index = QModelIndex | QPersistentModelIndex
ATTENDEE_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_SHOWN = 150  # a door list is read, not scrolled: more letters narrow it instead


@dataclass
class Entry:
    attendee: Attendee
    lines: NameLines  # name and alias: their words, spellings and skeletons


def _entry(attendee: Attendee) -> Entry:
    person = attendee.person.values
    text = " ".join(filter(None, (person.get("display_name"), person.get("alias"))))
    return Entry(attendee, name_lines(text))


def _sort_key(entry: Entry) -> bytes:
    """Names in the order a reader of the app's language expects (core/collation.py)."""
    name = str(entry.attendee.person.values["display_name"])
    return sort_key(order_for(current_language()), name)


def prepare(attendees: list[Attendee]) -> list[Entry]:
    """Spell out and sort the names: the slow part of loading, safe off the UI thread."""
    return sorted((_entry(a) for a in attendees), key=_sort_key)


class AttendeeSearchModel(QAbstractListModel):
    """Every attendee of one event; `set_query` narrows what the list shows."""

    def __init__(self) -> None:
        super().__init__()
        self._all: list[Entry] = []
        self._finder = NameFinder([])
        self._shown: list[Entry] = []
        self._query = ""
        self._pinned: str | None = None  # an attendance id whose badge code was typed
        self.hidden = 0  # matches beyond MAX_SHOWN

    # Loading and changing

    def set_attendees(self, attendees: list[Attendee]) -> None:
        self.set_entries(prepare(attendees))

    def set_entries(self, entries: list[Entry]) -> None:
        """Show entries made by `prepare` (e.g. on a worker thread)."""
        self.beginResetModel()
        self._all = entries
        self._finder = NameFinder([e.lines for e in entries])
        self._shown = self._filter(self._query)
        self.endResetModel()

    def clear(self) -> None:
        self._query = ""
        self.set_attendees([])

    def replace(self, updated: Attendee) -> None:
        """One attendee changed (checked in, undone): update that row only."""
        for entry in self._all:
            if entry.attendee.attendance.id == updated.attendance.id:
                entry.attendee = updated
                break
        for row, entry in enumerate(self._shown):
            if entry.attendee.attendance.id == updated.attendance.id:
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def remove(self, attendance_id: str) -> None:
        """Someone was taken off the event's list."""
        self.beginResetModel()
        self._all = [e for e in self._all if e.attendee.attendance.id != attendance_id]
        self._finder = NameFinder([e.lines for e in self._all])  # it finds by position
        self._shown = [e for e in self._shown if e.attendee.attendance.id != attendance_id]
        self.endResetModel()

    def pin(self, attendance_id: str) -> None:
        """Show one attendee alone: their badge's QR code or printed code was typed."""
        self.beginResetModel()
        self._pinned = attendance_id
        self._shown = [e for e in self._all if e.attendee.attendance.id == attendance_id]
        self.hidden = 0
        self.endResetModel()

    def add(self, attendee: Attendee) -> None:
        """A walk-in joins the list (and shows if the query matches them)."""
        self._all.append(_entry(attendee))
        self._all.sort(key=_sort_key)
        self._finder = NameFinder([e.lines for e in self._all])
        self.beginResetModel()
        self._shown = self._filter(self._query)
        self.endResetModel()

    # Searching

    def set_query(self, text: str) -> None:
        query = " ".join(text.split())
        if query == self._query and self._pinned is None:
            return
        self.beginResetModel()
        self._pinned = None
        self._query = query
        self._shown = self._filter(query)
        self.endResetModel()

    def _filter(self, query: str) -> list[Entry]:
        """Every typed word must start a word of the name or alias, in any of its
        spellings; the typed spelling first, then other spellings, then near ones, each
        in the list's order. At most MAX_SHOWN rows: the view then lays out a short list
        on every keystroke."""
        found = self._finder.find(query)
        if found is None:
            shown = self._all
            self.hidden = max(len(shown) - MAX_SHOWN, 0)
            return shown[:MAX_SHOWN]
        self.hidden = max(len(found) - MAX_SHOWN, 0)
        return [self._all[f.index] for f in found[:MAX_SHOWN]]

    # Counting

    def counts(self) -> tuple[int, int, int]:
        """Registered (everyone on the list), checked in, walk-ins."""
        checked = walk_ins = 0
        for entry in self._all:
            values = entry.attendee.attendance.values
            if values["status"] == AttendanceStatus.CHECKED_IN:
                checked += 1
            if values["walk_in"]:
                walk_ins += 1
        return len(self._all), checked, walk_ins

    # The model

    def attendee(self, row: int) -> Attendee | None:
        return self._shown[row].attendee if 0 <= row < len(self._shown) else None

    def total(self) -> int:
        return len(self._all)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        attendee = self.attendee(index.row()) if index.isValid() else None
        if attendee is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return attendee.person.title
        if role == ATTENDEE_ROLE:
            return attendee
        if role == STATUS_ROLE:
            return attendee.attendance.values["status"]
        return None
