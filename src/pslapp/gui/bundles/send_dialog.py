"""Send changes: choose verified peers and what to send, see how many records that is,
then write a sealed `.pslb` file that only those peers can open."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
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

from pslapp.core.enums import Kind
from pslapp.core.errors import PslappError
from pslapp.gui import file_choice, passphrase_gate, runner
from pslapp.gui.bundles.scope_picker import ScopePicker
from pslapp.gui.labels import kind_count
from pslapp.services import bundles, peers
from pslapp.services.bundles import count_outgoing
from pslapp.services.vault import Vault

COUNT_DELAY_MS = 200


def counts_sentence(per_kind: dict[str, int]) -> str:
    if not per_kind:
        return QCoreApplication.translate(
            "SendDialog", "Nothing to send: these peers already have every change in this scope."
        )
    order = list(Kind)
    kinds = sorted((Kind(kind) for kind in per_kind), key=order.index)
    parts = [kind_count(kind, per_kind[kind.value]) for kind in kinds]
    return QCoreApplication.translate("SendDialog", "This bundle will carry: %1").replace(
        "%1", ", ".join(parts)
    )


class SendDialog(QDialog):
    sent = Signal(object)  # the ExportReport

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send_dialog")
        self.setWindowTitle(QCoreApplication.translate("SendDialog", "Send changes"))
        self.vault = vault
        self.job: runner.Job | None = None
        self.counts: dict[str, int] | None = None
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.count)

        title = QLabel(QCoreApplication.translate("SendDialog", "Send changes"))
        title.setProperty("role", "title")
        self.peers = QListWidget()
        self.peers.setObjectName("send_peers")
        self.peers.setMaximumHeight(130)
        found = peers.list_peers(vault)
        self._never_sent = {p.fingerprint for p in found if p.last_sent_seq == 0}
        shown = peers.labels(found)  # a second "Alice" shown apart, with her fingerprint
        for peer in found:
            self._add_peer(peer, shown[peer.fingerprint])
        self.peers.itemChanged.connect(lambda _item: self._count_timer.start())
        self.scope = ScopePicker(vault)
        self.scope.changed.connect(self._count_timer.start)

        self.counts_label = QLabel()
        self.counts_label.setObjectName("send_counts")
        self.counts_label.setWordWrap(True)
        self.counts_label.setProperty("role", "section")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.hide()
        self.outcome = QLabel()
        self.outcome.setObjectName("send_result")
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setWordWrap(True)
        self.save_button = QPushButton(QCoreApplication.translate("SendDialog", "Save bundle…"))
        self.save_button.setObjectName("save_bundle_button")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(QCoreApplication.translate("SendDialog", "Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self._section(QCoreApplication.translate("SendDialog", "To")))
        layout.addWidget(self.peers)
        layout.addWidget(self._section(QCoreApplication.translate("SendDialog", "What")))
        layout.addWidget(self.scope)
        layout.addSpacing(6)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(760, 680)
        self.count()

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "section")
        return label

    def _add_peer(self, peer: peers.Peer, name: str) -> None:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, peer.fingerprint)
        if peer.trusted:
            item.setText(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        else:
            why = (
                QCoreApplication.translate("SendDialog", "revoked")
                if peer.revoked_at is not None
                else QCoreApplication.translate(
                    "SendDialog", "not verified yet: compare fingerprints under Peers first"
                )
            )
            item.setText(f"{name} — {why}")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.peers.addItem(item)

    def chosen(self) -> list[str]:
        return [
            str(self.peers.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.peers.count())
            if self.peers.item(i).checkState() == Qt.CheckState.Checked
        ]

    def choose(self, fingerprint: str) -> None:
        for i in range(self.peers.count()):
            item = self.peers.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == fingerprint and item.flags():
                item.setCheckState(Qt.CheckState.Checked)

    def count(self) -> None:
        """Count in the background what the bundle would carry; the button waits for it."""
        self.counts = None
        self.save_button.setEnabled(False)
        to = self.chosen()
        if not to:
            if self.peers.count() == 0:
                text = QCoreApplication.translate(
                    "SendDialog", "No peers yet. Add someone's identity card under Peers first."
                )
            else:
                text = QCoreApplication.translate("SendDialog", "Tick at least one verified peer.")
            self.counts_label.setText(text)
            return
        if self.job is not None and self.job.running:
            self._count_timer.start()
            return
        self.counts_label.setText(QCoreApplication.translate("SendDialog", "Counting…"))
        vault, scope = self.vault, self.scope.scope()
        self.job = runner.run(
            lambda _job: (tuple(to), count_outgoing(vault, to, scope)),
            on_done=self._counted,
            on_error=self._failed,
        )

    def _counted(self, result: tuple[tuple[str, ...], dict[str, int]]) -> None:
        to, per_kind = result
        if list(to) != self.chosen():
            self._count_timer.start()
            return
        self.counts = per_kind
        self.counts_label.setText(counts_sentence(per_kind))
        self.save_button.setEnabled(bool(per_kind))

    def save(self) -> None:
        to = self.chosen()
        if not to or not self.counts or not self._passphrase_if_needed(to):
            return
        path = file_choice.choose_save(
            self,
            QCoreApplication.translate("SendDialog", "Save the bundle"),
            QCoreApplication.translate("SendDialog", "Bundles (*.pslb)"),
            f"changes-{date.today().isoformat()}{bundles.SUFFIX}",
        )
        if path is None:
            return
        if path.suffix != bundles.SUFFIX:
            path = path.with_name(path.name + bundles.SUFFIX)
        self.write(path, to)

    def _passphrase_if_needed(self, to: list[str]) -> bool:
        """Restricted data, or a first bundle to someone (the whole scope, by default),
        need the passphrase typed now: docs/threat-model.md, "Gates"."""
        if self.scope.scope().include_restricted:
            why = QCoreApplication.translate(
                "SendDialog",
                "This bundle includes restricted data (restricted people, legal names, "
                "phone numbers).",
            )
        elif self._never_sent & set(to):
            why = QCoreApplication.translate(
                "SendDialog", "This is the first bundle to one of these peers."
            )
        else:
            return True
        return passphrase_gate.ask(self, self.vault.folder, why)

    def write(self, path: Path, to: list[str]) -> None:
        vault, scope = self.vault, self.scope.scope()
        self.save_button.setEnabled(False)
        self.progress.show()
        self.outcome.setText(QCoreApplication.translate("SendDialog", "Sealing the bundle…"))

        def work(job: runner.Job) -> Any:
            return bundles.seal_bundle(vault, to, path, scope, progress=job.progress)

        self.job = runner.run(work, on_done=self._written, on_error=self._failed)

    def _written(self, report: bundles.ExportReport) -> None:
        self.progress.hide()
        chosen = [
            self.peers.item(i).text()
            for i in range(self.peers.count())
            if self.peers.item(i).data(Qt.ItemDataRole.UserRole) in report.recipients
        ]
        self.outcome.setText(
            QCoreApplication.translate(
                "SendDialog",
                "Saved %1 (%2 records). Pass the file on any way you like: only %3 can open it.",
            )
            .replace("%1", report.path.name)
            .replace("%2", str(report.op_count))
            .replace("%3", ", ".join(chosen))
        )
        self.cancel_button.setText(QCoreApplication.translate("SendDialog", "Close"))
        self.sent.emit(report)

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        if isinstance(error, runner.Cancelled):
            self.outcome.setText(
                QCoreApplication.translate("SendDialog", "Cancelled. Nothing was written.")
            )
        elif isinstance(error, PslappError):
            self.outcome.setText(str(error))
        else:
            self.outcome.setText(
                QCoreApplication.translate("SendDialog", "Something went wrong; nothing was sent.")
            )
        self.save_button.setEnabled(self.counts is not None and bool(self.counts))

    def cancel(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            return
        self.reject()
