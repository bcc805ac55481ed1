"""What a coordinator should not lose by one key: an event with its attendee list is
deleted only after a question and Ctrl+Z brings it back with the list; a filled form closed
with Escape asks first; a coalition lists an organisation once, and a member can be taken
out (and brought back with Ctrl+Z)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui import confirm
from pslapp.gui.forms.record_form import RecordDialog
from pslapp.gui.session import Session
from pslapp.gui.views.coalitions import CoalitionsView
from pslapp.gui.views.events import EventsView
from pslapp.services import coalitions, events, records

from .conftest import unlock

EVENT = {"kind": "forum", "start": "2026-05-01T10:00"}


def test_deleting_an_event_with_attendees_asks_and_ctrl_z_brings_it_back(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    forum = records.create(vault, Kind.EVENT, {"title": "Forum 2026", **EVENT})
    for name in ("Марина Коваленко", "Pierre Martin"):
        events.attend(
            vault, forum.id, records.create(vault, Kind.PERSON, {"display_name": name}).id
        )
    window.sidebar.setCurrentRow(4)
    view = window.current_view
    assert isinstance(view, EventsView)
    view.reload(forum.id)
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(confirm, "ask", lambda _p, _t, text, _a: asked.append(text) or answer[0])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked and "Forum 2026" in asked[0] and "2" in asked[0]
    assert records.count(vault, Kind.EVENT) == 1  # "Cancel": nothing happened
    answer[0] = True
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert records.count(vault, Kind.EVENT) == 0
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert records.count(vault, Kind.EVENT) == 1
    assert len(events.attendees(vault, forum.id)) == 2


def test_an_event_nobody_registered_for_is_deleted_without_a_question(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    picket = records.create(vault, Kind.EVENT, {"title": "Picket", **EVENT})
    window.sidebar.setCurrentRow(4)
    view = window.current_view
    view.reload(picket.id)
    monkeypatch.setattr(confirm, "ask", lambda *_a: pytest.fail("asked"))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert records.count(vault, Kind.EVENT) == 0


def test_escape_on_a_filled_form_asks_before_discarding(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlock(qtbot, session)
    dialog = window.current_view.new_record()
    assert isinstance(dialog, RecordDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes
    assert not dialog.isVisible()

    dialog = window.current_view.new_record()
    assert isinstance(dialog, RecordDialog)
    editor = dialog.form.editors["display_name"].focus_target()
    qtbot.keyClicks(editor, "Olena Bondar")
    asked: list[str] = []
    monkeypatch.setattr(confirm, "ask", lambda _p, title, _t, _a: asked.append(title) or False)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()  # kept
    monkeypatch.setattr(confirm, "ask", lambda *_a: True)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_coalition_lists_an_organisation_once_and_a_member_can_be_removed(
    qtbot: QtBot, session: Session
) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    union = records.create(vault, Kind.ORGANISATION, {"name": "Solidarity Union"})
    coalition = records.create(vault, Kind.COALITION, {"name": "No to war"})
    window.sidebar.setCurrentRow(2)
    view = window.current_view
    assert isinstance(view, CoalitionsView)
    view.reload(coalition.id)
    for _ in range(2):
        picker = view.members.add_member(Kind.ORGANISATION)
        assert picker is not None
        with qtbot.waitSignal(picker.picked):
            qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert view.members.list.count() == 1
    assert "Already a member" in window.undo_label.text()
    assert len(coalitions.members(vault, coalition.id)) == 1

    view.members.list.setFocus()
    view.members.list.setCurrentRow(0)
    assert view.members.remove_button.isEnabled()
    qtbot.keyClick(view.members.list, Qt.Key.Key_Delete)
    assert view.members.list.count() == 0
    assert records.get(vault, Kind.ORGANISATION, union.id).title == "Solidarity Union"
    qtbot.keyClick(view.members.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.members.list.count() == 1
