"""Bundles in the main window: the Peers, Conflicts and Bundle history pages of the sidebar,
the "Send changes…" and "Receive bundle…" buttons and shortcuts, and dropping a `.pslb`
file on the window to receive it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QListWidgetItem, QPushButton, QWidget

from pslapp.core.enums import Kind
from pslapp.gui import file_choice
from pslapp.gui.bundles.own_card_dialog import OwnCardDialog
from pslapp.gui.bundles.receive_dialog import ReceiveDialog
from pslapp.gui.bundles.send_dialog import SendDialog
from pslapp.gui.views.bundle_history import BundleHistoryView
from pslapp.gui.views.conflicts import ConflictsView
from pslapp.gui.views.peers import PeersView
from pslapp.services import bundles

if TYPE_CHECKING:
    from pslapp.gui.main_window import MainWindow


def _bundle_path(event: QDropEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix == bundles.SUFFIX else None


class BundleActions(QObject):
    def __init__(self, window: MainWindow, top_bar: QHBoxLayout) -> None:
        super().__init__(window)
        self.window = window
        self.peers = PeersView()
        self.conflicts = ConflictsView()
        self.history = BundleHistoryView()
        self.pages: list[QWidget] = [self.peers, self.conflicts, self.history]
        titles = (
            QCoreApplication.translate("BundleActions", "Peers"),
            QCoreApplication.translate("BundleActions", "Conflicts"),
            QCoreApplication.translate("BundleActions", "Bundle history"),
        )
        first = window.stack.count()
        for number, (page, title) in enumerate(zip(self.pages, titles, strict=True), first + 1):
            window.stack.addWidget(page)
            window.sidebar.addItem(QListWidgetItem(title))
            action = QAction(window)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, n=number: window.sidebar.setCurrentRow(n - 1))
            window.addAction(action)
        window.sidebar.setFixedWidth(window.sidebar.sizeHintForColumn(0) + 48)
        self.peers.message.connect(window.show_message)
        self.peers.own_card_requested.connect(self.show_own_card)
        self.conflicts.message.connect(window.show_message)
        self.conflicts.resolved.connect(self._reload_kind)

        self.send_button = QPushButton(QCoreApplication.translate("BundleActions", "Send changes…"))
        self.send_button.setObjectName("send_button")
        self.send_button.setToolTip(
            QCoreApplication.translate(
                "BundleActions", "Seal your changes for verified peers (Ctrl+Shift+S)"
            )
        )
        self.send_button.clicked.connect(self.send_changes)
        self.receive_button = QPushButton(
            QCoreApplication.translate("BundleActions", "Receive bundle…")
        )
        self.receive_button.setObjectName("receive_button")
        self.receive_button.setToolTip(
            QCoreApplication.translate(
                "BundleActions", "Open a .pslb file from a peer (Ctrl+O), or drop it on this window"
            )
        )
        self.receive_button.clicked.connect(self.choose_bundle)
        position = max(0, top_bar.count() - 3)  # before New, Lock and ⋯
        top_bar.insertWidget(position, self.receive_button)
        top_bar.insertWidget(position, self.send_button)
        for keys, slot in (
            (QKeySequence("Ctrl+Shift+S"), self.send_changes),
            (QKeySequence.StandardKey.Open, self.choose_bundle),
        ):
            action = QAction(window)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            window.addAction(action)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.set_vault_from_window()

    def set_vault_from_window(self) -> None:
        for page in (self.peers, self.conflicts, self.history):
            page.set_vault(self.window.vault)

    def drop(self) -> None:
        for page in (self.peers, self.conflicts, self.history):
            page.clear()

    def is_page(self, index: int) -> bool:
        return self.window.stack.widget(index) in self.pages

    # Actions

    def send_changes(self) -> SendDialog | None:
        if self.window.vault is None:
            return None
        dialog = SendDialog(self.window.vault, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sent.connect(lambda _r: self.history.reload())
        dialog.open()
        return dialog

    def choose_bundle(self) -> ReceiveDialog | None:
        path = file_choice.choose_open(
            self.window,
            QCoreApplication.translate("BundleActions", "Receive bundle"),
            QCoreApplication.translate("BundleActions", "Bundles (*.pslb);;All files (*)"),
        )
        return self.receive(path) if path is not None else None

    def receive(self, path: Path) -> ReceiveDialog | None:
        if self.window.vault is None:
            return None
        dialog = ReceiveDialog(self.window.vault, path, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self._applied)
        dialog.open()
        return dialog

    def show_own_card(self) -> OwnCardDialog | None:
        if self.window.vault is None:
            return None
        dialog = OwnCardDialog(self.window.vault, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _applied(self, _report: object) -> None:
        for view in self.window.views:
            view.reload()
        self.conflicts.reload()
        self.history.reload()
        self.window.show_message(QCoreApplication.translate("BundleActions", "Bundle applied."))

    def _reload_kind(self, kind: Kind) -> None:
        for view in self.window.views:
            if view.kind is kind:
                view.reload()

    # Drag and drop of a .pslb file anywhere on the window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragMoveEvent)
            if _bundle_path(event) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            path = _bundle_path(event)
            if path is not None:
                event.acceptProposedAction()
                self.receive(path)
                return True
        return super().eventFilter(watched, event)
