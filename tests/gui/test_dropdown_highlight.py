"""A dropdown's highlighted item is visible in both themes: the highlight colour behind it,
not white on white."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from pslapp.gui.style import DARK, LIGHT, apply_style


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_highlighted_item_of_an_open_dropdown_stands_out(
    qtbot: QtBot, qapp: QApplication, dark: bool
) -> None:
    apply_style(qapp, dark=dark)
    try:
        combo = QComboBox()
        qtbot.addWidget(combo)
        combo.addItems(["participant", "speaker", "organiser", "press"])
        combo.show()
        combo.showPopup()
        view = combo.view()
        index = combo.model().index(2, 0)
        view.setCurrentIndex(index)
        for _ in range(3):
            QCoreApplication.processEvents()
        image = view.viewport().grab().toImage()
        rect = view.visualRect(index).intersected(image.rect())
        colours = Counter(
            image.pixelColor(x, y).name()
            for x in range(rect.left(), rect.right())
            for y in range(rect.top(), rect.bottom())
        )
        most, _count = colours.most_common(1)[0]
        assert most == (DARK if dark else LIGHT)[QPalette.ColorRole.Highlight]
        combo.hidePopup()
    finally:
        apply_style(qapp, dark=False)
