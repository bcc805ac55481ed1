"""A coalition member's role is one of a list, shown in the reader's language: the demo's
"coordinator" and "delegate" stood in English on a Russian screen, as typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from pslapp.core.enums import CoalitionRole, Kind
from pslapp.gui import i18n
from pslapp.gui.session import Session
from pslapp.gui.views.coalitions import CoalitionsView
from pslapp.services import coalitions, records

from .conftest import unlock


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    if not i18n.install(qapp, "ru"):
        pytest.skip("translations not built (python -m pslapp.gui.i18n build)")
    yield
    i18n.install(qapp, "en")


def _coalition_page(qtbot: QtBot, session: Session) -> tuple[CoalitionsView, str]:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    coalition = records.create(vault, Kind.COALITION, {"name": "Нет войне"}).id
    union = records.create(vault, Kind.ORGANISATION, {"name": "Профсоюз курьеров"}).id
    coalitions.add_member(vault, coalition, organisation_id=union, role=CoalitionRole.COORDINATOR)
    view = window.view_of(CoalitionsView)
    assert isinstance(view, CoalitionsView)
    window.sidebar.setCurrentRow(window.views.index(view))
    view.reload(coalition)
    return view, coalition


def _choose(qtbot: QtBot, view: CoalitionsView, label: str) -> None:
    """Select the member, Enter, and pick `label` from the menu."""
    members = view.members.list
    members.setCurrentRow(0)
    members.setFocus()
    qtbot.keyClick(members, Qt.Key.Key_Return)
    menu = view.members.findChild(QMenu, "member_role_menu")
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.text() == label)
    assert action.isEnabled()
    action.trigger()


def test_a_members_role_is_shown_and_chosen_in_russian(
    qtbot: QtBot, session: Session, russian: None
) -> None:
    view, _coalition = _coalition_page(qtbot, session)
    members = view.members.list
    assert members.item(0).text().endswith("координатор")
    assert "coordinator" not in members.item(0).text()
    _choose(qtbot, view, "наблюдатель")
    assert members.item(0).text().endswith("наблюдатель")
    vault = session.vault
    assert vault is not None
    membership = str(members.item(0).data(Qt.ItemDataRole.UserRole + 1))
    assert records.get(vault, Kind.COALITION_MEMBER, membership).values["role"] == "observer"


def test_a_role_in_someones_own_words_stays_as_written_until_one_is_picked(
    qtbot: QtBot, session: Session
) -> None:
    view, coalition = _coalition_page(qtbot, session)
    vault = session.vault
    assert vault is not None
    membership = coalitions.members(vault, coalition)[0][0].id
    # typed before roles were offered, or received so from a peer: words, not a code
    coalitions.set_role(vault, membership, "Koordinatorin")
    view.reload(coalition)
    members = view.members.list
    assert members.item(0).text().endswith("Koordinatorin")
    members.setCurrentRow(0)
    menu = view.members.open_role_menu()
    assert menu is not None
    written = menu.actions()[0]
    assert written.text() == "Koordinatorin" and written.isChecked()
    assert not any(a.isChecked() for a in menu.actions()[1:])
    menu.close()
    _choose(qtbot, view, "coordinator")
    assert records.get(vault, Kind.COALITION_MEMBER, membership).values["role"] == "coordinator"
    _choose(qtbot, view, "No role")
    assert records.get(vault, Kind.COALITION_MEMBER, membership).values["role"] is None
    assert members.item(0).text() == "Профсоюз курьеров  ·  Organisation"
