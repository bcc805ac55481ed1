"""Counts for an event's report under its attendees: by status, chapter and country of
origin. Counts only, no names (from `services.event_reports`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from pslapp.gui.labels import value_label
from pslapp.services import event_reports
from pslapp.services.vault import Vault

SHOWN = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventStats", text)


def _top(counts: dict[str, int]) -> str:
    items = [
        f"{_tr('unknown') if name == event_reports.UNKNOWN else name} {n}"
        for name, n in list(counts.items())[:SHOWN]
    ]
    rest = sum(list(counts.values())[SHOWN:])
    if rest:
        items.append(_tr("others %1").replace("%1", str(rest)))
    return " · ".join(items)


class EventStatsLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("event_stats")
        self.setProperty("role", "caption")
        self.setTextFormat(Qt.TextFormat.PlainText)  # chapter names come from CSV files
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_stats(self, vault: Vault, event_id: str) -> None:
        stats = event_reports.event_stats(vault, event_id)
        if stats.total == 0:
            self.clear()
            return
        status = " · ".join(f"{value_label(name)} {n}" for name, n in stats.by_status.items() if n)
        lines = [
            _tr("Status: %1 (walk-ins %2)")
            .replace("%1", status)
            .replace("%2", str(stats.walk_ins)),
            _tr("Chapters: %1").replace("%1", _top(stats.by_chapter)),
            _tr("Countries of origin: %1").replace("%1", _top(stats.by_country_of_origin)),
        ]
        self.setText("\n".join(lines))
