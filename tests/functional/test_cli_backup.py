"""`pslapp-cli backup` to a USB stick and `restore` on another computer."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.functional.conftest import Cli


def test_backup_and_restore_on_the_command_line(cli: Cli, tmp_path: Path, capsys):
    cli.init()
    cli.ok("person", "add", "--name", "Тарас Шевченко")
    stick = tmp_path / "stick"
    stick.mkdir()
    cli.ok("backup", str(stick / "vault"))
    backup = stick / "vault.pslbackup"
    assert backup.exists()

    elsewhere = Cli(tmp_path / "new-laptop", capsys)
    elsewhere.ok("restore", str(backup))
    assert "Шевченко" in elsewhere.ok("search", "shevch")
    assert elsewhere("restore", str(backup)).code == 3  # a vault is there now


def test_a_damaged_backup_exits_3_with_one_line(cli: Cli, tmp_path: Path, capsys):
    cli.init()
    backup = tmp_path / "b.pslbackup"
    cli.ok("backup", str(backup))
    data = bytearray(backup.read_bytes())
    data[-100] ^= 1
    backup.write_bytes(bytes(data))
    elsewhere = Cli(tmp_path / "new-laptop", capsys)
    result = elsewhere("restore", str(backup))
    assert result.code == 3
    assert "not a usable backup" in result.err and "Traceback" not in result.err
    assert not (tmp_path / "new-laptop").exists()


def test_restore_with_the_recovery_code(
    cli: Cli, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    out = cli.init()
    code = out.splitlines()[-1].strip()
    backup = tmp_path / "b.pslbackup"
    cli.ok("backup", str(backup))
    monkeypatch.setenv("PSLAPP_RECOVERY_CODE", code)
    elsewhere = Cli(tmp_path / "new-laptop", capsys)
    elsewhere.ok("restore", "--recovery-code", str(backup))
    assert (tmp_path / "new-laptop" / "vault.db").exists()
