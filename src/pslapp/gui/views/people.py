"""People: the contacts, volunteers and members a chapter keeps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from pslapp.core.enums import Kind
from pslapp.core.record import Record
from pslapp.gui.clipboard import SecretClipboard
from pslapp.gui.models.tag_palette import TagPalette
from pslapp.gui.views.record_list import RecordListView
from pslapp.gui.views.related_panel import RelatedPanel, event_line
from pslapp.services import relations

COLUMNS = ["display_name", "alias", "city", "chapter", "tags"]


class PeopleView(RecordListView):
    duplicates_requested = Signal()

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
        self.related = RelatedPanel(
            "person_events",
            QCoreApplication.translate("PeopleView", "Events: %1"),
            QCoreApplication.translate("PeopleView", "Not registered for any event yet."),
            relations.event_history,
            event_line,
        )
        self.detail.extra.addWidget(self.related)
        self.duplicates_button = QPushButton(
            QCoreApplication.translate("PeopleView", "Find duplicates…")
        )
        self.duplicates_button.setObjectName("find_duplicates")
        self.duplicates_button.setToolTip(
            QCoreApplication.translate(
                "PeopleView", "People who may have been entered twice, to merge (Ctrl+Shift+D)"
            )
        )
        self.duplicates_button.clicked.connect(self.duplicates_requested)
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 6, 0, 0)
        footer.addWidget(self.duplicates_button)
        footer.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(footer)

    def show_extra(self, record: Record | None) -> None:
        if hasattr(self, "related"):  # not yet while the list view is being built
            self.related.show_for(self.vault, record.id if record else None)
