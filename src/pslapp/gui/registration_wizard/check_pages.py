"""Step 2: every row checked with the chosen columns; bad rows listed by line and reason,
and skipped only if the user says so. (Step 3 is `duplicates_page.py`.)"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWizardPage,
)

from pslapp.gui.refusal_words import refused_field_text
from pslapp.gui.registration_wizard.state import WizardState
from pslapp.services import registration_review

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
                .replace(
                    "%2", refused_field_text(row.field, row.message) if row.field else row.reason
                )
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
