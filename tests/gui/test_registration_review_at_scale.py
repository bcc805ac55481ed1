"""A long registration list with names that repeat, as a forum's form service exports it:
the review offers decisions for all rows at once (then single rows can change), says
whether a look-alike is in the vault or an earlier line of the same file, and Cancel while
the list is being compared answers within a second."""

from __future__ import annotations

import random
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui import runner
from pslapp.gui.registration_wizard.wizard import RegistrationWizard
from pslapp.gui.session import Session
from pslapp.services import events, records

from .conftest import unlock

GIVEN = ["Olena", "Олена", "Taras", "Тарас", "Marina", "Марина", "Anna", "Анна", "Ivan", "Іван"]
FAMILY = ["Kovalenko", "Коваленко", "Shevchenko", "Шевченко", "Bondar", "Бондар", "Melnyk"]


def _csv(path: Path, rows: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    lines = ["Vorname;Nachname;E-Mail"]
    for n in range(rows):
        lines.append(f"{rng.choice(GIVEN)};{rng.choice(FAMILY)};p{n}@example.org")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _to_review(qtbot: QtBot, session: Session, path: Path) -> tuple[RegistrationWizard, str]:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    records.create(vault, Kind.PERSON, {"display_name": "Olena Kovalenko"})
    forum = records.create(
        vault, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    ).id
    wizard = window.open_import(forum)
    assert isinstance(wizard, RegistrationWizard)
    wizard.file_page.load(path)
    wizard.next()
    wizard.next()
    return wizard, forum


def test_bulk_decisions_then_one_row_changed(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "forum.csv"
    _csv(path, 120)
    wizard, forum = _to_review(qtbot, session, path)
    page = wizard.duplicates_page
    qtbot.waitUntil(page.isComplete, timeout=30_000)
    count = page.review.rowCount()
    assert count > 50  # the names repeat
    texts = [page.review.item(i, 1).text() for i in range(count)]
    assert any("(in the vault)" in t for t in texts)
    assert any("of this file)" in t for t in texts)
    assert not any("(in the vault)" in t and "@" in t for t in texts)

    qtbot.mouseClick(page.all_same, Qt.MouseButton.LeftButton)
    assert all(page.decisions().values())
    first = page.review.item(0, 2)
    first.setCheckState(Qt.CheckState.Unchecked)  # one row overridden by hand
    decided = page.decisions()
    assert list(decided.values()).count(False) == 1
    qtbot.mouseClick(page.all_new, Qt.MouseButton.LeftButton)
    assert not any(page.decisions().values())
    qtbot.mouseClick(page.nearly_same, Qt.MouseButton.LeftButton)
    nearly = page.decisions()
    assert any(nearly.values())  # "Olena Kovalenko" in the file and in the vault

    vault = session.vault
    assert vault is not None
    with qtbot.waitSignal(wizard.imported, timeout=30_000):
        wizard.button(QWizard.WizardButton.CommitButton).click()
    assert len(events.attendees(vault, forum)) > 0
    wizard.close()


def test_cancel_while_comparing_a_long_list_answers_within_a_second(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    """The user presses Cancel as soon as the first "n of 2000" shows: the wizard closes
    at once and the comparison stops within a second (however fast it runs by then)."""
    path = tmp_path / "forum.csv"
    _csv(path, 2_000)
    wizard, _forum = _to_review(qtbot, session, path)
    page = wizard.duplicates_page
    job = page.job
    assert job is not None
    shown: list[str] = []
    began: list[float] = []

    def cancel_at_first_progress(done: int, total: int) -> None:
        if not began:  # the page showed its progress first (its slot is older)
            shown.append(page.summary.text())
            began.append(time.perf_counter())
            wizard.reject()

    job.progressed.connect(cancel_at_first_progress)
    qtbot.waitUntil(lambda: bool(began), timeout=30_000)
    qtbot.waitUntil(lambda: not job.running, timeout=5_000)
    answered = time.perf_counter() - began[0]
    assert "of 2000" in shown[0]
    assert answered < 1.0  # 15 ms here
    assert runner.wait_all(5_000)
