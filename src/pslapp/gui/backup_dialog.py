"""Back up the vault: choose a file (a USB stick), then the whole vault is written there
encrypted, off the UI thread, with progress. Only this vault's passphrase or recovery code
opens it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pslapp.gui import file_choice, runner
from pslapp.services import backup
from pslapp.services.vault import Vault


class BackupDialog(QDialog):
    written = Signal(object)  # the BackupWritten

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self.setWindowTitle(QCoreApplication.translate("BackupDialog", "Back up the vault"))
        self.vault = vault
        self.job: runner.Job | None = None
        intro = QLabel(
            QCoreApplication.translate(
                "BackupDialog",
                "Writes the whole vault to one encrypted file, for example on a USB stick "
                "kept away from this laptop. Only this vault's passphrase or recovery code "
                "opens it. If the laptop is seized or broken, restore it on another "
                "computer.",
            )
        )
        intro.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        self.close_button = QPushButton(QCoreApplication.translate("BackupDialog", "Close"))
        self.close_button.clicked.connect(self.reject)
        self.save_button = QPushButton(
            QCoreApplication.translate("BackupDialog", "Choose a file and back up…")
        )
        self.save_button.setObjectName("backup_save")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.choose_file)
        self.save_button.setDefault(True)
        self.save_button.setFocus()  # the first button would take the focus, and Enter
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addLayout(buttons)
        self.setMinimumWidth(480)

    def choose_file(self) -> None:
        path = file_choice.choose_save(
            self,
            QCoreApplication.translate("BackupDialog", "Save the backup"),
            QCoreApplication.translate("BackupDialog", "pslapp backups (*.pslbackup)"),
            f"pslapp-{date.today().isoformat()}{backup.SUFFIX}",
        )
        if path is None:
            return
        if path.suffix != backup.SUFFIX:
            path = path.with_name(path.name + backup.SUFFIX)
        self.back_up_to(path)

    def back_up_to(self, path: Path) -> runner.Job:
        vault = self.vault
        self.save_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(QCoreApplication.translate("BackupDialog", "Writing the backup…"))
        self.job = runner.run(
            lambda job: backup.back_up(vault, path, progress=job.progress),
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progressed,
        )
        return self.job

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, written: backup.BackupWritten) -> None:
        self.progress.hide()
        self.save_button.setEnabled(True)
        self.status.setText(
            QCoreApplication.translate(
                "BackupDialog", "Backup written to %1. Keep it away from this laptop."
            ).replace("%1", written.path.name)
        )
        self.save_button.setDefault(False)  # done: Enter closes, one red button
        self.save_button.setProperty("role", None)
        self.save_button.style().unpolish(self.save_button)
        self.save_button.style().polish(self.save_button)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.written.emit(written)

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        self.save_button.setEnabled(True)
        if isinstance(error, OSError) and error.strerror:
            self.status.setText(
                QCoreApplication.translate(
                    "BackupDialog", "The backup could not be written; nothing was saved. (%1)"
                ).replace("%1", error.strerror)
            )
        else:
            self.status.setText(
                QCoreApplication.translate(
                    "BackupDialog", "The backup could not be written; nothing was saved."
                )
            )
