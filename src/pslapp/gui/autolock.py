"""The vault locks by itself after a stretch without keyboard or mouse input in any window
of the app, and at once on Ctrl+L in any of them: the main window, a form or dialog open
over it (modal or not), the duplicates view, the door."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

DEFAULT_IDLE_MS = 5 * 60 * 1000
LOCK_KEY = Qt.Key.Key_L  # with Ctrl (Cmd on macOS), the shortcut overview's "Lock the vault"

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    """Emits `idle` once after `idle_ms` without input; restarts on any input."""

    idle = Signal()

    def __init__(self, idle_ms: int = DEFAULT_IDLE_MS) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self.idle)

    @property
    def idle_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False


class LockKey(QObject):
    """Ctrl+L, wherever the focus is. A window's own shortcut fired only while that window
    was the active one: with a form or the backup dialog open, or at the door, Ctrl+L did
    nothing. `pressed` is queued, so the windows close after the key has been delivered
    (inside a file chooser's own event loop too, where the idle lock may fire as well:
    the chooser is closed with the rest and answers "nothing chosen")."""

    pressed = Signal()  # connect it queued: the key is still being delivered

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() == LOCK_KEY and mods == Qt.KeyboardModifier.ControlModifier:
                if event.type() is QEvent.Type.ShortcutOverride:
                    event.accept()  # no window's shortcut takes it: the key press follows
                elif not event.isAutoRepeat():
                    self.pressed.emit()
                return True
        return False
