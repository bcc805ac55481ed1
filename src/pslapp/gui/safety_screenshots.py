"""The safety screens for `pslapp.gui.screenshots`: the passphrase gate, the panic wipe's
one question, backing up, restoring, and changing the passphrase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pslapp.gui import panic_wipe
from pslapp.gui.main_window import MainWindow
from pslapp.gui.passphrase_dialog import PassphraseDialog
from pslapp.gui.passphrase_gate import PassphraseGate
from pslapp.gui.restore_dialog import RestoreDialog

Save = Callable[[QWidget, Path], None]


def shoot(window: MainWindow, root: Path, out: Path, suffix: str, save: Save) -> None:
    assert window.vault is not None
    gate = PassphraseGate(
        window.vault.folder,
        QCoreApplication.translate(
            "SendDialog",
            "This bundle includes restricted data (restricted people, legal names, phone numbers).",
        ),
        window,
    )
    gate.show()
    save(gate, out / f"gate-{suffix}.png")
    gate.close()
    box, _wipe = panic_wipe.question(window)
    box.show()
    save(box, out / f"panic-wipe-{suffix}.png")
    box.close()
    backup = window.open_backup()
    assert backup is not None
    save(backup, out / f"backup-{suffix}.png")
    backup.close()
    dialog = PassphraseDialog(window.vault.folder, window)
    dialog.show()
    dialog.first.setText("lanterns along")
    dialog.rekey.setChecked(True)
    save(dialog, out / f"change-passphrase-{suffix}.png")
    dialog.close()
    restore = RestoreDialog(root / "new", window)
    restore.file_label.setText("pslapp-2026-05-01.pslbackup")
    restore.show()
    save(restore, out / f"restore-{suffix}.png")
    restore.close()
