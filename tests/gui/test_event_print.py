"""Printing an event: the attendee list and badges (with QR codes of the attendance id
only) are PDFs written atomically with mode 0600; restricted people stay off paper."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui import file_choice
from pslapp.gui.event_print import PrintDialog
from pslapp.gui.session import Session
from pslapp.services import events, records

from .conftest import unlock


def test_attendee_list_and_badges_as_pdf(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    forum = records.create(
        vault, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    )
    for i, name in enumerate(["Марина Коваленко", "Jürgen Größe", "Hidden Person"] * 4):
        values = {"display_name": f"{name} {i}", "chapter": "Köln"}
        if name == "Hidden Person":
            values["sensitivity"] = "restricted"
        person = records.create(vault, Kind.PERSON, values)
        events.attend(vault, forum.id, person.id, role="speaker" if i == 0 else None)

    dialog = window.open_print(forum.id)
    assert isinstance(dialog, PrintDialog)
    listing = tmp_path / "attendees.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save_to(listing)
    assert listing.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(listing.stat().st_mode) == 0o600
    assert "Saved 8 people" in dialog.status.text()
    assert "4 restricted" in dialog.status.text()

    dialog.badges_choice.setChecked(True)
    dialog.qr.setChecked(True)
    badges = tmp_path / "badges.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save_to(badges)
    data = badges.read_bytes()
    assert data.startswith(b"%PDF")
    assert stat.S_IMODE(badges.stat().st_mode) == 0o600
    dialog.close()


def test_the_check_in_list_as_csv_from_the_event(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    forum = records.create(
        vault, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    )
    for name in ("Марина Коваленко", "Jürgen Größe"):
        person = records.create(vault, Kind.PERSON, {"display_name": name})
        events.attend(vault, forum.id, person.id)
    restricted = records.create(
        vault, Kind.PERSON, {"display_name": "Hidden Person", "sensitivity": "restricted"}
    )
    events.attend(vault, forum.id, restricted.id)
    [marina] = [a for a in events.attendees(vault, forum.id) if a.person.title.startswith("М")]
    events.check_in(vault, forum.id, marina.person.id)

    target = tmp_path / "check-in.csv"
    monkeypatch.setattr(file_choice, "choose_save", lambda *_a: target)
    dialog = window.open_print(forum.id)
    assert isinstance(dialog, PrintDialog)
    dialog.csv_choice.setChecked(True)
    assert dialog.save_button.text() == "Save CSV…"
    assert not dialog.checked_in_only.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = target.read_bytes().decode("utf-8-sig")
    assert "Марина Коваленко" in text and "checked_in" in text and "Hidden Person" not in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Saved 2 people" in dialog.status.text() and "1 restricted" in dialog.status.text()
    dialog.close()
