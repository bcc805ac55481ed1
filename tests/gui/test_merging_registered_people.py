"""People entered twice around an event: a registration list spells a known person in
Cyrillic (merged into them after the import, on request), and a door walk-in turns out to
have registered (merged after the event, from the duplicates view)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from pslapp.core.enums import AttendanceStatus, Kind
from pslapp.gui.registration_wizard.duplicates_page import MERGE_INTO, SAME
from pslapp.gui.registration_wizard.wizard import RegistrationWizard
from pslapp.gui.session import Session
from pslapp.services import events, records

from .conftest import unlock
from .test_duplicates import open_duplicates, open_merge, people_shown

FORUM = {"title": "Forum 2026", "kind": "forum", "start": "2026-05-01T10:00"}
CSV = (
    "Vorname;Nachname;E-Mail;Stadt\n"
    "Ольга;Петрова;;Köln\n"
    "Марина;Коваленко;marina@example.org;Berlin\n"
)


def test_a_name_like_someone_known_is_merged_into_them_after_the_import(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    olga = records.create(
        vault,
        Kind.PERSON,
        {"display_name": "Olga Petrova", "channels": [{"kind": "email", "value": "o@p.org"}]},
    ).id
    forum = records.create(vault, Kind.EVENT, FORUM)
    path = tmp_path / "anmeldungen.csv"
    path.write_text(CSV, encoding="utf-8")

    wizard = window.open_import(forum.id)
    assert isinstance(wizard, RegistrationWizard)
    wizard.file_page.load(path)
    wizard.next()
    wizard.next()
    page = wizard.duplicates_page
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert page.review.rowCount() == 1
    offer = page.review.item(0, MERGE_INTO)
    assert offer.text() == "Merge into Olga Petrova"
    page.decide(2, True)  # "Same person" first, then the other choice instead
    page.merge_into(2)
    assert page.review.item(0, SAME).checkState() == Qt.CheckState.Unchecked
    assert offer.checkState() == Qt.CheckState.Checked
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.button(QWizard.WizardButton.CommitButton).click()
    assert "Merged into the person they resemble: 1" in wizard.import_page.result.text()

    kept = records.get(vault, Kind.PERSON, olga)
    assert kept.values["alias"] == "Ольга Петрова" and kept.values["city"] == "Köln"
    assert records.count(vault, Kind.PERSON) == 2  # Olga and Марина
    assert sorted(a.person.title for a in events.attendees(vault, forum.id)) == [
        "Olga Petrova",
        "Марина Коваленко",
    ]
    wizard.close()
    dialog = open_duplicates(qtbot, window)
    assert "Ольга Петрова merged into Olga Petrova" in dialog.made.item(0).text()


def test_a_walk_in_who_had_registered_is_merged_after_the_event(
    qtbot: QtBot, session: Session
) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    forum = records.create(vault, Kind.EVENT, FORUM)
    registered = records.create(vault, Kind.PERSON, {"display_name": "Ольга Петрова"}).id
    events.attend(vault, forum.id, registered)

    door = window.open_door(forum.id)
    assert door is not None
    door.open_walk_in()
    door.walk_in.name.setText("Olga Petrova")
    qtbot.mouseClick(door.walk_in.add_button, Qt.MouseButton.LeftButton)
    door.close()
    window.show()
    assert len(events.attendees(vault, forum.id)) == 2

    dialog = open_duplicates(qtbot, window)
    merge = open_merge(qtbot, dialog, "Olga Petrova", "Ольга Петрова")
    if merge.kept.id != registered:
        qtbot.mouseClick(merge.swap_button, Qt.MouseButton.LeftButton)
    assert "1 attendance record will move to Ольга Петрова" in merge.summary.text()
    qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)

    attendees = events.attendees(vault, forum.id)
    assert [a.person.id for a in attendees] == [registered]
    assert attendees[0].attendance.values["status"] == AttendanceStatus.CHECKED_IN
    assert people_shown(window) == ["Ольга Петрова"]
