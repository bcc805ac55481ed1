"""Enter, pressed in a dialog's field as everyone does after typing, does what the red
button says. In the passphrase gate, the passphrase change and the backup dialog it pressed
Cancel or Close, the first button of the row: the typed passphrase was thrown away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui import runner
from pslapp.gui.backup_dialog import BackupDialog
from pslapp.gui.create_vault import CreateVaultDialog
from pslapp.gui.passphrase_dialog import PassphraseDialog
from pslapp.gui.passphrase_gate import PassphraseGate
from pslapp.gui.registration_wizard.wizard import RegistrationWizard
from pslapp.gui.restore_dialog import RestoreDialog
from pslapp.gui.session import Session
from pslapp.services import records
from pslapp.services.vault import Vault, create_vault, open_vault

from .conftest import FAST_KDF, PASSPHRASE, make_session, unlock


def _vault(tmp_path: Path) -> Vault:
    vault, _code = create_vault(tmp_path / "vault", PASSPHRASE, "Köln", kdf=FAST_KDF)
    return vault


def _shown(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)


def _red_buttons(dialog: QDialog) -> list[str]:
    """The buttons drawn red: the default one (Enter) and the primary action."""
    buttons = dialog.findChildren(QPushButton)
    return [b.text() for b in buttons if b.isVisible() and (b.isDefault() or b.property("role"))]


def test_enter_after_the_passphrase_opens_the_gate(qtbot: QtBot, tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    gate = PassphraseGate(vault.folder, "This PDF will include restricted people.")
    _shown(qtbot, gate)
    assert _red_buttons(gate) == [gate.continue_button.text()]
    qtbot.keyClicks(gate.secret, PASSPHRASE)
    with qtbot.waitSignal(gate.finished, timeout=5000) as finished:
        qtbot.keyClick(gate.secret, Qt.Key.Key_Return)
    assert finished.args == [QDialog.DialogCode.Accepted.value]
    vault.lock()


def test_enter_in_the_passphrase_change_moves_on_then_changes(qtbot: QtBot, tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    vault.lock()
    dialog = PassphraseDialog(vault.folder)
    _shown(qtbot, dialog)
    dialog.current.setFocus()
    for field, text in (
        (dialog.current, PASSPHRASE),
        (dialog.first, "lanterns along the river road"),
        (dialog.second, "lanterns along the river road"),
    ):
        assert dialog.focusWidget() is field
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter never pressed Cancel on the way
    assert _red_buttons(dialog) == [dialog.change_button.text()]
    assert dialog.job is not None
    runner.wait_all()
    open_vault(vault.folder, "lanterns along the river road").lock()


def test_enter_in_the_backup_and_restore_dialogs_is_the_red_button(
    qtbot: QtBot, tmp_path: Path
) -> None:
    vault = _vault(tmp_path)
    backup = BackupDialog(vault)
    _shown(qtbot, backup)
    assert backup.focusWidget() is backup.save_button
    assert _red_buttons(backup) == [backup.save_button.text()]
    restore = RestoreDialog(tmp_path / "new")
    _shown(qtbot, restore)
    restore.secret.setFocus()
    assert restore.restore_button.isDefault()
    qtbot.keyClicks(restore.secret, PASSPHRASE)
    qtbot.keyClick(restore.secret, Qt.Key.Key_Return)  # no file chosen yet: nothing happens
    assert restore.isVisible()
    vault.lock()


def test_space_then_enter_on_the_recovery_code_page_opens_the_vault(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Seen in a real window: the box ticked with Space, Enter did nothing (the default
    button was still "Create vault", on the page before)."""
    session = make_session(tmp_path / "new-vault")
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, CreateVaultDialog)
    _shown(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Cologne chapter")
    for field in (dialog.first, dialog.second):
        qtbot.keyClicks(field, "red banners over the river")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert dialog.focusWidget() is dialog.written
    assert _red_buttons(dialog) == [dialog.continue_button.text()]
    qtbot.keyClick(dialog.written, Qt.Key.Key_Space)
    with qtbot.waitSignal(session.unlocked, timeout=5000):
        qtbot.keyClick(dialog.written, Qt.Key.Key_Return)
    session.shutdown()


def test_the_wizard_starts_on_its_button_and_enter_then_goes_on(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    """Seen in a real window: the first focus was on the read-only path field, where
    typing a path did nothing; after a file was chosen, its button stayed red and Enter
    opened the file chooser again instead of going on."""
    window = unlock(qtbot, session)
    assert session.vault is not None
    forum = records.create(
        session.vault, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    )
    path = tmp_path / "list.csv"
    path.write_text("Name;Email\nAnna Schmidt;anna@example.org\n", encoding="utf-8")
    wizard = window.open_import(forum.id)
    assert isinstance(wizard, RegistrationWizard)
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    choose = wizard.file_page.findChild(QPushButton, "wizard_choose")
    assert wizard.focusWidget() is choose
    wizard.file_page.load(path)
    assert not choose.isDefault()
    qtbot.keyClick(choose, Qt.Key.Key_Return)
    assert wizard.currentPage() is not wizard.file_page
    wizard.reject()


def test_after_a_backup_one_red_button_and_enter_closes(qtbot: QtBot, tmp_path: Path) -> None:
    """Seen in a real window: once the backup was written, Close (focused) and "Choose a
    file and back up…" were both red."""
    vault = _vault(tmp_path)
    dialog = BackupDialog(vault)
    _shown(qtbot, dialog)
    with qtbot.waitSignal(dialog.written, timeout=20_000):
        dialog.back_up_to(tmp_path / "vault.pslbackup")
    assert _red_buttons(dialog) == [dialog.close_button.text()]
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    vault.lock()
