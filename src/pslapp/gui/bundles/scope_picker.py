"""What a bundle carries: kinds of record, chapters, tags, events, restricted data, and
whether it is only the changes since the last bundle to these peers or everything."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.enums import Kind
from pslapp.gui.labels import kind_label
from pslapp.gui.models.display import plain_tooltip
from pslapp.services import records
from pslapp.services.bundles import Scope
from pslapp.services.vault import Vault

# The kinds a user picks, and what travels with each (members with coalitions, attendance
# with events, links with people and organisations). Tags always travel.
CHOICES: dict[Kind, tuple[Kind, ...]] = {
    Kind.PERSON: (Kind.PERSON, Kind.LINK),
    Kind.ORGANISATION: (Kind.ORGANISATION, Kind.LINK),
    Kind.COALITION: (Kind.COALITION, Kind.COALITION_MEMBER),
    Kind.CHAPTER: (Kind.CHAPTER,),
    Kind.EVENT: (Kind.EVENT, Kind.ATTENDANCE),
}
MAX_LISTED = 500


def _checklist(name: str) -> QListWidget:
    box = QListWidget()
    box.setObjectName(name)
    box.setMaximumHeight(120)
    box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    box.setTextElideMode(Qt.TextElideMode.ElideRight)
    return box


class ScopePicker(QWidget):
    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds: dict[Kind, QCheckBox] = {}
        kinds_row = QHBoxLayout()
        for kind in CHOICES:
            tick = QCheckBox(kind_label(kind, plural=True))
            tick.setChecked(True)
            tick.toggled.connect(self.changed)
            self.kinds[kind] = tick
            kinds_row.addWidget(tick)
        kinds_row.addStretch(1)

        self.chapters = _checklist("scope_chapters")
        self.tags = _checklist("scope_tags")
        self.events = _checklist("scope_events")
        for box in (self.chapters, self.tags, self.events):
            box.itemChanged.connect(self.changed)
        for kind, box in ((Kind.CHAPTER, self.chapters), (Kind.TAG, self.tags)):
            for record in records.page(vault, kind, limit=MAX_LISTED, order_by="name"):
                self._add(box, record.title, record.title)
        for record in records.page(
            vault, Kind.EVENT, limit=MAX_LISTED, order_by="start", descending=True
        ):
            self._add(self.events, record.title, record.id)
        lists = QGridLayout()
        for column, (text, box) in enumerate(
            (
                (QCoreApplication.translate("ScopePicker", "Only these chapters"), self.chapters),
                (QCoreApplication.translate("ScopePicker", "Only these tags"), self.tags),
                (QCoreApplication.translate("ScopePicker", "Only these events"), self.events),
            )
        ):
            lists.addWidget(QLabel(text), 0, column)
            lists.addWidget(box, 1, column)
        none_means_all = QLabel(
            QCoreApplication.translate("ScopePicker", "Tick nothing in a list to send all of it.")
        )
        none_means_all.setProperty("role", "caption")

        self.since_last = QRadioButton(
            QCoreApplication.translate(
                "ScopePicker", "Only changes since the last bundle to these peers"
            )
        )
        self.since_last.setObjectName("since_last")
        self.since_last.setChecked(True)
        self.everything = QRadioButton(
            QCoreApplication.translate("ScopePicker", "Everything in scope (for a new peer)")
        )
        self.everything.setObjectName("everything")
        self.everything.toggled.connect(self.changed)
        self.restricted = QCheckBox(
            QCoreApplication.translate(
                "ScopePicker",
                "Include restricted data (restricted people, legal names, phone numbers)",
            )
        )
        self.restricted.setObjectName("include_restricted")
        self.restricted.toggled.connect(self._restricted_toggled)
        self.warning = QLabel(
            QCoreApplication.translate(
                "ScopePicker",
                "Careful: restricted data can put people in danger if the file or your "
                "peer's laptop is seized. Include it only if they really need it.",
            )
        )
        self.warning.setObjectName("restricted_warning")
        self.warning.setProperty("role", "error")
        self.warning.setWordWrap(True)
        self.warning.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kinds_row)
        layout.addLayout(lists)
        layout.addWidget(none_means_all)
        layout.addSpacing(6)
        layout.addWidget(self.since_last)
        layout.addWidget(self.everything)
        layout.addSpacing(6)
        layout.addWidget(self.restricted)
        layout.addWidget(self.warning)

    def _add(self, box: QListWidget, text: str, value: str) -> None:
        item = QListWidgetItem(text)  # plain text: names may come from bundles
        item.setToolTip(plain_tooltip(text))  # the whole name where it elides
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        box.addItem(item)

    def _restricted_toggled(self, on: bool) -> None:
        self.warning.setVisible(on)
        self.changed.emit()

    @staticmethod
    def _ticked(box: QListWidget) -> frozenset[str]:
        return frozenset(
            str(box.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(box.count())
            if box.item(i).checkState() == Qt.CheckState.Checked
        )

    def scope(self) -> Scope:
        kinds = {Kind.TAG}
        for kind, tick in self.kinds.items():
            if tick.isChecked():
                kinds.update(CHOICES[kind])
        return Scope(
            kinds=frozenset(kinds),
            chapters=self._ticked(self.chapters),
            tags=self._ticked(self.tags),
            events=self._ticked(self.events),
            include_restricted=self.restricted.isChecked(),
            everything=self.everything.isChecked(),
        )
