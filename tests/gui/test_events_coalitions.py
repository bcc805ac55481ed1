"""Inside an event: who is registered and who has arrived. Inside a coalition: members."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.forms.record_picker import RecordPicker
from pslapp.gui.session import Session
from pslapp.gui.views.coalitions import CoalitionsView
from pslapp.gui.views.events import EventsView
from pslapp.services import records

from .conftest import unlock


def test_register_and_check_in_an_attendee(qtbot: QtBot, session: Session) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    records.create(vault, Kind.PERSON, {"display_name": "Марина Коваленко"})
    records.create(vault, Kind.PERSON, {"display_name": "Pierre Martin"})
    forum = records.create(
        vault, Kind.EVENT, {"title": "Forum 2026", "kind": "forum", "start": "2026-05-01T10:00"}
    )
    window.sidebar.setCurrentRow(4)
    events = window.current_view
    assert isinstance(events, EventsView)
    events.reload(forum.id)
    panel = events.attendees
    assert panel.event_id == forum.id
    assert "Nobody" in panel.heading.text()
    picker = panel.add_attendee()
    assert isinstance(picker, RecordPicker)
    qtbot.keyClicks(picker.search, "kovalen")
    qtbot.waitUntil(lambda: picker.results.count() == 1)
    with qtbot.waitSignal(picker.picked):
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert panel.model.rowCount() == 1
    assert "1 registered, 0 checked in" in panel.heading.text()
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert "1 checked in" in panel.heading.text()
    assert panel.model.index(0, 1).data() == "checked in"


def test_add_members_to_a_coalition(qtbot: QtBot, session: Session) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    records.create(vault, Kind.ORGANISATION, {"name": "Solidarity Union"})
    coalition = records.create(vault, Kind.COALITION, {"name": "No to war"})
    window.sidebar.setCurrentRow(2)
    view = window.current_view
    assert isinstance(view, CoalitionsView)
    view.reload(coalition.id)
    picker = view.members.add_member(Kind.ORGANISATION)
    assert picker is not None
    with qtbot.waitSignal(picker.picked):
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert view.members.list.count() == 1
    assert view.members.list.item(0).text().startswith("Solidarity Union")
