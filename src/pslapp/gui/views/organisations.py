"""Organisations: coalition partners, unions, collectives, media."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pslapp.core.enums import Kind
from pslapp.core.record import Record
from pslapp.gui.clipboard import SecretClipboard
from pslapp.gui.models.tag_palette import TagPalette
from pslapp.gui.views.record_list import RecordListView
from pslapp.gui.views.related_panel import RelatedPanel, person_line
from pslapp.services import relations

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
        self.related = RelatedPanel(
            "organisation_people",
            QCoreApplication.translate("OrganisationsView", "People linked to it: %1"),
            QCoreApplication.translate(
                "OrganisationsView", "Nobody is linked to this organisation yet."
            ),
            relations.organisation_people,
            person_line,
        )
        self.detail.extra.addWidget(self.related)

    def show_extra(self, record: Record | None) -> None:
        if hasattr(self, "related"):  # not yet while the list view is being built
            self.related.show_for(self.vault, record.id if record else None)
