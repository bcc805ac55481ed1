"""Start-up hardening of the desktop app, and what an unexpected error leaves on stderr."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pslapp.app import quiet_excepthook


def test_an_unexpected_error_names_the_place_not_the_content(capsys: pytest.CaptureFixture[str]):
    try:
        raise ValueError("Тарас Шевченко <taras@example.org> is not welcome")
    except ValueError as exc:
        quiet_excepthook(type(exc), exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert "ValueError" in err
    assert "test_app_startup.py" in err
    assert "Шевченко" not in err
    assert "example.org" not in err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and RLIMIT_CORE")
def test_the_app_process_cannot_dump_core_and_writes_private_files():
    code = (
        "import os, resource, ctypes\n"
        "from pslapp.app import harden_process\n"
        "harden_process()\n"
        "libc = ctypes.CDLL(None)\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE)[0], libc.prctl(3, 0, 0, 0, 0),"
        " oct(os.umask(0)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ
    ).stdout.split()
    assert out == ["0", "0", "0o77"]
