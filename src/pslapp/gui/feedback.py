"""The two small widgets every form and dialog uses to answer the user: an error line
(always plain text: it may quote what was typed or what a file held) and a thin, moving
busy bar for work running in the background. Both start hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar


def error_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setProperty("role", "error")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.hide()
    return label


def busy_bar(object_name: str = "") -> QProgressBar:
    bar = QProgressBar()
    if object_name:
        bar.setObjectName(object_name)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.hide()
    return bar
