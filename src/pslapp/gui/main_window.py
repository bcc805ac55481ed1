"""The main window: a sidebar of record lists, one search field for all of them, and
the actions a coordinator needs most (new, undo delete, lock)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pslapp.gui.backup_dialog import BackupDialog
from pslapp.gui.bundles.window_actions import BundleActions
from pslapp.gui.clipboard import SecretClipboard
from pslapp.gui.door.window import DoorWindow
from pslapp.gui.duplicates.duplicates_dialog import DuplicatesDialog
from pslapp.gui.event_print import PrintDialog
from pslapp.gui.labels import kind_label
from pslapp.gui.mailbox_sync import MailboxSync, summary
from pslapp.gui.models.tag_palette import TagPalette
from pslapp.gui.panic_wipe import PANIC_WIPE_KEYS
from pslapp.gui.registration_wizard.wizard import RegistrationWizard
from pslapp.gui.shortcut_overview import ShortcutOverview
from pslapp.gui.status_line import StatusLine
from pslapp.gui.undo_actions import UndoActions
from pslapp.gui.views.chapters import ChaptersView
from pslapp.gui.views.coalitions import CoalitionsView
from pslapp.gui.views.events import EventsView
from pslapp.gui.views.organisations import OrganisationsView
from pslapp.gui.views.people import PeopleView
from pslapp.gui.views.record_list import RecordListView
from pslapp.services import mailbox, records
from pslapp.services.vault import Vault

SEARCH_DELAY_MS = 150
SEARCH_MIN_WIDTH = 240  # px: room for a name and a half at any scale


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_requested = Signal()
    wipe_requested = Signal()  # the panic action: Session asks once, wipes and quits
    passphrase_requested = Signal()  # change the passphrase (and maybe the data key)

    def __init__(self, vault: Vault, clipboard: SecretClipboard, *, demo: bool = False) -> None:
        super().__init__()
        self.setObjectName("main_window")
        # The title is all a screen recorder, task switcher or window list sees: no names.
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "pslapp (demo)") if demo else "pslapp"
        )
        self.vault: Vault | None = vault
        self.palette_ = TagPalette()
        self.palette_.load(vault)
        self.undo = UndoActions(self)
        self._seen_change = records.change_mark(vault)

        self.views: list[RecordListView] = [
            PeopleView(self.palette_, clipboard),
            OrganisationsView(self.palette_, clipboard),
            CoalitionsView(self.palette_, clipboard),
            ChaptersView(self.palette_, clipboard),
            EventsView(self.palette_, clipboard),
        ]
        self.stack = QStackedWidget()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        for view in self.views:
            self.stack.addWidget(view)
            item = QListWidgetItem(kind_label(view.kind, plural=True))
            self.sidebar.addItem(item)
            view.deleted.connect(self.undo.deleted)
            view.message.connect(self.show_message)
            view.set_vault(vault)
        self.sidebar.currentRowChanged.connect(self._switch)
        events_view = self.view_of(EventsView)
        assert isinstance(events_view, EventsView)
        events_view.door_requested.connect(self.open_door)
        events_view.import_requested.connect(self.open_import)
        events_view.print_requested.connect(self.open_print)
        people_view = self.view_of(PeopleView)
        assert isinstance(people_view, PeopleView)
        people_view.duplicates_requested.connect(self.undo.open_duplicates)
        self.sidebar.setFixedWidth(self.sidebar.sizeHintForColumn(0) + 48)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip("Ctrl+F")
        self.search.setPlaceholderText(
            QCoreApplication.translate("MainWindow", "Search names, cities, skills…")
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_enter)

        self.new_button = QPushButton(QCoreApplication.translate("MainWindow", "New"))
        self.new_button.setObjectName("new_button")
        self.new_button.setProperty("role", "primary")
        self.new_button.setToolTip(
            QCoreApplication.translate("MainWindow", "Add a record here (Ctrl+N)")
        )
        self.new_button.clicked.connect(self.new_record)
        lock_button = QPushButton(QCoreApplication.translate("MainWindow", "Lock"))
        lock_button.setObjectName("lock_button")
        lock_button.setToolTip(
            QCoreApplication.translate("MainWindow", "Lock the vault now (Ctrl+L)")
        )
        lock_button.clicked.connect(self.lock_requested)
        more_button = self._more_button()

        top = QHBoxLayout()
        top.setSpacing(8)
        if demo:
            badge = QLabel(QCoreApplication.translate("MainWindow", "DEMO"))
            badge.setObjectName("demo_badge")
            badge.setProperty("role", "badge")
            badge.setToolTip(
                QCoreApplication.translate("MainWindow", "DEMO: sample data, deleted on exit")
            )
            top.addWidget(badge)
        # The search field keeps room for a name even in long languages; rarely used
        # actions live in the "⋯" menu instead of squeezing it.
        self.search.setMinimumWidth(SEARCH_MIN_WIDTH)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(lock_button)
        top.addWidget(more_button)
        self.bundles = BundleActions(self, top)
        self.door: DoorWindow | None = None
        self.mailbox = MailboxSync(vault, self)
        self.mailbox.synced.connect(self._mailbox_synced)
        self.mailbox.failed.connect(self._mailbox_failed)
        self.mailbox.start()

        self.undo_label = QLabel()
        self.undo_label.setObjectName("undo_label")
        self.undo_button = QPushButton(QCoreApplication.translate("MainWindow", "Undo (Ctrl+Z)"))
        self.undo_button.setObjectName("undo_button")
        self.undo_button.clicked.connect(self.undo.undo_delete)
        self.undo_button.hide()
        self.statusBar().addWidget(self.undo_label, 1)
        self.statusBar().addPermanentWidget(self.undo_button)
        self.status = StatusLine(self.undo_label, self)

        content = QVBoxLayout()
        content.setContentsMargins(12, 12, 12, 0)
        content.addLayout(top)
        content.addWidget(self.stack, 1)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.sidebar)
        body.addLayout(content, 1)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)
        self._shortcuts()
        self.sidebar.setCurrentRow(0)
        self.resize(self._first_size())

    def _first_size(self) -> QSize:
        """1200x760, or less on a smaller screen: on a 1366x768 laptop the status bar and
        its Undo button stay on the screen."""
        screen = self.screen()
        if screen is None:
            return QSize(1200, 760)
        room = screen.availableGeometry().size()
        frame = 40  # title bar and borders the window manager adds
        return QSize(min(1200, room.width() - frame), min(760, room.height() - frame))

    def _more_button(self) -> QToolButton:
        """ "⋯": actions used now and then (settings), reachable by Tab and Space too."""
        settings = QAction(QCoreApplication.translate("MainWindow", "Settings…"), self)
        settings.setObjectName("settings_action")
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        settings.triggered.connect(self.settings_requested)
        self.addAction(settings)
        wipe = QAction(QCoreApplication.translate("MainWindow", "Wipe the vault and quit…"), self)
        wipe.setObjectName("wipe_action")
        wipe.setShortcut(QKeySequence(PANIC_WIPE_KEYS))
        wipe.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        wipe.triggered.connect(self.wipe_requested)
        self.addAction(wipe)
        back_up = QAction(QCoreApplication.translate("MainWindow", "Back up the vault…"), self)
        back_up.setObjectName("backup_action")
        back_up.triggered.connect(self.open_backup)
        passphrase = QAction(QCoreApplication.translate("MainWindow", "Change passphrase…"), self)
        passphrase.setObjectName("passphrase_action")
        passphrase.triggered.connect(self.passphrase_requested)
        sync = QAction(QCoreApplication.translate("MainWindow", "Sync the mailbox now"), self)
        sync.setObjectName("sync_now_action")
        sync.setShortcut(QKeySequence(Qt.Key.Key_F5))
        sync.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        sync.triggered.connect(self.sync_mailbox)
        self.addAction(sync)
        shortcuts = QAction(QCoreApplication.translate("MainWindow", "Keyboard shortcuts…"), self)
        shortcuts.setObjectName("shortcuts_action")
        shortcuts.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        shortcuts.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        shortcuts.triggered.connect(self.show_shortcuts)
        self.addAction(shortcuts)
        self.more_menu = QMenu(self)
        self.more_menu.addAction(settings)
        self.more_menu.addAction(sync)
        self.more_menu.addAction(shortcuts)
        self.more_menu.addAction(back_up)
        self.more_menu.addAction(passphrase)
        self.more_menu.addSeparator()
        self.more_menu.addAction(wipe)
        button = QToolButton()
        button.setObjectName("more_button")
        button.setText("⋯")
        more = QCoreApplication.translate("MainWindow", "More actions")
        button.setToolTip(more)
        button.setAccessibleName(more)
        button.setMenu(self.more_menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def _shortcuts(self) -> None:
        # Ctrl+L (lock) is not here: it locks from every window (autolock.LockKey)
        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence.StandardKey.New, self.new_record),
            (QKeySequence.StandardKey.Undo, self.undo.undo_delete),
            (QKeySequence("Ctrl+Shift+D"), self.undo.open_duplicates),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        for number, _view in enumerate(self.views, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, n=number: self.sidebar.setCurrentRow(n - 1))
            self.addAction(action)

    # Navigation and search

    @property
    def current_view(self) -> RecordListView:
        return self.views[self.stack.currentIndex()]

    def view_of(self, cls: type[RecordListView]) -> RecordListView:
        return next(v for v in self.views if isinstance(v, cls))

    def _switch(self, row: int) -> None:
        self.catch_up()
        if 0 <= row < self.stack.count():
            self.stack.setCurrentIndex(row)
            self.search.setEnabled(row < len(self.views))
            self.new_button.setEnabled(row < len(self.views))
            self.apply_search()

    def catch_up(self) -> None:
        """Re-read the lists when the vault changed behind them (`pslapp-cli` run beside
        the open app): called on switching lists and when the window comes to the front."""
        if self.vault is None or self.vault.is_locked:
            return
        mark = records.change_mark(self.vault)
        if mark != self._seen_change:
            self._seen_change = mark
            for view in self.views:
                view.refresh()
            if self.duplicates is not None and self.duplicates.isVisible():
                self.duplicates.catch_up()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.catch_up()
        super().changeEvent(event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def apply_search(self) -> None:
        self._search_timer.stop()
        if self.vault is not None and self.stack.currentIndex() < len(self.views):
            self.current_view.set_query(self.search.text())

    def _search_enter(self) -> None:
        self.apply_search()
        if self.stack.currentIndex() >= len(self.views):
            return
        view = self.current_view
        if view.model.rowCount() > 0:
            view.table.setFocus()
            view.table.selectRow(0)

    # Actions

    def new_record(self) -> None:
        if self.stack.currentIndex() < len(self.views):
            self.current_view.new_record()

    def show_message(self, text: str) -> None:
        """A passing word in the status bar (it goes after a few seconds)."""
        self.status.say(text)

    def sync_mailbox(self) -> bool:
        """ "Sync now": a round of the mailbox, or a word on how to set one up."""
        if self.vault is None:
            return False
        if mailbox.folder_of(self.vault) is None:
            self.show_message(
                QCoreApplication.translate(
                    "MainWindow",
                    "No mailbox folder yet: choose one in ⋯ → Settings… (a folder Syncthing "
                    "or the like shares with your peers).",
                )
            )
            return False
        return self.mailbox.sync_now()

    def _mailbox_failed(self, text: str) -> None:
        self.status.keep("mailbox", text)  # until a round goes through

    def _mailbox_synced(self, report: mailbox.RoundReport) -> None:
        text = summary(report)
        if report.left_for_review:  # stays until a round leaves nothing waiting
            self.status.keep("mailbox", text)
        else:
            self.status.settle("mailbox")
            if text:
                self.show_message(text)
        self.catch_up()
        if self.door is not None and (report.applied or report.written):
            self.door.reload()  # the other door's check-ins and walk-ins, live

    # Undo and merges (gui/undo_actions.py)

    @property
    def duplicates(self) -> DuplicatesDialog | None:
        return self.undo.duplicates

    def open_duplicates(self) -> DuplicatesDialog | None:
        return self.undo.open_duplicates()

    def reread_lists(self) -> None:
        """Every list read again (a merge or its undo moved attendances and links), the
        change that caused it taken as seen."""
        if self.vault is None:
            return
        self._seen_change = records.change_mark(self.vault)
        for view in self.views:
            view.refresh()

    def show_shortcuts(self) -> ShortcutOverview:
        overview = ShortcutOverview(self)
        overview.open()
        return overview

    # An event's door, registration list and printouts

    def open_door(self, event_id: str) -> DoorWindow | None:
        """Hide everything else and show the door screen for one event."""
        if self.vault is None:
            return None
        door = DoorWindow(self.vault, event_id, self)
        door.left.connect(lambda: self._door_left(event_id))
        door.wipe_requested.connect(self.wipe_requested)  # the panic action works at the door
        door.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.door = door
        self.mailbox.set_live(True, event_id)  # the other door's check-ins within seconds
        self.hide()
        door.showFullScreen()
        door.activateWindow()
        door.search.setFocus()
        return door

    def _door_left(self, event_id: str) -> None:
        self.door = None
        self.mailbox.set_live(False)
        self.show()
        self.view_of(EventsView).reload(event_id)

    def open_import(self, event_id: str) -> RegistrationWizard | None:
        if self.vault is None:
            return None
        wizard = RegistrationWizard(self.vault, event_id, self)
        wizard.imported.connect(lambda: self.view_of(EventsView).reload(event_id))
        wizard.open()
        return wizard

    def open_print(self, event_id: str) -> PrintDialog | None:
        if self.vault is None:
            return None
        dialog = PrintDialog(self.vault, event_id, self)
        dialog.open()
        return dialog

    def open_backup(self) -> BackupDialog | None:
        if self.vault is None:
            return None
        dialog = BackupDialog(self.vault, self)
        dialog.written.connect(lambda *_a: self.status.settle("backup"))
        dialog.open()
        return dialog

    # Locking

    def drop(self) -> None:
        """Forget the vault and every row, detail and model shown from it."""
        self.undo.drop()
        self.search.clear()
        self._search_timer.stop()
        for view in self.views:
            view.clear()
        self.bundles.drop()
        self.mailbox.drop()
        self.door = None
        self.palette_.clear()
        self.status.clear()
        self.vault = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.drop()
        super().closeEvent(event)
