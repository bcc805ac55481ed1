"""Step 4: the import itself, in one transaction, off the UI thread."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWizardPage

from pslapp.core.errors import PslappError
from pslapp.gui import runner
from pslapp.gui.registration_wizard.state import WizardState
from pslapp.services import registration_review
from pslapp.services.registration import Action, ImportPlan, apply_import
from pslapp.services.registration.merge_into import merge_into_matches

log = logging.getLogger(__name__)


class ImportPage(QWizardPage):
    imported = Signal(object)  # the written ImportPlan

    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self.setObjectName("wizard_import_page")
        self.state = state
        self.setTitle(QCoreApplication.translate("RegistrationWizard", "Importing"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.result = QLabel()
        self.result.setObjectName("wizard_result")
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addWidget(self.progress)
        column.addWidget(self.result)
        column.addStretch(1)
        self.done = False
        self.merged_into = 0  # rows merged into the person they resemble, after the import
        self.job: runner.Job | None = None

    def initializePage(self) -> None:
        plan = self.state.plan
        assert plan is not None
        decided = registration_review.decide(plan, self.state.same_person)
        vault = self.state.vault
        self.done = False
        self.progress.setRange(0, 0)
        self.progress.show()
        self.result.setText(
            QCoreApplication.translate("RegistrationWizard", "Writing %1 people…").replace(
                "%1", str(len(decided.rows))
            )
        )
        lines = set(self.state.merge_into)

        def work(_job: runner.Job) -> tuple[ImportPlan, int]:
            written = apply_import(vault, decided)
            return written, merge_into_matches(vault, decided, written, lines)

        self.job = runner.run(work, on_done=self._done, on_error=self._failed)

    def _done(self, outcome: object) -> None:
        assert isinstance(outcome, tuple)
        plan, self.merged_into = outcome
        assert isinstance(plan, ImportPlan)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.done = True
        log.info("registration list imported: %d rows", len(plan.rows))
        self.result.setText(
            QCoreApplication.translate(
                "RegistrationWizard",
                "Done. New people: %1, merged with people already known: %2, registered: %3.",
            )
            .replace("%1", str(plan.count(Action.CREATE)))
            .replace("%2", str(plan.count(Action.MERGE)))
            .replace("%3", str(plan.registrations))
        )
        if self.merged_into:
            self.result.setText(
                self.result.text()
                + " "
                + QCoreApplication.translate(
                    "RegistrationWizard",
                    "Merged into the person they resemble: %1 (undo in People, Find duplicates…).",
                ).replace("%1", str(self.merged_into))
            )
        self.completeChanged.emit()
        self.imported.emit(plan)

    def _failed(self, exc: object) -> None:
        self.progress.hide()
        self.done = True
        reason = str(exc) if isinstance(exc, PslappError) else type(exc).__name__
        self.result.setText(
            QCoreApplication.translate("RegistrationWizard", "Nothing was imported: %1").replace(
                "%1", reason
            )
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done
