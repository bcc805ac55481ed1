"""Leaving door mode: the passphrase of the vault, checked off the UI thread. Whoever
stands at the door without it stays in door mode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class LeavePanel(QWidget):
    leave_requested = Signal(str)  # the passphrase typed
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("door_leave")
        title = QLabel(QCoreApplication.translate("DoorLeave", "Leave door mode"))
        title.setProperty("role", "door_title")
        hint = QLabel(
            QCoreApplication.translate(
                "DoorLeave",
                "The rest of the vault opens again with the vault's passphrase. "
                "Volunteers at the door without it stay here.",
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "caption")
        self.secret = QLineEdit()
        self.secret.setObjectName("door_leave_passphrase")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(QCoreApplication.translate("DoorLeave", "Passphrase"))
        self.secret.returnPressed.connect(self._submit)
        self.error = QLabel()
        self.error.setObjectName("door_leave_error")
        self.error.setProperty("role", "error")
        self.leave_button = QPushButton(QCoreApplication.translate("DoorLeave", "Leave door mode"))
        self.leave_button.setObjectName("door_leave_button")
        self.leave_button.setProperty("role", "primary")
        self.leave_button.clicked.connect(self._submit)
        stay = QPushButton(QCoreApplication.translate("DoorLeave", "Stay at the door (Esc)"))
        stay.setObjectName("door_stay_button")
        stay.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(stay)
        buttons.addWidget(self.leave_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 12, 0, 0)
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(hint)
        column.addWidget(self.secret)
        column.addWidget(self.error)
        column.addLayout(buttons)
        column.addStretch(1)

    def start(self) -> None:
        self.secret.clear()
        self.error.clear()
        self.set_busy(False)
        self.secret.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.secret.setEnabled(not busy)
        self.leave_button.setEnabled(not busy)
        if busy:
            self.error.setText(QCoreApplication.translate("DoorLeave", "Checking…"))

    def wrong(self) -> None:
        self.set_busy(False)
        self.secret.clear()
        self.error.setText(
            QCoreApplication.translate(
                "DoorLeave", "That is not the passphrase. You are still in door mode."
            )
        )
        self.secret.setFocus()

    def _submit(self) -> None:
        if self.secret.text():
            self.set_busy(True)
            self.leave_requested.emit(self.secret.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
