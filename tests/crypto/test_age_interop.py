"""Files we write open in independent age implementations, and theirs open in ours.

pyrage (Python bindings to the Rust `rage`) is a test dependency. The Go/Debian `age` tool
is used when it is on PATH; it is never installed by the tests.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pslapp.crypto.age import (
    HybridIdentity,
    X25519Identity,
    X25519Recipient,
    decrypt_bytes,
    encrypt_bytes,
    parse_identity,
)

pyrage = pytest.importorskip("pyrage", reason="pyrage (test extra) is not installed")

SIZES = [0, 1, 64 * 1024, 64 * 1024 + 1, 200_000]
AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")


def age_version() -> tuple[int, ...]:
    if AGE is None:
        return ()
    output = subprocess.run([AGE, "--version"], capture_output=True, text=True, check=False)
    match = re.search(r"(\d+)\.(\d+)\.(\d+)", output.stdout + output.stderr)
    return tuple(int(part) for part in match.groups()) if match else ()


needs_age = pytest.mark.skipif(AGE is None, reason="the `age` tool is not on PATH")
# Hybrid (mlkem768x25519) recipients arrived in age v1.3.0.
needs_pq_age = pytest.mark.skipif(
    AGE is None or AGE_KEYGEN is None or age_version() < (1, 3, 0),
    reason="the `age` tool on PATH is missing or older than v1.3.0 (no mlkem768x25519)",
)


@pytest.mark.parametrize("size", SIZES, ids=lambda n: f"{n}B")
def test_pyrage_opens_files_we_write(size: int) -> None:
    identity = X25519Identity.generate()
    plaintext = os.urandom(size)
    sealed = encrypt_bytes(plaintext, [identity.recipient()])
    theirs = pyrage.x25519.Identity.from_str(identity.to_string())
    assert pyrage.decrypt(sealed, [theirs]) == plaintext


@pytest.mark.parametrize("size", SIZES, ids=lambda n: f"{n}B")
def test_we_open_files_pyrage_writes(size: int) -> None:
    theirs = pyrage.x25519.Identity.generate()
    plaintext = os.urandom(size)
    sealed = pyrage.encrypt(plaintext, [theirs.to_public()])
    identity = parse_identity(str(theirs))
    assert decrypt_bytes(sealed, [identity]) == plaintext


def test_keys_agree_with_pyrage() -> None:
    theirs = pyrage.x25519.Identity.generate()
    ours = X25519Identity.from_string(str(theirs))
    assert ours.recipient() == X25519Recipient.from_string(str(theirs.to_public()))


def test_pyrage_hybrid_interop() -> None:
    pytest.skip(
        "pyrage 1.4 has no mlkem768x25519 (age1pq) support, only the tag/tagpq hardware "
        "recipients; hybrid interop is covered by the testkit vectors and the `age` tool"
    )


def _age_round_trip_through_tool(tmp_path: Path, identity_text: str, recipient_text: str) -> None:
    assert AGE is not None
    plaintext = os.urandom(150_000)
    identity = parse_identity(identity_text)
    key_file = tmp_path / "key.txt"
    key_file.write_text(identity_text + "\n")
    key_file.chmod(0o600)

    ours = tmp_path / "ours.age"
    ours.write_bytes(encrypt_bytes(plaintext, [identity.recipient()]))
    opened = subprocess.run(
        [AGE, "-d", "-i", str(key_file), str(ours)], capture_output=True, check=True
    )
    assert opened.stdout == plaintext

    theirs = subprocess.run(
        [AGE, "-r", recipient_text], input=plaintext, capture_output=True, check=True
    )
    assert decrypt_bytes(theirs.stdout, [identity]) == plaintext


@needs_age
def test_age_tool_x25519_both_ways(tmp_path: Path) -> None:
    identity = X25519Identity.generate()
    _age_round_trip_through_tool(tmp_path, identity.to_string(), identity.recipient().to_string())


@needs_pq_age
def test_age_tool_hybrid_both_ways(tmp_path: Path) -> None:
    identity = HybridIdentity.generate()
    _age_round_trip_through_tool(tmp_path, identity.to_string(), identity.recipient().to_string())
