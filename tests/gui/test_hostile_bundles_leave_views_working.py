"""After a verified peer's hostile bundles are refused (a nameless attendee, an event that
ends before it starts, a creation time no view can print), the real windows still work:
the door opens with its list, the attendee PDF is drawn, the people list shows its rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.core.errors import BundleRejected
from pslapp.gui.event_print import PrintDialog
from pslapp.gui.session import Session
from pslapp.services import events, records
from pslapp.services.bundles import import_bundle
from tests.services.bundle_kit import befriend, new_vault, seal_blocks

from .conftest import unlock

PERSON = "00000000-0000-4000-8000-000000000001"


def block(kind: str, row: dict[str, object], created: int = 1_700_000_000_000) -> bytes:
    rid = row.pop("id")
    columns = {"_deleted": [False], **{k: [v] for k, v in row.items()}}
    doc = [kind, {"1": "1" * 60}, [rid], [created], [{"*": [1 << 40, 1, 0]}], columns]
    return json.dumps(doc, ensure_ascii=False).encode()


def test_refused_hostile_bundles_leave_the_door_the_pdf_and_the_lists_working(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    forum = records.create(
        vault, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    ).id
    asel = records.create(vault, Kind.PERSON, {"display_name": "Asel"})
    events.attend(vault, forum, asel.id)
    bob = new_vault(tmp_path / "bob", "Bob")
    befriend(vault, bob)
    shapes = [
        [
            block("person", {"id": PERSON, "display_name": None, "city": "Minsk"}),
            block(
                "attendance",
                {
                    "id": records.attendance_id(forum, PERSON),
                    "event_id": forum,
                    "person_id": PERSON,
                    "status": "registered",
                },
            ),
        ],
        [
            block(
                "event",
                {
                    "id": "00000000-0000-4000-8000-000000000002",
                    "title": "Backwards",
                    "kind": "forum",
                    "start": "2026-05-02T10:00",
                    "end": "2026-05-01T10:00",
                },
            )
        ],
        [block("person", {"id": PERSON, "display_name": "Late"}, created=(1 << 48) - 1)],
    ]
    for n, lines in enumerate(shapes):
        path = tmp_path / f"hostile{n}.pslb"
        path.write_bytes(seal_blocks(bob, [vault], lines))
        with pytest.raises(BundleRejected):
            import_bundle(vault, path)

    door = window.open_door(forum)
    assert door is not None
    qtbot.waitUntil(lambda: not door.loading, timeout=10_000)
    assert [door.model.index(r, 0).data() for r in range(door.model.rowCount())] == ["Asel"]
    door.close()

    dialog = window.open_print(forum)
    assert isinstance(dialog, PrintDialog)
    listing = tmp_path / "attendees.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save_to(listing)
    assert listing.read_bytes().startswith(b"%PDF")
    dialog.close()

    window.sidebar.setCurrentRow(0)
    window.current_view.reload()  # the people were added from outside the window
    model = window.current_view.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    shown = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert "Asel" in shown and None not in shown
    bob.lock()
