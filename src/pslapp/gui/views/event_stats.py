"""Counts for an event's report under its attendees: by status, chapter and country of
origin. Counts only, no names (from `services.event_reports`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from pslapp.gui.cldr_names import country_name
from pslapp.gui.labels import value_label
from pslapp.services import event_reports
from pslapp.services.vault import Vault

SHOWN = 6


def _top(counts: dict[str, int], shown: Callable[[str], str] | None = None) -> str:
    """The largest counts first; with `shown`, values that read the same ("Russia" and
    "Россия" are both "Россия" in Russian) are counted together."""
    if shown is not None:
        merged: dict[str, int] = {}
        for name, n in counts.items():
            key = name if name == event_reports.UNKNOWN else shown(name)
            merged[key] = merged.get(key, 0) + n
        counts = dict(sorted(merged.items(), key=lambda kv: -kv[1]))
    unknown = QCoreApplication.translate("EventStats", "unknown")
    items = [
        f"{unknown if name == event_reports.UNKNOWN else name} {n}"
        for name, n in list(counts.items())[:SHOWN]
    ]
    rest = sum(list(counts.values())[SHOWN:])
    if rest:
        items.append(QCoreApplication.translate("EventStats", "others %1").replace("%1", str(rest)))
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
            QCoreApplication.translate("EventStats", "Status: %1 (walk-ins %2)")
            .replace("%1", status)
            .replace("%2", str(stats.walk_ins)),
            QCoreApplication.translate("EventStats", "Chapters: %1").replace(
                "%1", _top(stats.by_chapter)
            ),
            QCoreApplication.translate("EventStats", "Countries of origin: %1").replace(
                "%1", _top(stats.by_country_of_origin, country_name)
            ),
        ]
        self.setText("\n".join(lines))
