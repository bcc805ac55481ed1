"""Importing a registration list through the wizard, as an organiser would: a real file
(UTF-8 with BOM, semicolons, Cyrillic and umlauts, one bad row, one person who is in the
vault in Latin letters), columns corrected by hand, the bad row skipped, the duplicate
confirmed, then the import off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.registration_wizard.wizard import RegistrationWizard
from pslapp.gui.session import Session
from pslapp.services import events, records
from pslapp.services.registration.headers import Target

from .conftest import unlock

CSV = (
    "Zeitstempel;Vorname;Nachname;E-Mail;Stadt;Kommentar;Einwilligung\n"
    "2026-04-01 10:00;Тарас;Шевченко;taras@example.org;Köln;;Ja\n"
    "2026-04-01 10:05;Jürgen;Größe;juergen@example.de;Düsseldorf;Übersetzung;Ja\n"
    "2026-04-01 10:07;Марина;Коваленко;marina@example.org;Berlin;;vielleicht\n"
    "2026-04-01 10:09;Anna;Schmidt;anna@example.org;München;;Nein\n"
)


def test_import_a_registration_list_through_the_wizard(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    taras = records.create(vault, Kind.PERSON, {"display_name": "Taras Shevchenko"})
    records.create(
        vault,
        Kind.PERSON,
        {
            "display_name": "Anna Schmidt",
            "channels": [{"kind": "email", "value": "ANNA@example.org"}],
        },
    )
    forum = records.create(
        vault, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    )
    path = tmp_path / "anmeldungen.csv"
    path.write_bytes(b"\xef\xbb\xbf" + CSV.encode("utf-8"))

    wizard = window.open_import(forum.id)
    assert isinstance(wizard, RegistrationWizard)
    page = wizard.file_page
    page.load(path)
    assert "semicolon" in page.detected.text() and "4 rows" in page.detected.text()
    assert page.columns.item(1, 0).text() == "Vorname"
    assert "Jürgen" in page.columns.item(1, 1).text()
    assert wizard.state.targets[:3] == [Target.IGNORE, Target.GIVEN_NAME, Target.FAMILY_NAME]
    page.set_target(5, None)  # leave the comments out
    page.set_target(4, Target.CHAPTER)  # the city column is really their chapter here
    assert page.isComplete()

    wizard.next()
    rows = wizard.rows_page
    assert rows.bad.count() == 1
    assert rows.bad.item(0).text().startswith("Line 4:")
    assert not rows.isComplete()
    rows.skip.setChecked(True)
    assert rows.isComplete()

    wizard.next()
    duplicates = wizard.duplicates_page
    qtbot.waitUntil(duplicates.isComplete, timeout=10_000)
    assert duplicates.review.rowCount() == 1  # Тарас Шевченко ~ Taras Shevchenko
    assert duplicates.review.item(0, 1).text() == "Taras Shevchenko (in the vault)"
    assert "merged: 1" in duplicates.summary.text()  # Anna, by her email
    duplicates.decide(2, True)

    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.button(QWizard.WizardButton.CommitButton).click()
    assert "New people: 1" in wizard.import_page.result.text()

    attendees = {a.person.title: a for a in events.attendees(vault, forum.id)}
    assert set(attendees) == {"Taras Shevchenko", "Jürgen Größe", "Anna Schmidt"}
    assert attendees["Taras Shevchenko"].person.id == taras.id
    assert attendees["Jürgen Größe"].person.values["chapter"] == "Düsseldorf"
    assert attendees["Jürgen Größe"].person.values["notes"] is None
    assert records.count(vault, Kind.PERSON) == 3
    wizard.close()
