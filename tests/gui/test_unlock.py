"""Starting the app: creating a vault on first start, unlocking, a wrong passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pslapp.gui import runner
from pslapp.gui.create_vault import CreateVaultDialog
from pslapp.gui.unlock import UnlockDialog

from .conftest import PASSPHRASE, make_session, unlock


def test_first_start_creates_a_vault_and_shows_the_recovery_code_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = make_session(tmp_path / "new-vault")
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, CreateVaultDialog)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Paris chapter")
    qtbot.keyClicks(dialog.first, "short")
    assert dialog.meter.value() == 0
    assert "short" in dialog.hint.text().lower()
    dialog.first.clear()
    qtbot.keyClicks(dialog.first, "red banners over the river")
    assert dialog.meter.value() >= 2
    qtbot.keyClicks(dialog.second, "red banners over the rivers")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisibleTo(dialog)
    assert "not the same" in dialog.error.text()

    dialog.second.clear()
    qtbot.keyClicks(dialog.second, "red banners over the river")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    code = dialog.code.text()
    assert len(code) >= 20
    assert not dialog.continue_button.isEnabled()
    dialog.reject()  # Escape must not skip the code
    assert dialog.pages.currentIndex() == 1
    dialog.written.setChecked(True)
    with qtbot.waitSignal(session.unlocked):
        qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert dialog.code.text() == ""
    assert session.window is not None
    assert session.vault is not None
    assert session.vault.own_identity().name == "Paris chapter"
    assert (tmp_path / "new-vault" / "keyslots.json").exists()
    session.shutdown()


def test_wrong_passphrase_says_so_and_right_one_opens(qtbot: QtBot, existing_vault: Path) -> None:
    session = make_session(existing_vault)
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.secret, "not it")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10_000)
    assert "does not open" in dialog.error.text()
    assert dialog.secret.text() == ""
    assert session.vault is None
    window = unlock(qtbot, session, PASSPHRASE)
    assert window.windowTitle() == "pslapp"
    runner.wait_all()
    session.shutdown()


def test_a_refusal_is_shown_whole_and_goes_when_typing_again(
    qtbot: QtBot, existing_vault: Path
) -> None:
    session = make_session(existing_vault)
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.secret, "not it")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10_000)
    error = dialog.error
    needed = error.heightForWidth(error.width())
    assert error.height() >= needed  # not cut at the bottom
    assert error.geometry().bottom() <= dialog.rect().bottom()
    qtbot.keyClicks(dialog.secret, "c")
    assert not error.isVisibleTo(dialog)
    runner.wait_all()
    session.shutdown()


def test_create_refusals_go_when_the_fields_change_and_the_code_wraps_between_groups(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = make_session(tmp_path / "new-vault")
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, CreateVaultDialog)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first, "short")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.first, " but now long enough")
    assert not dialog.error.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.second, "short but now long enough")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    lines = dialog.code.text().split("\n")
    assert len(lines) == 2
    for line in lines:
        assert all(len(group) == 5 for group in line.strip("-").split("-"))
    assert dialog.code.width() >= dialog.code.sizeHint().width()  # nothing cut off
    dialog.written.setChecked(True)
    with qtbot.waitSignal(session.unlocked):
        qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    session.shutdown()
