"""Organisations: coalition partners, unions, collectives, media."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pslapp.core.enums import Kind
from pslapp.gui.clipboard import SecretClipboard
from pslapp.gui.models.tag_palette import TagPalette
from pslapp.gui.views.record_list import RecordListView

COLUMNS = ["name", "kind", "city", "relationship", "tags"]


class OrganisationsView(RecordListView):
    def __init__(self, palette: TagPalette, clipboard: SecretClipboard) -> None:
        super().__init__(
            Kind.ORGANISATION,
            COLUMNS,
            palette,
            clipboard,
            QCoreApplication.translate(
                "OrganisationsView",
                "No organisations yet.\nPress Ctrl+N to add a partner organisation.",
            ),
        )
