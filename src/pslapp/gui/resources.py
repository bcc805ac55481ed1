"""Where the stylesheet and translations are: inside the package when installed from a
wheel or a bundle, else `resources/` at the top of a source checkout."""

from __future__ import annotations

from pathlib import Path


def resource_dir() -> Path:
    packaged = Path(__file__).with_name("resources")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "resources"


def translations_dir() -> Path:
    return resource_dir() / "translations"
