"""Events, and inside each event the people registered for it and who has arrived."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.enums import AttendanceStatus, Kind
from pslapp.core.record import Record
from pslapp.gui import confirm
from pslapp.gui.attendee_menu import REMOVE, apply_choice, attendee_menu, popup_under_current
from pslapp.gui.clipboard import SecretClipboard
from pslapp.gui.flow_layout import FlowLayout
from pslapp.gui.forms.record_picker import RecordPicker
from pslapp.gui.models.attendee_table import AttendeeTableModel
from pslapp.gui.models.tag_palette import TagPalette
from pslapp.gui.views.event_stats import EventStatsLabel
from pslapp.gui.views.record_list import RecordListView
from pslapp.gui.views.record_table_view import PADDING, SHORT_NAME
from pslapp.services import events, records
from pslapp.services.events import Attendee

COLUMNS = ["title", "kind", "start", "city"]
NAME_SHARE = 0.45  # of the attendee table that names keep before status and role elide
ARRIVED = 3


class AttendeeTable(QTableView):
    """Names are what people look for: they get the width they need (up to nearly half the
    table) and whatever is left over. Status and role get theirs from the rest, and elide
    only when long German or Russian words do not fit (the tooltip has them whole)."""

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        width = self.viewport().width()
        if width <= 0 or self.model() is None:
            return
        wanted = [max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(4)]
        header.resizeSection(ARRIVED, wanted[ARRIVED])  # a time: always short
        names = min(wanted[0], int(width * NAME_SHARE))
        beside = width - wanted[ARRIVED] - wanted[1] - wanted[2]
        if names > beside:  # status and role whole while the names keep a short one
            floor = self.fontMetrics().horizontalAdvance(SHORT_NAME) + PADDING
            names = max(min(names, floor), beside)
        room = max(0, width - names - wanted[ARRIVED])
        asked = wanted[1] + wanted[2]
        for column in (1, 2):  # status and role: what they need, else a fair part of it
            share = wanted[column] if asked <= room else room * wanted[column] // asked
            header.resizeSection(column, max(header.minimumSectionSize(), share))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()


class AttendeesPanel(QWidget):
    """The attendees of the event shown in the details, with check-in."""

    def __init__(self, view: EventsView) -> None:
        super().__init__()
        self.setObjectName("attendees_panel")
        self._view = view
        self.event_id: str | None = None
        self.heading = QLabel()
        self.heading.setProperty("role", "section")
        self.heading.setWordWrap(True)  # "Nobody is registered yet…" beside Door mode
        self.model = AttendeeTableModel()
        self.table = AttendeeTable()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setObjectName("attendees_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(48)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setMinimumHeight(180)
        # Enter or a double click offers what can change; nothing changes unasked
        self.table.activated.connect(lambda _i: self.open_attendee_menu())
        self.add_button = QPushButton(QCoreApplication.translate("EventsView", "Add attendee…"))
        self.add_button.setObjectName("add_attendee")
        self.add_button.clicked.connect(self.add_attendee)
        self.check_button = QPushButton(QCoreApplication.translate("EventsView", "Check in / undo"))
        self.check_button.setObjectName("check_in")
        self.check_button.clicked.connect(self.toggle_check_in)
        self.change_button = QPushButton(QCoreApplication.translate("EventsView", "Status, role…"))
        self.change_button.setObjectName("change_attendee")
        self.change_button.setToolTip(
            QCoreApplication.translate(
                "EventsView", "Status, role, or remove from this event (Enter on the row)"
            )
        )
        self.change_button.clicked.connect(self.open_attendee_menu)
        self.door_button = QPushButton(QCoreApplication.translate("EventsView", "Open door mode"))
        self.door_button.setObjectName("open_door_mode")
        self.door_button.setProperty("role", "primary")
        self.door_button.setToolTip(
            QCoreApplication.translate(
                "EventsView",
                "A full-screen check-in for volunteers at the door: this event's names only.",
            )
        )
        self.door_button.clicked.connect(self._open_door)
        self.import_button = QPushButton(
            QCoreApplication.translate("EventsView", "Import registration list…")
        )
        self.import_button.setObjectName("import_registrations")
        self.import_button.clicked.connect(self._import)
        self.print_button = QPushButton(QCoreApplication.translate("EventsView", "Print…"))
        self.print_button.setObjectName("print_attendees")
        self.print_button.setToolTip(
            QCoreApplication.translate("EventsView", "Attendee list or name badges as PDF")
        )
        self.print_button.clicked.connect(self._print)
        self.stats = EventStatsLabel()
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.door_button)
        # Rows that wrap: in Russian or German one line of these was wider than the room a
        # 1280-pixel screen leaves the details beside the list.
        buttons = FlowLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.change_button)
        lists = FlowLayout()
        lists.addWidget(self.import_button)
        lists.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(heading_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.stats)
        layout.addLayout(lists)

    def show_event(self, event_id: str | None) -> None:
        self.event_id = event_id
        vault = self._view.vault
        for button in (self.door_button, self.import_button, self.print_button):
            button.setEnabled(event_id is not None and vault is not None)
        if event_id is None or vault is None:
            self.model.set_attendees([])
            self.stats.clear()
            return
        self.model.set_attendees(events.attendees(vault, event_id))
        self.table.fit_columns()
        self.stats.show_stats(vault, event_id)
        total, arrived = self.model.rowCount(), self.model.checked_in()
        if total == 0:
            self.heading.setText(
                QCoreApplication.translate(
                    "EventsView", "Nobody is registered yet. Add the first attendee."
                )
            )
        else:
            self.heading.setText(
                QCoreApplication.translate("EventsView", "Attendees: %1 registered, %2 checked in")
                .replace("%1", str(total))
                .replace("%2", str(arrived))
            )

    def _open_door(self) -> None:
        if self.event_id is not None:
            self._view.door_requested.emit(self.event_id)

    def _import(self) -> None:
        if self.event_id is not None:
            self._view.import_requested.emit(self.event_id)

    def _print(self) -> None:
        if self.event_id is not None:
            self._view.print_requested.emit(self.event_id)

    def add_attendee(self) -> RecordPicker | None:
        vault, event_id = self._view.vault, self.event_id
        if vault is None or event_id is None:
            return None
        picker = RecordPicker(vault, Kind.PERSON, self)
        picker.picked.connect(self._attend)
        picker.open()
        return picker

    def _attend(self, person_id: str) -> None:
        vault, event_id = self._view.vault, self.event_id
        if vault is not None and event_id is not None:
            events.attend(vault, event_id, person_id)
            self.show_event(event_id)

    def selected(self) -> Attendee | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.attendee(rows[0].row()) if rows else None

    def open_attendee_menu(self) -> QMenu | None:
        attendee, event_id = self.selected(), self.event_id
        if attendee is None or event_id is None or self._view.vault is None:
            return None
        menu = attendee_menu(attendee, self)
        menu.triggered.connect(lambda action: self._menu_chosen(event_id, attendee, action))
        popup_under_current(menu, self.table)
        return menu

    def _menu_chosen(self, event_id: str, attendee: Attendee, action: QAction) -> None:
        vault = self._view.vault
        if vault is None:
            return
        row = self.table.currentIndex().row()
        record = apply_choice(vault, event_id, attendee, action, self)
        if record is None:
            return
        self.show_event(event_id)
        if str(action.data()) == REMOVE:
            self._view.deleted.emit(record)  # the main window's undo brings them back
        else:
            self.table.selectRow(row)
        self.table.setFocus()

    def toggle_check_in(self) -> None:
        vault, event_id = self._view.vault, self.event_id
        rows = self.table.selectionModel().selectedRows()
        attendee = self.model.attendee(rows[0].row()) if rows else None
        if vault is None or event_id is None or attendee is None:
            return
        if attendee.attendance.values["status"] == AttendanceStatus.CHECKED_IN:
            events.undo_check_in(vault, event_id, attendee.person.id)
        else:
            events.check_in(vault, event_id, attendee.person.id)
        row = rows[0].row()
        self.show_event(event_id)
        self.table.selectRow(row)


class EventsView(RecordListView):
    door_requested = Signal(str)  # event id
    import_requested = Signal(str)
    print_requested = Signal(str)

    def __init__(self, palette: TagPalette, clipboard: SecretClipboard) -> None:
        super().__init__(
            Kind.EVENT,
            COLUMNS,
            palette,
            clipboard,
            QCoreApplication.translate("EventsView", "No events yet.\nPress Ctrl+N to plan one."),
        )
        self.table.sortByColumn(COLUMNS.index("start"), Qt.SortOrder.DescendingOrder)
        self.attendees = AttendeesPanel(self)
        self.detail.give_extra_room()
        self.detail.extra.addWidget(self.attendees)
        self._shortcuts()

    def _shortcuts(self) -> None:
        """The event's own actions, while the events list is the one shown."""
        panel = self.attendees
        for keys, button, slot in (
            ("Ctrl+D", panel.door_button, panel._open_door),
            ("Ctrl+I", panel.import_button, panel._import),
            ("Ctrl+P", panel.print_button, panel._print),
            ("Ctrl+Shift+A", panel.add_button, panel.add_attendee),
        ):
            sequence = QKeySequence(keys)
            action = QAction(self)
            action.setShortcut(sequence)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, do=slot: do())
            self.addAction(action)
            shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            tip = button.toolTip()
            button.setToolTip(f"{tip} ({shown})" if tip else shown)

    def may_delete(self, record: Record) -> bool:
        """An event with attendees is a day's work at the door: ask, and say that Ctrl+Z
        brings it back with its list."""
        if self.vault is None:
            return False
        registered = records.count(self.vault, Kind.ATTENDANCE, where={"event_id": record.id})
        if registered == 0:
            return True
        return confirm.ask(
            self,
            QCoreApplication.translate("EventsView", "Delete event"),
            QCoreApplication.translate(
                "EventsView",
                "Delete “%1” and its list of %n attendee(s)? Ctrl+Z brings them back.",
                "",
                registered,
            ).replace("%1", record.title),
            QCoreApplication.translate("EventsView", "Delete event"),
        )

    def show_extra(self, record: Record | None) -> None:
        if hasattr(self, "attendees"):
            self.attendees.show_event(record.id if record else None)

    def clear(self) -> None:
        self.attendees.model.set_attendees([])
        self.attendees.stats.clear()
        super().clear()
