"""Step 1: choose the file; see what was detected (encoding, delimiter, rows) and which
field each column goes to, with a choice per column to correct it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from pslapp.core.errors import ImportRejected
from pslapp.gui import file_choice
from pslapp.gui.registration_wizard.state import (
    WizardState,
    delimiter_label,
    encoding_label,
    target_label,
)
from pslapp.services import registration_review
from pslapp.services.registration.headers import Target

SAMPLE_ROWS = 3
CHOICES: list[Target | None] = [None, *(t for t in Target if t is not Target.IGNORE)]


class FilePage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self.setObjectName("wizard_file_page")
        self.state = state
        self.setTitle(QCoreApplication.translate("RegistrationWizard", "Registration list"))
        self.setSubTitle(
            QCoreApplication.translate(
                "RegistrationWizard",
                "A CSV file exported from a form or a spreadsheet: UTF-8, UTF-16 or "
                "Windows-1251; commas, semicolons or tabs.",
            )
        )
        self.path = QLineEdit()
        self.path.setObjectName("wizard_path")
        self.path.setReadOnly(True)
        # Read-only: with the first focus it looked like the place to type a path, and
        # typing there did nothing. The focus starts on the button instead.
        self.path.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        choose = QPushButton(QCoreApplication.translate("RegistrationWizard", "Choose file…"))
        choose.setObjectName("wizard_choose")
        choose.clicked.connect(self.choose_file)
        choose.setAutoDefault(False)  # once a file is read, Enter is Next, not this again
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.detected = QLabel()
        self.detected.setObjectName("wizard_detected")
        self.detected.setTextFormat(Qt.TextFormat.PlainText)
        self.detected.setWordWrap(True)
        self.columns = QTableWidget(0, 3)
        self.columns.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.columns.setObjectName("wizard_columns")
        self.columns.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RegistrationWizard", "Column in the file"),
                QCoreApplication.translate("RegistrationWizard", "First rows"),
                QCoreApplication.translate("RegistrationWizard", "Goes to"),
            ]
        )
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.setWordWrap(False)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.error = QLabel()
        self.error.setObjectName("wizard_file_error")
        self.error.setProperty("role", "error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.detected)
        column.addWidget(self.columns, 1)
        column.addWidget(self.error)
        self._combos: list[QComboBox] = []

    def choose_file(self) -> None:
        path = file_choice.choose_open(
            self,
            QCoreApplication.translate("RegistrationWizard", "Registration list"),
            QCoreApplication.translate(
                "RegistrationWizard", "CSV files (*.csv *.tsv *.txt);;All files (*)"
            ),
        )
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        self.path.setText(str(path))
        self.error.clear()
        self.columns.setRowCount(0)
        self._combos = []
        try:
            preview = registration_review.preview(path)
        except ImportRejected as exc:
            self.state.preview = None
            self.detected.clear()
            self.error.setText(str(exc))
            self.completeChanged.emit()
            return
        self.state.preview = preview
        self.state.targets = list(preview.targets)
        table = preview.table
        self.detected.setText(
            QCoreApplication.translate(
                "RegistrationWizard", "Encoding %1 · delimiter %2 · %3 rows after the header"
            )
            .replace("%1", encoding_label(table.encoding))
            .replace("%2", delimiter_label(table.delimiter))
            .replace("%3", str(len(table.rows)))
        )
        self.columns.setRowCount(len(table.header))
        for i, name in enumerate(table.header):
            samples = [r.cells[i] for r in table.rows[:SAMPLE_ROWS] if i < len(r.cells)]
            sample = " · ".join(s.replace("\n", " ") for s in samples if s.strip())
            self.columns.setItem(i, 0, QTableWidgetItem(name))
            self.columns.setItem(i, 1, QTableWidgetItem(sample))
            combo = QComboBox()
            combo.setObjectName(f"wizard_target_{i}")
            for target in CHOICES:
                combo.addItem(target_label(target), target.value if target else "")
            chosen = preview.targets[i]
            current = "" if chosen in (None, Target.IGNORE) else str(chosen)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.currentIndexChanged.connect(lambda _i, c=i: self._changed(c))
            self.columns.setCellWidget(i, 2, combo)
            self._combos.append(combo)
        if self._combos:  # cell widgets do not size their rows and columns by themselves
            hint = max(c.sizeHint().width() for c in self._combos)
            self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
            self.columns.setColumnWidth(2, hint + 12)
            self.columns.verticalHeader().setDefaultSectionSize(
                self._combos[0].sizeHint().height() + 8
            )
        self._check_name()
        self.completeChanged.emit()

    def set_target(self, column: int, target: Target | None) -> None:
        combo = self._combos[column]
        combo.setCurrentIndex(max(combo.findData(target.value if target else ""), 0))

    def _changed(self, column: int) -> None:
        data = str(self._combos[column].currentData() or "")
        self.state.targets[column] = Target(data) if data else Target.IGNORE
        self._check_name()
        self.completeChanged.emit()

    def _check_name(self) -> None:
        if self.state.preview is not None and not registration_review.has_name(self.state.targets):
            self.error.setText(
                QCoreApplication.translate(
                    "RegistrationWizard",
                    "No column goes to a name. Choose Full name, or Given and Family name.",
                )
            )
        else:
            self.error.clear()

    def isComplete(self) -> bool:
        return self.state.preview is not None and registration_review.has_name(self.state.targets)
