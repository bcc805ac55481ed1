"""Door mode: a full-window check-in screen for one event. The volunteer types part of a
name or scans a badge, Enter checks the highlighted person in (someone who cancelled or did
not come needs Ctrl+Enter), Ctrl+Z takes the last check-in back, Ctrl+W adds a walk-in, F2
changes status or role. The screen shows this event's names and nothing else of the vault; the
main window hides while it is open, and leaving needs the vault's passphrase."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.badge_code import BadgeCodes
from pslapp.core.enums import AttendanceStatus, Kind
from pslapp.core.errors import PslappError
from pslapp.gui import runner
from pslapp.gui.attendee_menu import REMOVE, apply_choice, attendee_menu, popup_under_current
from pslapp.gui.door import wording
from pslapp.gui.door.attendee_loader import AttendeeLoader
from pslapp.gui.door.attendee_search_model import AttendeeSearchModel, Entry
from pslapp.gui.door.check_in_page import CheckInPage
from pslapp.gui.door.counts_bar import CountsBar
from pslapp.gui.door.leave_panel import LeavePanel
from pslapp.gui.door.results_list import WARNED, ResultsList, status_text
from pslapp.gui.door.search_field import WALK_IN_KEYS, DoorSearchField
from pslapp.gui.door.walk_in_form import WalkIn, WalkInForm
from pslapp.gui.panic_wipe import PANIC_WIPE_KEYS
from pslapp.services import door, events, records
from pslapp.services.events import Attendee
from pslapp.services.vault import Vault

log = logging.getLogger(__name__)
FEEDBACK_MS = 8_000


class DoorWindow(QWidget):
    left = Signal()  # the passphrase was right: the main window may show again
    loaded = Signal()  # the attendee list is in; check-ins can start
    wipe_requested = Signal()  # the panic action, as in the main window (Ctrl+Shift+Del)
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
        self._armed: str | None = None  # the attendance a warning was shown for
        self.codes = BadgeCodes()
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
        page = CheckInPage(self.model)
        self.search, self.results, self.more = page.search, page.results, page.more
        self.feedback, self.busy = page.feedback, page.busy
        self.check_button, self.change_button = page.check_button, page.change_button
        self.undo_button, self.walk_in_button = page.undo_button, page.walk_in_button
        self.search.textChanged.connect(self._query_changed)
        self.search.returnPressed.connect(self._enter)
        self.search.anyway_requested.connect(self._enter_anyway)
        self.search.menu_requested.connect(self.open_attendee_menu)
        self.search.undo_requested.connect(self.undo_last)
        self.search.walk_in_requested.connect(self.open_walk_in)
        # a click or double click only selects: checking in is Enter or the button
        self.results.clicked.connect(lambda _i: self._disarm())
        self.check_button.clicked.connect(
            lambda: self.check_in_selected(anyway=self._armed is not None)
        )
        self.change_button.clicked.connect(self.open_attendee_menu)
        self.undo_button.clicked.connect(self.undo_last)
        self.walk_in_button.clicked.connect(self.open_walk_in)
        return page

    def _shortcuts(self) -> None:
        for keys, slot in (
            (QKeySequence(WALK_IN_KEYS), self.open_walk_in),
            (QKeySequence(QKeySequence.StandardKey.Undo), self.undo_last),
            (QKeySequence(PANIC_WIPE_KEYS), self._panic),
            (QKeySequence(QKeySequence.StandardKey.Find), self.focus_search),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def focus_search(self) -> None:
        """Ctrl+F, as in the main window: this window's own search field."""
        self.search.setFocus()
        self.search.selectAll()

    def _panic(self) -> None:
        self.wipe_requested.emit()  # Session asks once (over this window), wipes and quits

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
        self.codes = BadgeCodes([e.attendee.attendance.id for e in entries])
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
        for widget in (self.results, self.check_button, self.walk_in_button, self.change_button):
            widget.setEnabled(not loading)
        if loading:
            self.feedback.setText(QCoreApplication.translate("DoorWindow", "Loading the list…"))
        elif self.feedback.text() == QCoreApplication.translate("DoorWindow", "Loading the list…"):
            self.feedback.clear()

    def _query_changed(self, text: str) -> None:
        self._disarm()
        scanned = self.codes.find(text)
        if scanned is not None:
            self.model.pin(scanned)
        else:
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

    def _say(self, text: str, *, warning: bool = False) -> None:
        self.feedback.setProperty("tone", "warning" if warning else "")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(text)
        self._feedback_timer.start()

    def _disarm(self) -> None:
        self._armed = None
        self.check_button.setText(QCoreApplication.translate("DoorWindow", "Check in (Enter)"))

    def selected(self) -> Attendee | None:
        return self.model.attendee(self.results.current_row())

    def selected_status(self) -> str:
        """What the list shows beside the selected name (role, status, arrival)."""
        attendee = self.selected()
        return status_text(attendee) if attendee is not None else ""

    # Checking in

    def _enter(self) -> None:
        """Enter on an empty field does nothing: the list then shows everyone, and the
        top row is nobody in particular (a second Enter after a check-in lands here)."""
        if self.search.text().strip():
            self.check_in_selected()

    def _enter_anyway(self) -> None:
        if self.search.text().strip() or self._armed is not None:
            self.check_in_selected(anyway=True)

    def check_in_selected(self, *, anyway: bool = False) -> None:
        """Check the selected person in. Someone who cancelled or was marked as a no-show
        is only named first; `anyway` (Ctrl+Enter, after that warning) checks them in."""
        attendee = self.selected()
        if self.vault is None or self.loading:
            return
        if attendee is None:
            if self.search.text().strip():
                self._say(
                    QCoreApplication.translate(
                        "DoorWindow",
                        "Nobody on the list by that name. Ctrl+W adds them as a walk-in.",
                    ),
                    warning=True,
                )
            return
        name = attendee.person.title
        status = attendee.attendance.values["status"]
        if status == AttendanceStatus.CHECKED_IN:
            self._say(wording.already_in(attendee), warning=True)
            self.search.selectAll()  # the next name replaces it; another row can be chosen
            return
        if status in WARNED and not (anyway and self._armed == attendee.attendance.id):
            self._warn(attendee)
            return
        record = events.check_in(self.vault, self.event_id, attendee.person.id)
        self.model.replace(Attendee(record, attendee.person))
        self.codes.add(record.id)
        self._undo.append(attendee)
        log.info("door: checked in attendance %s", record.id)
        self._say(
            QCoreApplication.translate(
                "DoorWindow", "✓ %1 is checked in. Ctrl+Z takes it back."
            ).replace("%1", name)
        )
        self._update_counts()
        self._next_person()

    def _warn(self, attendee: Attendee) -> None:
        self._say(wording.not_expected(attendee), warning=True)
        self._armed = attendee.attendance.id
        self.check_button.setText(
            QCoreApplication.translate("DoorWindow", "Check in anyway (Ctrl+Enter)")
        )

    def _next_person(self) -> None:
        self.search.clear()
        self.search.setFocus()

    def open_attendee_menu(self) -> QMenu | None:
        """Status, role or removal of the selected person (F2, or the button)."""
        attendee = self.selected()
        if attendee is None or self.vault is None or self.loading or self.pages.currentIndex():
            return None
        menu = attendee_menu(attendee, self)
        menu.triggered.connect(lambda action: self._menu_chosen(attendee, action))
        popup_under_current(menu, self.results)
        return menu

    def _menu_chosen(self, attendee: Attendee, action: QAction) -> None:
        if self.vault is None:
            return
        record = apply_choice(self.vault, self.event_id, attendee, action, self)
        if record is None:
            self.search.setFocus()
            return
        if record.deleted or str(action.data()) == REMOVE:
            self.model.remove(attendee.attendance.id)
            self._undo = [a for a in self._undo if a.attendance.id != attendee.attendance.id]
            self._say(wording.removed(attendee))
        else:
            self.model.replace(Attendee(record, attendee.person))
            self._say(wording.changed(Attendee(record, attendee.person)))
        self._disarm()
        self._update_counts()
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
        self.codes.add(attendee.attendance.id)
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
