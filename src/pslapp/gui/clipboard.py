"""Copying a phone number, email or handle: marked as secret so clipboard managers, clipboard
history and cloud clipboards leave it alone, never put in the X11 PRIMARY selection, and
cleared after a while unless something else was copied in the meantime.

The hints, per system (what each is honoured by: docs/decisions.md, "Clipboard"):
- Linux (KDE, GNOME Shell clipboard extensions, CopyQ, wl-clipboard's CLIPBOARD_STATE):
  `x-kde-passwordManagerHint` = `secret`; GNOME itself defines no hint of its own.
- Windows: `ExcludeClipboardContentFromMonitorProcessing` (clipboard monitors),
  `CanIncludeInClipboardHistory` and `CanUploadToCloudClipboard` as a DWORD 0 (Win+V history,
  cloud clipboard).
- macOS: `application/x-nspasteboard-concealed-type`, the MIME name Qt programs
  (KeePassXC, CopyQ) use for the nspasteboard.org type `org.nspasteboard.ConcealedType`
  that macOS clipboard managers skip.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
_DWORD_ZERO = bytes(4)
_WINDOWS_FORMAT = 'application/x-qt-windows-mime;value="{}"'

SECRET_HINTS: dict[str, dict[str, bytes]] = {
    "linux": {"x-kde-passwordManagerHint": b"secret"},
    "win32": {
        _WINDOWS_FORMAT.format("ExcludeClipboardContentFromMonitorProcessing"): b"1",
        _WINDOWS_FORMAT.format("CanIncludeInClipboardHistory"): _DWORD_ZERO,
        _WINDOWS_FORMAT.format("CanUploadToCloudClipboard"): _DWORD_ZERO,
    },
    "darwin": {"application/x-nspasteboard-concealed-type": b"secret"},
}


def secret_mime_data(text: str, platform: str = sys.platform) -> QMimeData:
    """The text with this system's "do not keep, do not sync" hints."""
    data = QMimeData()
    data.setText(text)
    family = "linux" if platform.startswith(("linux", "freebsd", "openbsd")) else platform
    for mime, value in SECRET_HINTS.get(family, SECRET_HINTS["linux"]).items():
        data.setData(mime, value)
    return data


class SecretClipboard(QObject):
    def __init__(self, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__()
        self.clear_after_ms = clear_after_ms
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        """Only the CLIPBOARD: the PRIMARY selection is pasted by a middle click anywhere
        and is seen by every program, with no hint and no clearing."""
        clipboard = QGuiApplication.clipboard()
        clipboard.setMimeData(secret_mime_data(text), QClipboard.Mode.Clipboard)
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
