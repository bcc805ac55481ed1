"""Asking before something that cannot be taken back: a question with the consequence in
plain words and a button that says what it does (never just "Yes")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def ask(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    box, do = question(parent, title, text, action)
    box.exec()
    return box.clickedButton() is do


def question(
    parent: QWidget | None, title: str, text: str, action: str
) -> tuple[QMessageBox, QPushButton]:
    """The question box and its action button, not shown yet (screenshots show it)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    do = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        QCoreApplication.translate("Confirm", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    return box, do
