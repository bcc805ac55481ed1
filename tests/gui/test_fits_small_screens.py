"""Every main screen fits a 1280x720 laptop (and 1366x768) in every language: no button
is off the window or cut, with a record selected so the detail pane and its buttons show."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui import i18n
from pslapp.gui.main_window import MainWindow
from pslapp.gui.session import Session
from pslapp.gui.style import apply_style
from pslapp.services import records
from pslapp.services.sample import populate
from pslapp.services.vault import create_vault

from .conftest import FAST_KDF, PASSPHRASE, make_session
from .layout_check import cut_choices, cut_names, misfits, scrolls_sideways

SCREENS = (QSize(1280, 720), QSize(1366, 768))


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code: str = request.param
    if code != "en" and not i18n.install(qapp, code):
        pytest.skip("translations not built (python -m pslapp.gui.i18n build)")
    yield code
    i18n.install(qapp, "en")


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[None]:
    """The app's own look (padding, fonts of titles and the search field), as it runs."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    apply_style(qapp, dark=False)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


@pytest.fixture(params=[9, 11], ids=["qt-font", "gtk-font"])
def font_points(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[int]:
    """Qt's own 9 pt, and the 11 pt a GNOME or Xfce desktop gives every Qt app."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSize(request.param)
    qapp.setFont(font)
    yield request.param
    qapp.setFont(before)


@pytest.mark.parametrize("language", i18n.LANGUAGES, indirect=True)
def test_every_main_screen_fits_a_small_laptop(
    qtbot: QtBot, tmp_path: Path, language: str, font_points: int, styled: None
) -> None:
    vault, _code = create_vault(tmp_path / "vault", PASSPHRASE, "Köln", kdf=FAST_KDF)
    summary = populate(vault, people=40, seed=3)
    new_event = records.create(  # nobody registered yet: the page a new event opens with
        vault,
        Kind.EVENT,
        {"title": "Forum 2027", "kind": "forum", "start": "2027-05-01T10:00", "city": "Köln"},
    ).id
    session: Session = make_session(tmp_path / "vault")
    try:
        session.open_window(vault)
        window = session.window
        assert isinstance(window, MainWindow)
        qtbot.waitExposed(window)
        chosen = {2: summary.coalition_id, 4: summary.forum_id}
        problems: list[str] = []
        for size in SCREENS:
            window.resize(size)
            _settle()
            assert window.width() <= size.width() and window.height() <= size.height(), (
                f"{language} {font_points}pt: the window cannot shrink to {size.toTuple()}: "
                f"{window.size().toTuple()}"
            )
            for row in range(window.sidebar.count()):
                window.sidebar.setCurrentRow(row)
                if row < len(window.views):
                    view = window.views[row]
                    if row in chosen:
                        view.select_id(chosen[row])
                    elif view.model.rowCount():
                        view.table.selectRow(0)
                _settle()
                name = window.sidebar.item(row).text()
                problems += [
                    f"{language} {font_points}pt {size.toTuple()} {name}: {m}"
                    for m in misfits(window)
                ]
                if row < len(window.views):
                    problems += [
                        f"{language} {font_points}pt {size.toTuple()} {name}: {m}"
                        for m in cut_choices(window.views[row].table)
                    ]
                    problems += [
                        f"{language} {font_points}pt {size.toTuple()} {name}: {m}"
                        for m in scrolls_sideways(window.views[row].table)
                    ]
            events = window.views[4]
            window.sidebar.setCurrentRow(4)
            events.select_id(new_event)
            _settle()
            problems += [
                f"{language} {font_points}pt {size.toTuple()} new event: {m}"
                for m in misfits(window)
            ]
        assert not problems, "\n".join(problems)
    finally:
        session.shutdown()
        vault.lock()


@pytest.mark.parametrize("language", i18n.LANGUAGES, indirect=True)
def test_the_import_wizard_fits_and_its_choices_are_whole(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """Seen in French: "Accord pour être contacté·e" cut by the drop-down arrow."""
    vault, _code = create_vault(tmp_path / "vault", PASSPHRASE, "Köln", kdf=FAST_KDF)
    forum = records.create(
        vault, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2027-05-01T10:00"}
    ).id
    path = tmp_path / "list.csv"
    path.write_text(
        "Vorname;Nachname;E-Mail;Stadt;Einwilligung\nAnna;Schmidt;anna@example.org;Köln;Ja\n",
        encoding="utf-8",
    )
    session: Session = make_session(tmp_path / "vault")
    try:
        session.open_window(vault)
        window = session.window
        assert isinstance(window, MainWindow)
        wizard = window.open_import(forum)
        assert wizard is not None
        wizard.file_page.load(path)
        _settle()
        problems = misfits(wizard)
        assert wizard.height() <= SCREENS[0].height(), wizard.size().toTuple()
        assert not problems, "\n".join(problems)
        wizard.reject()
    finally:
        session.shutdown()
        vault.lock()


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_german_organisation_and_event_names_read_whole_beside_their_kind(
    qtbot: QtBot, tmp_path: Path, language: str, styled: None
) -> None:
    """Seen at 1280x720: "Initiative Solidarität ohne Grenzen Köln" cut to "Initiative
    Sol…" while the kind column beside it had room to spare."""
    vault, _code = create_vault(tmp_path / "vault", PASSPHRASE, "Köln", kdf=FAST_KDF)
    populate(vault, people=40, seed=3)
    session: Session = make_session(tmp_path / "vault")
    try:
        session.open_window(vault)
        window = session.window
        assert isinstance(window, MainWindow)
        qtbot.waitExposed(window)
        problems: list[str] = []
        for size in SCREENS:
            window.resize(size)
            for kind in (Kind.ORGANISATION, Kind.EVENT):
                view = next(v for v in window.views if v.kind is kind)
                window.sidebar.setCurrentRow(window.views.index(view))
                view.table.selectRow(0)
                _settle()
                problems += [f"{size.toTuple()}: {m}" for m in cut_names(view.table)]
                problems += [f"{size.toTuple()}: {m}" for m in cut_choices(view.table)]
        assert not problems, "\n".join(problems)
    finally:
        session.shutdown()
        vault.lock()
