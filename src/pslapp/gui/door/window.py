"""Door mode: a full-window check-in screen for one event. The volunteer types part of a
name, Enter checks the highlighted person in, Ctrl+Z takes the last check-in back, Ctrl+W
adds a walk-in. The screen shows this event's names and nothing else of the vault; the
main window hides while it is open, and leaving needs the vault's passphrase."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.enums import AttendanceStatus, Kind
from pslapp.core.errors import PslappError
from pslapp.gui import runner
from pslapp.gui.door.attendee_loader import AttendeeLoader
from pslapp.gui.door.attendee_search_model import AttendeeSearchModel, Entry
from pslapp.gui.door.counts_bar import CountsBar
from pslapp.gui.door.leave_panel import LeavePanel
from pslapp.gui.door.results_list import ResultsList, status_text
from pslapp.gui.door.search_field import WALK_IN_KEYS, DoorSearchField
from pslapp.gui.door.walk_in_form import WalkIn, WalkInForm
from pslapp.gui.feedback import busy_bar
from pslapp.services import door, events, records
from pslapp.services.events import Attendee
from pslapp.services.vault import Vault

log = logging.getLogger(__name__)
FEEDBACK_MS = 8_000


class DoorWindow(QWidget):
    left = Signal()  # the passphrase was right: the main window may show again
    loaded = Signal()  # the attendee list is in; check-ins can start
    search: DoorSearchField
    results: ResultsList
    feedback: QLabel
    more: QLabel

    def __init__(self, vault: Vault, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("door_window")
        self.setWindowTitle(
            QCoreApplication.translate("DoorWindow", "pslapp: door")
        )  # no names, not even the event's
        self.vault: Vault | None = vault
        self.event_id = event_id
        self._leaving = False
        self._undo: list[Attendee] = []
        self._job: runner.Job | None = None
        self.model = AttendeeSearchModel()
        self.loader = AttendeeLoader(self)
        self.loader.loaded.connect(self._loaded)
        self.loader.failed.connect(self._load_failed)

        event = records.get(vault, Kind.EVENT, event_id)
        heading = QLabel(event.title)
        heading.setObjectName("door_event_title")
        heading.setProperty("role", "door_title")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        when = QLabel(str(event.values["start"] or "").replace("T", " "))
        when.setProperty("role", "caption")
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(heading)
        titles.addWidget(when)
        self.counts = CountsBar()
        self.leave_button = QPushButton(
            QCoreApplication.translate("DoorWindow", "Leave door mode…")
        )
        self.leave_button.setObjectName("door_leave_open")
        self.leave_button.clicked.connect(self.ask_to_leave)
        top = QHBoxLayout()
        top.addLayout(titles, 1)
        top.addWidget(self.counts)
        top.addSpacing(24)
        top.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._check_in_page())
        self.walk_in = WalkInForm()
        self.walk_in.submitted.connect(self._add_walk_in)
        self.walk_in.cancelled.connect(self.back_to_list)
        self.pages.addWidget(self.walk_in)
        self.leave_panel = LeavePanel()
        self.leave_panel.leave_requested.connect(self._check_passphrase)
        self.leave_panel.cancelled.connect(self.back_to_list)
        self.pages.addWidget(self.leave_panel)

        column = QVBoxLayout(self)
        column.setContentsMargins(40, 28, 40, 24)
        column.setSpacing(16)
        column.addLayout(top)
        column.addWidget(self.pages, 1)
        self._shortcuts()
        self._feedback_timer = QTimer(self)
        self._feedback_timer.setSingleShot(True)
        self._feedback_timer.setInterval(FEEDBACK_MS)
        self._feedback_timer.timeout.connect(self.feedback.clear)
        self.reload()

    def _check_in_page(self) -> QWidget:
        self.search = DoorSearchField()
        self.search.setObjectName("door_search")
        self.search.setPlaceholderText(
            QCoreApplication.translate("DoorWindow", "Type a name: any script, any part")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._query_changed)
        self.search.returnPressed.connect(self.check_in_selected)
        self.results = ResultsList()
        self.results.setModel(self.model)
        self.search.moved.connect(self.results.step)
        self.search.undo_requested.connect(self.undo_last)
        self.search.walk_in_requested.connect(self.open_walk_in)
        self.more = QLabel()
        self.more.setObjectName("door_more")
        self.more.setProperty("role", "caption")
        self.results.doubleClicked.connect(lambda _i: self.check_in_selected())
        self.feedback = QLabel()
        self.feedback.setObjectName("door_feedback")
        self.feedback.setProperty("role", "door_feedback")
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setWordWrap(True)
        self.busy = busy_bar("door_busy")  # moving while the list loads
        self.check_button = QPushButton(
            QCoreApplication.translate("DoorWindow", "Check in (Enter)")
        )
        self.check_button.setObjectName("door_check_in")
        self.check_button.setProperty("role", "primary")
        self.check_button.clicked.connect(self.check_in_selected)
        self.undo_button = QPushButton(
            QCoreApplication.translate("DoorWindow", "Undo last check-in (Ctrl+Z)")
        )
        self.undo_button.setObjectName("door_undo")
        self.undo_button.clicked.connect(self.undo_last)
        self.walk_in_button = QPushButton(
            QCoreApplication.translate("DoorWindow", "Walk-in (Ctrl+W)")
        )
        self.walk_in_button.setObjectName("door_walk_in")
        self.walk_in_button.clicked.connect(self.open_walk_in)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.walk_in_button)
        actions.addWidget(self.check_button)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self.search)
        column.addWidget(self.busy)
        column.addWidget(self.feedback)
        column.addWidget(self.results, 1)
        column.addWidget(self.more)
        column.addLayout(actions)
        return page

    def _shortcuts(self) -> None:
        for keys, slot in (
            (QKeySequence(WALK_IN_KEYS), self.open_walk_in),
            (QKeySequence(QKeySequence.StandardKey.Undo), self.undo_last),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # The list

    @property
    def loading(self) -> bool:
        return self.loader.running

    def reload(self) -> None:
        """Load this event's attendees once (see `AttendeeLoader`); check-ins and walk-ins
        then change rows. Typing may start meanwhile."""
        if self.vault is None:
            return
        self.loader.load(self.vault, self.event_id)
        self._set_loading(True)

    def _loaded(self, entries: list[Entry]) -> None:
        if self.vault is None:
            return
        self._set_loading(False)
        self.model.set_entries(entries)
        self._query_changed(self.search.text())
        self._update_counts()
        self.loaded.emit()

    def _load_failed(self) -> None:
        self._set_loading(False)
        self._say(
            QCoreApplication.translate(
                "DoorWindow", "The list could not be loaded. Leave door mode and open it again."
            )
        )

    def _set_loading(self, loading: bool) -> None:
        self.busy.setVisible(loading)
        for widget in (self.results, self.check_button, self.walk_in_button):
            widget.setEnabled(not loading)
        if loading:
            self.feedback.setText(QCoreApplication.translate("DoorWindow", "Loading the list…"))
        elif self.feedback.text() == QCoreApplication.translate("DoorWindow", "Loading the list…"):
            self.feedback.clear()

    def _query_changed(self, text: str) -> None:
        self.model.set_query(text)
        self.more.setText(
            QCoreApplication.translate(
                "DoorWindow", "…and %1 more. Type more of the name to narrow the list."
            ).replace("%1", str(self.model.hidden))
            if self.model.hidden
            else ""
        )
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0, 0))
            self.results.scrollToTop()

    def _update_counts(self) -> None:
        self.counts.set_counts(*self.model.counts())
        self.undo_button.setEnabled(bool(self._undo))

    def _say(self, text: str) -> None:
        self.feedback.setText(text)
        self._feedback_timer.start()

    def selected(self) -> Attendee | None:
        return self.model.attendee(self.results.current_row())

    # Checking in

    def check_in_selected(self) -> None:
        attendee = self.selected()
        if self.vault is None or self.loading:
            return
        if attendee is None:
            if self.search.text().strip():
                self._say(
                    QCoreApplication.translate(
                        "DoorWindow",
                        "Nobody on the list by that name. Ctrl+W adds them as a walk-in.",
                    )
                )
            return
        name = attendee.person.title
        if attendee.attendance.values["status"] == AttendanceStatus.CHECKED_IN:
            self._say(
                QCoreApplication.translate("DoorWindow", "%1 is checked in already (%2).")
                .replace("%1", name)
                .replace("%2", status_text(attendee))
            )
            self._next_person()
            return
        record = events.check_in(self.vault, self.event_id, attendee.person.id)
        self.model.replace(Attendee(record, attendee.person))
        self._undo.append(attendee)
        log.info("door: checked in attendance %s", record.id)
        self._say(
            QCoreApplication.translate(
                "DoorWindow", "✓ %1 is checked in. Ctrl+Z takes it back."
            ).replace("%1", name)
        )
        self._update_counts()
        self._next_person()

    def _next_person(self) -> None:
        self.search.clear()
        self.search.setFocus()

    def undo_last(self) -> None:
        if self.vault is None or not self._undo or self.pages.currentIndex() != 0:
            return
        before = self._undo.pop()
        record = events.undo_check_in(self.vault, self.event_id, before.person.id)
        self.model.replace(Attendee(record, before.person))
        self._say(
            QCoreApplication.translate("DoorWindow", "Check-in of %1 taken back.").replace(
                "%1", before.person.title
            )
        )
        self._update_counts()
        self.search.setFocus()

    # Walk-ins

    def open_walk_in(self) -> None:
        if self.pages.currentIndex() != 0 or self.loading:
            return
        typed = self.search.text() if self.model.rowCount() == 0 else ""
        self.pages.setCurrentWidget(self.walk_in)
        self.walk_in.start(typed)

    def _add_walk_in(self, walk_in: WalkIn) -> None:
        if self.vault is None:
            return
        try:
            attendee = door.register_walk_in(
                self.vault,
                self.event_id,
                walk_in.name,
                walk_in.channel,
                consent=walk_in.consent,
                organisation_name=walk_in.organisation,
            )
        except PslappError as exc:
            self.walk_in.show_error(str(exc))
            return
        log.info("door: walk-in attendance %s", attendee.attendance.id)
        self.model.add(attendee)
        self._undo.append(attendee)  # Ctrl+Z takes a walk-in's check-in back too
        self.back_to_list()
        self._say(
            QCoreApplication.translate(
                "DoorWindow", "✓ %1 added as a walk-in and checked in."
            ).replace("%1", attendee.person.title)
        )
        self._update_counts()

    def back_to_list(self) -> None:
        self.pages.setCurrentIndex(0)
        self.leave_button.show()
        self.search.clear()
        self.search.setFocus()

    # Leaving

    def ask_to_leave(self) -> None:
        self.pages.setCurrentWidget(self.leave_panel)
        self.leave_button.hide()
        self.leave_panel.start()

    def _check_passphrase(self, passphrase: str) -> None:
        vault = self.vault
        if vault is None:
            return
        folder = vault.folder
        self._job = runner.run(
            lambda _job: door.verify_passphrase(folder, passphrase),
            on_done=self._passphrase_checked,
            on_error=lambda _exc: self.leave_panel.wrong(),
        )

    def _passphrase_checked(self, right: object) -> None:
        if right is not True:
            log.info("door: a wrong passphrase to leave door mode")
            self.leave_panel.wrong()
            return
        self._leaving = True
        self.close()
        self.left.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window manager's close button asks for the passphrase like the button
        does; the app itself (locking, quitting) closes door mode at once."""
        if event.spontaneous() and not self._leaving:
            event.ignore()
            self.ask_to_leave()
            return
        self.drop()
        super().closeEvent(event)

    def drop(self) -> None:
        """Forget every name this window held."""
        self.loader.forget()  # a list still loading is dropped when it arrives
        self.model.clear()
        self._undo.clear()
        self.feedback.clear()
        self.search.clear()
        self.vault = None
