"""Restore a backup on a new or repaired computer: choose the file, type the passphrase (or
the recovery code) it was made with; every byte is checked before the vault is put in place,
off the UI thread, with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.errors import BackupDamaged, PslappError, WrongPassphrase
from pslapp.gui import file_choice, runner
from pslapp.services import backup
from pslapp.services.vault import Vault


class RestoreDialog(QDialog):
    restored = Signal(object)  # the open Vault

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(QCoreApplication.translate("RestoreDialog", "Restore a backup"))
        self._folder = folder
        self.file: Path | None = None
        self.job: runner.Job | None = None
        intro = QLabel(
            QCoreApplication.translate(
                "RestoreDialog",
                "Choose the backup file, then type the passphrase the vault had when the "
                "backup was made, or its recovery code.",
            )
        )
        intro.setWordWrap(True)
        self.file_label = QLabel()
        self.file_label.setObjectName("restore_file")
        choose = QPushButton(QCoreApplication.translate("RestoreDialog", "Choose backup…"))
        choose.clicked.connect(self.choose_file)
        self.secret = QLineEdit()
        self.secret.setObjectName("restore_passphrase")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(QCoreApplication.translate("RestoreDialog", "Passphrase"))
        self.use_code = QCheckBox(
            QCoreApplication.translate("RestoreDialog", "I have the recovery code instead")
        )
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("restore_status")
        self.status.setWordWrap(True)
        cancel = QPushButton(QCoreApplication.translate("RestoreDialog", "Cancel"))
        cancel.clicked.connect(self.reject)
        self.restore_button = QPushButton(QCoreApplication.translate("RestoreDialog", "Restore"))
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setProperty("role", "primary")
        self.restore_button.clicked.connect(self.start)
        self.restore_button.setDefault(True)  # Enter in the field, never Cancel
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(choose)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.restore_button)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(file_row)
        column.addWidget(self.secret)
        column.addWidget(self.use_code)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addLayout(buttons)
        self.setMinimumWidth(480)

    def choose_file(self) -> None:
        path = file_choice.choose_open(
            self,
            QCoreApplication.translate("RestoreDialog", "Choose backup"),
            QCoreApplication.translate("RestoreDialog", "pslapp backups (*.pslbackup)"),
        )
        if path is not None:
            self.file = path
            self.file_label.setText(path.name)

    def start(self) -> None:
        typed, path = self.secret.text(), self.file
        if path is None or not typed or (self.job is not None and self.job.running):
            return
        folder, code = self._folder, self.use_code.isChecked()
        self.restore_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(QCoreApplication.translate("RestoreDialog", "Checking the backup…"))
        self.job = runner.run(
            lambda job: backup.restore(
                path, folder, typed, recovery_code=code, progress=job.progress
            ),
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progressed,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, vault: Vault) -> None:
        self.secret.clear()
        self.progress.hide()
        self.restored.emit(vault)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        self.restore_button.setEnabled(True)
        self.secret.clear()
        if isinstance(error, WrongPassphrase):
            text = QCoreApplication.translate(
                "RestoreDialog", "That does not open this backup. Nothing was changed."
            )
        elif isinstance(error, BackupDamaged):
            text = QCoreApplication.translate(
                "RestoreDialog",
                "This file is not a pslapp backup, or it is damaged. Nothing was changed.",
            )
        elif isinstance(error, PslappError | OSError):
            text = QCoreApplication.translate(
                "RestoreDialog", "The backup could not be restored here. Nothing was changed."
            )
        else:
            text = QCoreApplication.translate(
                "RestoreDialog", "Something went wrong. Nothing was changed."
            )
        self.status.setText(text)
