"""Peers: the people this vault exchanges bundles with. Add one from their card, compare
the fingerprint in person (digits and QR side by side), mark verified, revoke."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.errors import PslappError
from pslapp.gui import confirm, file_choice, passphrase_gate
from pslapp.gui.fingerprint_panel import FingerprintPanel
from pslapp.services import mailbox, peers
from pslapp.services.vault import Vault


def state_text(peer: peers.Peer) -> str:
    if peer.revoked_at is not None:
        return QCoreApplication.translate("PeersView", "revoked")
    return (
        QCoreApplication.translate("PeersView", "verified")
        if peer.verified
        else QCoreApplication.translate("PeersView", "not verified yet")
    )


class PeersView(QWidget):
    message = Signal(str)
    own_card_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("view_peers")
        self.vault: Vault | None = None
        self.peers: list[peers.Peer] = []
        # Name and state only: with the fingerprint as a third column a 1366x768 laptop
        # showed "Paris …"; the whole fingerprint is beside the list.
        self.table = QTableWidget(0, 2)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setObjectName("table_peers")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("PeersView", "Name"),
                QCoreApplication.translate("PeersView", "State"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._show_selected)

        add = QPushButton(QCoreApplication.translate("PeersView", "Add peer from card…"))
        add.setObjectName("add_peer_button")
        add.clicked.connect(self.add_from_file)
        mine = QPushButton(QCoreApplication.translate("PeersView", "My identity card…"))
        mine.setObjectName("own_card_button")
        mine.clicked.connect(self.own_card_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(mine)
        buttons.addStretch(1)
        self.empty = QLabel(
            QCoreApplication.translate(
                "PeersView",
                "No peers yet.\nAsk a trusted coordinator for their identity card (.pslid) "
                "and add it here; give them yours.",
            )
        )
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.table, 1)
        left.addWidget(self.empty, 1)
        left_box = QWidget()
        left_box.setLayout(left)

        self.name = QLabel()
        self.name.setProperty("role", "title")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.state = QLabel()
        self.state.setObjectName("peer_state")
        self.state.setWordWrap(True)
        self.fingerprint = FingerprintPanel()
        self.verify_button = QPushButton(
            QCoreApplication.translate("PeersView", "Mark as verified…")
        )
        self.verify_button.setObjectName("verify_button")
        self.verify_button.setProperty("role", "primary")
        self.verify_button.clicked.connect(self.verify_selected)
        self.revoke_button = QPushButton(QCoreApplication.translate("PeersView", "Revoke…"))
        self.revoke_button.setObjectName("revoke_button")
        self.revoke_button.setProperty("role", "danger")
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.auto_apply = QCheckBox(
            QCoreApplication.translate(
                "PeersView", "Apply their bundles from the mailbox folder without a review"
            )
        )
        self.auto_apply.setObjectName("auto_apply_check")
        self.auto_apply.toggled.connect(self._auto_apply_toggled)
        actions = QHBoxLayout()
        actions.addWidget(self.verify_button)
        actions.addWidget(self.revoke_button)
        actions.addStretch(1)
        detail = QVBoxLayout()
        detail.addWidget(self.name)
        detail.addWidget(self.state)
        detail.addSpacing(8)
        detail.addWidget(self.fingerprint)
        detail.addSpacing(8)
        detail.addLayout(actions)
        detail.addWidget(self.auto_apply)
        detail.addStretch(1)
        self.detail = QWidget()
        self.detail.setLayout(detail)
        nothing = QLabel(
            QCoreApplication.translate("PeersView", "Choose a peer to see their fingerprint.")
        )
        nothing.setProperty("role", "empty")
        nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nothing.setWordWrap(True)
        self.right = QStackedWidget()
        self.right.addWidget(nothing)
        self.right.addWidget(self.detail)
        splitter = self.splitter = QSplitter()
        splitter.addWidget(left_box)
        splitter.addWidget(self.right)
        # Names need the room ("an", "Paris …" otherwise); the fingerprint's digits and QR
        # code fit in the other half at 1280 pixels. Kept in halves as the window is
        # resized (`_share_width`).
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([1, 1])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addLayout(buttons)
        layout.addWidget(splitter)
        self._show_selected()

    def set_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

    def _share_width(self) -> None:
        """Half the width for the list, whatever size the window was first laid out at
        (a window opened small and then widened kept the names squeezed), unless the
        details need more than their half."""
        total = self.splitter.width() - self.splitter.handleWidth()
        if total <= 0:
            return
        details_least = self.right.minimumSizeHint().width()
        width = max(min(total // 2, total - details_least), 0)
        self.splitter.setSizes([width, total - width])

    def reload(self, select: str | None = None) -> None:
        current = select or (self.selected.fingerprint if self.selected else None)
        self.peers = peers.list_peers(self.vault) if self.vault is not None else []
        self.table.setRowCount(len(self.peers))
        shown = peers.labels(self.peers)  # a second "Alice" shown apart, with her fingerprint
        for row, peer in enumerate(self.peers):
            for column, text in enumerate((shown[peer.fingerprint], state_text(peer))):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if peer.fingerprint == current:
                self.table.selectRow(row)
        self.table.setVisible(bool(self.peers))
        self.empty.setVisible(not self.peers)
        self._show_selected()

    def clear(self) -> None:
        self.set_vault(None)

    @property
    def selected(self) -> peers.Peer | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.peers):
            return None
        return self.peers[rows[0].row()]

    def select(self, fingerprint: str) -> None:
        for row, peer in enumerate(self.peers):
            if peer.fingerprint == fingerprint:
                self.table.selectRow(row)

    def _show_selected(self) -> None:
        peer = self.selected
        self.right.setCurrentIndex(1 if peer is not None else 0)
        if peer is None:
            self.fingerprint.show_fingerprint(None)
            return
        self.name.setText(peer.name)
        if peer.revoked_at is not None:
            state = QCoreApplication.translate(
                "PeersView", "Revoked: their bundles are refused, also when someone relays them."
            )
        elif peer.verified:
            state = QCoreApplication.translate(
                "PeersView", "Verified: you compared these digits with them in person."
            )
        else:
            state = QCoreApplication.translate(
                "PeersView",
                "Not verified yet. Meet them (or call on a channel you trust), compare "
                "every group of digits below, then mark them as verified.",
            )
        self.state.setText(state)
        self.fingerprint.show_fingerprint(peer.fingerprint)
        self.verify_button.setVisible(not peer.verified and peer.revoked_at is None)
        self.revoke_button.setVisible(peer.revoked_at is None)
        self.auto_apply.setVisible(peer.trusted and self.vault is not None)
        if peer.trusted and self.vault is not None:
            found = [
                p for p in mailbox.mailbox_peers(self.vault) if p.fingerprint == peer.fingerprint
            ]
            self.auto_apply.blockSignals(True)
            self.auto_apply.setChecked(bool(found) and found[0].auto_apply)
            self.auto_apply.blockSignals(False)

    def _auto_apply_toggled(self, checked: bool) -> None:
        peer = self.selected
        if peer is None or self.vault is None:
            return
        mailbox.set_auto_apply(self.vault, peer.fingerprint, checked)
        self.message.emit(
            QCoreApplication.translate(
                "PeersView", "Bundles from %1 in the mailbox are applied without a review."
            ).replace("%1", peer.name)
            if checked
            else QCoreApplication.translate(
                "PeersView", "Bundles from %1 in the mailbox wait for your review."
            ).replace("%1", peer.name)
        )

    def add_from_file(self) -> None:
        if self.vault is None:
            return
        if not passphrase_gate.ask(
            self,
            self.vault.folder,
            QCoreApplication.translate(
                "PeersView",
                "A peer, once verified, can send you changes and receive your vault's "
                "records. Only the vault's owner may add one.",
            ),
        ):
            return
        path = file_choice.choose_open(
            self,
            QCoreApplication.translate("PeersView", "Add peer from card"),
            QCoreApplication.translate("PeersView", "Identity cards (*.pslid);;All files (*)"),
        )
        if path is None:
            return
        try:
            added = peers.add_peer(self.vault, path.read_bytes()[: 64 * 1024])
        except (OSError, ValueError, PslappError) as exc:
            self.message.emit(
                QCoreApplication.translate("PeersView", "This card cannot be added: %1").replace(
                    "%1", str(exc)
                )
            )
            return
        peer = added.peer
        self.reload(select=peer.fingerprint)
        if added.same_name:
            self.message.emit(
                QCoreApplication.translate(
                    "PeersView",
                    "Added %1. Another peer has the same name: they are told apart by their "
                    "fingerprints. Compare this one with them in person before you trust it.",
                ).replace("%1", peers.label(self.vault, peer))
            )
            return
        self.message.emit(
            QCoreApplication.translate(
                "PeersView", "Added %1. Compare the fingerprint with them before you trust it."
            ).replace("%1", peer.name)
        )

    def verify_selected(self) -> None:
        peer = self.selected
        if peer is None or self.vault is None:
            return
        if not confirm.ask(
            self,
            QCoreApplication.translate("PeersView", "Mark as verified"),
            QCoreApplication.translate(
                "PeersView",
                "Only continue if you read all 12 groups of digits with %1 in person (or on "
                "a call you trust) and every group matched.",
            ).replace("%1", peer.name),
            QCoreApplication.translate("PeersView", "I compared these digits with them in person"),
        ):
            return
        if not passphrase_gate.ask(
            self,
            self.vault.folder,
            QCoreApplication.translate(
                "PeersView", "A verified peer can receive everything you choose to send them."
            ),
        ):
            return
        peers.verify(self.vault, peer.fingerprint)
        self.reload(select=peer.fingerprint)

    def revoke_selected(self) -> None:
        peer = self.selected
        if peer is None or self.vault is None:
            return
        if not confirm.ask(
            self,
            QCoreApplication.translate("PeersView", "Revoke"),
            QCoreApplication.translate(
                "PeersView",
                "From now on, bundles from %1 are refused, and so are their changes when "
                "someone else passes them on. What they sent before stays. This cannot be "
                "undone: to trust them again, they need a new identity.",
            ).replace("%1", peer.name),
            QCoreApplication.translate("PeersView", "Revoke %1").replace("%1", peer.name),
        ):
            return
        peers.revoke(self.vault, peer.fingerprint)
        self.reload(select=peer.fingerprint)
