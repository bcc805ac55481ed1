"""The few preferences: how soon to lock, and the language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

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
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def settings(self) -> Settings:
        return Settings(
            auto_lock_minutes=self.minutes.value(),
            language=str(self.language.currentData()),
            backup_reminder_days=self.backup_days.value(),
        )
