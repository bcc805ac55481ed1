"""Receive a bundle: check it completely off the UI thread, say in plain words who sent it
and whether it can be trusted, list what it would change, and apply it only when asked.
Everything that comes from the bundle is shown as plain text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.errors import BundleRejected, PslappError
from pslapp.crypto.identity import format_fingerprint
from pslapp.gui import runner
from pslapp.gui.bundles.wording import change_label, rejection_sentence
from pslapp.gui.labels import field_label, kind_label
from pslapp.services import bundles
from pslapp.services.bundles import BundleReview, ReviewItem, apply_review, review_bundle
from pslapp.services.vault import Vault


def _plain(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def item_text(item: ReviewItem) -> str:
    title = item.title or QCoreApplication.translate("ReceiveDialog", "(no name)")
    # The quotes are the language's own: «…» in Russian, „…“ in German.
    text = (
        QCoreApplication.translate("ReceiveDialog", "%1: %2 “%3”")
        .replace("%1", change_label(item.change))
        .replace("%2", kind_label(item.kind))
        .replace("%3", title)
    )
    if item.fields:
        text += " — " + ", ".join(field_label(f) for f in item.fields)
    if item.conflicts:
        text += "  ⚠ " + QCoreApplication.translate("ReceiveDialog", "conflict in %1").replace(
            "%1", ", ".join(field_label(f) for f in item.conflicts)
        )
    return text


def report_sentence(report: bundles.ImportReport) -> str:
    parts = [
        (QCoreApplication.translate("ReceiveDialog", "%1 new"), report.created),
        (QCoreApplication.translate("ReceiveDialog", "%1 changed"), report.changed),
        (QCoreApplication.translate("ReceiveDialog", "%1 deleted"), report.deleted),
        (
            QCoreApplication.translate("ReceiveDialog", "%1 conflicts to review"),
            len(report.conflicts),
        ),
        (QCoreApplication.translate("ReceiveDialog", "%1 already up to date"), report.unchanged),
    ]
    return ", ".join(
        text.replace("%1", str(n)) for text, n in parts if n
    ) or QCoreApplication.translate("ReceiveDialog", "no changes")


class ReceiveDialog(QDialog):
    applied = Signal(object)  # the ImportReport

    def __init__(self, vault: Vault, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receive_dialog")
        self.setWindowTitle(QCoreApplication.translate("ReceiveDialog", "Receive bundle"))
        self.vault = vault
        self.path = path
        self.job: runner.Job | None = None
        self.review: BundleReview | None = None
        self.stage = "checking"  # then "ready", "rejected", "applying", "applied"
        title = QLabel(QCoreApplication.translate("ReceiveDialog", "Receive bundle"))
        title.setProperty("role", "title")
        self.status = _plain("receive_status")
        self.status.setProperty("role", "section")
        self.sender_label = _plain("receive_sender")
        self.fingerprint = _plain("receive_fingerprint")
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rejection = _plain("receive_rejection")
        self.rejection.setProperty("role", "error")
        self.summary = _plain("receive_summary")
        self.warnings = _plain("receive_warnings")
        self.warnings.setProperty("role", "caption")
        self.changes = QListWidget()
        self.changes.setObjectName("receive_changes")
        self.changes.setAlternatingRowColors(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setRange(0, 0)
        self.apply_button = QPushButton(QCoreApplication.translate("ReceiveDialog", "Apply"))
        self.apply_button.setObjectName("apply_button")
        self.apply_button.setProperty("role", "primary")
        self.apply_button.clicked.connect(self.apply)
        self.close_button = QPushButton(QCoreApplication.translate("ReceiveDialog", "Cancel"))
        self.close_button.setObjectName("receive_close")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.sender_label)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.rejection)
        layout.addWidget(self.summary)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        for widget in (self.rejection, self.changes, self.apply_button):
            widget.hide()
        self.resize(720, 560)
        self.check()

    def check(self) -> None:
        self.status.setText(QCoreApplication.translate("ReceiveDialog", "Checking the bundle…"))
        vault, path = self.vault, self.path
        self.job = runner.run(
            lambda job: review_bundle(vault, path, progress=job.progress),
            on_done=self._checked,
            on_error=self._failed,
            on_progress=self._progressed,
        )

    def _progressed(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _checked(self, review: BundleReview) -> None:
        self.review = review
        self.stage = "ready"
        self.progress.hide()
        report, sender = review.report, review.sender
        self.sender_label.setText(
            QCoreApplication.translate(
                "ReceiveDialog", "From %1, a verified peer. The signature is valid."
            ).replace("%1", review.sender_label or sender.name)
        )
        self.fingerprint.setText(format_fingerprint(sender.fingerprint))
        if report.already_imported:
            self.status.setText(
                QCoreApplication.translate(
                    "ReceiveDialog", "You have received this bundle before. Nothing to do."
                )
            )
            self.close_button.setText(QCoreApplication.translate("ReceiveDialog", "Close"))
            return
        self.status.setText(
            QCoreApplication.translate(
                "ReceiveDialog", "The bundle is genuine. Review what it would change:"
            )
        )
        self.summary.setText(report_sentence(report))
        for item in review.items:
            self.changes.addItem(QListWidgetItem(item_text(item)))
        if review.more:
            self.changes.addItem(
                QListWidgetItem(
                    QCoreApplication.translate("ReceiveDialog", "… and %1 more").replace(
                        "%1", str(review.more)
                    )
                )
            )
        self.changes.setVisible(self.changes.count() > 0)
        notes = list(report.warnings)
        if review.strangers:
            notes.insert(
                0,
                QCoreApplication.translate(
                    "ReceiveDialog",
                    "Some changes were written by people who are not your peers, passed on "
                    "by this sender: %1. Their signatures are valid, but you have not "
                    "verified who they are.",
                ).replace("%1", ", ".join(review.strangers)),
            )
        self.warnings.setText("\n".join(notes))
        self.apply_button.setVisible(True)

    def _failed(self, error: Exception) -> None:
        self.stage = "rejected"
        self.progress.hide()
        self.status.setText(
            QCoreApplication.translate("ReceiveDialog", "This bundle cannot be received.")
        )
        if isinstance(error, BundleRejected):
            sentence = rejection_sentence(error)
        elif isinstance(error, runner.Cancelled):
            sentence = QCoreApplication.translate(
                "ReceiveDialog", "Cancelled. Nothing was changed."
            )
        elif isinstance(error, PslappError):
            sentence = str(error)
        else:
            sentence = QCoreApplication.translate(
                "ReceiveDialog", "Something went wrong reading it. Nothing was changed."
            )
        self.rejection.setText(sentence)
        self.rejection.show()
        self.apply_button.hide()
        self.close_button.setText(QCoreApplication.translate("ReceiveDialog", "Close"))

    def apply(self) -> None:
        vault, review = self.vault, self.review
        assert review is not None
        self.stage = "applying"
        self.apply_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(QCoreApplication.translate("ReceiveDialog", "Applying…"))

        def work(job: runner.Job) -> Any:
            return apply_review(vault, review, progress=job.progress)  # the bytes reviewed

        self.job = runner.run(work, on_done=self._applied, on_error=self._failed)

    def _applied(self, report: bundles.ImportReport) -> None:
        self.stage = "applied"
        self.progress.hide()
        self.apply_button.hide()
        self.status.setText(QCoreApplication.translate("ReceiveDialog", "Applied."))
        self.summary.setText(report_sentence(report))
        if report.conflicts:
            self.warnings.setText(
                QCoreApplication.translate(
                    "ReceiveDialog",
                    "Some fields were changed on both sides: review them under Conflicts.",
                )
            )
        self.close_button.setText(QCoreApplication.translate("ReceiveDialog", "Close"))
        self.applied.emit(report)

    def cancel(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            return
        self.reject()
