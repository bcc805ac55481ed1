"""People: the contacts, volunteers and members a chapter keeps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pslapp.core.enums import Kind
from pslapp.gui.clipboard import SecretClipboard
from pslapp.gui.models.tag_palette import TagPalette
from pslapp.gui.views.record_list import RecordListView

COLUMNS = ["display_name", "alias", "city", "chapter", "tags"]


class PeopleView(RecordListView):
    def __init__(self, palette: TagPalette, clipboard: SecretClipboard) -> None:
        super().__init__(
            Kind.PERSON,
            COLUMNS,
            palette,
            clipboard,
            QCoreApplication.translate(
                "PeopleView", "No people yet.\nPress Ctrl+N to add the first person."
            ),
        )
