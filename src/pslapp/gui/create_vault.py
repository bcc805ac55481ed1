"""First start: make a vault. A passphrase typed twice (with a hint about its strength),
then the recovery code, shown exactly once, to be written on paper."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pslapp.crypto.kdf import KdfParams
from pslapp.gui import runner
from pslapp.gui.feedback import busy_bar, error_label
from pslapp.gui.passphrase_hint import MIN_LENGTH, strength
from pslapp.gui.unlock import error_message
from pslapp.services.vault import Vault, create_vault

CODE_LINE_GROUPS = 4


def code_lines(code: str) -> str:
    """The recovery code in lines of four whole groups, each line but the last ending in
    its hyphen: "ABCDE-FGHJK-...-\nMNPQR-..." (the code is read without the hyphens)."""
    groups = code.split("-")
    lines = [
        "-".join(groups[i : i + CODE_LINE_GROUPS]) for i in range(0, len(groups), CODE_LINE_GROUPS)
    ]
    return "-\n".join(lines)


class CreateVaultDialog(QDialog):
    created = Signal(object)  # the open Vault, after the code was confirmed
    restore_requested = Signal()  # "Restore from a backup…" instead of a new vault

    def __init__(
        self, folder: Path, *, kdf: KdfParams | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("create_vault_dialog")
        self.setWindowTitle(QCoreApplication.translate("CreateVaultDialog", "Create a vault"))
        self._folder = folder
        self._kdf = kdf
        self._vault: Vault | None = None
        self._job: runner.Job | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._recovery_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.setMinimumWidth(520)

    # Page 1: the passphrase

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        heading = QLabel(
            QCoreApplication.translate("CreateVaultDialog", "Welcome. Let us create your vault.")
        )
        heading.setProperty("role", "title")
        intro = QLabel(
            QCoreApplication.translate(
                "CreateVaultDialog",
                "Everything you keep here is encrypted on this computer. Choose a "
                "passphrase only you know: without it, nobody can open the vault, "
                "including you.",
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("vault_name")
        self.name.setPlaceholderText(
            QCoreApplication.translate("CreateVaultDialog", "e.g. Cologne chapter")
        )
        self.first = QLineEdit()
        self.first.setObjectName("new_passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("repeat_passphrase")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.returnPressed.connect(self.submit)
        for field in (self.first, self.second):
            field.textEdited.connect(lambda _text: self._edited())
        self.meter = QProgressBar()
        self.meter.setObjectName("strength_meter")
        self.meter.setRange(0, 3)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(6)
        self.hint = QLabel()
        self.hint.setObjectName("strength_hint")
        self.hint.setProperty("role", "caption")
        self.hint.setWordWrap(True)
        self.error = error_label("create_error")
        self.busy = busy_bar()
        self.create_button = QPushButton(
            QCoreApplication.translate("CreateVaultDialog", "Create vault")
        )
        self.create_button.setObjectName("create_button")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        self.first.textChanged.connect(self._update_hint)
        form = QVBoxLayout()
        form.setSpacing(4)
        for text, widget in (
            (
                QCoreApplication.translate(
                    "CreateVaultDialog", "Your name or your chapter's name, as others will see it"
                ),
                self.name,
            ),
            (QCoreApplication.translate("CreateVaultDialog", "Passphrase"), self.first),
            (None, self.meter),
            (None, self.hint),
            (QCoreApplication.translate("CreateVaultDialog", "Passphrase again"), self.second),
        ):
            if text is not None:
                label = QLabel(text)
                label.setBuddy(widget)
                form.addSpacing(6)
                form.addWidget(label)
            form.addWidget(widget)
        restore = QPushButton(
            QCoreApplication.translate("CreateVaultDialog", "Restore from a backup…")
        )
        restore.setObjectName("restore_backup_button")
        restore.setAutoDefault(False)
        restore.clicked.connect(self.restore_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(restore)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._update_hint("")
        return page

    def _update_hint(self, text: str) -> None:
        level, advice = strength(text)
        self.meter.setValue(level)
        self.meter.setProperty("level", str(level))
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        self.hint.setText(advice)

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.adjustSize()  # room for the wrapped message, not cut at the bottom

    def _edited(self) -> None:
        """A refusal is about what was typed before: it goes once the fields change."""
        if self.error.isVisible():
            self.error.hide()
            self.adjustSize()

    def submit(self) -> None:
        if self._job is not None:
            return
        first, second = self.first.text(), self.second.text()
        name = self.name.text().strip() or QCoreApplication.translate(
            "CreateVaultDialog", "Coordinator"
        )
        if len(first) < MIN_LENGTH:
            self._refuse(
                QCoreApplication.translate(
                    "CreateVaultDialog", "The passphrase needs at least 10 characters."
                )
            )
            return
        if first != second:
            self._refuse(
                QCoreApplication.translate(
                    "CreateVaultDialog", "The two passphrases are not the same. Type them again."
                )
            )
            self.second.clear()
            self.second.setFocus()
            return
        self.error.hide()
        self.busy.show()
        self.create_button.setEnabled(False)
        folder, kdf = self._folder, self._kdf

        def work(_job: runner.Job) -> tuple[Vault, str]:
            return create_vault(folder, first, name, kdf=kdf)

        self._job = runner.run(work, on_done=self._created, on_error=self._failed)

    def _failed(self, exc: Exception) -> None:
        self._job = None
        self.busy.hide()
        self.create_button.setEnabled(True)
        self._refuse(error_message(exc))

    def _created(self, result: object) -> None:
        self._job = None
        self.busy.hide()
        vault, code = cast(tuple[Vault, str], result)
        self._vault = vault
        self.first.clear()
        self.second.clear()
        self.code.setText(code_lines(code))
        self.pages.setCurrentIndex(1)
        self.adjustSize()
        self.create_button.setDefault(False)
        self.continue_button.setDefault(True)  # tick the box, then Enter, as on page 1
        self.written.setFocus()

    # Page 2: the recovery code, once

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        heading = QLabel(QCoreApplication.translate("CreateVaultDialog", "Your recovery code"))
        heading.setProperty("role", "title")
        text = QLabel(
            QCoreApplication.translate(
                "CreateVaultDialog",
                "If you forget the passphrase, this code is the only way back in. Write it "
                "on paper now and keep it somewhere safe, away from this computer. "
                "It is shown only this once; do not photograph it or save it in a file.",
            )
        )
        text.setWordWrap(True)
        self.code = QLabel()
        self.code.setObjectName("recovery_code")
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setProperty("role", "code")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setWordWrap(False)  # lines are cut between groups, never inside one
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.code.setFont(font)
        self.written = QCheckBox(
            QCoreApplication.translate("CreateVaultDialog", "I have written it down")
        )
        self.written.setObjectName("written_down")
        self.continue_button = QPushButton(
            QCoreApplication.translate("CreateVaultDialog", "Continue")
        )
        self.continue_button.setObjectName("continue_button")
        self.continue_button.setProperty("role", "primary")
        self.continue_button.setEnabled(False)
        self.written.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.written)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(self.code)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _finish(self) -> None:
        self.code.clear()  # shown once: gone from the window as soon as it is confirmed
        vault, self._vault = self._vault, None
        self.created.emit(vault)
        self.accept()

    def reject(self) -> None:
        if self._vault is not None:
            return  # the vault exists: the code must be confirmed before going on
        super().reject()
