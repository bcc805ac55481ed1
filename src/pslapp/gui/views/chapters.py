"""Chapters: local groups and working groups of the network."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pslapp.core.enums import Kind
from pslapp.gui.clipboard import SecretClipboard
from pslapp.gui.models.tag_palette import TagPalette
from pslapp.gui.views.record_list import RecordListView

COLUMNS = ["name", "kind", "city", "country"]


class ChaptersView(RecordListView):
    def __init__(self, palette: TagPalette, clipboard: SecretClipboard) -> None:
        super().__init__(
            Kind.CHAPTER,
            COLUMNS,
            palette,
            clipboard,
            QCoreApplication.translate(
                "ChaptersView", "No chapters yet.\nPress Ctrl+N to add your local chapter."
            ),
        )
