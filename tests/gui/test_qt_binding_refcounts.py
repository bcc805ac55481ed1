"""The Qt binding must not leak or steal references: with PySide6 6.12.0 every call of a Qt
method that returns nothing took one reference from None, and on Python 3.11 (where None is
not immortal) a long session, or one screen filling 54 000 table cells, killed the app with
"deallocating None". pyproject pins the binding below 6.12; this test says why."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QTableWidgetItem


def test_calls_that_return_nothing_leave_none_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    item = QTableWidgetItem("a")
    before = sys.getrefcount(None)
    for _ in range(2_000):
        item.setText("b")
        label.setText("c")
    assert sys.getrefcount(None) >= before - 50  # a little noise from the interpreter
