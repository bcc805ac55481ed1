"""A short list under a record's details of what it is part of: a person's events, a
chapter's or an organisation's people. Names are shown as plain text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pslapp.gui.labels import value_label
from pslapp.services.relations import Related
from pslapp.services.vault import Vault

SHOWN = 500  # the heading gives the full count
ID_ROLE = Qt.ItemDataRole.UserRole


def wrap_lines(lines: QListWidget) -> None:
    """A long line ("Association Passerelles Paris Section 2 · Organisation · delegate")
    wraps inside the narrow details pane instead of scrolling it sideways."""
    lines.setWordWrap(True)
    lines.setProperty("wrapped", True)  # style.qss: no side padding inside the lines
    lines.setResizeMode(QListView.ResizeMode.Adjust)
    lines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # the lines are measured for one width: a vertical bar appearing later narrowed them,
    # and a wrapped line lost its end to "…"
    lines.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)


class RelatedPanel(QWidget):
    def __init__(
        self,
        object_name: str,
        heading: str,
        empty: str,
        read: Callable[[Vault, str], list[Related]],
        line: Callable[[Related], str],
    ) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self._heading_text, self._empty_text = heading, empty
        self._read, self._line = read, line
        self.heading = QLabel()
        self.heading.setProperty("role", "section")
        self.list = QListWidget()
        self.list.setObjectName(f"{object_name}_list")
        self.list.setMinimumHeight(96)
        self.list.setMaximumHeight(240)  # the record's own fields keep the most room
        wrap_lines(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)

    def show_for(self, vault: Vault | None, record_id: str | None) -> None:
        self.list.clear()
        if vault is None or record_id is None:
            self.heading.clear()
            return
        found = self._read(vault, record_id)
        for related in found[:SHOWN]:
            item = QListWidgetItem(self._line(related))
            item.setData(ID_ROLE, related.record.id)
            self.list.addItem(item)
        self.heading.setText(
            self._heading_text.replace("%1", str(len(found))) if found else self._empty_text
        )
        self.list.setVisible(bool(found))


def event_line(related: Related) -> str:
    start = str(related.record.values.get("start") or "")[:10]
    status = value_label(related.detail) if related.detail else ""
    return " · ".join(part for part in (related.record.title, start, status) if part)


def person_line(related: Related) -> str:
    kind = value_label(related.detail) if related.detail else ""
    city = str(related.record.values.get("city") or "")
    return " · ".join(part for part in (related.record.title, kind, city) if part)
