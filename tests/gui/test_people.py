"""A coordinator keeps people: add through the form, find by typing, edit, delete, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.forms.field_editors import ChannelsEditor, ChoiceEditor, TextEditor
from pslapp.gui.forms.record_form import RecordDialog
from pslapp.gui.main_window import MainWindow
from pslapp.gui.session import Session
from pslapp.services import records

from .conftest import unlock


def type_into(qtbot: QtBot, dialog: RecordDialog, field: str, text: str) -> None:
    editor = dialog.form.editors[field]
    assert isinstance(editor, TextEditor)
    editor.line.clear()
    if text.isascii():
        qtbot.keyClicks(editor.line, text)
    else:  # QTest cannot press keys outside ASCII: this is what pasting does
        editor.line.insert(text)


def open_dialog(window: MainWindow) -> RecordDialog:
    shown = [d for d in window.findChildren(RecordDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def add_person(qtbot: QtBot, window: MainWindow, name: str, city: str = "") -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(window)
    type_into(qtbot, dialog, "display_name", name)
    if city:
        type_into(qtbot, dialog, "city", city)
    with qtbot.waitSignal(dialog.accepted):
        dialog.try_save()


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus() or window.search.isVisible()
    window.search.clear()
    qtbot.keyClicks(window.search, text)
    view = window.current_view
    qtbot.waitUntil(lambda: view.model.query == (text.strip() or None))


def visible_names(window: MainWindow) -> list[str]:
    model = window.current_view.model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def test_add_find_edit_delete_and_undo_a_person(qtbot: QtBot, session: Session) -> None:
    window = unlock(qtbot, session)
    people = window.current_view
    assert people.kind is Kind.PERSON
    assert "Ctrl+N" in people.empty.text()

    add_person(qtbot, window, "Тарас Шевченко", "Köln")
    add_person(qtbot, window, "Anna Petrova", "Paris")
    assert people.model.rowCount() == 2

    search(qtbot, window, "shevch")
    assert visible_names(window) == ["Тарас Шевченко"]
    search(qtbot, window, "nobody-like-this")
    assert people.model.rowCount() == 0
    assert "nobody-like-this" in people.empty.text()
    search(qtbot, window, "shev")

    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # Enter: to the first result
    assert people.detail.record is not None
    assert people.detail.title.text() == "Тарас Шевченко"
    qtbot.keyClick(people.table, Qt.Key.Key_Return)  # Enter: open it
    dialog = open_dialog(window)
    type_into(qtbot, dialog, "city", "Berlin")
    with qtbot.waitSignal(dialog.accepted):
        dialog.try_save()
    record_id = people.detail.record.id
    assert records.get(session.vault, Kind.PERSON, record_id).values["city"] == "Berlin"  # type: ignore[arg-type]

    qtbot.mouseClick(people.detail.delete_button, Qt.MouseButton.LeftButton)
    assert people.model.rowCount() == 0
    assert window.undo_button.isVisibleTo(window)
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert visible_names(window) == ["Тарас Шевченко"]
    back = records.get(session.vault, Kind.PERSON, record_id)  # type: ignore[arg-type]
    assert back.values["city"] == "Berlin"


def test_the_form_says_what_is_wrong_next_to_the_field(qtbot: QtBot, session: Session) -> None:
    window = unlock(qtbot, session)
    window.new_record()
    dialog = open_dialog(window)
    dialog.try_save()
    assert dialog.isVisible()
    error = dialog.form.errors["display_name"]
    assert error.isVisibleTo(dialog) and "required" in error.text()

    type_into(qtbot, dialog, "display_name", "Olena")
    channels = dialog.form.editors["channels"]
    assert isinstance(channels, ChannelsEditor)
    line = channels.add_row("email", "")
    qtbot.keyClicks(line, "not-an-address")
    dialog.try_save()
    assert dialog.form.errors["channels"].isVisibleTo(dialog)
    assert "email" in dialog.form.errors["channels"].text()
    assert not error.isVisibleTo(dialog)

    line.clear()
    qtbot.keyClicks(line, "olena@example.org")
    sensitivity = dialog.form.editors["sensitivity"]
    assert isinstance(sensitivity, ChoiceEditor)
    sensitivity.set_value("sensitive")
    with qtbot.waitSignal(dialog.accepted):
        dialog.try_save()
    saved = dialog.saved
    assert saved is not None
    assert saved.values["channels"] == [{"kind": "email", "value": "olena@example.org"}]
    assert saved.values["sensitivity"] == "sensitive"


def test_hostile_text_is_shown_as_plain_text(qtbot: QtBot, session: Session) -> None:
    window = unlock(qtbot, session)
    hostile = '<b>x</b><img src="file:///etc/passwd"><a href="http://evil">y</a>'
    assert session.vault is not None
    records.create(session.vault, Kind.PERSON, {"display_name": hostile, "notes": hostile})
    people = window.current_view
    people.reload()
    people.table.selectRow(0)
    assert people.detail.title.text() == hostile
    labels = people.detail.findChildren(QLabel)
    shown = [label for label in labels if label.text() == hostile]
    assert len(shown) == 2  # the name and the notes
    for label in shown:
        assert label.textFormat() == Qt.TextFormat.PlainText
