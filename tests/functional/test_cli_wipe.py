"""`pslapp-cli wipe` in an emergency: whatever state the vault is in, it finishes."""

from __future__ import annotations

from pathlib import Path

from tests.functional.conftest import Cli


def test_wipe_finishes_with_a_garbled_keyslots_file(cli: Cli):
    cli.init()
    cli.ok("person", "add", "--name", "Someone to protect")
    (cli.vault / "keyslots.json").write_bytes(b"{garbled")
    cli.ok("wipe", "--yes")
    assert not cli.vault.exists()


def test_wipe_finishes_a_vault_whose_keyslots_are_already_gone(cli: Cli):
    cli.init()
    (cli.vault / "keyslots.json").unlink()
    (cli.vault / "exports").mkdir()
    (cli.vault / "exports" / "list.csv").write_text("Someone to protect\n")
    cli.ok("wipe", "--yes")
    assert not cli.vault.exists()


def test_an_interrupted_wipe_is_named_by_status_and_finished_by_wipe(cli: Cli):
    cli.init()
    (cli.vault / ".wipe-in-progress").touch()
    status = cli("status")
    assert status.code == 3
    assert "interrupted" in status.err and "wipe" in status.err
    cli.ok("wipe", "--yes")
    assert not cli.vault.exists()


def test_wipe_refuses_a_folder_that_holds_no_vault(cli: Cli, tmp_path: Path):
    cli.vault.mkdir()
    (cli.vault / "thesis.odt").write_text("years of work")
    result = cli("wipe", "--yes")
    assert result.code == 3
    assert "no vault" in result.err
    assert (cli.vault / "thesis.odt").read_text() == "years of work"
