"""Drive `pslapp-cli` as a script would: in-process for speed, as a subprocess where the
real entry point, exit code and stderr matter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pslapp.cli.main import main
from tests.conftest import PASSPHRASE


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class Cli:
    def __init__(self, vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.vault = vault
        self.capsys = capsys

    def __call__(self, *args: str) -> Result:
        self.capsys.readouterr()
        try:
            code = main(["--vault", str(self.vault), *args])
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def ok(self, *args: str) -> str:
        result = self(*args)
        assert result.code == 0, result.err
        return result.out.strip()

    def init(self, name: str = "Hamburg") -> str:
        return self.ok("init", "--name", name, "--kdf-iterations", "1")


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("PSLAPP_PASSPHRASE", PASSPHRASE)
    return Cli(tmp_path / "vault", capsys)


def run_cli(*args: str, env: dict[str, str] | None = None) -> Result:
    """The installed entry point in a child process."""
    full_env = {**os.environ, "PSLAPP_PASSPHRASE": PASSPHRASE, **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "pslapp.cli.main", *args],
        capture_output=True,
        text=True,
        env=full_env,
        check=False,
        timeout=120,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)
