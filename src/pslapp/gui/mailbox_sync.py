"""Rounds of the mailbox (services/mailbox) from the desktop app: on a timer, on demand
("Sync now"), on lock, and live in door mode (the folder watched, a round a moment after
anything in it changes, and a short timer besides, since a watcher can miss a rename on
some file systems). Rounds run off the UI thread through the runner, one at a time."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from pslapp.core.errors import PslappError
from pslapp.gui import runner
from pslapp.services import mailbox
from pslapp.services.vault import Vault

log = logging.getLogger(__name__)

INTERVAL_MS = 2 * 60_000  # a round every two minutes while the app is open
LIVE_INTERVAL_MS = 5_000  # in door mode
SETTLE_MS = 700  # after the folder changes: let the carrier finish its rename


class MailboxSync(QObject):
    synced = Signal(object)  # mailbox.RoundReport
    failed = Signal(str)

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = vault
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(SETTLE_MS)
        self.soon.timeout.connect(self.sync_now)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.soon.start())
        self.live = False
        self.door_event: str | None = None  # door mode: that event's other door applies
        self._job: runner.Job | None = None
        self._again = False
        self.rounds = 0  # finished rounds, for tests and the status bar

    def start(self) -> None:
        """Start the timer (and, live, the watcher) if the vault has a mailbox folder."""
        self.timer.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        folder = self.folder()
        if folder is None:
            return
        self.timer.setInterval(LIVE_INTERVAL_MS if self.live else INTERVAL_MS)
        self.timer.start()
        if self.live:
            self.watcher.addPath(str(folder))

    def folder(self) -> Path | None:
        if self.vault is None:
            return None
        return mailbox.folder_of(self.vault)

    def set_live(self, live: bool, event_id: str | None = None) -> None:
        """Door mode for `event_id`: rounds within seconds of a change in the folder, and
        the other door's work on that event applied without review."""
        self.live = live
        self.door_event = event_id if live else None
        self.start()
        if live:
            self.sync_now()

    def sync_now(self) -> bool:
        """Start a round off the UI thread; False if none can run (no folder, locked), or
        one is running already (another follows it)."""
        vault = self.vault
        if vault is None or self.folder() is None:
            return False
        if self._job is not None:
            self._again = True
            return False
        door_event = self.door_event
        self._job = runner.run(
            lambda _job: mailbox.sync_round(vault, door_event=door_event),
            on_done=self._done,
            on_error=self._failed,
        )
        return True

    def sync_before_lock(self) -> None:
        """One last round, on the UI thread (the runner is stopped by then), so what was
        done before locking reaches the folder. A failure is logged, never shown: the
        vault locks regardless."""
        vault, self.vault = self.vault, None
        self.stop()
        if vault is None or mailbox.folder_of(vault) is None:
            return
        try:
            mailbox.sync_round(vault)
        except (PslappError, OSError) as exc:
            log.warning("mailbox round before lock failed: %s", type(exc).__name__)

    def stop(self) -> None:
        self.timer.stop()
        self.soon.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())

    def drop(self) -> None:
        self.vault = None
        self.stop()
        self._job = None

    def _done(self, report: object) -> None:
        self._job = None
        self.rounds += 1
        self.synced.emit(report)
        if self._again:
            self._again = False
            self.sync_now()

    def _failed(self, error: Exception) -> None:
        self._job = None
        self._again = False
        text = str(error) if isinstance(error, PslappError) else type(error).__name__
        self.failed.emit(
            QCoreApplication.translate("MailboxSync", "The mailbox round failed: %1").replace(
                "%1", text
            )
        )


def summary(report: mailbox.RoundReport) -> str:
    """One line for the status bar, or "" when the round did nothing worth saying."""
    if not (report.applied or report.left_for_review or report.written):
        return ""
    return (
        QCoreApplication.translate(
            "MailboxSync", "Mailbox: %1 applied, %2 waiting for your review, %3 sent."
        )
        .replace("%1", str(report.applied))
        .replace("%2", str(report.left_for_review))
        .replace("%3", str(report.written))
    )
