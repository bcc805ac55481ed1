"""The first thing anyone sees: the passphrase prompt. Unlocking (a deliberately slow key
derivation) runs off the UI thread while a busy bar moves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.errors import PslappError, VaultDamaged, WipeUnfinished, WrongPassphrase
from pslapp.gui import runner
from pslapp.gui.feedback import busy_bar, error_label
from pslapp.services.vault import Vault, open_vault, open_with_recovery_code


def error_message(exc: Exception) -> str:
    """What went wrong, in words for the user; never a traceback."""
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "UnlockDialog",
            "That passphrase does not open this vault. Nothing was changed; try again.",
        )
    if isinstance(exc, WipeUnfinished):
        return QCoreApplication.translate(
            "UnlockDialog",
            "A wipe of this vault was interrupted. Run 'pslapp-cli wipe' to finish it.",
        )
    if isinstance(exc, VaultDamaged):
        return QCoreApplication.translate(
            "UnlockDialog",
            "A vault file is damaged: %1. Nothing was changed. Restore the vault folder "
            "from a backup, or try the recovery code.",
        ).replace("%1", Path(exc.file).name)
    if isinstance(exc, PslappError):
        return str(exc)
    return QCoreApplication.translate(
        "UnlockDialog", "The vault could not be opened (%1)."
    ).replace("%1", type(exc).__name__)


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # the Vault

    def __init__(self, folder: Path, *, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(QCoreApplication.translate("UnlockDialog", "Unlock"))
        self._folder = folder
        self._recovery = False
        self._job: runner.Job | None = None
        heading = QLabel(QCoreApplication.translate("UnlockDialog", "Unlock your vault"))
        heading.setProperty("role", "title")
        self.prompt = QLabel(QCoreApplication.translate("UnlockDialog", "Passphrase"))
        self.secret = QLineEdit()
        self.secret.setObjectName("passphrase")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.returnPressed.connect(self.unlock)
        self.secret.textEdited.connect(lambda _text: self._clear_error())
        self.prompt.setBuddy(self.secret)
        self.hint = QLabel(hint)
        self.hint.setProperty("role", "caption")
        self.hint.setVisible(bool(hint))
        self.error = error_label("unlock_error")
        self.busy = busy_bar("busy")
        self.switch = QPushButton(
            QCoreApplication.translate("UnlockDialog", "Use the recovery code instead")
        )
        self.switch.setObjectName("use_recovery")
        self.switch.setFlat(True)
        self.switch.clicked.connect(self.toggle_recovery)
        self.unlock_button = QPushButton(QCoreApplication.translate("UnlockDialog", "Unlock"))
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.prompt)
        layout.addWidget(self.secret)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        self.setMinimumWidth(440)

    def toggle_recovery(self) -> None:
        self._recovery = not self._recovery
        self.secret.clear()
        self.error.hide()
        if self._recovery:
            self.prompt.setText(QCoreApplication.translate("UnlockDialog", "Recovery code"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.switch.setText(
                QCoreApplication.translate("UnlockDialog", "Use the passphrase instead")
            )
        else:
            self.prompt.setText(QCoreApplication.translate("UnlockDialog", "Passphrase"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.switch.setText(
                QCoreApplication.translate("UnlockDialog", "Use the recovery code instead")
            )
        self.secret.setFocus()

    def unlock(self) -> None:
        secret = self.secret.text()
        if not secret or self._job is not None:
            return
        folder, recovery = self._folder, self._recovery
        self._set_busy(True)

        def work(_job: runner.Job) -> Vault:
            if recovery:
                return open_with_recovery_code(folder, secret)
            return open_vault(folder, secret)

        self._job = runner.run(work, on_done=self._done, on_error=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.error.hide()
        self.secret.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.switch.setEnabled(not busy)

    def _done(self, vault: object) -> None:
        self._job = None
        self._set_busy(False)
        self.secret.clear()
        self.unlocked.emit(vault)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._job = None
        self._set_busy(False)
        self.secret.clear()
        self.error.setText(error_message(exc))
        self.error.show()
        self.adjustSize()  # room for the whole message, however it wraps
        self.secret.setFocus()

    def _clear_error(self) -> None:
        """An old refusal does not stay under a new attempt being typed."""
        if self.error.isVisible():
            self.error.hide()
            self.adjustSize()
