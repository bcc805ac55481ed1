"""An intruder at an unlocked laptop: adding their own card, marking it verified and sending
everything with restricted data took 1.7 s and no passphrase. Now each of those, and a PDF
with restricted data, asks for the passphrase typed there and then; a wrong one does nothing.
(The list and why: docs/threat-model.md, "Gates".)"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui import confirm, file_choice, runner
from pslapp.gui.bundles.send_dialog import SendDialog
from pslapp.gui.main_window import MainWindow
from pslapp.gui.passphrase_gate import PassphraseGate
from pslapp.gui.session import Session
from pslapp.services import events, peers, records
from pslapp.services.vault import create_vault

from .conftest import FAST_KDF, PASSPHRASE, make_session, unlock

CLICK = Qt.MouseButton.LeftButton
WRONG = "the intruder's guess"


class GateAnswers:
    """Answers the passphrase gates that open, one typed answer after another; None
    cancels. Notes what each gate said and what it showed after a wrong answer."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.reasons: list[str] = []
        self.errors: list[str] = []
        self._gate: PassphraseGate | None = None
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        gate = QApplication.activeModalWidget()
        if isinstance(gate, PassphraseGate) and gate.continue_button.isEnabled():
            if gate is not self._gate:
                self._gate = gate
                self.reasons.append(gate.reason.text())
            elif gate.error.text():
                self.errors.append(gate.error.text())
            if not self.answers:
                return
            answer = self.answers.pop(0)
            if answer is None:
                gate.reject()
            else:
                gate.secret.setText(answer)
                gate.check()
        if self.answers:
            QTimer.singleShot(20, self._poll)


@pytest.fixture
def cologne(qtbot: QtBot, session: Session) -> MainWindow:
    return unlock(qtbot, session)


@pytest.fixture
def paris_card(tmp_path: Path) -> Path:
    vault, _code = create_vault(tmp_path / "paris", PASSPHRASE, "Paris", kdf=FAST_KDF)
    card = tmp_path / "paris.pslid"
    card.write_text(peers.own_card(vault))
    vault.lock()
    return card


def add_peer(qtbot: QtBot, window: MainWindow, monkeypatch, card: Path) -> None:
    monkeypatch.setattr(file_choice, "choose_open", lambda *_a: card)
    window.sidebar.setCurrentRow(5)
    qtbot.mouseClick(window.findChild(QPushButton, "add_peer_button"), CLICK)


def test_adding_a_peer_needs_the_passphrase_and_a_wrong_one_adds_nobody(
    qtbot: QtBot, cologne: MainWindow, paris_card: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cologne.vault is not None
    answers = GateAnswers(WRONG, None)
    add_peer(qtbot, cologne, monkeypatch, paris_card)
    assert answers.reasons and "Only the vault's owner" in answers.reasons[0]
    assert answers.errors and "does not open" in answers.errors[0]
    assert peers.list_peers(cologne.vault) == []

    GateAnswers(PASSPHRASE)
    add_peer(qtbot, cologne, monkeypatch, paris_card)
    assert [p.name for p in peers.list_peers(cologne.vault)] == ["Paris"]


def test_marking_a_peer_verified_needs_the_passphrase(
    qtbot: QtBot, cologne: MainWindow, paris_card: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cologne.vault is not None
    peers.add(cologne.vault, paris_card.read_bytes())
    monkeypatch.setattr(confirm, "ask", lambda *_a: True)  # "I compared the digits"
    cologne.sidebar.setCurrentRow(5)
    view = cologne.bundles.peers
    view.reload()
    view.table.selectRow(0)
    GateAnswers(None)
    qtbot.mouseClick(view.verify_button, CLICK)
    assert not peers.list_peers(cologne.vault)[0].verified
    GateAnswers(PASSPHRASE)
    qtbot.mouseClick(view.verify_button, CLICK)
    assert peers.list_peers(cologne.vault)[0].verified


def test_a_first_bundle_or_restricted_data_needs_the_passphrase_a_routine_one_not(
    qtbot: QtBot,
    cologne: MainWindow,
    paris_card: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    assert cologne.vault is not None
    peers.add(cologne.vault, paris_card.read_bytes(), verified=True)
    records.create(cologne.vault, Kind.PERSON, {"display_name": "Olena"})
    out = tmp_path / "to-paris.pslb"
    monkeypatch.setattr(file_choice, "choose_save", lambda *_a: out)

    def send(*answers: str | None, restricted: bool = False) -> GateAnswers:
        qtbot.mouseClick(cologne.bundles.send_button, CLICK)
        dialog = [d for d in cologne.findChildren(SendDialog) if d.isVisible()][-1]
        dialog.peers.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.scope.restricted.setChecked(restricted)
        qtbot.waitUntil(dialog.save_button.isEnabled, timeout=5000)
        answered = GateAnswers(*answers)
        qtbot.mouseClick(dialog.save_button, CLICK)
        runner.wait_all()
        qtbot.wait(50)
        dialog.close()
        return answered

    first = send(None)
    assert "first bundle" in first.reasons[0]
    assert not out.exists()
    send(PASSPHRASE)
    qtbot.waitUntil(out.exists, timeout=10_000)
    out.unlink()
    records.create(cologne.vault, Kind.PERSON, {"display_name": "Taras"})
    routine = send()
    assert routine.reasons == []
    qtbot.waitUntil(out.exists, timeout=10_000)
    out.unlink()
    records.create(cologne.vault, Kind.PERSON, {"display_name": "Marta"})
    restricted = send(WRONG, None, restricted=True)
    assert "restricted data" in restricted.reasons[0]
    assert not out.exists()


def test_a_pdf_with_restricted_people_needs_the_passphrase(
    qtbot: QtBot, cologne: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    vault = cologne.vault
    assert vault is not None
    forum = records.create(
        vault, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    )
    hidden = records.create(
        vault, Kind.PERSON, {"display_name": "Hidden", "sensitivity": "restricted"}
    )
    events.attend(vault, forum.id, hidden.id)
    chosen: list[str] = []
    monkeypatch.setattr(file_choice, "choose_save", lambda *_a: chosen.append("asked"))
    dialog = cologne.open_print(forum.id)
    assert dialog is not None
    dialog.restricted.setChecked(True)
    answers = GateAnswers(None)
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert "restricted" in answers.reasons[0]
    assert chosen == []
    dialog.restricted.setChecked(False)
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert chosen == ["asked"]


def test_the_gate_is_a_fresh_check_not_the_unlock(
    qtbot: QtBot, existing_vault: Path, paris_card: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Just unlocked a second ago: the gate still asks."""
    session = make_session(existing_vault)
    window = unlock(qtbot, session)
    answers = GateAnswers(None)
    add_peer(qtbot, window, monkeypatch, paris_card)
    assert len(answers.reasons) == 1
    runner.wait_all()
    session.shutdown()
