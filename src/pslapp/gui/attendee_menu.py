"""What can change about one attendee, in the event view and at the door alike: their
status (registered, cancelled, no-show, ...), their role (speaker, press, ...) and whether
they are on the list at all. Removing asks first; the person stays in the vault."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from pslapp.core.enums import AttendanceRole, AttendanceStatus
from pslapp.core.record import Record
from pslapp.gui import confirm
from pslapp.gui.labels import value_label
from pslapp.services import events
from pslapp.services.events import Attendee
from pslapp.services.vault import Vault

REMOVE = "remove:"


def attendee_menu(attendee: Attendee, parent: QWidget) -> QMenu:
    """A menu whose actions carry "status:<value>", "role:<value>" or "remove:" as data;
    the current status and role are ticked."""
    values = attendee.attendance.values
    menu = QMenu(parent)
    menu.setObjectName("attendee_menu")
    for field, title, choices in (
        (
            "status",
            QCoreApplication.translate("AttendeeMenu", "Status"),
            [s.value for s in AttendanceStatus],
        ),
        (
            "role",
            QCoreApplication.translate("AttendeeMenu", "Role"),
            [r.value for r in AttendanceRole],
        ),
    ):
        sub = menu.addMenu(title)
        sub.setObjectName(f"attendee_menu_{field}")
        for value in choices:
            action = sub.addAction(value_label(value))
            action.setCheckable(True)
            action.setChecked(values.get(field) == value)
            action.setData(f"{field}:{value}")
    menu.addSeparator()
    remove = menu.addAction(QCoreApplication.translate("AttendeeMenu", "Remove from this event…"))
    remove.setObjectName("attendee_remove")
    remove.setData(REMOVE)
    return menu


def popup_under_current(menu: QMenu, view: QAbstractItemView) -> None:
    """Open the menu under the view's current row, where the eyes already are."""
    rect = view.visualRect(view.currentIndex())
    menu.popup(view.viewport().mapToGlobal(rect.bottomLeft()))


def apply_choice(
    vault: Vault, event_id: str, attendee: Attendee, action: QAction, parent: QWidget
) -> Record | None:
    """Carry out what `action` (from `attendee_menu`) says. Returns the attendance as it is
    now (for a removal: as it was, for undo), or None when nothing changed."""
    field, _sep, value = str(action.data() or "").partition(":")
    person_id = attendee.person.id
    if field == "status":
        return events.set_status(vault, event_id, person_id, AttendanceStatus(value))
    if field == "role":
        return events.set_role(vault, event_id, person_id, AttendanceRole(value))
    if field + ":" == REMOVE:
        asked = confirm.ask(
            parent,
            QCoreApplication.translate("AttendeeMenu", "Remove from this event"),
            QCoreApplication.translate(
                "AttendeeMenu",
                "Take %1 off this event's list? Their record stays in the vault.",
            ).replace("%1", attendee.person.title),
            QCoreApplication.translate("AttendeeMenu", "Remove from the list"),
        )
        return events.remove_attendee(vault, event_id, person_id) if asked else None
    return None
