"""`pslapp-cli` guarding a real vault: no weak KDF by option, damage named, not hidden."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from pslapp.crypto.kdf import TEST_WEAK_KDF_ENV
from tests.functional.conftest import Cli, run_cli


def test_init_refuses_one_kdf_pass_for_a_real_vault(tmp_path: Path):
    folder = tmp_path / "vault"
    result = run_cli(
        "--vault", str(folder), "init", "--kdf-iterations", "1", env={TEST_WEAK_KDF_ENV: ""}
    )
    assert result.code == 2
    assert "at least 3" in result.err and "Traceback" not in result.err
    assert not folder.exists()


def test_check_finds_no_damage_in_a_sound_vault(cli: Cli):
    cli.init()
    cli.ok("person", "add", "--name", "Someone")
    assert "no damage found" in cli.ok("check")


def test_check_and_status_name_a_garbled_page(cli: Cli):
    cli.init()
    for i in range(3):
        cli.ok("person", "add", "--name", f"Someone {i}")
    db = cli.vault / "vault.db"
    data = bytearray(db.read_bytes())
    assert len(data) > 3 * 4096
    data[2 * 4096 + 100 : 2 * 4096 + 160] = bytes(60)
    db.write_bytes(bytes(data))
    for command in ("check", "status"):
        result = cli(command)
        assert result.code == 3
        assert "vault.db is damaged" in result.err and "Traceback" not in result.err


def test_an_empty_database_is_named_by_status_and_left_empty(cli: Cli):
    cli.init()
    (cli.vault / "vault.db").write_bytes(b"")
    result = cli("status")
    assert result.code == 3 and "empty" in result.err
    assert (cli.vault / "vault.db").stat().st_size == 0


def test_loose_permissions_are_fixed_with_a_note(cli: Cli):
    cli.init()
    os.chmod(cli.vault, 0o777)
    os.chmod(cli.vault / "vault.db", 0o644)
    result = cli("status")
    assert result.code == 0
    assert "made private again" in result.err
    assert stat.S_IMODE(cli.vault.stat().st_mode) == 0o700


def test_rekey_prints_a_new_recovery_code_and_the_vault_still_opens(cli: Cli):
    first = cli.init().splitlines()[-1].strip()
    cli.ok("person", "add", "--name", "Someone")
    out = cli.ok("rekey")
    code = out.splitlines()[-1].strip()
    assert len(code) == 47 and code != first
    assert "Someone" in cli.ok("person", "list")
