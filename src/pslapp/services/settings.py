"""Preferences of the desktop app that hold no user data (auto-lock delay, language),
kept outside the vault so they apply before it is unlocked. No paths, no names: nothing
here may hint at what the vault contains."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs

from pslapp.storage.files import atomic_write, make_private_dir

log = logging.getLogger(__name__)

ENV_SETTINGS = "PSLAPP_SETTINGS"
LANGUAGES = ("", "en", "ru", "uk", "de", "fr")  # "" follows the system
MIN_LOCK_MINUTES = 1
MAX_LOCK_MINUTES = 120
DEFAULT_BACKUP_REMINDER_DAYS = 14
MAX_BACKUP_REMINDER_DAYS = 365


@dataclass
class Settings:
    auto_lock_minutes: int = 5
    language: str = ""
    backup_reminder_days: int = DEFAULT_BACKUP_REMINDER_DAYS  # 0: never remind


def settings_path() -> Path:
    env = os.environ.get(ENV_SETTINGS)
    if env:
        return Path(env).expanduser()
    return platformdirs.user_config_path("pslapp") / "settings.json"


def load(path: Path | None = None) -> Settings:
    """The saved settings; defaults where the file is missing or unreadable."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    settings = Settings()
    minutes = raw.get("auto_lock_minutes") if isinstance(raw, dict) else None
    if isinstance(minutes, int) and MIN_LOCK_MINUTES <= minutes <= MAX_LOCK_MINUTES:
        settings.auto_lock_minutes = minutes
    language = raw.get("language") if isinstance(raw, dict) else None
    if language in LANGUAGES:
        settings.language = str(language)
    days = raw.get("backup_reminder_days") if isinstance(raw, dict) else None
    if type(days) is int and 0 <= days <= MAX_BACKUP_REMINDER_DAYS:
        settings.backup_reminder_days = days
    return settings


def save(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    make_private_dir(path.parent)
    atomic_write(path, json.dumps(asdict(settings), sort_keys=True).encode())
    log.info("settings saved")
