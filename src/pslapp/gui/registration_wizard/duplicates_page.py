"""Step 3: people who may already be known under another spelling. The list is compared with
the vault off the UI thread, with progress, and Cancel stops it within a few rows. Each name
that resembles someone has a "Same person" box; buttons decide for all of them at once
(a list of 2 000 can hold a thousand such names), and single rows can then be changed.
"Merge into <them>" instead creates the person and then merges them into the match (the
spelling from the file kept in the alias, undoable from the duplicates view).
A match may be a person from the vault or an earlier row of the same file: the second
column says which."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from pslapp.core.errors import PslappError
from pslapp.gui import runner
from pslapp.gui.registration_wizard.state import WizardState
from pslapp.services import registration_review
from pslapp.services.registration import Action, ImportPlan, PlannedRow

NEARLY_SAME = 95.0  # a match score this high is a spelling variant more often than not
LINE_ROLE = Qt.ItemDataRole.UserRole
SAME, MERGE_INTO = 2, 3  # the two decision columns


def _plain_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _nearly_identical(row: PlannedRow) -> bool:
    return row.match is not None and row.match.score >= NEARLY_SAME


class DuplicatesPage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self.setObjectName("wizard_duplicates_page")
        self.state = state
        self.setTitle(
            QCoreApplication.translate(
                "RegistrationWizard", "People who may be in the vault already"
            )
        )
        self.setCommitPage(True)
        self.setButtonText(
            QWizard.WizardButton.CommitButton,
            QCoreApplication.translate("RegistrationWizard", "Import"),
        )
        self.summary = _plain_label()
        self.summary.setObjectName("wizard_plan_summary")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.review = QTableWidget(0, 4)
        self.review.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.review.setObjectName("wizard_review")
        self.review.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RegistrationWizard", "In the file"),
                QCoreApplication.translate("RegistrationWizard", "Resembles"),
                QCoreApplication.translate("RegistrationWizard", "Decision"),
                QCoreApplication.translate("RegistrationWizard", "Or, after the import"),
            ]
        )
        self.review.verticalHeader().hide()
        self.review.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.review.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.review.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.review.itemChanged.connect(self._one_decision)
        self.all_new = QPushButton(
            QCoreApplication.translate("RegistrationWizard", "All are new people")
        )
        self.all_new.setObjectName("wizard_all_new")
        self.all_new.clicked.connect(lambda: self.decide_all(lambda _row: False))
        self.nearly_same = QPushButton(
            QCoreApplication.translate("RegistrationWizard", "Same person where nearly identical")
        )
        self.nearly_same.setObjectName("wizard_nearly_same")
        self.nearly_same.setToolTip(
            QCoreApplication.translate(
                "RegistrationWizard",
                "Ticks the names that differ from someone known only by a letter or an accent",
            )
        )
        self.nearly_same.clicked.connect(
            lambda: self.decide_all(
                lambda row: row.match is not None and row.match.score >= NEARLY_SAME
            )
        )
        self.all_same = QPushButton(
            QCoreApplication.translate("RegistrationWizard", "All are the same person")
        )
        self.all_same.setObjectName("wizard_all_same")
        self.all_same.clicked.connect(lambda: self.decide_all(lambda _row: True))
        self.bulk = QHBoxLayout()
        for button in (self.all_new, self.nearly_same, self.all_same):
            self.bulk.addWidget(button)
        self.bulk.addStretch(1)
        self.error = _plain_label()
        self.error.setProperty("role", "error")
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.busy)
        column.addLayout(self.bulk)
        column.addWidget(self.review, 1)
        column.addWidget(self.error)
        column.addStretch(0)
        self.rows: list[PlannedRow] = []  # the rows under review, in table order
        self.job: runner.Job | None = None
        self._show_bulk(False)

    # Comparing

    def initializePage(self) -> None:
        self.cancel()
        self.state.plan = None
        self.review.setRowCount(0)
        self.review.hide()
        self._show_bulk(False)
        self.rows = []
        self.error.clear()
        self.busy.setRange(0, 0)
        self.busy.show()
        self.summary.setText(
            QCoreApplication.translate(
                "RegistrationWizard", "Comparing the list with the people in the vault…"
            )
        )
        state = self.state
        preview, targets = state.preview, list(state.targets)
        assert preview is not None
        self.job = runner.run(
            lambda job: registration_review.plan(
                state.vault, preview, targets, state.event_id, job.progress
            ),
            on_done=self._planned,
            on_error=self._failed,
            on_progress=self._progressed,
        )
        self.completeChanged.emit()

    def cancel(self) -> None:
        """Stop comparing (Cancel, Back): the work ends at its next few rows."""
        if self.job is not None:
            self.job.cancel()
            self.job = None

    def cleanupPage(self) -> None:
        self.cancel()
        super().cleanupPage()

    def _progressed(self, done: int, total: int) -> None:
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(done)
        self.summary.setText(
            QCoreApplication.translate(
                "RegistrationWizard", "Comparing the list with the people in the vault: %1 of %2…"
            )
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

    def _planned(self, plan: object) -> None:
        assert isinstance(plan, ImportPlan)
        self.job = None
        self.state.plan = plan
        self.busy.hide()
        review = [r for r in plan.rows if r.review and r.match is not None]
        text = (
            QCoreApplication.translate(
                "RegistrationWizard",
                "New people: %1. Known by email or phone, their details merged: %2. "
                "Names that resemble someone in the vault or earlier in the file: %3.",
            )
            .replace("%1", str(plan.count(Action.CREATE)))
            .replace("%2", str(plan.count(Action.MERGE)))
            .replace("%3", str(len(review)))
        )
        if review:
            text += " " + QCoreApplication.translate(
                "RegistrationWizard",
                "Tick those who are the same person; if unsure, keep two.",
            )
        self.summary.setText(text)
        self._fill(plan, review)
        self.completeChanged.emit()

    def _fill(self, plan: ImportPlan, review: list[PlannedRow]) -> None:
        # A match among the people this file creates is an earlier row, not the vault.
        created_at = {r.person_id: r.line for r in plan.rows if r.action is Action.CREATE}
        self.rows = review
        self.review.setUpdatesEnabled(False)
        self.review.setRowCount(len(review))
        for i, row in enumerate(review):
            assert row.match is not None
            name = str(row.registration.person["display_name"])
            mine = QTableWidgetItem(
                QCoreApplication.translate("RegistrationWizard", "%1 (line %2)")
                .replace("%1", name)
                .replace("%2", str(row.line))
            )
            self.review.setItem(i, 0, mine)
            earlier = created_at.get(row.match.person_id)
            theirs = (
                QCoreApplication.translate("RegistrationWizard", "%1 (line %2 of this file)")
                .replace("%1", row.match.display_name)
                .replace("%2", str(earlier))
                if earlier is not None
                else QCoreApplication.translate("RegistrationWizard", "%1 (in the vault)").replace(
                    "%1", row.match.display_name
                )
            )
            self.review.setItem(i, 1, QTableWidgetItem(theirs))
            same = QTableWidgetItem(QCoreApplication.translate("RegistrationWizard", "Same person"))
            same.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            same.setCheckState(Qt.CheckState.Unchecked)
            same.setData(LINE_ROLE, row.line)
            self.review.setItem(i, SAME, same)
            self.review.setItem(i, MERGE_INTO, self._merge_into_item(row))
        self.review.setUpdatesEnabled(True)
        # the box and its words, whole (a checkable item's hint leaves the box out)
        words = QCoreApplication.translate("RegistrationWizard", "Same person")
        self.review.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.review.setColumnWidth(2, self.review.fontMetrics().horizontalAdvance(words) + 56)
        self.review.setVisible(bool(review))
        self._show_bulk(bool(review))

    def _merge_into_item(self, row: PlannedRow) -> QTableWidgetItem:
        assert row.match is not None
        if row.action is not Action.CREATE:
            return QTableWidgetItem()
        item = QTableWidgetItem(
            QCoreApplication.translate("RegistrationWizard", "Merge into %1").replace(
                "%1", row.match.display_name
            )
        )
        item.setToolTip(
            QCoreApplication.translate(
                "RegistrationWizard",
                "Imported as a new person, then merged into them: the spelling from the "
                "file is kept as an alias, and the merge can be undone.",
            )
        )
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(LINE_ROLE, row.line)
        return item

    def _one_decision(self, item: QTableWidgetItem) -> None:
        """ "Same person" and "Merge into" exclude each other."""
        if item.column() not in (SAME, MERGE_INTO) or item.checkState() != Qt.CheckState.Checked:
            return
        other = self.review.item(item.row(), MERGE_INTO if item.column() == SAME else SAME)
        if other is not None and other.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            other.setCheckState(Qt.CheckState.Unchecked)

    def merge_into(self, line: int, chosen: bool = True) -> None:
        for i in range(self.review.rowCount()):
            item = self.review.item(i, MERGE_INTO)
            if item is not None and item.data(LINE_ROLE) == line:
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def merges(self) -> set[int]:
        found: set[int] = set()
        for i in range(self.review.rowCount()):
            item = self.review.item(i, MERGE_INTO)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.add(int(item.data(LINE_ROLE)))
        return found

    def _show_bulk(self, shown: bool) -> None:
        for button in (self.all_new, self.nearly_same, self.all_same):
            button.setVisible(shown)

    def _failed(self, exc: object) -> None:
        self.job = None
        self.busy.hide()
        if isinstance(exc, runner.Cancelled):
            return
        self.summary.clear()
        self.error.setText(
            str(exc)
            if isinstance(exc, PslappError)
            else QCoreApplication.translate("RegistrationWizard", "The list could not be read.")
        )

    # Deciding

    def decide(self, line: int, same: bool) -> None:
        for i in range(self.review.rowCount()):
            item = self.review.item(i, SAME)
            if item is not None and item.data(LINE_ROLE) == line:
                item.setCheckState(Qt.CheckState.Checked if same else Qt.CheckState.Unchecked)

    def decide_all(self, same: Callable[[PlannedRow], bool]) -> None:
        """Set every row's box by `same(row)`; single rows can be changed afterwards."""
        for i, row in enumerate(self.rows):
            item = self.review.item(i, SAME)
            if item is not None:
                checked = bool(same(row))
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def decisions(self) -> dict[int, bool]:
        found: dict[int, bool] = {}
        for i in range(self.review.rowCount()):
            item = self.review.item(i, SAME)
            if item is not None:
                found[int(item.data(LINE_ROLE))] = item.checkState() == Qt.CheckState.Checked
        return found

    def validatePage(self) -> bool:
        self.state.same_person = self.decisions()
        self.state.merge_into = self.merges()
        return self.state.plan is not None

    def isComplete(self) -> bool:
        return self.state.plan is not None
