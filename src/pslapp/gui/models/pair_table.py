"""The likely duplicates as a table: both names, the confidence, the evidence in words.
A model, not a table of items: a vault of 10 000 people can hold thousands of pairs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from pslapp.gui.duplicates.wording import confidence_text, pair_evidence
from pslapp.gui.models.display import plain_tooltip
from pslapp.services.duplicate_pairs import Pair

Index = QModelIndex | QPersistentModelIndex
CONFIDENCE = 2


def _headings() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Duplicates", "Person"),
        QCoreApplication.translate("Duplicates", "Perhaps the same as"),
        QCoreApplication.translate("Duplicates", "Confidence"),
        QCoreApplication.translate("Duplicates", "Why"),
    )


class PairTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Pair] = []

    def set_pairs(self, pairs: list[Pair]) -> None:
        self.beginResetModel()
        self._rows = list(pairs)
        self.endResetModel()

    def pairs(self) -> list[Pair]:
        return list(self._rows)

    def pair(self, row: int) -> Pair | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_headings())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headings()[section]
        return None

    def text(self, row: int, column: int) -> str:
        pair = self._rows[row]
        if column == 0:
            return pair.first_name
        if column == 1:
            return pair.second_name
        if column == CONFIDENCE:
            return confidence_text(pair.confidence)
        return pair_evidence(pair)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:  # names may come from bundles: plain text
            return plain_tooltip(self.text(index.row(), index.column()))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == CONFIDENCE:
            return Qt.AlignmentFlag.AlignCenter
        return None
