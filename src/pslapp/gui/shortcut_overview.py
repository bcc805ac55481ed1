"""F1: every keyboard shortcut of the main window, the event page and door mode on one
page, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
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
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcut_overview")
        self.setWindowTitle(QCoreApplication.translate("Shortcuts", "Keyboard shortcuts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        column = QVBoxLayout(self)
        self.tables: list[QTableWidget] = []
        for title, rows in _groups():
            heading = QLabel(title)
            heading.setProperty("role", "section")
            table = QTableWidget(len(rows), 2)
            table.setTabKeyNavigation(False)
            table.horizontalHeader().hide()
            table.verticalHeader().hide()
            table.setShowGrid(False)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
            table.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.ResizeToContents
            )
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            for row, (keys, what) in enumerate(rows):
                native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
                table.setItem(row, 0, QTableWidgetItem(native or keys))
                table.setItem(row, 1, QTableWidgetItem(what))
            table.resizeRowsToContents()
            height = sum(table.rowHeight(r) for r in range(len(rows))) + 4
            table.setFixedHeight(height)
            column.addWidget(heading)
            column.addWidget(table)
            self.tables.append(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.resize(560, 640)
