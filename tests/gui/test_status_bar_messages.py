"""The status bar's words go after a few seconds; what waits for the user stays. Seen in the
walk: "Person added." still stood in the status bar long after, until the next message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.forms.record_form import RecordDialog
from pslapp.gui.main_window import MainWindow
from pslapp.gui.session import Session
from pslapp.gui.status_line import MESSAGE_MS
from pslapp.services import records
from pslapp.services.mailbox import RoundReport

from .conftest import unlock

SHORT_MS = 150  # the test's own wait for what the app waits MESSAGE_MS for
CTRL = Qt.KeyboardModifier.ControlModifier


def _window(qtbot: QtBot, session: Session) -> MainWindow:
    window = unlock(qtbot, session)
    assert 5_000 <= MESSAGE_MS <= 8_000
    window.status.timer.setInterval(SHORT_MS)
    return window


def _add_person(qtbot: QtBot, window: MainWindow, name: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    form = window.findChild(RecordDialog)
    assert isinstance(form, RecordDialog)
    qtbot.keyClicks(form.form.editors["display_name"].focus_target(), name)
    form.try_save()
    form.deleteLater()


def test_person_added_goes_after_a_few_seconds(qtbot: QtBot, session: Session) -> None:
    window = _window(qtbot, session)
    _add_person(qtbot, window, "Nadia")
    assert window.undo_label.text() == "Person added."
    qtbot.waitUntil(lambda: window.undo_label.text() == "", timeout=5_000)


def test_the_undo_offer_goes_with_its_message_and_ctrl_z_still_works(
    qtbot: QtBot, session: Session
) -> None:
    window = _window(qtbot, session)
    assert session.vault is not None
    records.create(session.vault, Kind.PERSON, {"display_name": "Ilya"})
    people = window.current_view
    people.reload()
    people.table.selectRow(0)
    people.table.setFocus()
    qtbot.keyClick(people.table, Qt.Key.Key_Delete)
    assert window.undo_button.isVisible()
    qtbot.waitUntil(lambda: not window.undo_button.isVisible(), timeout=5_000)
    assert window.undo_label.text() == ""
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert people.model.rowCount() == 1
    assert window.undo_label.text() == "Brought back."


def test_changes_waiting_in_the_mailbox_stay_until_reviewed(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    window = _window(qtbot, session)
    folder = tmp_path / "mailbox"
    waiting = RoundReport(folder, applied=1, left_for_review=2)
    window.mailbox.synced.emit(waiting)  # a round ends with two bundles held for review
    held = window.undo_label.text()
    assert "2 waiting for your review" in held
    _add_person(qtbot, window, "Nadia")
    assert window.undo_label.text() == "Person added."
    qtbot.waitUntil(lambda: window.undo_label.text() == held, timeout=5_000)
    qtbot.wait(3 * SHORT_MS)
    assert window.undo_label.text() == held, "a state waiting for the user stays"

    window.mailbox.synced.emit(RoundReport(folder))  # reviewed: a round with nothing left
    assert window.undo_label.text() == ""


def test_a_failing_mailbox_stays_until_a_round_goes_through(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    window = _window(qtbot, session)
    window.mailbox.failed.emit("The mailbox round failed: the folder is gone")
    _add_person(qtbot, window, "Nadia")
    qtbot.waitUntil(lambda: "failed" in window.undo_label.text(), timeout=5_000)
    window.mailbox.synced.emit(RoundReport(tmp_path, written=1))
    assert "1 sent" in window.undo_label.text()
    qtbot.waitUntil(lambda: window.undo_label.text() == "", timeout=5_000)
