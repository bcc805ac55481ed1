"""Conflicts: a field two people changed without seeing each other's change. The merge has
picked one value everywhere; here the coordinator sees both, with who wrote them when, and
can take the other one (which becomes a new edit that travels on)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.enums import Kind
from pslapp.core.errors import NotFound, PslappError
from pslapp.core.fields import MERGED_INTO, field_of
from pslapp.core.hlc import wall_ms
from pslapp.crypto.identity import format_fingerprint
from pslapp.gui.bundles.wording import when
from pslapp.gui.labels import field_label, kind_label
from pslapp.gui.models.display import display_text
from pslapp.services import conflicts, peers, records
from pslapp.services.vault import Vault

COLUMNS = 5
IN_USE = 2


def held_merge(entry: conflicts.ConflictEntry) -> bool:
    """A peer's merge of a protected person into a less protected record, held here."""
    return entry.field == MERGED_INTO and entry.held


class ConflictsView(QWidget):
    message = Signal(str)
    resolved = Signal(object)  # the Kind of the record that changed

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("view_conflicts")
        self.vault: Vault | None = None
        self.entries: list[conflicts.ConflictEntry] = []
        self._authors: dict[str, str] = {}
        intro = QLabel(
            QCoreApplication.translate(
                "ConflictsView",
                "Two people changed the same field without seeing each other's change. The "
                "value shown first is the one in use everywhere; take the other one if it is "
                "right.",
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "caption")
        self.table = QTableWidget(0, COLUMNS)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setObjectName("table_conflicts")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ConflictsView", "Record"),
                QCoreApplication.translate("ConflictsView", "Field"),
                QCoreApplication.translate("ConflictsView", "In use"),
                QCoreApplication.translate("ConflictsView", "Other value"),
                QCoreApplication.translate("ConflictsView", "Found"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in range(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.empty = QLabel(
            QCoreApplication.translate(
                "ConflictsView", "No conflicts to review. Everything agrees."
            )
        )
        self.empty.setProperty("role", "empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.keep_button = QPushButton(
            QCoreApplication.translate("ConflictsView", "Keep the value in use")
        )
        self.keep_button.setObjectName("keep_button")
        self.keep_button.clicked.connect(lambda: self.resolve_selected("kept"))
        self.take_button = QPushButton(
            QCoreApplication.translate("ConflictsView", "Take the other value")
        )
        self.take_button.setObjectName("take_button")
        self.take_button.setProperty("role", "primary")
        self.take_button.clicked.connect(lambda: self.resolve_selected("lost"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self._show_selected()

    def set_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.reload()

    def clear(self) -> None:
        self.set_vault(None)

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()
        super().showEvent(event)

    def _author(self, fingerprint: str) -> str:
        name = self._authors.get(fingerprint)
        return name if name is not None else format_fingerprint(fingerprint)[:17] + " …"

    def _value(self, entry: conflicts.ConflictEntry, value: object, hlc: int, author: str) -> str:
        try:
            text = display_text(field_of(entry.kind, entry.field), value)
        except (KeyError, ValueError):
            text = str(value)
        empty = QCoreApplication.translate("ConflictsView", "(empty)")
        by = (
            QCoreApplication.translate("ConflictsView", "by %1, %2")
            .replace("%1", self._author(author))
            .replace("%2", when(wall_ms(hlc)))
        )
        return f"{text or empty}\n{by}"

    def reload(self) -> None:
        vault = self.vault
        self.entries = conflicts.list_conflicts(vault) if vault is not None else []
        self._authors = {}
        if vault is not None:
            self._authors = {p.fingerprint: p.name for p in peers.list_peers(vault)}
            self._authors[vault.fingerprint] = QCoreApplication.translate("ConflictsView", "you")
        self.table.setRowCount(len(self.entries))
        self.table.clearSpans()
        for row, entry in enumerate(self.entries):
            if held_merge(entry):
                self._held_merge_row(row, entry)
                continue
            cells = (
                self._record_title(entry),
                field_label(entry.field),
                self._value(entry, entry.kept_value, entry.kept_hlc, entry.kept_author),
                self._value(entry, entry.lost_value, entry.lost_hlc, entry.lost_author),
                when(entry.created),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self.entries))
        self.empty.setVisible(not self.entries)
        self.keep_button.setVisible(bool(self.entries))
        self.take_button.setVisible(bool(self.entries))
        self._show_selected()

    def _held_merge_row(self, row: int, entry: conflicts.ConflictEntry) -> None:
        """Worded as what happened, with the two answers on the buttons."""
        assert self.vault is not None
        # the merged-away record is a tombstone here: its name went with the deletion
        name = self._name(entry.record_id) or QCoreApplication.translate(
            "ConflictsView", "a protected person"
        )
        into = self._name(str(entry.lost_value)) or kind_label(Kind.PERSON)
        what = (
            QCoreApplication.translate(
                "ConflictsView", "A peer merged %1 into %2, who is less protected."
            )
            .replace("%1", name)
            .replace("%2", into)
        )
        by = (
            QCoreApplication.translate("ConflictsView", "by %1, %2")
            .replace("%1", self._author(entry.lost_author))
            .replace("%2", when(wall_ms(entry.lost_hlc)))
        )
        cells = (
            name,
            QCoreApplication.translate("ConflictsView", "Merge"),
            f"{what}\n{by}",
            "",
            when(entry.created),
        )
        for column, text in enumerate(cells):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setSpan(row, IN_USE, 1, 2)

    def _name(self, person_id: str) -> str:
        assert self.vault is not None
        try:
            return records.get(self.vault, Kind.PERSON, person_id, include_deleted=True).title
        except NotFound:
            return ""

    def _record_title(self, entry: conflicts.ConflictEntry) -> str:
        assert self.vault is not None
        try:
            record = records.get(self.vault, entry.kind, entry.record_id, include_deleted=True)
        except NotFound:
            return kind_label(entry.kind)
        title = record.title or kind_label(entry.kind)
        return title + (
            " " + QCoreApplication.translate("ConflictsView", "(deleted)") if record.deleted else ""
        )

    @property
    def selected(self) -> conflicts.ConflictEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def _show_selected(self) -> None:
        entry = self.selected
        self.keep_button.setEnabled(entry is not None)
        self.take_button.setEnabled(entry is not None)
        if entry is not None and held_merge(entry):
            self.keep_button.setText(QCoreApplication.translate("ConflictsView", "Keep them apart"))
            self.take_button.setText(
                QCoreApplication.translate("ConflictsView", "Accept the merge")
            )
        else:
            self.keep_button.setText(
                QCoreApplication.translate("ConflictsView", "Keep the value in use")
            )
            self.take_button.setText(
                QCoreApplication.translate("ConflictsView", "Take the other value")
            )

    def resolve_selected(self, take: str) -> None:
        entry = self.selected
        if entry is None or self.vault is None:
            return
        try:
            conflicts.resolve(self.vault, entry.id, take)
        except PslappError as exc:
            self.message.emit(str(exc))
            return
        self.reload()
        self.resolved.emit(entry.kind)
        if not held_merge(entry):
            done = QCoreApplication.translate(
                "ConflictsView", "Done. The chosen value is now in use."
            )
        elif take == "lost":
            done = QCoreApplication.translate("ConflictsView", "Merged, as the peer did.")
        else:
            done = QCoreApplication.translate(
                "ConflictsView", "Kept apart, here and on every laptop this change reaches."
            )
        self.message.emit(done)
