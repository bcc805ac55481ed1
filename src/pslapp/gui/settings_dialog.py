"""The few preferences: how soon to lock, and the language (kept outside the vault); and
the mailbox folder (kept inside it: a path can say whose laptop this is)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pslapp.gui.file_choice import choose_folder
from pslapp.services.settings import (
    MAX_BACKUP_REMINDER_DAYS,
    MAX_LOCK_MINUTES,
    MIN_LOCK_MINUTES,
    Settings,
)

LANGUAGE_NAMES = {
    "": "—",
    "en": "English",
    "ru": "Русский",
    "uk": "Українська",
    "de": "Deutsch",
    "fr": "Français",
}


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        mailbox_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._mailbox_folder = mailbox_folder
        self.setObjectName("settings_dialog")
        self.setWindowTitle(QCoreApplication.translate("SettingsDialog", "Settings"))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("auto_lock_minutes")
        self.minutes.setRange(MIN_LOCK_MINUTES, MAX_LOCK_MINUTES)
        self.minutes.setSuffix(QCoreApplication.translate("SettingsDialog", " min"))
        self.minutes.setValue(settings.auto_lock_minutes)
        self.backup_days = QSpinBox()
        self.backup_days.setObjectName("backup_reminder_days")
        self.backup_days.setRange(0, MAX_BACKUP_REMINDER_DAYS)
        self.backup_days.setSuffix(QCoreApplication.translate("SettingsDialog", " days"))
        self.backup_days.setSpecialValueText(QCoreApplication.translate("SettingsDialog", "never"))
        self.backup_days.setValue(settings.backup_reminder_days)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(
                QCoreApplication.translate("SettingsDialog", "System language")
                if not code
                else name,
                code,
            )
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        note = QLabel(
            QCoreApplication.translate(
                "SettingsDialog", "A new language applies the next time you start pslapp."
            )
        )
        note.setProperty("role", "caption")
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Lock after this long without use"),
            self.minutes,
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Remind me to back up after"),
            self.backup_days,
        )
        form.addRow(QCoreApplication.translate("SettingsDialog", "Language"), self.language)
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Mailbox folder"), self._mailbox_row()
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _mailbox_row(self) -> QWidget:
        self.mailbox_label = QLabel()
        self.mailbox_label.setObjectName("mailbox_folder")
        self.mailbox_label.setTextFormat(Qt.TextFormat.PlainText)
        self.mailbox_label.setWordWrap(True)
        self.mailbox_label.setToolTip(
            QCoreApplication.translate(
                "SettingsDialog",
                "A folder Syncthing (or Nextcloud, or a USB stick) shares with your peers: "
                "pslapp puts its sealed bundles there and picks up theirs by itself.",
            )
        )
        choose = QPushButton(QCoreApplication.translate("SettingsDialog", "Choose…"))
        choose.setObjectName("choose_mailbox_button")
        choose.clicked.connect(self.choose_mailbox)
        self.clear_mailbox = QPushButton(QCoreApplication.translate("SettingsDialog", "No mailbox"))
        self.clear_mailbox.setObjectName("clear_mailbox_button")
        self.clear_mailbox.clicked.connect(lambda: self.set_mailbox_folder(None))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(choose)
        buttons.addWidget(self.clear_mailbox)
        buttons.addStretch(1)
        row = QVBoxLayout()  # the path on a line of its own: long paths, long languages
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mailbox_label)
        row.addLayout(buttons)
        box = QWidget()
        box.setLayout(row)
        self.set_mailbox_folder(self._mailbox_folder)
        return box

    def choose_mailbox(self) -> None:
        chosen = choose_folder(
            self, QCoreApplication.translate("SettingsDialog", "Choose the mailbox folder")
        )
        if chosen is not None:
            self.set_mailbox_folder(chosen)

    def set_mailbox_folder(self, folder: Path | None) -> None:
        self._mailbox_folder = folder
        self.mailbox_label.setText(
            str(folder)
            if folder is not None
            else QCoreApplication.translate("SettingsDialog", "none: bundles go by hand")
        )
        self.clear_mailbox.setEnabled(folder is not None)

    def mailbox_folder(self) -> Path | None:
        return self._mailbox_folder

    def settings(self) -> Settings:
        return Settings(
            auto_lock_minutes=self.minutes.value(),
            language=str(self.language.currentData()),
            backup_reminder_days=self.backup_days.value(),
        )
