"""A peer merged a restricted person into an open record: the merge waits in the conflicts
view, worded as what happened, until the coordinator accepts it or keeps them apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.views.conflicts import ConflictsView
from pslapp.services import events, records
from pslapp.services.bundles import Scope, import_bundle
from pslapp.services.vault import Vault
from pslapp.storage import records as repo
from tests.services.bundle_kit import befriend, new_vault, send

FORUM = {"title": "Forum", "kind": "forum", "start": "2026-05-01T18:00"}


def held_merge_at_cologne(folder: Path) -> tuple[Vault, str, str]:
    cologne, berlin = new_vault(folder / "c", "Cologne"), new_vault(folder / "b", "Berlin")
    befriend(cologne, berlin)
    open_one = records.create(cologne, Kind.PERSON, {"display_name": "Anna Müller"}).id
    protected = records.create(
        cologne, Kind.PERSON, {"display_name": "Anna M.", "sensitivity": "restricted"}
    ).id
    forum = records.create(cologne, Kind.EVENT, FORUM).id
    events.check_in(cologne, forum, protected)
    import_bundle(
        berlin, send(cologne, [berlin], folder / "1.pslapp", Scope(include_restricted=True))
    )
    with berlin.write() as conn:  # Berlin's merge, made without the GUI's care
        target = repo.load(conn, Kind.PERSON, protected, berlin.authors)
        assert target is not None
        records.delete_within(conn, berlin, target, merged_into=open_one)
    import_bundle(cologne, send(berlin, [cologne], folder / "2.pslapp"))
    return cologne, open_one, protected


@pytest.mark.parametrize("accept", [True, False])
def test_a_held_merge_is_worded_and_decided_in_the_conflicts_view(
    qtbot: QtBot, tmp_path: Path, accept: bool
) -> None:
    cologne, open_one, protected = held_merge_at_cologne(tmp_path)
    view = ConflictsView()
    qtbot.addWidget(view)
    view.set_vault(cologne)
    assert view.table.rowCount() == 1
    # Anna M.'s tombstone holds no name any more: she is not named
    assert view.table.item(0, 0).text() == "a protected person"
    wording = view.table.item(0, 2).text()
    assert wording.startswith("A peer merged a protected person into Anna Müller, who is less")
    assert "by Berlin" in wording
    view.table.selectRow(0)
    assert (view.take_button.text(), view.keep_button.text()) == (
        "Accept the merge",
        "Keep them apart",
    )
    said: list[str] = []
    view.message.connect(said.append)
    button = view.take_button if accept else view.keep_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert view.table.rowCount() == 0
    moved = records.count(cologne, Kind.ATTENDANCE, where={"person_id": open_one})
    stayed = records.count(cologne, Kind.ATTENDANCE, where={"person_id": protected})
    assert (moved, stayed) == ((1, 0) if accept else (0, 1))
    assert said == (
        ["Merged, as the peer did."]
        if accept
        else ["Kept apart, here and on every laptop this change reaches."]
    )
    cologne.lock()
