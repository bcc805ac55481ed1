"""The door's search field: typing filters the names, while the keys a volunteer reaches
for without looking move the list, undo the last check-in or open the walk-in form."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

PAGE_STEP = 8
WALK_IN_KEYS = Qt.Modifier.CTRL | Qt.Key.Key_W


class DoorSearchField(QLineEdit):
    """Arrows move through the list while the cursor stays here; Ctrl+Z is the door's undo
    (the last check-in), not the line edit's own undo of typing."""

    moved = Signal(int)
    undo_requested = Signal()
    walk_in_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: PAGE_STEP,
            Qt.Key.Key_PageUp: -PAGE_STEP,
        }
        if event.key() in steps:
            self.moved.emit(steps[Qt.Key(event.key())])
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        if event.keyCombination() == WALK_IN_KEYS:
            self.walk_in_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        super().keyPressEvent(event)
