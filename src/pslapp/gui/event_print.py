"""Printing an event: the attendee list or name badges as an A4 PDF, drawn off the UI
thread and saved where the user chooses (atomically, mode 0600)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.errors import PslappError
from pslapp.gui import file_choice, passphrase_gate, runner
from pslapp.gui.pdf_sheets import attendee_list_pdf, badges_pdf
from pslapp.services import event_reports, event_sheets
from pslapp.services.vault import Vault

log = logging.getLogger(__name__)


class PrintDialog(QDialog):
    saved = Signal(str)  # the path written

    def __init__(self, vault: Vault, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print_dialog")
        self.setWindowTitle(QCoreApplication.translate("PrintDialog", "Print attendees"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._vault = vault
        self._event_id = event_id
        self._job: runner.Job | None = None
        self.list_choice = QRadioButton(
            QCoreApplication.translate("PrintDialog", "Attendee list, to tick people off (A4)")
        )
        self.list_choice.setObjectName("print_list")
        self.list_choice.setChecked(True)
        self.badges_choice = QRadioButton(
            QCoreApplication.translate("PrintDialog", "Name badges, 8 per A4 page")
        )
        self.badges_choice.setObjectName("print_badges")
        self.csv_choice = QRadioButton(
            QCoreApplication.translate(
                "PrintDialog", "Check-in list as CSV, for a spreadsheet (status, role, arrival)"
            )
        )
        self.csv_choice.setObjectName("print_csv")
        self.csv_choice.toggled.connect(self._csv_toggled)
        self.qr = QCheckBox(
            QCoreApplication.translate(
                "PrintDialog", "A QR code on each badge (an attendance number only, no name)"
            )
        )
        self.qr.setObjectName("print_qr")
        self.qr.setEnabled(False)
        self.badges_choice.toggled.connect(self.qr.setEnabled)
        self.checked_in_only = QCheckBox(
            QCoreApplication.translate("PrintDialog", "Only people who have arrived")
        )
        self.checked_in_only.setObjectName("print_checked_in_only")
        self.restricted = QCheckBox(
            QCoreApplication.translate("PrintDialog", "Include people marked restricted")
        )
        self.restricted.setObjectName("print_restricted")
        hint = QLabel(
            QCoreApplication.translate(
                "PrintDialog",
                "Paper leaves no trace you can wipe: print only what the day needs, and "
                "collect the lists afterwards.",
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "caption")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("print_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(QCoreApplication.translate("PrintDialog", "Save PDF…"))
        self.save_button.setObjectName("print_save")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.choose_file)
        self.save_button.setDefault(True)
        close = QPushButton(QCoreApplication.translate("PrintDialog", "Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setSpacing(10)
        for widget in (
            self.list_choice,
            self.badges_choice,
            self.csv_choice,
            self.qr,
            self.checked_in_only,
            self.restricted,
            hint,
            self.progress,
            self.status,
        ):
            column.addWidget(widget)
        column.addLayout(buttons)
        self.setMinimumWidth(560)

    def _csv_toggled(self, csv: bool) -> None:
        self.checked_in_only.setEnabled(not csv)  # the CSV has everyone, with their status
        self.save_button.setText(
            QCoreApplication.translate("PrintDialog", "Save CSV…")
            if csv
            else QCoreApplication.translate("PrintDialog", "Save PDF…")
        )

    def restricted_warning(self) -> str:
        """What the passphrase gate says before restricted data leaves in this format."""
        if self.csv_choice.isChecked():
            return QCoreApplication.translate(
                "PrintDialog",
                "This CSV will include restricted people and fields (legal names, phone numbers).",
            )
        return QCoreApplication.translate(
            "PrintDialog",
            "This PDF will include restricted people and fields (legal names, phone numbers).",
        )

    def choose_file(self) -> None:
        as_csv = self.csv_choice.isChecked()
        if self.restricted.isChecked() and not passphrase_gate.ask(
            self, self._vault.folder, self.restricted_warning()
        ):
            return
        if as_csv:
            path = file_choice.choose_save(
                self,
                QCoreApplication.translate("PrintDialog", "Save CSV"),
                QCoreApplication.translate("PrintDialog", "CSV files (*.csv)"),
                "check-in.csv",
            )
            if path is not None:
                self.save_to(path)
            return
        name = "badges.pdf" if self.badges_choice.isChecked() else "attendees.pdf"
        path = file_choice.choose_save(
            self,
            QCoreApplication.translate("PrintDialog", "Save PDF"),
            QCoreApplication.translate("PrintDialog", "PDF files (*.pdf)"),
            name,
        )
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> runner.Job:
        """Draw and save off the UI thread; `saved` or a message when done."""
        vault, event_id = self._vault, self._event_id
        badges, qr = self.badges_choice.isChecked(), self.qr.isChecked()
        as_csv = self.csv_choice.isChecked()
        include_restricted = self.restricted.isChecked()
        checked_in_only = self.checked_in_only.isChecked()

        def work(job: runner.Job) -> tuple[Path, int, int]:
            if as_csv:  # what `pslapp-cli csv export` writes
                done = event_reports.export_attendees(
                    vault, event_id, path, include_restricted=include_restricted
                )
                return done.path, done.written, done.left_out
            sheet = event_sheets.event_sheet(
                vault,
                event_id,
                include_restricted=include_restricted,
                checked_in_only=checked_in_only,
            )
            if badges:
                data = badges_pdf(sheet, qr=qr, progress=job.progress)
            else:
                data = attendee_list_pdf(sheet, progress=job.progress)
            event_sheets.save_private_file(path, data)
            return path, len(sheet.rows), sheet.left_out

        self.save_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(
            QCoreApplication.translate("PrintDialog", "Writing the list…")
            if as_csv
            else QCoreApplication.translate("PrintDialog", "Drawing the PDF…")
        )
        self._job = runner.run(
            work, on_done=self._done, on_error=self._failed, on_progress=self._progressed
        )
        return self._job

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result: object) -> None:
        path, written, left_out = cast(tuple[Path, int, int], result)
        self.progress.hide()
        self.save_button.setEnabled(True)
        text = (
            QCoreApplication.translate("PrintDialog", "Saved %1 people to %2.")
            .replace("%1", str(written))
            .replace("%2", path.name)
        )
        if left_out:
            text += " " + QCoreApplication.translate(
                "PrintDialog", "%1 restricted people were left out."
            ).replace("%1", str(left_out))
        self.status.setText(text)
        log.info("printout saved")
        self.saved.emit(str(path))

    def _failed(self, exc: object) -> None:
        self.progress.hide()
        self.save_button.setEnabled(True)
        if isinstance(exc, PslappError):
            self.status.setText(str(exc))
        elif isinstance(exc, OSError):
            self.status.setText(
                QCoreApplication.translate(
                    "PrintDialog", "The PDF could not be saved there (%1)."
                ).replace("%1", exc.strerror or type(exc).__name__)
            )
        else:
            self.status.setText(
                QCoreApplication.translate("PrintDialog", "The PDF could not be drawn.")
            )
