"""Two coordinators swap identity cards, compare fingerprints, and pass changes to each other
as sealed bundle files: sending, receiving, a tampered file, and a conflict to resolve."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.crypto.identity import format_fingerprint
from pslapp.gui import confirm, file_choice, passphrase_gate, runner
from pslapp.gui.bundles.receive_dialog import ReceiveDialog
from pslapp.gui.bundles.send_dialog import SendDialog
from pslapp.gui.main_window import MainWindow
from pslapp.gui.session import Session
from pslapp.services import records
from pslapp.services.vault import create_vault

from .conftest import FAST_KDF, PASSPHRASE, make_session, unlock
from .test_people import add_person, search, visible_names

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def two_windows(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, MainWindow]]:
    sessions: list[Session] = []
    windows = []
    for name in ("Cologne", "Paris"):
        vault, _code = create_vault(tmp_path / name, PASSPHRASE, name, kdf=FAST_KDF)
        vault.lock()
        session = make_session(tmp_path / name)
        sessions.append(session)
        windows.append(unlock(qtbot, session))
    yield windows[0], windows[1]
    runner.wait_all()
    for session in sessions:
        session.shutdown()


def bring_to_front(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def answer_files(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(file_choice, "choose_open", lambda *_a: path)
    monkeypatch.setattr(file_choice, "choose_save", lambda *_a: path)


def exchange_cards(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, a: MainWindow, b: MainWindow
) -> None:
    monkeypatch.setattr(confirm, "ask", lambda *_a: True)
    # The passphrase gates are driven for real in test_gates.py; here the owner types it.
    monkeypatch.setattr(passphrase_gate, "ask", lambda *_a: True)
    for me, other in ((a, b), (b, a)):
        card = tmp_path / f"{other.windowTitle()}-{id(other)}.pslid"
        answer_files(monkeypatch, card)
        dialog = other.bundles.show_own_card()
        assert dialog is not None
        qtbot.mouseClick(dialog.findChild(QPushButton, "save_card_button"), CLICK)
        assert card.exists()
        dialog.close()
        me.sidebar.setCurrentRow(5)
        view = me.bundles.peers
        answer_files(monkeypatch, card)
        qtbot.mouseClick(me.findChild(QPushButton, "add_peer_button"), CLICK)
        assert view.selected is not None
        assert not view.selected.verified
        assert view.verify_button.isVisible()
        assert other.vault is not None
        digits = view.fingerprint.digits.text().split()
        assert " ".join(digits) == format_fingerprint(other.vault.fingerprint)
        assert view.fingerprint.qr.pixmap() is not None
        qtbot.mouseClick(view.verify_button, CLICK)
        assert view.selected.verified
        assert view.table.item(0, 1).text() == "verified"


def send_changes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, out: Path
) -> SendDialog:
    qtbot.mouseClick(window.bundles.send_button, CLICK)
    dialog = window.findChild(SendDialog)
    assert isinstance(dialog, SendDialog)
    assert dialog.peers.count() == 1
    dialog.peers.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=5000)
    answer_files(monkeypatch, out)
    with qtbot.waitSignal(dialog.sent, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, CLICK)
    assert out.exists()
    return dialog


def receive(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, path: Path
) -> ReceiveDialog:
    answer_files(monkeypatch, path)
    qtbot.mouseClick(window.bundles.receive_button, CLICK)
    dialogs = [d for d in window.findChildren(ReceiveDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(lambda: dialog.stage != "checking", timeout=10_000)
    return dialog


def review_lines(dialog: ReceiveDialog) -> list[str]:
    return [dialog.changes.item(i).text() for i in range(dialog.changes.count())]


def test_a_new_person_travels_from_cologne_to_paris(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, two_windows: tuple
) -> None:
    cologne, paris = two_windows
    exchange_cards(qtbot, monkeypatch, tmp_path, cologne, paris)
    cologne.sidebar.setCurrentRow(0)
    bring_to_front(qtbot, cologne)
    add_person(qtbot, cologne, "Tatjana Kozlova", city="Koeln")
    dialog = send_changes(qtbot, monkeypatch, cologne, tmp_path / "to-paris.pslb")
    assert "1 person" in dialog.counts_label.text()
    assert "Saved" in dialog.outcome.text()
    assert "Paris" in dialog.outcome.text()
    dialog.close()

    tampered = tmp_path / "tampered.pslb"
    data = bytearray((tmp_path / "to-paris.pslb").read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    rejected = receive(qtbot, monkeypatch, paris, tampered)
    assert rejected.rejection.isVisible()
    assert "damaged or was altered" in rejected.rejection.text()
    assert not rejected.apply_button.isVisible()
    rejected.close()
    assert paris.vault is not None
    assert records.count(paris.vault, Kind.PERSON) == 0

    received = receive(qtbot, monkeypatch, paris, tmp_path / "to-paris.pslb")
    assert "Cologne" in received.sender_label.text()
    assert "verified" in received.sender_label.text()
    assert cologne.vault is not None
    assert received.fingerprint.text() == format_fingerprint(cologne.vault.fingerprint)
    assert any("Tatjana Kozlova" in line and "new" in line for line in review_lines(received))
    assert records.count(paris.vault, Kind.PERSON) == 0  # a dry run so far
    with qtbot.waitSignal(received.applied, timeout=10_000):
        qtbot.mouseClick(received.apply_button, CLICK)
    received.close()

    paris.sidebar.setCurrentRow(0)
    bring_to_front(qtbot, paris)
    search(qtbot, paris, "kozl")
    assert visible_names(paris) == ["Tatjana Kozlova"]
    paris.sidebar.setCurrentRow(7)
    assert paris.bundles.history.table.rowCount() == 1
    assert paris.bundles.history.table.item(0, 2).text() == "Cologne"


def test_a_concurrent_edit_is_a_conflict_to_resolve(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, two_windows: tuple
) -> None:
    cologne, paris = two_windows
    exchange_cards(qtbot, monkeypatch, tmp_path, cologne, paris)
    assert cologne.vault is not None and paris.vault is not None
    person = records.create(cologne.vault, Kind.PERSON, {"display_name": "Petro Lysenko"})
    send_changes(qtbot, monkeypatch, cologne, tmp_path / "one.pslb").close()
    first = receive(qtbot, monkeypatch, paris, tmp_path / "one.pslb")
    with qtbot.waitSignal(first.applied, timeout=10_000):
        qtbot.mouseClick(first.apply_button, CLICK)
    first.close()

    records.edit(cologne.vault, Kind.PERSON, person.id, {"city": "Koeln"})
    records.edit(paris.vault, Kind.PERSON, person.id, {"city": "Bonn"})
    send_changes(qtbot, monkeypatch, cologne, tmp_path / "two.pslb").close()
    second = receive(qtbot, monkeypatch, paris, tmp_path / "two.pslb")
    assert any("conflict" in line for line in review_lines(second))
    with qtbot.waitSignal(second.applied, timeout=10_000):
        qtbot.mouseClick(second.apply_button, CLICK)
    second.close()

    paris.sidebar.setCurrentRow(6)
    view = paris.bundles.conflicts
    assert view.table.rowCount() == 1
    assert view.table.item(0, 0).text() == "Petro Lysenko"
    cells = view.table.item(0, 2).text() + view.table.item(0, 3).text()
    assert "Koeln" in cells and "Bonn" in cells
    other = view.entries[0].lost_value
    view.table.selectRow(0)
    qtbot.mouseClick(view.take_button, CLICK)
    assert view.table.rowCount() == 0
    assert records.get(paris.vault, Kind.PERSON, person.id).values["city"] == other
