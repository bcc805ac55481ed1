"""This vault's identity card: the fingerprint to read aloud (digits and QR), and the card
file to give to the people you exchange bundles with. The card holds public keys only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pslapp.gui import file_choice
from pslapp.gui.fingerprint_panel import FingerprintPanel
from pslapp.services import peers
from pslapp.services.vault import Vault


class OwnCardDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("own_card_dialog")
        self.setWindowTitle(QCoreApplication.translate("OwnCardDialog", "My identity card"))
        self.vault = vault
        self.card = peers.own_card(vault)
        title = QLabel(QCoreApplication.translate("OwnCardDialog", "My identity card"))
        title.setProperty("role", "title")
        explain = QLabel(
            QCoreApplication.translate(
                "OwnCardDialog",
                "Give the card file to the coordinators you exchange bundles with, then read "
                "these digits together in person so they can mark you as verified. The card "
                "holds no secret.",
            )
        )
        explain.setWordWrap(True)
        self.panel = FingerprintPanel()
        self.panel.show_fingerprint(vault.fingerprint)
        self.status = QLabel()
        self.status.setObjectName("own_card_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        save = QPushButton(QCoreApplication.translate("OwnCardDialog", "Save card to a file…"))
        save.setObjectName("save_card_button")
        save.setProperty("role", "primary")
        save.clicked.connect(self.save_card)
        save.setDefault(True)
        close = QPushButton(QCoreApplication.translate("OwnCardDialog", "Close"))
        close.clicked.connect(self.accept)
        close.setAutoDefault(False)  # focused first, it was drawn red beside Save
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(close)
        buttons.addWidget(save)  # the red button on the right, as in every other dialog
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addWidget(self.panel)
        layout.addLayout(buttons)
        self.resize(720, 420)

    def save_card(self) -> None:
        path = file_choice.choose_save(
            self,
            QCoreApplication.translate("OwnCardDialog", "Save my identity card"),
            QCoreApplication.translate("OwnCardDialog", "Identity cards (*.pslid)"),
            "my-card.pslid",
        )
        if path is None:
            return
        if path.suffix != ".pslid":
            path = path.with_name(path.name + ".pslid")
        try:
            path.write_text(self.card, encoding="utf-8")
        except OSError as exc:
            self.status.setText(
                QCoreApplication.translate(
                    "OwnCardDialog", "The card could not be saved: %1"
                ).replace("%1", str(exc))
            )
            return
        self.status.setText(
            QCoreApplication.translate("OwnCardDialog", "Saved. Give this file to your peers.")
        )
