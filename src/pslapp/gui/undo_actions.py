"""Ctrl+Z in the main window: what was deleted last (a record, an attendee taken off an
event, a member taken out of a coalition) comes back, or the merge made last is undone;
and the duplicates view, where those merges are made."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from pslapp.core.enums import Kind
from pslapp.core.errors import PslappError
from pslapp.core.record import Record
from pslapp.gui.duplicates.duplicates_dialog import DuplicatesDialog
from pslapp.gui.views.coalitions import CoalitionsView
from pslapp.gui.views.events import EventsView
from pslapp.gui.views.people import PeopleView
from pslapp.services import person_merge, records
from pslapp.services.person_merge import MergeResult

if TYPE_CHECKING:
    from pslapp.gui.main_window import MainWindow


class UndoActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._last_deleted: Record | None = None
        self._last_merged: str | None = None  # the person merged away, for Ctrl+Z
        self._hidden_pairs: set[frozenset[str]] = set()  # "Not now" until the vault locks
        self.duplicates: DuplicatesDialog | None = None

    def deleted(self, before: Record) -> None:
        self._last_deleted = before
        self._last_merged = None
        window = self._window
        window.status.say(
            QCoreApplication.translate("MainWindow", "Deleted. You can undo this."),
            offer=window.undo_button,
        )

    def undo_delete(self) -> None:
        """Ctrl+Z: bring back what was deleted last, or undo the merge made last."""
        if self._last_merged is not None:
            self.undo_merge()
            return
        window = self._window
        before, self._last_deleted = self._last_deleted, None
        if before is None or window.vault is None:
            return
        records.restore(window.vault, before.kind, before.id, before.values)
        window.show_message(QCoreApplication.translate("MainWindow", "Brought back."))
        for view in window.views:
            if view.kind is before.kind:
                view.reload(before.id)
        if before.kind is Kind.ATTENDANCE:  # someone taken off an event's list
            window.view_of(EventsView).reload(str(before.values["event_id"]))
        if before.kind is Kind.COALITION_MEMBER:  # a member taken out of a coalition
            window.view_of(CoalitionsView).reload(str(before.values["coalition_id"]))

    # People entered twice

    def open_duplicates(self) -> DuplicatesDialog | None:
        """The duplicates view, beside the people list (not modal: the list shows what a
        merge did, and Ctrl+Z there undoes it)."""
        window = self._window
        if window.vault is None:
            return None
        window.sidebar.setCurrentRow(window.views.index(window.view_of(PeopleView)))
        if self.duplicates is None:
            self.duplicates = DuplicatesDialog(window.vault, self._hidden_pairs, window)
            self.duplicates.merged.connect(self._merged)
            self.duplicates.unmerged.connect(self._unmerged)
        else:
            self.duplicates.reload()
        self.duplicates.show()
        self.duplicates.raise_()
        self.duplicates.activateWindow()
        return self.duplicates

    def _merged(self, result: MergeResult) -> None:
        self._last_deleted = None
        self._last_merged = result.other_id
        self._after_merge_change(result.kept.id)
        window = self._window
        window.status.say(
            QCoreApplication.translate("MainWindow", "Merged. You can undo this."),
            offer=window.undo_button,
        )

    def undo_merge(self) -> None:
        other_id, self._last_merged = self._last_merged, None
        window = self._window
        if other_id is None or window.vault is None:
            return
        try:
            back = person_merge.unmerge(window.vault, other_id)
        except PslappError as exc:
            window.show_message(str(exc))
            return
        self._unmerged(back)
        if self.duplicates is not None and self.duplicates.isVisible():
            self.duplicates.reload()

    def _unmerged(self, back: Record) -> None:
        if self._last_merged == back.id:
            self._last_merged = None
        self._after_merge_change(back.id)
        self._window.show_message(
            QCoreApplication.translate("MainWindow", "Merge undone: both records are back.")
        )

    def _after_merge_change(self, person_id: str) -> None:
        """A merge or its undo moved attendances and links: every list is read again, and
        the people list shows the person."""
        window = self._window
        if window.vault is None:
            return
        window.reread_lists()
        people = window.view_of(PeopleView)
        window.sidebar.setCurrentRow(window.views.index(people))
        people.reload(person_id)

    def drop(self) -> None:
        """The vault locks: nothing to undo, no pair hidden any more."""
        self._last_deleted = None
        self._last_merged = None
        self._hidden_pairs.clear()
        self.duplicates = None  # closed with the window's other dialogs
