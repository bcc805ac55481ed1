"""The panic action: one question, then the vault is wiped (keys first) and the app quits.

The question is the only thing between the shortcut and the wipe: an intruder at an unlocked
laptop gains nothing from it (it destroys, it reveals nothing), and a coordinator in a hurry
must not be slowed by a passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from pslapp.core.errors import VaultError
from pslapp.gui import confirm
from pslapp.services.wipe import wipe_vault

PANIC_WIPE_KEYS = "Ctrl+Shift+Del"  # hard to press by accident, quick to press on purpose


def confirm_wipe(parent: QWidget | None) -> bool:
    box, wipe = question(parent)
    box.exec()
    return box.clickedButton() is wipe


def question(parent: QWidget | None) -> tuple[QMessageBox, QPushButton]:
    return confirm.question(
        parent,
        QCoreApplication.translate("PanicWipe", "Wipe the vault"),
        QCoreApplication.translate(
            "PanicWipe",
            "Destroy this vault for good and quit? Everything not sent to a peer or kept "
            "in a backup is lost. This cannot be undone.",
        ),
        QCoreApplication.translate("PanicWipe", "Wipe and quit"),
    )


def wipe_or_say_why(folder: Path) -> bool:
    """Wipe the (locked) vault; on a failure say what is left, in words. True when done."""
    try:
        wipe_vault(folder)
    except VaultError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("PanicWipe", "The wipe did not finish"),
            QCoreApplication.translate(
                "PanicWipe",
                "The keys are destroyed, but some files could not be removed: %1",
            ).replace("%1", str(exc)),
        )
        return False
    return True
