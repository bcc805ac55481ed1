"""A coordinator finds the people entered twice (Cologne's "Taras Shevchenko", Berlin's
"Тарас Шевченко"), looks at both records side by side, merges them, and can take the
merge back with Ctrl+Z or from the list of merges made here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.duplicates.duplicates_dialog import DuplicatesDialog
from pslapp.gui.duplicates.merge_dialog import MergeDialog
from pslapp.gui.main_window import MainWindow
from pslapp.gui.session import Session
from pslapp.gui.shortcut_overview import ShortcutOverview
from pslapp.gui.views.people import PeopleView
from pslapp.services import events, records
from pslapp.services.vault import Vault

from .conftest import unlock

FORUM = {"title": "Forum 2026", "kind": "forum", "start": "2026-05-01T10:00"}


def person(vault: Vault, name: str, **values: Any) -> str:
    return records.create(vault, Kind.PERSON, {"display_name": name, **values}).id


def email(address: str) -> list[dict[str, str]]:
    return [{"kind": "email", "value": address}]


def open_duplicates(qtbot: QtBot, window: MainWindow) -> DuplicatesDialog:
    window.activateWindow()  # back from the dialog to the main window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.duplicates
    assert isinstance(dialog, DuplicatesDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    return dialog


def rows(dialog: DuplicatesDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def open_merge(qtbot: QtBot, dialog: DuplicatesDialog, a: str, b: str) -> MergeDialog:
    assert dialog.select(a, b) is not None
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    merge = dialog.findChild(MergeDialog)
    assert isinstance(merge, MergeDialog) and merge.isVisible()
    return merge


def people_shown(window: MainWindow) -> list[str]:
    model = window.view_of(PeopleView).model
    return sorted(str(model.index(r, 0).data()) for r in range(model.rowCount()))


def test_two_spellings_are_merged_side_by_side_and_ctrl_z_takes_the_merge_back(
    qtbot: QtBot, session: Session
) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    berlin = person(vault, "Тарас Шевченко", city="Berlin", skills=["translation"])
    cologne = person(vault, "Taras Shevchenko", city="Köln", skills=["design"])
    forum = records.create(vault, Kind.EVENT, FORUM)
    events.attend(vault, forum.id, cologne)
    person(vault, "Marta Nowak")

    dialog = open_duplicates(qtbot, window)
    listed = rows(dialog)
    assert len(listed) == 1
    names, confidence, why = listed[0][:2], listed[0][2], listed[0][3]
    assert sorted(names) == ["Taras Shevchenko", "Тарас Шевченко"]
    assert confidence.endswith("%") and 50 <= int(confidence.rstrip("%")) <= 90
    assert why.startswith("names alike: ") and "Тарас Шевченко" in why and "Taras" in why

    merge = open_merge(qtbot, dialog, "Тарас Шевченко", "Taras Shevchenko")
    if merge.kept.id != berlin:
        qtbot.mouseClick(merge.swap_button, Qt.MouseButton.LeftButton)
    assert merge.kept.id == berlin
    # the cities differ: a choice; the skills are joined, shown as what they become
    assert set(merge.groups) >= {"display_name", "city"}
    assert merge.after["skills"].text() == "translation, design"
    assert merge.after["city"].text() == "Berlin"
    merge.choose("city", other=True)
    assert merge.after["city"].text() == "Köln"
    assert merge.after["alias"].text() == "Taras Shevchenko"
    assert "1 attendance record will move to Тарас Шевченко" in merge.summary.text()
    qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)

    kept = records.get(vault, Kind.PERSON, berlin)
    assert kept.values["city"] == "Köln" and kept.values["alias"] == "Taras Shevchenko"
    assert [a.person.id for a in events.attendees(vault, forum.id)] == [berlin]
    assert people_shown(window) == ["Marta Nowak", "Тарас Шевченко"]
    people = window.view_of(PeopleView)
    assert people.detail.record is not None and people.detail.record.id == berlin
    assert rows(dialog) == []
    assert "Taras Shevchenko merged into Тарас Шевченко" in dialog.made.item(0).text()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert people_shown(window) == ["Marta Nowak", "Taras Shevchenko", "Тарас Шевченко"]
    assert records.get(vault, Kind.PERSON, berlin).values["city"] == "Berlin"
    assert [a.person.id for a in events.attendees(vault, forum.id)] == [cologne]
    assert "undone" in window.undo_label.text()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert len(rows(dialog)) == 1 and dialog.made.count() == 0


def test_the_same_email_reads_in_words_and_not_now_hides_the_pair_until_the_vault_locks(
    qtbot: QtBot, session: Session
) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    person(vault, "Olena Bondar", channels=email("olena@example.org"))
    person(vault, "O. Bondar", channels=email("Olena@Example.org"))
    dialog = open_duplicates(qtbot, window)
    assert rows(dialog)[0][3] == "same email address"
    assert "olena@" not in " ".join(rows(dialog)[0])  # the address is not shown
    assert dialog.select("Olena Bondar", "O. Bondar") is not None
    qtbot.mouseClick(dialog.not_now_button, Qt.MouseButton.LeftButton)
    assert rows(dialog) == []
    assert "Nobody seems to be entered twice" in dialog.status.text()
    dialog.close()
    again = open_duplicates(qtbot, window)
    assert rows(again) == []  # still hidden while the vault is open
    session.lock()
    window = unlock(qtbot, session)
    assert len(rows(open_duplicates(qtbot, window))) == 1


def test_the_duplicates_view_follows_the_vault(qtbot: QtBot, session: Session) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    person(vault, "Pierre Martin", channels=[{"kind": "phone", "value": "+49 151 2345678"}])
    dialog = open_duplicates(qtbot, window)
    assert rows(dialog) == []
    # a second laptop's bundle, or pslapp-cli beside the app, adds the same number
    person(vault, "Pierre M.", channels=[{"kind": "signal", "value": "0151 2345678"}])
    window.catch_up()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert [r[3] for r in rows(dialog)] == ["same phone number"]


def test_a_merge_made_here_is_undone_from_the_list(qtbot: QtBot, session: Session) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    first = person(vault, "Anna Schmidt", channels=email("anna@example.org"))
    second = person(vault, "Anna Schmid", channels=email("anna@example.org"), city="Bonn")
    dialog = open_duplicates(qtbot, window)
    merge = open_merge(qtbot, dialog, "Anna Schmidt", "Anna Schmid")
    assert "has no attendances, links or memberships to move" in merge.summary.text()
    qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert records.count(vault, Kind.PERSON) == 1
    assert dialog.made.count() == 1
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert records.count(vault, Kind.PERSON) == 2
    assert {first, second} == {p for p in (first, second) if records.get(vault, Kind.PERSON, p)}
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert dialog.made.count() == 0 and len(rows(dialog)) == 1
    assert people_shown(window) == ["Anna Schmid", "Anna Schmidt"]


def test_a_person_deleted_meanwhile_is_not_merged_and_nothing_changes(
    qtbot: QtBot, session: Session
) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    keep = person(vault, "Jürgen Größe", channels=email("juergen@example.de"))
    gone = person(vault, "Juergen Groesse", channels=email("juergen@example.de"))
    dialog = open_duplicates(qtbot, window)
    merge = open_merge(qtbot, dialog, "Jürgen Größe", "Juergen Groesse")
    records.delete(vault, Kind.PERSON, gone if merge.other.id == gone else keep)
    before = records.get(vault, Kind.PERSON, merge.kept.id).values
    qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    assert merge.isVisible() and "Nothing was merged" in merge.error.text()
    assert records.get(vault, Kind.PERSON, merge.kept.id).values == before
    assert window.duplicates is dialog


def test_the_shortcut_overview_and_the_people_view_lead_to_the_duplicates(
    qtbot: QtBot, session: Session
) -> None:
    window = unlock(qtbot, session)
    overview = window.show_shortcuts()
    assert isinstance(overview, ShortcutOverview)
    texts = [label.text() for label in overview.findChildren(QLabel)]
    assert "Find people entered twice" in texts
    overview.close()
    window.sidebar.setCurrentRow(4)
    people = window.view_of(PeopleView)
    assert isinstance(people, PeopleView)
    window.sidebar.setCurrentRow(0)
    qtbot.mouseClick(people.duplicates_button, Qt.MouseButton.LeftButton)
    assert window.duplicates is not None and window.duplicates.isVisible()
