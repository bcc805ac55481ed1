"""A list of one kind of record beside the details of the selected one. People,
organisations, chapters, events and coalitions are all this view with other columns;
events and coalitions add a section to the details."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.enums import Kind
from pslapp.core.errors import NotFound
from pslapp.core.record import Record
from pslapp.gui.clipboard import SecretClipboard
from pslapp.gui.forms import suggestions
from pslapp.gui.forms.record_form import RecordDialog
from pslapp.gui.labels import kind_label
from pslapp.gui.models.record_table import RecordTableModel
from pslapp.gui.models.tag_palette import TagPalette
from pslapp.gui.views.detail_pane import DetailPane
from pslapp.gui.views.record_table_view import RecordTableView
from pslapp.services import records
from pslapp.services.vault import Vault

LIST_SHARE = 3  # fifths of the width, when the list needs no more
EXTRA_FIRST_SHARE = 2.5  # fifths, where the details are the point (an event's attendees)
RESELECT_ROWS = 512  # how far down a filtered list the record shown is looked for


class RecordListView(QWidget):
    """Table on the left, details on the right; the empty state says what to do next."""

    deleted = Signal(object)  # the Record as it was, for undo
    message = Signal(str)

    def __init__(
        self,
        kind: Kind,
        columns: list[str],
        palette: TagPalette,
        clipboard: SecretClipboard,
        empty_text: str,
    ) -> None:
        super().__init__()
        self.setObjectName(f"view_{kind.value}")
        self.kind = kind
        self.vault: Vault | None = None
        self._empty_text = empty_text
        self.palette_ = palette
        self.model = RecordTableModel(kind, columns)
        self.table = RecordTableView(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setObjectName(f"table_{kind.value}")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.edit_selected())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

        self.empty = QLabel()
        self.empty.setObjectName(f"empty_{kind.value}")
        self.empty.setProperty("role", "empty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        self.detail = DetailPane(palette, clipboard)
        self.detail.edit_requested.connect(self.edit_selected)
        self.detail.delete_requested.connect(self.delete_selected)
        self.detail_stack = QStackedWidget()
        self.nothing_selected = QLabel(
            QCoreApplication.translate("RecordList", "Select a row to see the details.")
        )
        self.nothing_selected.setProperty("role", "empty")
        self.nothing_selected.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing_selected.setWordWrap(True)
        self.detail_stack.addWidget(self.nothing_selected)
        self.detail_stack.addWidget(self.detail)

        splitter = self.splitter = QSplitter()
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(0, LIST_SHARE)
        splitter.setStretchFactor(1, 5 - LIST_SHARE)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([640, 460])
        self.table.natural_width_changed.connect(self.share_width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def share_width(self) -> None:
        """Three fifths for the list, unless its columns need more to show whole: then the
        details give up width, down to what they need. Where the details are the point of
        the page (an event's attendees, a coalition's members) the list gets half, or
        what it needs not to scroll sideways."""
        total = self.splitter.width() - self.splitter.handleWidth()
        if total <= 0:
            return
        details_least = self.detail_stack.minimumSizeHint().width()
        if self.detail.extra_first:
            share, needed = EXTRA_FIRST_SHARE, self.table.least_width()
        else:
            share, needed = LIST_SHARE, self.table.natural_width()
        width = max(int(total * share / 5), min(needed, total - details_least))
        self.splitter.setSizes([width, total - width])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share_width()

    # Loading

    def set_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.model.set_vault(vault)
        self._show_selected(None)
        self._update_empty()

    def set_query(self, query: str) -> None:
        """Filter the list. The selection is cleared with the rows it pointed at (a stale
        one stayed highlighted and ignored clicks); the record shown stays selected if
        the new rows still hold it."""
        shown = self.detail.record.id if self.detail.record is not None else None
        self.model.set_query(query)
        self._update_empty()
        self._reselect(shown)

    def reload(self, select_id: str | None = None) -> None:
        self.model.reload()
        self._update_empty()
        if select_id is not None:
            self.select_id(select_id)
        else:
            self._reselect(None)

    def refresh(self) -> None:
        """Read the rows again (the vault changed elsewhere), keeping the record shown."""
        shown = self.detail.record.id if self.detail.record is not None else None
        self.model.reload()
        self._update_empty()
        self._reselect(shown)

    def _reselect(self, record_id: str | None) -> None:
        self.table.selectionModel().clear()
        row = -1
        for candidate in range(min(self.model.rowCount(), RESELECT_ROWS)):
            record = self.model.record_at(candidate) if record_id is not None else None
            if record is None:
                break
            if record.id == record_id:
                row = candidate
                break
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._show_selected(None)

    def clear(self) -> None:
        """Drop every row and detail (the vault is being locked)."""
        self.detail.clear()
        self.detail_stack.setCurrentWidget(self.nothing_selected)
        self.model.clear()
        self.vault = None

    def _update_empty(self) -> None:
        if self.model.rowCount() > 0:
            self.list_stack.setCurrentWidget(self.table)
            return
        query = self.model.query
        if query:
            text = QCoreApplication.translate(
                "RecordList", "Nothing matches “%1”. Check the spelling, or type fewer letters."
            )
            self.empty.setText(text.replace("%1", query))
        else:
            self.empty.setText(self._empty_text)
        self.list_stack.setCurrentWidget(self.empty)

    # Selection and details

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record = self.model.record_at(rows[0].row())
        return record.id if record else None

    def select_id(self, record_id: str) -> None:
        for row in range(min(self.model.rowCount(), 2_000)):
            record = self.model.record_at(row)
            if record is not None and record.id == record_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return
        self._show_selected(record_id)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected(self.current_id())

    def _show_selected(self, record_id: str | None) -> None:
        record: Record | None = None
        if record_id is not None and self.vault is not None:
            try:
                record = records.get(self.vault, self.kind, record_id)
            except NotFound:
                record = None
        self.detail.show_record(record)
        self.show_extra(record)
        self.detail_stack.setCurrentWidget(self.detail if record else self.nothing_selected)

    def show_extra(self, record: Record | None) -> None:
        """Hook for views that show related records under the details."""

    # Changes

    def new_record(self, values: dict[str, Any] | None = None) -> RecordDialog | None:
        """Open the form for a new record; returns the (window-modal) dialog."""
        if self.vault is None:
            return None
        vault = self.vault
        dialog = RecordDialog(
            self.kind,
            lambda v: records.create(vault, self.kind, v),
            None,
            self,
            suggestions.for_form(vault, self.kind),
        )
        if values:
            dialog.form.set_values(values)
        dialog.accepted.connect(lambda: self._added(dialog))
        dialog.open()
        return dialog

    def _added(self, dialog: RecordDialog) -> None:
        if dialog.saved is not None:
            self.reload(dialog.saved.id)
            self.message.emit(
                QCoreApplication.translate("RecordList", "%1 added.").replace(
                    "%1", kind_label(self.kind)
                )
            )

    def edit_selected(self) -> RecordDialog | None:
        record = self.detail.record
        if record is None or self.vault is None:
            return None
        vault = self.vault
        dialog = RecordDialog(
            self.kind,
            lambda v: records.edit(vault, self.kind, record.id, v),
            record.values,
            self,
            suggestions.for_form(vault, self.kind),
        )
        dialog.accepted.connect(lambda: self._edited(record.id))
        dialog.open()
        return dialog

    def _edited(self, record_id: str) -> None:
        self.reload(record_id)
        self.message.emit(QCoreApplication.translate("RecordList", "Changes saved."))

    def delete_selected(self) -> None:
        record = self.detail.record
        if record is None or self.vault is None:
            return
        if not self.may_delete(record):
            return
        before = records.delete(self.vault, self.kind, record.id)
        self.reload()
        # so that Ctrl+Z reaches the window, not a text field (the table is hidden when
        # the last row went, and the "nothing here" text takes the focus instead)
        shown = self.list_stack.currentWidget()
        if shown is not None:
            shown.setFocus()
        self.deleted.emit(before)

    def may_delete(self, record: Record) -> bool:
        """Hook: views whose records carry more (an event's attendees) ask first."""
        return True
