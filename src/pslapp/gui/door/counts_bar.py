"""Three large numbers at the top of the door screen: registered, checked in, walk-ins."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class _Count(QWidget):
    def __init__(self, name: str, caption: str) -> None:
        super().__init__()
        self.setObjectName(f"door_count_{name}")
        self.number = QLabel("0")
        self.number.setObjectName(f"door_count_{name}_number")
        self.number.setProperty("role", "door_number")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label = QLabel(caption)
        label.setProperty("role", "caption")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 4, 18, 4)
        column.setSpacing(0)
        column.addWidget(self.number)
        column.addWidget(label)


class CountsBar(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("door_counts")
        self.registered = _Count(
            "registered", QCoreApplication.translate("DoorCounts", "registered")
        )
        self.checked_in = _Count(
            "checked_in", QCoreApplication.translate("DoorCounts", "checked in")
        )
        self.walk_ins = _Count("walk_ins", QCoreApplication.translate("DoorCounts", "walk-ins"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for count in (self.registered, self.checked_in, self.walk_ins):
            row.addWidget(count)

    def set_counts(self, registered: int, checked_in: int, walk_ins: int) -> None:
        self.registered.number.setText(str(registered))
        self.checked_in.number.setText(str(checked_in))
        self.walk_ins.number.setText(str(walk_ins))

    def values(self) -> tuple[int, int, int]:
        return (
            int(self.registered.number.text()),
            int(self.checked_in.number.text()),
            int(self.walk_ins.number.text()),
        )
