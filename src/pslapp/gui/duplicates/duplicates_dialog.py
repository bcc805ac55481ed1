"""The duplicates view: people who are likely one person entered twice, most certain first,
with the evidence in words; "Merge…" opens both records side by side, "Not now" hides a
pair until the vault is locked. The pairs are looked for off the UI thread (seconds at
10 000 people) and again whenever the vault changes. Below, the merges made on this laptop,
each with "Undo"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.errors import PslappError
from pslapp.core.record import Record
from pslapp.gui import runner
from pslapp.gui.bundles.wording import when
from pslapp.gui.duplicates.merge_dialog import MergeDialog
from pslapp.gui.duplicates.wording import made_merge_text
from pslapp.gui.models.pair_table import PairTableModel
from pslapp.gui.views.detail_pane import plain_label
from pslapp.services import duplicate_pairs, person_merge, records
from pslapp.services.duplicate_pairs import Pair
from pslapp.services.person_merge import MergeResult
from pslapp.services.vault import Vault

ID_ROLE = Qt.ItemDataRole.UserRole


def pair_key(pair: Pair) -> frozenset[str]:
    return frozenset((pair.first_id, pair.second_id))


class DuplicatesDialog(QDialog):
    merged = Signal(object)  # the MergeResult
    unmerged = Signal(object)  # the person brought back (a Record)
    searched = Signal()  # the pairs shown are the vault's as it is now

    def __init__(self, vault: Vault, hidden: set[frozenset[str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("duplicates_dialog")
        self.setWindowTitle(QCoreApplication.translate("Duplicates", "People entered twice"))
        self.vault = vault
        self.hidden = hidden  # the window's: "Not now" lasts until the vault is locked
        self.pairs: list[Pair] = []
        self.job: runner.Job | None = None
        self._seen_change = -1
        intro = plain_label(
            QCoreApplication.translate(
                "Duplicates",
                "People who may have been entered twice, most certain first. “Merge…” shows "
                "both records side by side; “Not now” hides a pair until the vault is locked.",
            ),
            selectable=False,
        )
        intro.setProperty("role", "caption")
        self.status = plain_label(selectable=False)
        self.status.setObjectName("duplicates_status")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.table = self._pair_table()
        self.merge_button = QPushButton(QCoreApplication.translate("Duplicates", "Merge…"))
        self.merge_button.setObjectName("duplicates_merge")
        self.merge_button.setProperty("role", "primary")
        self.merge_button.clicked.connect(self.merge_selected)
        self.not_now_button = QPushButton(QCoreApplication.translate("Duplicates", "Not now"))
        self.not_now_button.setObjectName("duplicates_not_now")
        self.not_now_button.clicked.connect(self.not_now)
        for button in (self.merge_button, self.not_now_button):
            button.setAutoDefault(False)  # Enter on a row opens the merge, nothing else
        pair_buttons = QHBoxLayout()
        pair_buttons.addStretch(1)
        pair_buttons.addWidget(self.not_now_button)
        pair_buttons.addWidget(self.merge_button)

        made_heading = QLabel(QCoreApplication.translate("Duplicates", "Merges made here"))
        made_heading.setProperty("role", "section")
        self.made = QListWidget()
        self.made.setObjectName("duplicates_made")
        self.made.setMaximumHeight(96)
        self.none_made = plain_label(
            QCoreApplication.translate("Duplicates", "None yet."), selectable=False
        )
        self.none_made.setProperty("role", "caption")
        self.made.currentRowChanged.connect(lambda _row: self._enable())
        self.undo_button = QPushButton(QCoreApplication.translate("Duplicates", "Undo"))
        self.undo_button.setObjectName("duplicates_undo")
        self.undo_button.setToolTip(
            QCoreApplication.translate(
                "Duplicates", "The merged person comes back with what was theirs"
            )
        )
        self.undo_button.clicked.connect(self.undo_selected)
        self.undo_button.setAutoDefault(False)
        undo_newest = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo_newest.activated.connect(self.undo_newest)
        made_row = QHBoxLayout()
        made_row.addWidget(self.made, 1)
        made_row.addWidget(self.none_made, 1)
        made_row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.status)
        column.addWidget(self.busy)
        column.addWidget(self.table, 1)
        column.addLayout(pair_buttons)
        column.addWidget(made_heading)
        column.addLayout(made_row)
        column.addWidget(close)
        self.resize(1040, 600)
        self.reload()

    def _pair_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("duplicates_table")
        table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.model = PairTableModel()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        names = table.fontMetrics().horizontalAdvance("Aleksandra Wolkowa-Kowalczyk") + 24
        header.resizeSection(0, names)
        header.resizeSection(1, names)
        table.selectionModel().selectionChanged.connect(lambda _s, _d: self._enable())
        table.activated.connect(lambda _index: self.merge_selected())
        return table

    # Looking for pairs

    def reload(self) -> None:
        """Look for the pairs again (off the UI thread), and list the merges made here."""
        vault = self.vault
        if vault.is_locked:
            return
        self._seen_change = records.change_mark(vault)
        self._fill_made()
        self.busy.show()
        self.status.setText(
            QCoreApplication.translate("Duplicates", "Looking for people entered twice…")
        )
        job = runner.run(
            lambda _job: duplicate_pairs.find_pairs(vault),
            on_done=lambda pairs: self._found(job, pairs),
            on_error=lambda exc: self._failed(job, exc),
        )
        self.job = job
        self._enable()

    def catch_up(self) -> None:
        """Look again if the vault changed since the pairs were found (a bundle, an edit,
        `pslapp-cli` beside the app)."""
        if not self.vault.is_locked and records.change_mark(self.vault) != self._seen_change:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.catch_up()
        super().changeEvent(event)

    def _found(self, job: runner.Job, pairs: object) -> None:
        if job is not self.job:  # an older search, overtaken by a newer one
            return
        assert isinstance(pairs, list)
        self.job = None
        self.busy.hide()
        self.pairs = [p for p in pairs if pair_key(p) not in self.hidden]
        self._fill_pairs()
        self.searched.emit()

    def _failed(self, job: runner.Job, exc: object) -> None:
        if job is not self.job:
            return
        self.job = None
        self.busy.hide()
        self.status.setText(
            QCoreApplication.translate(
                "Duplicates", "The people could not be compared: %1"
            ).replace("%1", str(exc) if isinstance(exc, PslappError) else type(exc).__name__)
        )

    def _fill_pairs(self) -> None:
        self.model.set_pairs(self.pairs)
        if self.pairs:
            count = len(self.pairs)  # a plain name: lupdate 6.11 skips a call counting more
            self.status.setText(
                QCoreApplication.translate("Duplicates", "%n pair(s) to look at.", "", count)
            )
            self.table.selectRow(0)
        else:
            self.status.setText(
                QCoreApplication.translate(
                    "Duplicates", "Nobody seems to be entered twice. Nothing to merge."
                )
            )
        self.table.setVisible(bool(self.pairs))
        self._enable()

    def _fill_made(self) -> None:
        self.made.clear()
        for made in person_merge.undoable_merges(self.vault):
            item = QListWidgetItem(made_merge_text(made, when(made.at)))
            item.setData(ID_ROLE, made.other_id)
            self.made.addItem(item)
        if self.made.count():
            self.made.setCurrentRow(0)
        self.made.setVisible(self.made.count() > 0)
        self.none_made.setVisible(self.made.count() == 0)
        self.undo_button.setVisible(self.made.count() > 0)
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.merge_button.setEnabled(chosen)
        self.not_now_button.setEnabled(chosen)
        self.undo_button.setEnabled(self.made.currentItem() is not None)

    # Acting on a pair

    def selected(self) -> Pair | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.pairs):
            return None
        return self.pairs[rows[0].row()]

    def select(self, first_name: str, second_name: str) -> Pair | None:
        """Select the pair of these two names (either way round); None if not listed."""
        for row, pair in enumerate(self.pairs):
            if {pair.first_name, pair.second_name} == {first_name, second_name}:
                self.table.selectRow(row)
                return pair
        return None

    def not_now(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        self.hidden.add(pair_key(pair))
        row = self.pairs.index(pair)
        self.pairs.remove(pair)
        self._fill_pairs()
        if self.pairs:
            self.table.selectRow(min(row, len(self.pairs) - 1))

    def merge_selected(self) -> MergeDialog | None:
        pair = self.selected()
        if pair is None or self.vault.is_locked:
            return None
        try:
            dialog = MergeDialog(self.vault, pair.first_id, pair.second_id, self)
        except PslappError:  # one of them was deleted or merged meanwhile
            self.reload()
            return None
        dialog.merged.connect(self._merged)
        dialog.open()
        return dialog

    def _merged(self, result: MergeResult) -> None:
        self.pairs = [p for p in self.pairs if result.other_id not in pair_key(p)]
        self._fill_pairs()
        self.merged.emit(result)
        self.reload()

    def undo_selected(self) -> Record | None:
        item = self.made.currentItem()
        if item is None or self.vault.is_locked:
            return None
        try:
            back = person_merge.unmerge(self.vault, str(item.data(ID_ROLE)))
        except PslappError as exc:
            self.status.setText(str(exc))
            self._fill_made()
            return None
        self.unmerged.emit(back)
        self.reload()
        return back

    def undo_newest(self) -> Record | None:
        """Ctrl+Z here: undo the merge made last."""
        if self.made.count() == 0:
            return None
        self.made.setCurrentRow(0)
        return self.undo_selected()

    def done(self, result: int) -> None:
        self.job = None  # a search still running is ignored when it ends
        super().done(result)
