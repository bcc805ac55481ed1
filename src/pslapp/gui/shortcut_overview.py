"""F1: every keyboard shortcut of the main window, the event page and door mode on one
page, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def _groups() -> list[tuple[str, list[tuple[str, str]]]]:
    return [
        (
            QCoreApplication.translate("Shortcuts", "Everywhere"),
            [
                ("Ctrl+F", QCoreApplication.translate("Shortcuts", "Search")),
                (
                    "Ctrl+N",
                    QCoreApplication.translate("Shortcuts", "Add a record to the list shown"),
                ),
                ("Ctrl+1 … Ctrl+5", QCoreApplication.translate("Shortcuts", "Switch lists")),
                ("Enter", QCoreApplication.translate("Shortcuts", "Open the selected record")),
                ("Delete", QCoreApplication.translate("Shortcuts", "Delete the selected record")),
                (
                    "Ctrl+Z",
                    QCoreApplication.translate("Shortcuts", "Undo the last deletion or merge"),
                ),
                (
                    "Ctrl+Shift+D",
                    QCoreApplication.translate("Shortcuts", "Find people entered twice"),
                ),
                ("Ctrl+O", QCoreApplication.translate("Shortcuts", "Receive a bundle")),
                ("Ctrl+Shift+S", QCoreApplication.translate("Shortcuts", "Send changes")),
                ("Ctrl+,", QCoreApplication.translate("Shortcuts", "Settings")),
                ("Ctrl+L", QCoreApplication.translate("Shortcuts", "Lock the vault")),
                (
                    "Ctrl+Shift+Del",
                    QCoreApplication.translate(
                        "Shortcuts", "Wipe the vault and quit (also in door mode)"
                    ),
                ),
                ("F1", QCoreApplication.translate("Shortcuts", "This overview")),
            ],
        ),
        (
            QCoreApplication.translate("Shortcuts", "An event"),
            [
                ("Ctrl+D", QCoreApplication.translate("Shortcuts", "Open door mode")),
                ("Ctrl+I", QCoreApplication.translate("Shortcuts", "Import a registration list")),
                (
                    "Ctrl+P",
                    QCoreApplication.translate("Shortcuts", "Print or export the attendees"),
                ),
                ("Ctrl+Shift+A", QCoreApplication.translate("Shortcuts", "Add an attendee")),
                (
                    "Enter",
                    QCoreApplication.translate(
                        "Shortcuts", "Status, role or removal of the selected attendee"
                    ),
                ),
            ],
        ),
        (
            QCoreApplication.translate("Shortcuts", "Door mode"),
            [
                (
                    "Enter",
                    QCoreApplication.translate("Shortcuts", "Check in the highlighted person"),
                ),
                (
                    "Ctrl+Enter",
                    QCoreApplication.translate(
                        "Shortcuts", "Check in someone who cancelled or did not come"
                    ),
                ),
                ("↑ ↓", QCoreApplication.translate("Shortcuts", "Move in the list")),
                ("F2", QCoreApplication.translate("Shortcuts", "Status, role or removal")),
                ("Ctrl+Z", QCoreApplication.translate("Shortcuts", "Take the last check-in back")),
                ("Ctrl+W", QCoreApplication.translate("Shortcuts", "Add a walk-in")),
                ("Esc", QCoreApplication.translate("Shortcuts", "Clear the search field")),
            ],
        ),
    ]


class ShortcutOverview(QDialog):
    """One grid of labels (keys, then what they do) in a scroll area: a table sized row by
    row grew past a 720-pixel screen and gave each group its own key column width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcut_overview")
        self.setWindowTitle(QCoreApplication.translate("Shortcuts", "Keyboard shortcuts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page = QWidget()
        page.setObjectName("shortcut_page")
        grid = QGridLayout(page)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        self.keys: list[QLabel] = []
        row = 0
        for title, rows in _groups():
            heading = QLabel(title)
            heading.setProperty("role", "section")
            if row:
                grid.setRowMinimumHeight(row, 8)
                row += 1
            grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            for keys, what in rows:
                native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
                key = QLabel(native or keys)
                key.setObjectName("shortcut_keys")
                key.setProperty("role", "keys")
                action = QLabel(what)
                action.setWordWrap(True)
                grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(action, row, 1, Qt.AlignmentFlag.AlignTop)
                self.keys.append(key)
                row += 1
        grid.setRowStretch(row, 1)
        scroll = QScrollArea()
        scroll.setObjectName("shortcut_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(scroll, 1)
        column.addWidget(buttons)
        self.resize(600, 640)
