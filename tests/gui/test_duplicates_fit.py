"""The duplicates view and the merge dialog fit a 1280x720 laptop in every language, at Qt's
9 pt and a desktop's 11 pt: no button off the window or cut."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui import i18n
from pslapp.gui.main_window import MainWindow
from pslapp.gui.session import Session
from pslapp.services import records
from pslapp.services.sample import populate
from pslapp.services.vault import create_vault

from .conftest import FAST_KDF, PASSPHRASE, make_session
from .layout_check import misfits

SMALLEST = (1280, 720)


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code: str = request.param
    if code != "en" and not i18n.install(qapp, code):
        pytest.skip("translations not built (python -m pslapp.gui.i18n build)")
    yield code
    i18n.install(qapp, "en")


@pytest.fixture(params=[9, 11], ids=["qt-font", "gtk-font"])
def font_points(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[int]:
    """Qt's own 9 pt, and the 11 pt a GNOME or Xfce desktop gives every Qt app."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSize(request.param)
    qapp.setFont(font)
    yield request.param
    qapp.setFont(before)


@pytest.mark.parametrize("language", i18n.LANGUAGES, indirect=True)
def test_the_duplicates_view_and_the_merge_dialog_fit_a_small_laptop(
    qtbot: QtBot, tmp_path: Path, language: str, font_points: int
) -> None:
    vault, _code = create_vault(tmp_path / "vault", PASSPHRASE, "Köln", kdf=FAST_KDF)
    populate(vault, people=40, seed=3)
    for name, city in (("Тарас Шевченко", "Berlin"), ("Taras Shevchenko", "Düsseldorf")):
        records.create(vault, Kind.PERSON, {"display_name": name, "city": city})
    session: Session = make_session(tmp_path / "vault")
    try:
        session.open_window(vault)
        window = session.window
        assert isinstance(window, MainWindow)
        dialog = window.open_duplicates()
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
        assert dialog.select("Тарас Шевченко", "Taras Shevchenko") is not None
        merge = dialog.merge_selected()
        assert merge is not None
        for _ in range(3):
            QCoreApplication.processEvents()
        problems = []
        for shown in (dialog, merge):
            assert shown.width() <= SMALLEST[0] and shown.height() <= SMALLEST[1] - 60
            problems += [f"{language} {font_points}pt: {m}" for m in misfits(shown)]
        assert not problems, "\n".join(problems)
        merge.close()
        dialog.close()
    finally:
        session.shutdown()
        vault.lock()
