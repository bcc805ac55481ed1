"""What the app says at start about a vault in a bad state: an init cut short offers to
create the vault again; loose permissions are fixed and said so."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from pslapp.gui import runner
from pslapp.gui.create_vault import CreateVaultDialog

from .conftest import make_session, unlock


def test_an_init_cut_short_offers_to_create_the_vault_again(qtbot: QtBot, tmp_path: Path):
    folder = tmp_path / "vault"
    folder.mkdir(mode=0o700)
    (folder / "vault.db").write_bytes(os.urandom(4096))  # its key was never stored
    (folder / ".init-in-progress").touch()
    session = make_session(folder)
    session.start()
    assert isinstance(session.dialog, CreateVaultDialog)
    qtbot.addWidget(session.dialog)
    session.shutdown()


def test_loose_permissions_are_fixed_and_said_so(qtbot: QtBot, existing_vault: Path):
    os.chmod(existing_vault, 0o755)
    os.chmod(existing_vault / "keyslots.json", 0o644)
    session = make_session(existing_vault)
    window = unlock(qtbot, session)
    assert "private again" in window.undo_label.text()
    assert os.stat(existing_vault).st_mode & 0o077 == 0
    runner.wait_all()
    session.shutdown()
