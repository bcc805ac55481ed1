"""The words in the main window's status bar. A message about something just done ("Person
added.", "Deleted." with its Undo button) goes after a few seconds; it stayed until the next
one, so "Person added." still stood there an hour later. A state that waits for the user
(mailbox changes left for review, a failing mailbox, no backup yet) stays until it is
settled, and comes back when a passing message has gone."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

MESSAGE_MS = 7_000  # long enough to read twice, short enough not to be taken for a state


class StatusLine(QObject):
    def __init__(self, label: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self._lasting: dict[str, str] = {}  # topic -> text, the latest last
        self._offer: QWidget | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(MESSAGE_MS)
        self.timer.timeout.connect(self._passed)

    def say(self, text: str, *, offer: QWidget | None = None) -> None:
        """A passing message; `offer` (the Undo button) shows with it and goes with it."""
        self._show_offer(offer)
        self.label.setText(text)
        self.timer.start()

    def keep(self, topic: str, text: str) -> None:
        """A state that stays until `settle(topic)`: shown now, and again after any passing
        message."""
        self._lasting.pop(topic, None)
        self._lasting[topic] = text
        if not self.timer.isActive():
            self._show_lasting()

    def settle(self, topic: str) -> None:
        if self._lasting.pop(topic, None) is not None and not self.timer.isActive():
            self._show_lasting()

    def clear(self) -> None:
        self.timer.stop()
        self._lasting.clear()
        self._show_offer(None)
        self.label.clear()

    def _passed(self) -> None:
        self._show_offer(None)
        self._show_lasting()

    def _show_lasting(self) -> None:
        self.label.setText(next(reversed(self._lasting.values()), ""))

    def _show_offer(self, offer: QWidget | None) -> None:
        if self._offer is not None and self._offer is not offer:
            self._offer.hide()
        self._offer = offer
        if offer is not None:
            offer.show()
