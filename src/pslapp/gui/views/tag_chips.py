"""Tags as small coloured chips, with text that stays readable on the tag's colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from pslapp.gui.models.tag_palette import TagPalette


def text_colour_on(background: QColor) -> str:
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return "#111111" if luminance > 150 else "#ffffff"


class TagChips(QWidget):
    def __init__(self, palette: TagPalette) -> None:
        super().__init__()
        self._palette = palette
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)

    def set_tags(self, tags: list[str]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for name in tags:
            chip = QLabel(name)
            chip.setTextFormat(Qt.TextFormat.PlainText)
            chip.setObjectName("tag_chip")
            colour = self._palette.colour(name)
            chip.setStyleSheet(
                f"background: {colour.name()}; color: {text_colour_on(colour)};"
                "border-radius: 8px; padding: 2px 8px;"
            )
            self._layout.addWidget(chip)
        self._layout.addStretch(1)
