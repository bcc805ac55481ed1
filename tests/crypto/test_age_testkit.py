"""The C2SP CCTV age test vectors, run against our decrypter.

The vectors live in the shared test kit next to the repository and are never copied in.
Each one must end in exactly the outcome class it names, and the plaintext we release
(even before a payload failure) must hash to the vector's `payload`.
"""

from __future__ import annotations

import hashlib
import io
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pslapp.crypto.age import (
    AgeError,
    HeaderError,
    HmacError,
    Identity,
    NoMatch,
    PayloadError,
    decrypt,
    parse_identity,
)

_DEFAULT_TESTKIT = Path(__file__).resolve().parents[3] / "shared/testkit/age/testdata"
TESTKIT = Path(os.environ.get("PSLAPP_AGE_TESTKIT", _DEFAULT_TESTKIT))

OUTCOMES: dict[str, type[AgeError] | None] = {
    "success": None,
    "no match": NoMatch,
    "HMAC failure": HmacError,
    "header failure": HeaderError,
    "payload failure": PayloadError,
}


# The README asks that vectors with any other key be ignored (they test something new).
KNOWN_KEYS = {
    "expect",
    "payload",
    "identity",
    "passphrase",
    "armored",
    "compressed",
    "file key",
    "comment",
}


@dataclass
class Vector:
    expect: str
    age_file: bytes
    payload_sha256: str | None = None
    identities: list[str] = field(default_factory=list)
    passphrases: list[str] = field(default_factory=list)
    armored: bool = False
    unknown_keys: list[str] = field(default_factory=list)


def load_vector(path: Path) -> Vector:
    raw = path.read_bytes()
    text_header, _, body = raw.partition(b"\n\n")
    fields: dict[str, list[str]] = {}
    for line in text_header.decode().splitlines():
        key, _, value = line.partition(": ")
        fields.setdefault(key, []).append(value)
    unknown = sorted(set(fields) - KNOWN_KEYS)
    compression = fields.get("compressed", [None])[0]
    if compression == "zlib":
        body = zlib.decompress(body)
    elif compression is not None:
        unknown.append(f"compressed: {compression}")
    return Vector(
        expect=fields["expect"][0],
        age_file=body,
        payload_sha256=fields.get("payload", [None])[0],
        identities=fields.get("identity", []),
        passphrases=fields.get("passphrase", []),
        armored=fields.get("armored") == ["yes"],
        unknown_keys=unknown,
    )


def vector_paths() -> list[Path]:
    if not TESTKIT.is_dir():
        return []
    return sorted(p for p in TESTKIT.iterdir() if p.is_file())


def skip_reason(vector: Vector) -> str | None:
    if vector.unknown_keys:
        return f"vector uses keys this runner does not know: {', '.join(vector.unknown_keys)}"
    if vector.armored:
        return "ASCII armor is not implemented: bundles are always binary age files"
    if vector.expect == "success" and vector.passphrases and not vector.identities:
        return "passphrase (scrypt) decryption is not implemented: bundles never use passphrases"
    return None


def test_testkit_folder_is_present() -> None:
    if not TESTKIT.is_dir():
        pytest.skip(f"age test kit not found at {TESTKIT} (set PSLAPP_AGE_TESTKIT)")
    assert len(vector_paths()) > 100


@pytest.mark.parametrize("path", vector_paths(), ids=lambda p: f"testkit-{p.name}")
def test_testkit_vector(path: Path) -> None:
    vector = load_vector(path)
    if reason := skip_reason(vector):
        pytest.skip(reason)
    identities: list[Identity] = [parse_identity(text) for text in vector.identities]
    expected = OUTCOMES[vector.expect]
    released = hashlib.sha256()
    outcome: AgeError | None = None
    try:
        for chunk in decrypt(io.BytesIO(vector.age_file), identities).chunks():
            released.update(chunk)
    except AgeError as error:
        outcome = error

    if expected is None:
        assert outcome is None, f"expected success, got {outcome!r}"
    else:
        assert type(outcome) is expected, f"expected {expected.__name__}, got {outcome!r}"
    if vector.payload_sha256 is not None:
        assert released.hexdigest() == vector.payload_sha256
