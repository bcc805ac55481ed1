"""Step 2: every row checked with the chosen columns; bad rows listed by line and reason,
and skipped only if the user says so. Step 3: people who may already be in the vault
under another spelling, one decision per row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
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
from pslapp.services.registration import Action, ImportPlan

SHOWN_BAD_ROWS = 500


def _plain_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class BadRowsPage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self.setObjectName("wizard_rows_page")
        self.state = state
        self.setTitle(QCoreApplication.translate("RegistrationWizard", "Checking every row"))
        self.summary = _plain_label()
        self.summary.setObjectName("wizard_rows_summary")
        self.bad = QListWidget()
        self.bad.setObjectName("wizard_bad_rows")
        self.skip = QCheckBox(
            QCoreApplication.translate(
                "RegistrationWizard", "Skip the bad rows and import the rest"
            )
        )
        self.skip.setObjectName("wizard_skip_bad")
        self.skip.toggled.connect(self._skip_toggled)
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.bad, 1)
        column.addWidget(self.skip)
        self._bad_count = 0

    def initializePage(self) -> None:
        preview = self.state.preview
        assert preview is not None
        good, bad = registration_review.check_rows(preview, self.state.targets)
        self._bad_count = len(bad)
        self.bad.clear()
        for row in bad[:SHOWN_BAD_ROWS]:
            self.bad.addItem(
                QCoreApplication.translate("RegistrationWizard", "Line %1: %2")
                .replace("%1", str(row.line))
                .replace("%2", row.reason)
            )
        self.bad.setVisible(bool(bad))
        self.skip.setVisible(bool(bad))
        self.skip.setChecked(False)
        if bad:
            self.summary.setText(
                QCoreApplication.translate(
                    "RegistrationWizard",
                    "%1 rows are good, %2 are not. Fix the file and choose it again, or "
                    "skip the bad rows.",
                )
                .replace("%1", str(good))
                .replace("%2", str(len(bad)))
            )
        else:
            self.summary.setText(
                QCoreApplication.translate("RegistrationWizard", "All %1 rows are good.").replace(
                    "%1", str(good)
                )
            )
        self.completeChanged.emit()

    def _skip_toggled(self, checked: bool) -> None:
        self.state.skip_bad_rows = checked
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._bad_count == 0 or self.skip.isChecked()


class DuplicatesPage(QWizardPage):
    """Plans the import off the UI thread (matching against everyone in the vault), then
    asks about each name that resembles someone already known."""

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
        self.review = QTableWidget(0, 3)
        self.review.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.review.setObjectName("wizard_review")
        self.review.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RegistrationWizard", "In the file"),
                QCoreApplication.translate("RegistrationWizard", "Already in the vault"),
                QCoreApplication.translate("RegistrationWizard", "Decision"),
            ]
        )
        self.review.verticalHeader().hide()
        self.review.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.review.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.review.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.error = _plain_label()
        self.error.setProperty("role", "error")
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.busy)
        column.addWidget(self.review, 1)
        column.addWidget(self.error)
        column.addStretch(0)
        self.decisions: list[tuple[int, QComboBox]] = []
        self.job: runner.Job | None = None

    def initializePage(self) -> None:
        self.state.plan = None
        self.review.setRowCount(0)
        self.review.hide()
        self.decisions = []
        self.error.clear()
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
            lambda _job: registration_review.plan(state.vault, preview, targets, state.event_id),
            on_done=self._planned,
            on_error=self._failed,
        )
        self.completeChanged.emit()

    def _planned(self, plan: object) -> None:
        assert isinstance(plan, ImportPlan)
        self.state.plan = plan
        self.busy.hide()
        review = [r for r in plan.rows if r.review and r.match is not None]
        text = (
            QCoreApplication.translate(
                "RegistrationWizard",
                "New people: %1. Known by email or phone, their details merged: %2. "
                "Names that resemble someone in the vault: %3.",
            )
            .replace("%1", str(plan.count(Action.CREATE)))
            .replace("%2", str(plan.count(Action.MERGE)))
            .replace("%3", str(len(review)))
        )
        if review:
            text += " " + QCoreApplication.translate(
                "RegistrationWizard",
                "Say for each whether it is the same person; if unsure, keep two.",
            )
        self.summary.setText(text)
        self.review.setVisible(bool(review))
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
            self.review.setItem(i, 1, QTableWidgetItem(row.match.display_name))
            combo = QComboBox()
            combo.setObjectName(f"wizard_decision_{row.line}")
            combo.addItem(QCoreApplication.translate("RegistrationWizard", "New person"), False)
            combo.addItem(QCoreApplication.translate("RegistrationWizard", "Same person"), True)
            self.review.setCellWidget(i, 2, combo)
            self.review.setRowHeight(i, combo.sizeHint().height() + 8)
            self.decisions.append((row.line, combo))
        if self.decisions:
            width = max(c.sizeHint().width() for _l, c in self.decisions)
            self.review.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
            self.review.setColumnWidth(2, width + 12)
        self.completeChanged.emit()

    def _failed(self, exc: object) -> None:
        self.busy.hide()
        self.summary.clear()
        self.error.setText(
            str(exc)
            if isinstance(exc, PslappError)
            else QCoreApplication.translate("RegistrationWizard", "The list could not be read.")
        )

    def decide(self, line: int, same: bool) -> None:
        for row_line, combo in self.decisions:
            if row_line == line:
                combo.setCurrentIndex(1 if same else 0)

    def validatePage(self) -> bool:
        self.state.same_person = {line: bool(combo.currentData()) for line, combo in self.decisions}
        return self.state.plan is not None

    def isComplete(self) -> bool:
        return self.state.plan is not None
