"""Someone who did not register: their name, one optional way to reach them, whether they
agree to be contacted afterwards, and an optional organisation. Enter adds and checks them
in; Escape goes back to the list."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.enums import ChannelKind
from pslapp.gui.labels import value_label

CONTACT_KINDS = (ChannelKind.EMAIL, ChannelKind.PHONE, ChannelKind.SIGNAL, ChannelKind.TELEGRAM)


@dataclass(frozen=True)
class WalkIn:
    name: str
    channel: dict[str, str] | None
    consent: bool
    organisation: str | None


class WalkInForm(QWidget):
    submitted = Signal(object)  # WalkIn
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("walk_in_form")
        title = QLabel(
            QCoreApplication.translate("WalkInForm", "Walk-in: someone who did not register")
        )
        title.setProperty("role", "door_title")
        self.name = QLineEdit()
        self.name.setObjectName("walk_in_name")
        self.name.setPlaceholderText(
            QCoreApplication.translate("WalkInForm", "Name as they want it on their badge")
        )
        self.contact_kind = QComboBox()
        self.contact_kind.setObjectName("walk_in_contact_kind")
        for kind in CONTACT_KINDS:
            self.contact_kind.addItem(value_label(kind.value), kind.value)
        self.contact = QLineEdit()
        self.contact.setObjectName("walk_in_contact")
        self.contact.setPlaceholderText(QCoreApplication.translate("WalkInForm", "Optional"))
        contact_row = QHBoxLayout()
        contact_row.addWidget(self.contact_kind)
        contact_row.addWidget(self.contact, 1)
        self.consent = QCheckBox(
            QCoreApplication.translate("WalkInForm", "Agrees to be contacted after the event")
        )
        self.consent.setObjectName("walk_in_consent")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("walk_in_organisation")
        self.organisation.setPlaceholderText(QCoreApplication.translate("WalkInForm", "Optional"))
        self.error = QLabel()
        self.error.setObjectName("walk_in_error")
        self.error.setProperty("role", "error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(14)
        form.addRow(QCoreApplication.translate("WalkInForm", "Name"), self.name)
        form.addRow(QCoreApplication.translate("WalkInForm", "Contact"), contact_row)
        form.addRow("", self.consent)
        form.addRow(QCoreApplication.translate("WalkInForm", "Organisation"), self.organisation)
        self.add_button = QPushButton(
            QCoreApplication.translate("WalkInForm", "Add and check in (Enter)")
        )
        self.add_button.setObjectName("walk_in_add")
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.submit)
        back = QPushButton(QCoreApplication.translate("WalkInForm", "Back to the list (Esc)"))
        back.setObjectName("walk_in_back")
        back.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(back)
        buttons.addWidget(self.add_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 12, 0, 0)
        column.setSpacing(12)
        column.addWidget(title)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addLayout(buttons)
        column.addStretch(1)
        for line in (self.name, self.contact, self.organisation):
            line.returnPressed.connect(self.submit)

    def start(self, name: str = "") -> None:
        """Empty the form (or start with what was typed into the search) and focus it."""
        self.name.setText(name.strip())
        self.contact.clear()
        self.contact_kind.setCurrentIndex(0)
        self.consent.setChecked(False)
        self.organisation.clear()
        self.error.clear()
        self.name.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def submit(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.show_error(QCoreApplication.translate("WalkInForm", "Write the name first."))
            self.name.setFocus()
            return
        contact = self.contact.text().strip()
        channel = (
            {"kind": str(self.contact_kind.currentData()), "value": contact} if contact else None
        )
        organisation = self.organisation.text().strip() or None
        self.submitted.emit(WalkIn(name, channel, self.consent.isChecked(), organisation))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
