"""The top bar fits at 1280x800 in every language: the search field keeps a usable width,
no button label is cut, and settings stay reachable from the "⋯" menu."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QToolButton
from pytestqt.qtbot import QtBot

from pslapp.gui import i18n, runner
from pslapp.gui.main_window import SEARCH_MIN_WIDTH
from tests.gui.conftest import make_session, unlock

BUTTONS = ("send_button", "receive_button", "new_button", "lock_button", "more_button")


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code: str = request.param
    if code != "en" and not i18n.install(qapp, code):
        pytest.skip("translations not built (python -m pslapp.gui.i18n build)")
    yield code
    i18n.install(qapp, "en")


@pytest.mark.parametrize("language", ["en", "ru", "uk", "de", "fr"], indirect=True)
def test_search_keeps_its_room_in_every_language(
    qtbot: QtBot, existing_vault: Path, language: str
) -> None:
    session = make_session(existing_vault, demo=True)
    try:
        window = unlock(qtbot, session)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        QCoreApplication.processEvents()
        assert window.search.width() >= SEARCH_MIN_WIDTH
        for name in BUTTONS:
            button = window.findChild(QAbstractButton, name)
            assert button is not None and button.isVisible(), name
            assert button.width() >= button.sizeHint().width(), f"{name} cut in {language}"
        more = window.findChild(QToolButton, "more_button")
        assert more is not None
        actions = [a.objectName() for a in more.menu().actions()]
        assert "settings_action" in actions
        assert window.width() <= 1280
    finally:
        runner.wait_all()
        session.shutdown()
