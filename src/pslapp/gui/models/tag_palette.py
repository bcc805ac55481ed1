"""The colour of every tag, by name, read once from the vault's tag records."""

from __future__ import annotations

from PySide6.QtGui import QColor

from pslapp.core.enums import Kind
from pslapp.services import records
from pslapp.services.vault import Vault

DEFAULT = "#7a7a7a"
MAX_TAGS = 5_000


class TagPalette:
    def __init__(self) -> None:
        self._colours: dict[str, str] = {}

    def load(self, vault: Vault) -> None:
        tags = records.page(vault, Kind.TAG, limit=MAX_TAGS)
        self._colours = {
            str(t.values["name"]).casefold(): t.values["colour"] or DEFAULT for t in tags
        }

    def clear(self) -> None:
        self._colours = {}

    def colour(self, name: str) -> QColor:
        return QColor(self._colours.get(name.casefold(), DEFAULT))
