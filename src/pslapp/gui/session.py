"""One run of the app, from the passphrase prompt to locking: which window shows, which
vault is open, and what is forgotten when the vault locks."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from pslapp.core.errors import InitUnfinished, ValidationError, VaultError, VaultMissing
from pslapp.core.hlc import system_ms
from pslapp.crypto.kdf import KdfParams
from pslapp.gui import panic_wipe, runner
from pslapp.gui.autolock import IdleLock, LockKey
from pslapp.gui.clipboard import SecretClipboard
from pslapp.gui.create_vault import CreateVaultDialog
from pslapp.gui.main_window import MainWindow
from pslapp.gui.passphrase_dialog import PassphraseDialog
from pslapp.gui.restore_dialog import RestoreDialog
from pslapp.gui.settings_dialog import SettingsDialog
from pslapp.gui.unlock import UnlockDialog, error_message
from pslapp.services import backup, mailbox
from pslapp.services import settings as app_settings
from pslapp.services.rekey import rekey_vault
from pslapp.services.vault import Vault, check_vault_files, open_vault

log = logging.getLogger(__name__)


class Session(QObject):
    """Shows the unlock (or create) dialog, then the main window; locks on request or
    when idle, which closes the window, drops every model and forgets the vault."""

    unlocked = Signal()
    locked = Signal()
    recovery_shown = Signal(str)  # after a rekey: the new recovery code, shown once
    wiped = Signal()  # the panic wipe ran (a failure was shown): time to quit

    def __init__(
        self,
        folder: Path,
        *,
        kdf: KdfParams | None = None,
        idle_ms: int | None = None,
        clipboard_ms: int | None = None,
        demo: bool = False,
        unlock_hint: str = "",
    ) -> None:
        super().__init__()
        self.folder = folder
        self.settings = app_settings.load()
        self.demo = demo
        self._kdf = kdf
        self._unlock_hint = unlock_hint
        self.vault: Vault | None = None
        self.window: MainWindow | None = None
        self.dialog: UnlockDialog | CreateVaultDialog | None = None
        self.clipboard = SecretClipboard()
        if clipboard_ms is not None:
            self.clipboard.clear_after_ms = clipboard_ms
        self.idle = IdleLock(idle_ms or self.settings.auto_lock_minutes * 60_000)
        self.idle.idle.connect(self.lock)
        self.lock_key = LockKey()
        self.lock_key.pressed.connect(self.lock, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        """The first window: unlock, or create when there is no vault yet."""
        try:
            check_vault_files(self.folder)
        except (VaultMissing, InitUnfinished):  # an init cut short holds no data: start over
            self._show_dialog(CreateVaultDialog(self.folder, kdf=self._kdf))
            return
        except VaultError as exc:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("Session", "The vault cannot be opened"),
                error_message(exc),
            )
            QCoreApplication.exit(3)
            return
        self._show_unlock()

    def _show_unlock(self) -> None:
        self._show_dialog(UnlockDialog(self.folder, hint=self._unlock_hint))

    def _show_dialog(self, dialog: UnlockDialog | CreateVaultDialog) -> None:
        self.dialog = dialog
        if isinstance(dialog, UnlockDialog):
            dialog.unlocked.connect(self.open_window)
        else:
            dialog.created.connect(self.open_window)
            dialog.restore_requested.connect(self._show_restore)
        dialog.rejected.connect(self._dialog_closed)
        dialog.show()

    def _show_restore(self) -> RestoreDialog:
        restore = RestoreDialog(self.folder, self.dialog)
        restore.restored.connect(self.open_window)
        restore.open()
        return restore

    def _dialog_closed(self) -> None:
        if self.vault is None:
            QCoreApplication.quit()

    def open_window(self, vault: Vault) -> None:
        self.vault = vault
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        window = MainWindow(vault, self.clipboard, demo=self.demo)
        window.lock_requested.connect(self.lock)
        window.settings_requested.connect(self.edit_settings)
        window.wipe_requested.connect(self.panic_wipe)
        window.passphrase_requested.connect(self.change_passphrase)
        self.window = window
        reminder = self._backup_reminder(vault)
        if reminder:  # stays until a backup is made
            window.status.keep("backup", reminder)
        if vault.permissions_fixed:
            window.show_message(
                QCoreApplication.translate(
                    "Session",
                    "Other users of this computer could read the vault files; they are "
                    "private again.",
                )
            )
        window.show()
        self.idle.start()
        self.lock_key.start()
        log.info("main window open")
        self.unlocked.emit()

    def _backup_reminder(self, vault: Vault) -> str:
        """A word in the status bar when the last backup is older than the setting says."""
        days = self.settings.backup_reminder_days
        if self.demo or days == 0:
            return ""
        last = backup.last_backup_ms(vault)
        since = last or vault.own_identity().created
        age = (system_ms() - since) // 86_400_000
        if age < days:
            return ""
        if last == 0:
            return QCoreApplication.translate(
                "Session", "No backup of this vault yet: ⋯ → Back up the vault…"
            )
        return QCoreApplication.translate(
            "Session", "The last backup is %1 days old: ⋯ → Back up the vault…"
        ).replace("%1", str(age))

    def lock(self) -> None:
        """Close the window, drop every model and view, lock the vault, ask again."""
        if self.vault is None:
            return
        self.idle.stop()
        self.lock_key.stop()
        self.clipboard.clear()
        runner.stop_all()  # nothing keeps working on the vault once it is locked
        if self.window is not None:
            self.window.mailbox.sync_before_lock()  # what was done reaches the folder
        self._close_window()
        vault, self.vault = self.vault, None
        vault.lock()
        self.locked.emit()
        self._show_unlock()

    def _close_window(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            for child in window.findChildren(QWidget):
                if child.isWindow() and child is not window:
                    child.close()  # open forms and pickers hold record values too
            window.drop()
            window.close()
            window.deleteLater()

    def change_passphrase(self) -> PassphraseDialog:
        dialog = PassphraseDialog(self.folder, self.window)
        dialog.changed.connect(self._passphrase_changed)
        dialog.rekey_requested.connect(self.rekey)
        dialog.open()
        return dialog

    def _passphrase_changed(self) -> None:
        if self.window is not None:
            self.window.show_message(
                QCoreApplication.translate("Session", "The passphrase is changed.")
            )

    def rekey(self, current: str, new: str) -> runner.Job | None:
        """Lock, re-encrypt under a new data key, open again and show the new recovery
        code once."""
        if self.vault is None:
            return None
        self.idle.stop()
        self.lock_key.stop()
        self.clipboard.clear()
        runner.stop_all()
        self._close_window()
        vault, self.vault = self.vault, None
        vault.lock()
        self.locked.emit()
        folder, kdf = self.folder, self._kdf
        busy = QProgressDialog(
            QCoreApplication.translate("Session", "Re-encrypting the vault under a new key…"),
            "",
            0,
            0,
        )
        busy.setCancelButton(None)
        busy.setObjectName("rekey_busy")
        busy.show()

        def work(_job: runner.Job) -> tuple[str, Vault]:
            code = rekey_vault(folder, current, new, kdf=kdf)
            return code, open_vault(folder, new)

        def done(result: tuple[str, Vault]) -> None:
            busy.close()
            code, reopened = result
            self.open_window(reopened)
            self.recovery_shown.emit(code)
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("Session", "New recovery code"),
                QCoreApplication.translate(
                    "Session",
                    "The vault is re-encrypted under a new key. The old recovery code no "
                    "longer works; write this one down and keep it apart from the "
                    "laptop:\n\n%1",
                ).replace("%1", code),
            )

        def failed(error: Exception) -> None:
            busy.close()
            QMessageBox.critical(
                None,
                QCoreApplication.translate("Session", "The vault could not be re-encrypted"),
                error_message(error),
            )
            self._show_unlock()

        return runner.run(work, on_done=done, on_error=failed)

    def panic_wipe(self) -> None:
        """Ask once; then close everything, forget the keys, wipe the folder and quit."""
        asking = QApplication.activeWindow() or self.window  # the door's, in door mode
        if self.vault is None or not panic_wipe.confirm_wipe(asking):
            return
        self.shutdown()
        log.info("panic wipe")
        panic_wipe.wipe_or_say_why(self.folder)
        self.wiped.emit()  # the app quits on it

    def edit_settings(self) -> SettingsDialog:
        folder = mailbox.folder_of(self.vault) if self.vault is not None else None
        dialog = SettingsDialog(self.settings, self.window, mailbox_folder=folder)
        dialog.accepted.connect(lambda: self._settings_chosen(dialog, folder))
        dialog.open()
        return dialog

    def _settings_chosen(self, dialog: SettingsDialog, folder: Path | None) -> None:
        self.settings = dialog.settings()
        app_settings.save(self.settings)
        self.idle = self._new_idle(self.settings.auto_lock_minutes * 60_000)
        chosen = dialog.mailbox_folder()
        if self.vault is None or chosen == folder:
            return
        try:
            mailbox.set_folder(self.vault, chosen)
        except ValidationError:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Session", "Mailbox folder"),
                QCoreApplication.translate(
                    "Session", "That folder cannot be used: it is missing or not writable."
                ),
            )
            return
        if self.window is not None:
            self.window.mailbox.start()
            self.window.sync_mailbox()

    def _new_idle(self, idle_ms: int) -> IdleLock:
        self.idle.stop()
        idle = IdleLock(idle_ms)
        idle.idle.connect(self.lock)
        if self.vault is not None:
            idle.start()
        return idle

    def shutdown(self) -> None:
        """On quit: nothing stays unlocked, nothing stays on the clipboard."""
        self.clipboard.clear()
        self.idle.stop()
        self.lock_key.stop()
        runner.stop_all()
        self._close_window()
        if self.vault is not None:
            self.vault.lock()
            self.vault = None
