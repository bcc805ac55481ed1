"""The mailbox screens for `pslapp.gui.screenshots`: Settings with a mailbox folder chosen,
and the main window after "Sync now" (its word in the status bar)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from pslapp.gui import runner
from pslapp.gui.main_window import MainWindow
from pslapp.gui.settings_dialog import SettingsDialog
from pslapp.services import mailbox
from pslapp.services.settings import Settings

Save = Callable[[QWidget, Path], None]
SHOWN_FOLDER = Path("/home/coordinator/Sync/pslapp")  # what the guide shows, not a real one


def shoot(window: MainWindow, root: Path, out: Path, suffix: str, save: Save) -> None:
    assert window.vault is not None
    dialog = SettingsDialog(Settings(), window, mailbox_folder=SHOWN_FOLDER)
    dialog.show()
    save(dialog, out / f"settings-mailbox-{suffix}.png")
    dialog.close()
    folder = root / f"Sync-{suffix}"
    folder.mkdir(exist_ok=True)
    mailbox.set_folder(window.vault, folder)
    window.sidebar.setCurrentRow(0)
    window.sync_mailbox()
    runner.wait_all()
    save(window, out / f"mailbox-sync-{suffix}.png")
    mailbox.set_folder(window.vault, None)  # the other screens run no rounds
    window.mailbox.start()
