"""`pslapp-cli` guarding a real vault: no weak KDF by option, damage named, not hidden."""

from __future__ import annotations

from pathlib import Path

from pslapp.crypto.kdf import TEST_WEAK_KDF_ENV
from tests.functional.conftest import run_cli


def test_init_refuses_one_kdf_pass_for_a_real_vault(tmp_path: Path):
    folder = tmp_path / "vault"
    result = run_cli(
        "--vault", str(folder), "init", "--kdf-iterations", "1", env={TEST_WEAK_KDF_ENV: ""}
    )
    assert result.code == 2
    assert "at least 3" in result.err and "Traceback" not in result.err
    assert not folder.exists()
