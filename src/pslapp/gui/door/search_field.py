"""The door's search field: typing filters the names, while the keys a volunteer reaches
for without looking move the list, undo the last check-in or open the walk-in form."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

PAGE_STEP = 8
WALK_IN_KEYS = Qt.Modifier.CTRL | Qt.Key.Key_W
MENU_KEYS = (Qt.Key.Key_F2, Qt.Key.Key_Menu)


def _is_anyway(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
        event.modifiers() & Qt.KeyboardModifier.ControlModifier
    )


class DoorSearchField(QLineEdit):
    """Arrows move through the list while the cursor stays here; Ctrl+Z is the door's undo
    (the last check-in), not the line edit's own undo of typing."""

    moved = Signal(int)
    undo_requested = Signal()
    walk_in_requested = Signal()
    anyway_requested = Signal()  # Ctrl+Enter: check in someone who cancelled or did not come
    menu_requested = Signal()  # F2 or the menu key: status, role, removal

    def event(self, event: QEvent) -> bool:
        # Qt would otherwise route F2 and Ctrl+Enter to shortcuts and the line edit's own use
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (_is_anyway(event) or event.key() in MENU_KEYS)
        ):
            event.accept()
            return True
        return super().event(event)

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
        if _is_anyway(event):
            self.anyway_requested.emit()
            return
        if event.key() in MENU_KEYS:
            self.menu_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        super().keyPressEvent(event)
