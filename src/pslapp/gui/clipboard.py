"""Copying a phone number, email or handle: marked as secret so clipboard managers do not
keep it, and cleared after a while unless something else was copied in the meantime."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
_SECRET_HINT = "x-kde-passwordManagerHint"  # noqa: S105 (a MIME type name)


class SecretClipboard(QObject):
    def __init__(self, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__()
        self.clear_after_ms = clear_after_ms
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        data.setData(_SECRET_HINT, b"secret")
        clipboard = QGuiApplication.clipboard()
        clipboard.setMimeData(data, QClipboard.Mode.Clipboard)
        self._copied = text
        self._timer.start(self.clear_after_ms)

    def clear(self) -> None:
        """Empty the clipboard if it still holds what we put there."""
        self._timer.stop()
        if self._copied is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text(QClipboard.Mode.Clipboard) == self._copied:
            clipboard.clear(QClipboard.Mode.Clipboard)
        self._copied = None
