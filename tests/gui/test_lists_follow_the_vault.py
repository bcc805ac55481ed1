"""Lists as a coordinator meets them: a search that matches nothing does not leave a dead
selection behind, and an event added with `pslapp-cli` while the app is open shows up among
the others when the list is looked at again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.session import Session
from pslapp.services import records
from pslapp.services.vault import open_vault

from .conftest import PASSPHRASE, unlock

EVENT = {"kind": "forum", "start": "2026-05-01T10:00"}


def test_a_search_that_matches_nothing_leaves_no_dead_selection(
    qtbot: QtBot, session: Session
) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    forum = records.create(vault, Kind.EVENT, {"title": "Forum 2026", **EVENT})
    window.sidebar.setCurrentRow(4)
    view = window.current_view
    view.reload(forum.id)
    assert view.current_id() == forum.id
    qtbot.keyClicks(window.search, "zzzz")
    window.apply_search()
    assert view.model.rowCount() == 0
    window.search.clear()
    window.apply_search()
    assert view.model.rowCount() == 1
    assert view.current_id() is None  # nothing highlighted that the details do not show
    assert view.detail_stack.currentWidget() is view.nothing_selected
    rect = view.table.visualRect(view.model.index(0, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_id() == forum.id
    assert view.detail.record is not None and view.detail.record.id == forum.id
    assert view.attendees.door_button.isEnabled()


def test_a_search_keeps_the_record_shown_when_it_still_matches(
    qtbot: QtBot, session: Session
) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    records.create(vault, Kind.EVENT, {"title": "Picket at the embassy", **EVENT})
    forum = records.create(vault, Kind.EVENT, {"title": "Forum 2026", **EVENT})
    window.sidebar.setCurrentRow(4)
    view = window.current_view
    view.reload(forum.id)
    qtbot.keyClicks(window.search, "foru")
    window.apply_search()
    assert view.current_id() == forum.id
    assert view.detail.record is not None and view.detail.record.id == forum.id


def test_an_event_added_from_the_cli_joins_the_list(
    qtbot: QtBot, session: Session, existing_vault: Path
) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    for title in ("Forum 2026", "Picket at the embassy"):
        records.create(vault, Kind.EVENT, {"title": title, **EVENT})
    window.sidebar.setCurrentRow(4)
    view = window.current_view
    assert view.model.rowCount() == 2
    beside = open_vault(existing_vault, PASSPHRASE)  # what pslapp-cli does, in its own process
    try:
        records.create(beside, Kind.EVENT, {"title": "Camp 2026", **EVENT})
    finally:
        beside.lock()
    window.sidebar.setCurrentRow(0)
    window.sidebar.setCurrentRow(4)
    titles = {view.model.index(r, 0).data() for r in range(view.model.rowCount())}
    assert titles == {"Forum 2026", "Picket at the embassy", "Camp 2026"}
