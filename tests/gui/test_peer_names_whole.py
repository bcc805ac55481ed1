"""Seen in a real window on a 1366x768 laptop (the window opens 1200 pixels wide): the
peers list showed "Paris …" for "Paris chapter", the issue's own example. The list's
fingerprint column now shows one group (the whole fingerprint is beside it). The window
here is first laid out at the offscreen screen's size and then widened, as a window opened
small and then maximised: the list keeps half the width (run alone, it had kept a
seventh)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from pytestqt.qtbot import QtBot

from pslapp.gui.main_window import MainWindow
from pslapp.gui.session import Session
from pslapp.services import peers
from pslapp.services.vault import create_vault

from .conftest import FAST_KDF, PASSPHRASE, make_session


def test_a_peer_is_listed_by_their_whole_name_on_a_small_laptop(
    qtbot: QtBot, tmp_path: Path
) -> None:
    vault, _code = create_vault(tmp_path / "vault", PASSPHRASE, "Cologne chapter", kdf=FAST_KDF)
    paris, _ = create_vault(tmp_path / "paris", PASSPHRASE, "Paris chapter", kdf=FAST_KDF)
    peers.add(vault, peers.own_card(paris).encode())
    paris.lock()
    session: Session = make_session(tmp_path / "vault")
    try:
        session.open_window(vault)
        window = session.window
        assert isinstance(window, MainWindow)
        qtbot.waitExposed(window)
        window.resize(QSize(1200, 728))
        view = window.bundles.peers
        window.sidebar.setCurrentRow(window.stack.indexOf(view))
        view.table.selectRow(0)
        for _ in range(3):
            QCoreApplication.processEvents()
        name = view.table.item(0, 0).text()
        needed = view.table.fontMetrics().horizontalAdvance(name) + 12
        assert view.table.columnWidth(0) >= needed, (view.table.columnWidth(0), needed)
    finally:
        session.shutdown()
        vault.lock()
