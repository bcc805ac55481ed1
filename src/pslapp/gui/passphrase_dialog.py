"""Change the passphrase: the current one (a fresh check, as every gate), the new one twice;
optionally re-encrypt the vault under a new data key too (when an old passphrase or recovery
code may be known), which the session does with the vault locked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.errors import WrongPassphrase
from pslapp.gui import runner
from pslapp.gui.feedback import busy_bar, error_label
from pslapp.gui.passphrase_hint import strength
from pslapp.services.door import verify_passphrase
from pslapp.services.vault import change_passphrase


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PassphraseDialog(QDialog):
    changed = Signal()
    rekey_requested = Signal(str, str)  # current, new: the session locks, re-keys, reopens

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(QCoreApplication.translate("PassphraseDialog", "Change passphrase"))
        self._folder = folder
        self.job: runner.Job | None = None
        self.current = _secret_field("current_passphrase")
        self.first = _secret_field("new_passphrase")
        self.second = _secret_field("repeat_passphrase")
        self.hint = QLabel()
        self.hint.setProperty("role", "caption")
        self.hint.setWordWrap(True)
        self.first.textChanged.connect(lambda text: self.hint.setText(strength(text)[1]))
        self.rekey = QCheckBox(
            QCoreApplication.translate("PassphraseDialog", "Also re-encrypt under a new key")
        )
        self.rekey.setObjectName("rekey_too")
        rekey_note = QLabel(
            QCoreApplication.translate(
                "PassphraseDialog",
                "When an old passphrase or recovery code may be known. You get a new "
                "recovery code; the old one stops working.",
            )
        )
        rekey_note.setProperty("role", "caption")
        rekey_note.setWordWrap(True)
        self.error = error_label("passphrase_error")
        self.busy = busy_bar()
        cancel = QPushButton(QCoreApplication.translate("PassphraseDialog", "Cancel"))
        cancel.clicked.connect(self.reject)
        self.change_button = QPushButton(
            QCoreApplication.translate("PassphraseDialog", "Change passphrase")
        )
        self.change_button.setObjectName("change_passphrase_button")
        self.change_button.setProperty("role", "primary")
        self.change_button.clicked.connect(self.submit)
        self.change_button.setDefault(True)  # Enter in a field, never Cancel
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.change_button)
        column = QVBoxLayout(self)
        for text, widget in (
            (QCoreApplication.translate("PassphraseDialog", "Current passphrase"), self.current),
            (QCoreApplication.translate("PassphraseDialog", "New passphrase"), self.first),
            (None, self.hint),
            (QCoreApplication.translate("PassphraseDialog", "New passphrase again"), self.second),
        ):
            if text is not None:
                label = QLabel(text)
                label.setBuddy(widget)
                column.addWidget(label)
            column.addWidget(widget)
        column.addWidget(self.rekey)
        column.addWidget(rekey_note)
        column.addWidget(self.error)
        column.addWidget(self.busy)
        column.addLayout(buttons)
        self.setMinimumWidth(480)

    def submit(self) -> None:
        old, new = self.current.text(), self.first.text()
        if self.job is not None and self.job.running:
            return
        for field in (self.current, self.first, self.second):
            if not field.text():  # Enter in a field moves on to the next empty one
                field.setFocus()
                return
        if new != self.second.text():
            self.error.setText(
                QCoreApplication.translate("PassphraseDialog", "The two new passphrases differ.")
            )
            self.error.show()
            return
        folder, rekey = self._folder, self.rekey.isChecked()

        def work(_job: runner.Job) -> bool:
            if not verify_passphrase(folder, old):
                raise WrongPassphrase()
            if not rekey:
                change_passphrase(folder, old, new)
            return rekey

        self.change_button.setEnabled(False)
        self.busy.show()
        self.job = runner.run(work, on_done=self._done, on_error=self._failed)

    def _done(self, rekey: bool) -> None:
        old, new = self.current.text(), self.first.text()
        self._clear()
        if rekey:
            self.rekey_requested.emit(old, new)
        else:
            self.changed.emit()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.change_button.setEnabled(True)
        self.current.clear()
        if isinstance(error, WrongPassphrase):
            text = QCoreApplication.translate(
                "PassphraseDialog", "The current passphrase is not right. Nothing was changed."
            )
        else:
            text = QCoreApplication.translate(
                "PassphraseDialog", "The passphrase could not be changed. Nothing was changed."
            )
        self.error.setText(text)
        self.error.show()

    def _clear(self) -> None:
        for field in (self.current, self.first, self.second):
            field.clear()

    def reject(self) -> None:
        self._clear()
        super().reject()
