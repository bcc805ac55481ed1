"""What the door says about one person when Enter alone does not check them in, and after
their status or role changed. Names are the person's; the sentences avoid gendered forms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pslapp.core.enums import AttendanceStatus
from pslapp.gui.door.results_list import arrival_time, status_text
from pslapp.gui.labels import value_label
from pslapp.services.events import Attendee


def already_in(attendee: Attendee) -> str:
    return (
        QCoreApplication.translate("DoorWindow", "%1 is checked in already (%2).")
        .replace("%1", attendee.person.title)
        .replace("%2", arrival_time(attendee))
    )


def not_expected(attendee: Attendee) -> str:
    """Someone who cancelled or was marked as a no-show: Ctrl+Enter checks them in."""
    if attendee.attendance.values["status"] == AttendanceStatus.CANCELLED:
        text = QCoreApplication.translate(
            "DoorWindow",
            "The registration of %1 was cancelled. Ctrl+Enter checks them in anyway.",
        )
    else:
        text = QCoreApplication.translate(
            "DoorWindow",
            "%1 is marked as not having come (no-show). Ctrl+Enter checks them in anyway.",
        )
    return text.replace("%1", attendee.person.title)


def removed(attendee: Attendee) -> str:
    return QCoreApplication.translate("DoorWindow", "%1 is no longer on the list.").replace(
        "%1", attendee.person.title
    )


def changed(attendee: Attendee) -> str:
    """After a status or role change: the name and what the list now shows beside it."""
    shown = status_text(attendee) or value_label(str(attendee.attendance.values["status"]))
    return (
        QCoreApplication.translate("DoorWindow", "%1: %2")
        .replace("%1", attendee.person.title)
        .replace("%2", shown)
    )
