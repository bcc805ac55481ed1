"""Choose one record of a kind by typing part of its name (for attendees and members)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.enums import Kind
from pslapp.core.fields import TITLE_FIELD
from pslapp.gui.labels import kind_label
from pslapp.services import records
from pslapp.services.vault import Vault

SHOWN = 50


class RecordPicker(QDialog):
    picked = Signal(str)

    def __init__(self, vault: Vault, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record_picker")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(
            QCoreApplication.translate("RecordPicker", "Choose: %1").replace("%1", kind_label(kind))
        )
        self._vault = vault
        self._kind = kind
        self.search = QLineEdit()
        self.search.setObjectName("picker_search")
        self.search.setPlaceholderText(
            QCoreApplication.translate("RecordPicker", "Type part of a name")
        )
        self.results = QListWidget()
        self.results.setObjectName("picker_results")
        self.results.itemActivated.connect(lambda _item: self._accept())
        hint = QLabel(
            QCoreApplication.translate("RecordPicker", "Press Enter to choose the highlighted one.")
        )
        hint.setProperty("role", "caption")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._accept)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.search.setFocus)
        find.activated.connect(self.search.selectAll)
        self.resize(420, 480)
        self.refresh()

    def refresh(self) -> None:
        self.results.clear()
        found = records.page(
            self._vault,
            self._kind,
            query=self.search.text().strip() or None,
            order_by=TITLE_FIELD[self._kind],
            limit=SHOWN,
        )
        for record in found:
            item = QListWidgetItem(record.title)  # item text is never rendered as markup
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)

    def _accept(self) -> None:
        if self._timer.isActive():  # typed faster than the list refreshed
            self._timer.stop()
            self.refresh()
        item = self.results.currentItem()
        if item is None:
            return
        self.picked.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        self.accept()
