"""Chapters: local groups and working groups of the network."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pslapp.core.enums import Kind
from pslapp.core.record import Record
from pslapp.gui.clipboard import SecretClipboard
from pslapp.gui.models.tag_palette import TagPalette
from pslapp.gui.views.record_list import RecordListView
from pslapp.gui.views.related_panel import RelatedPanel, person_line
from pslapp.services import relations

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
        self.related = RelatedPanel(
            "chapter_people",
            QCoreApplication.translate("ChaptersView", "People in this chapter: %1"),
            QCoreApplication.translate(
                "ChaptersView", "Nobody has this chapter in their details yet."
            ),
            relations.chapter_members,
            person_line,
        )
        self.detail.extra.addWidget(self.related)

    def show_extra(self, record: Record | None) -> None:
        if hasattr(self, "related"):  # not yet while the list view is being built
            self.related.show_for(self.vault, record.id if record else None)
