"""Door mode's list of names, loaded once per request off the UI thread (about a second
at 5 000 attendees): read the event's attendees, fold and sort them for type-ahead. A list
that arrives after `forget()` (the vault locked, door mode left) is dropped unseen."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from pslapp.gui import runner
from pslapp.gui.door.attendee_search_model import Entry, prepare
from pslapp.services import events
from pslapp.services.vault import Vault

log = logging.getLogger(__name__)


class AttendeeLoader(QObject):
    loaded = Signal(list)  # the prepared entries
    failed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._token: object | None = None  # one per load; None when none is awaited

    @property
    def running(self) -> bool:
        return self._token is not None

    def load(self, vault: Vault, event_id: str) -> None:
        token = self._token = object()
        runner.run(
            lambda _job: prepare(events.attendees(vault, event_id)),
            on_done=lambda entries: self._done(token, entries),
            on_error=lambda exc: self._failed(token, exc),
        )

    def forget(self) -> None:
        self._token = None

    def _done(self, token: object, entries: list[Entry]) -> None:
        if token is not self._token:
            return  # forgotten or superseded meanwhile: keep none of it
        self._token = None
        self.loaded.emit(entries)

    def _failed(self, token: object, exc: Exception) -> None:
        if token is not self._token:
            return
        self._token = None
        log.warning("door: the attendee list did not load (%s)", type(exc).__name__)
        self.failed.emit()
