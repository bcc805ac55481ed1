"""GUI tests run offscreen, with fast key derivation, private settings and short timers."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pslapp.crypto.kdf import KdfParams
from pslapp.gui import runner
from pslapp.gui.main_thread_gc import MainThreadCollector
from pslapp.gui.main_window import MainWindow
from pslapp.gui.session import Session
from pslapp.gui.unlock import UnlockDialog
from pslapp.services.vault import create_vault

FAST_KDF = KdfParams(iterations=1)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread(qapp: object) -> Iterator[None]:
    """As the app does: no garbage collection in the runner's worker threads."""
    collector = MainThreadCollector()
    yield
    collector.stop()
    gc.collect()


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PSLAPP_SETTINGS", str(tmp_path / "settings.json"))


@pytest.fixture
def existing_vault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    vault, _code = create_vault(folder, PASSPHRASE, "Cologne", kdf=FAST_KDF)
    vault.lock()
    return folder


def make_session(folder: Path, **kw: object) -> Session:
    return Session(folder, kdf=FAST_KDF, **kw)  # type: ignore[arg-type]


@pytest.fixture
def session(qtbot: QtBot, existing_vault: Path) -> Iterator[Session]:
    s = make_session(existing_vault, clipboard_ms=200)
    yield s
    runner.wait_all()
    s.shutdown()


def unlock(qtbot: QtBot, s: Session, passphrase: str = PASSPHRASE) -> MainWindow:
    """Type the passphrase into the unlock window and wait for the main window."""
    if s.dialog is None:
        s.start()
    dialog = s.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.keyClicks(dialog.secret, passphrase)
    with qtbot.waitSignal(s.unlocked, timeout=10_000):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert s.window is not None
    return s.window
