"""A fingerprint for comparing in person: 12 groups of 5 digits in a large monospace font,
and the same digits as a QR code beside them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pslapp.crypto.identity import format_fingerprint
from pslapp.gui.qr import qr_pixmap

QR_SIZE = 200
GROUPS_PER_LINE = 3


def fingerprint_lines(compact: str) -> str:
    """'12345 67890 12345\\n...': four lines of three groups, easy to read aloud."""
    groups = format_fingerprint(compact).split()
    return "\n".join(
        " ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    )


class FingerprintPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fingerprint_panel")
        self.digits = QLabel()
        self.digits.setObjectName("fingerprint_digits")
        self.digits.setTextFormat(Qt.TextFormat.PlainText)
        self.digits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font: QFont = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.7)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        self.digits.setFont(font)
        self.qr = QLabel()
        self.qr.setObjectName("fingerprint_qr")
        self.qr.setFixedSize(QR_SIZE, QR_SIZE)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            QCoreApplication.translate(
                "FingerprintPanel",
                "Read the digits aloud with them, or let them scan the code. Every group "
                "must match.",
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "caption")
        left = QVBoxLayout()
        left.addWidget(self.digits)
        left.addWidget(hint)
        left.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        row.addLayout(left, 1)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)

    def show_fingerprint(self, compact: str | None) -> None:
        if not compact:
            self.digits.clear()
            self.qr.clear()
            return
        self.digits.setText(fingerprint_lines(compact))
        self.qr.setPixmap(qr_pixmap(format_fingerprint(compact), QR_SIZE))
