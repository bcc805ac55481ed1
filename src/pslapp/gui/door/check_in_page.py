"""The door's main page, as laid out: the search field, what the door says, the names, and
the buttons along the bottom. The door window connects them to what they do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pslapp.gui.door.attendee_search_model import AttendeeSearchModel
from pslapp.gui.door.results_list import ResultsList
from pslapp.gui.door.search_field import DoorSearchField
from pslapp.gui.feedback import busy_bar


class CheckInPage(QWidget):
    def __init__(self, model: AttendeeSearchModel) -> None:
        super().__init__()
        self.search = DoorSearchField()
        self.search.setObjectName("door_search")
        self.search.setPlaceholderText(
            QCoreApplication.translate("DoorWindow", "Type a name: any script, any part")
        )
        self.search.setClearButtonEnabled(True)
        self.results = ResultsList()
        self.results.setModel(model)
        self.search.moved.connect(self.results.step)
        self.more = QLabel()
        self.more.setObjectName("door_more")
        self.more.setProperty("role", "caption")
        self.feedback = QLabel()
        self.feedback.setObjectName("door_feedback")
        self.feedback.setProperty("role", "door_feedback")
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setWordWrap(True)
        self.busy = busy_bar("door_busy")  # moving while the list loads
        self.check_button = QPushButton(
            QCoreApplication.translate("DoorWindow", "Check in (Enter)")
        )
        self.check_button.setObjectName("door_check_in")
        self.check_button.setProperty("role", "primary")
        self.change_button = QPushButton(
            QCoreApplication.translate("DoorWindow", "Status, role… (F2)")
        )
        self.change_button.setObjectName("door_change")
        self.undo_button = QPushButton(
            QCoreApplication.translate("DoorWindow", "Undo last check-in (Ctrl+Z)")
        )
        self.undo_button.setObjectName("door_undo")
        self.walk_in_button = QPushButton(
            QCoreApplication.translate("DoorWindow", "Walk-in (Ctrl+W)")
        )
        self.walk_in_button.setObjectName("door_walk_in")
        actions = QHBoxLayout()
        actions.addWidget(self.change_button)
        actions.addStretch(1)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.walk_in_button)
        actions.addWidget(self.check_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self.search)
        column.addWidget(self.busy)
        column.addWidget(self.feedback)
        column.addWidget(self.results, 1)
        column.addWidget(self.more)
        column.addLayout(actions)
