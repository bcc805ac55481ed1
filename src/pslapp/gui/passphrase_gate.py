"""The passphrase, asked again before an action that would hand the vault to someone at an
unlocked laptop (the list and why: docs/threat-model.md, "Gates"). A fresh check against
`keyslots.json`, off the UI thread; the idle timer or a recent unlock does not count."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pslapp.gui import runner
from pslapp.services.door import verify_passphrase


class PassphraseGate(QDialog):
    def __init__(self, folder: Path, why: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_gate")
        self.setWindowTitle(QCoreApplication.translate("PassphraseGate", "Passphrase"))
        self.setModal(True)
        self._folder = folder
        self._job: runner.Job | None = None
        self.reason = QLabel(why)
        self.reason.setObjectName("gate_reason")
        self.reason.setWordWrap(True)
        prompt = QLabel(
            QCoreApplication.translate("PassphraseGate", "Type the vault's passphrase to continue.")
        )
        prompt.setWordWrap(True)
        prompt.setProperty("role", "caption")
        self.secret = QLineEdit()
        self.secret.setObjectName("gate_passphrase")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("gate_error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        cancel = QPushButton(QCoreApplication.translate("PassphraseGate", "Cancel"))
        cancel.clicked.connect(self.reject)
        self.continue_button = QPushButton(QCoreApplication.translate("PassphraseGate", "Continue"))
        self.continue_button.setObjectName("gate_continue")
        self.continue_button.setProperty("role", "primary")
        self.continue_button.setDefault(True)  # Enter in the field, never Cancel
        self.continue_button.clicked.connect(self.check)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.continue_button)
        column = QVBoxLayout(self)
        column.addWidget(self.reason)
        column.addWidget(prompt)
        column.addWidget(self.secret)
        column.addWidget(self.error)
        column.addLayout(buttons)
        self.setMinimumWidth(420)

    def check(self) -> None:
        typed = self.secret.text()
        if not typed or (self._job is not None and self._job.running):
            return
        self.continue_button.setEnabled(False)
        self.error.setText(QCoreApplication.translate("PassphraseGate", "Checking…"))
        folder = self._folder
        self._job = runner.run(
            lambda _job: verify_passphrase(folder, typed),
            on_done=self._checked,
            on_error=self._failed,
        )

    def _failed(self, _error: Exception) -> None:
        self._checked(False)

    def _checked(self, opens: object) -> None:
        self.continue_button.setEnabled(True)
        if opens is True:
            self.secret.clear()
            self.accept()
            return
        self.secret.clear()
        self.error.setText(
            QCoreApplication.translate(
                "PassphraseGate", "That passphrase does not open this vault. Nothing was done."
            )
        )

    def reject(self) -> None:
        self.secret.clear()
        super().reject()


def ask(parent: QWidget | None, folder: Path, why: str) -> bool:
    """Whether the person at the keyboard typed the passphrase just now."""
    gate = PassphraseGate(folder, why, parent)
    try:
        return gate.exec() == QDialog.DialogCode.Accepted
    finally:
        gate.deleteLater()
