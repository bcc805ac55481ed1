"""Bundle history: what was sent and received, when, with whom, and how much. Counts only:
the vault keeps no names of what a bundle carried."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pslapp.crypto.identity import parse_fingerprint
from pslapp.gui.bundles.wording import when
from pslapp.services import bundles, peers
from pslapp.services.vault import Vault

NAMED_AT_MOST = 3  # recipients named in a sent bundle's row; more are counted


def _numbered(text: str, n: int) -> str:
    """A translated "%n ..." (plural forms from the `.ts`); without a `.qm`, English."""
    if "(s)" in text:
        text = text.replace("(s)", "" if n == 1 else "s")
    return text


def counts_text(direction: str, summary: dict[str, Any]) -> str:
    translate = QCoreApplication.translate
    if direction == "out":
        n = int(summary.get("ops", 0))
        return _numbered(translate("BundleHistoryView", "%n record(s)", None, n), n)
    created, changed, deleted, conflicts = (
        int(summary.get(key, 0)) for key in ("created", "changed", "deleted", "conflicts")
    )
    parts = [
        (created, translate("BundleHistoryView", "%n new", None, created)),
        (changed, translate("BundleHistoryView", "%n changed", None, changed)),
        (deleted, translate("BundleHistoryView", "%n deleted", None, deleted)),
        (conflicts, translate("BundleHistoryView", "%n conflict(s)", None, conflicts)),
    ]
    shown = [_numbered(text, n) for n, text in parts if n]
    return ", ".join(shown) or translate("BundleHistoryView", "no changes")


class BundleHistoryView(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("view_bundle_history")
        self.vault: Vault | None = None
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setObjectName("table_bundle_history")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("BundleHistoryView", "When"),
                QCoreApplication.translate("BundleHistoryView", "Direction"),
                QCoreApplication.translate("BundleHistoryView", "Peer"),
                QCoreApplication.translate("BundleHistoryView", "What"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            QCoreApplication.translate(
                "BundleHistoryView",
                "No bundles yet.\nUse “Send changes…” to pass your changes to a verified peer.",
            )
        )
        self.empty.setProperty("role", "empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

    def set_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.reload()

    def clear(self) -> None:
        self.set_vault(None)

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        vault = self.vault
        rows = bundles.history(vault) if vault is not None else []
        names = {p.fingerprint: p.name for p in peers.list_peers(vault)} if vault else {}
        self.table.setRowCount(len(rows))
        for row, entry in enumerate(rows):
            summary = entry.get("summary") or {}
            outgoing = entry["direction"] == "out"
            sent_to = [names.get(fp) for fp in summary.get("recipients", [])]
            if outgoing and sent_to and all(sent_to) and len(sent_to) <= NAMED_AT_MOST:
                peer = ", ".join(name for name in sent_to if name)
            elif outgoing:
                count = int(summary.get("to", 1))
                peer = _numbered(
                    QCoreApplication.translate("BundleHistoryView", "%n peer(s)", None, count),
                    count,
                )
            else:
                peer = names.get(parse_fingerprint(entry["peer"]), entry["peer"][:17] + " …")
            cells = (
                when(int(entry["at"])),
                QCoreApplication.translate("BundleHistoryView", "sent")
                if outgoing
                else QCoreApplication.translate("BundleHistoryView", "received"),
                peer,
                counts_text(entry["direction"], summary),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
