"""Hybrid (mlkem768x25519) interop with typage, the TypeScript age (npm `age-encryption`).

pyrage has no hybrid support and Debian's `age` predates it, so typage is our independent
implementation for `age1pq1...` files. It is driven through `tests/interop/age_tool.mjs`;
`make interop-deps` installs the version pinned in `tests/interop/package-lock.json`. Without
`node` or that install, this module is skipped.

To keep Node starts (~0.5 s each) few, typage's work is done in two `batch` calls by a
module-scoped fixture: first it makes its keys and encrypts to ours, then it decrypts what we
encrypted to its keys. The tests only inspect the results. Two more tests drive the plain
stdin/stdout commands.

Mixed recipients: the spec says implementations SHOULD NOT *encrypt* to post-quantum and
classic recipients together. typage 0.3.1 does not enforce that: `Encrypter` takes any mix
and writes both stanzas (Go age 1.3 refuses). Decrypting a mixed file is standard and typage
does it with either identity. The tests pin both behaviours; if a typage upgrade starts
refusing mixed encryption, `test_typage_writes_mixed_files` says so.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from pslapp.crypto.age import (
    HybridIdentity,
    HybridRecipient,
    NoMatch,
    X25519Identity,
    X25519Recipient,
    decrypt_bytes,
    encrypt_bytes,
    parse_identity,
    parse_recipient,
)

INTEROP = Path(__file__).resolve().parents[1] / "interop"
TOOL = INTEROP / "age_tool.mjs"
PACKAGE = INTEROP / "node_modules" / "age-encryption"
NODE = shutil.which("node")

if NODE is None:
    pytest.skip("`node` is not on PATH (typage interop needs Node.js)", allow_module_level=True)
if not (PACKAGE / "package.json").is_file():
    pytest.skip(
        f"typage is not installed in {PACKAGE.relative_to(INTEROP.parents[1])} "
        "(run `make interop-deps`)",
        allow_module_level=True,
    )

SIZES = [0, 1, 64 * 1024, 64 * 1024 + 1, 300_000]
MIXED_SIZE = 64 * 1024 + 1
HYBRID_STANZA = b"\n-> mlkem768x25519 "
X25519_STANZA = b"\n-> X25519 "


def run_tool(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    assert NODE is not None
    return subprocess.run(
        [NODE, str(TOOL), *args], input=stdin, capture_output=True, timeout=120, check=False
    )


def batch(requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    proc = run_tool("batch", stdin=json.dumps(requests).encode())
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    results: list[dict[str, Any]] = json.loads(proc.stdout)
    assert len(results) == len(requests)
    return results


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def unb64(result: dict[str, Any]) -> bytes:
    assert result["ok"], result.get("error")
    return base64.b64decode(result["data"])


def header_of(sealed: bytes) -> bytes:
    return sealed[: sealed.index(b"\n---") + 1]


@dataclass
class Keys:
    identity: str
    recipient: str


@dataclass
class Exchange:
    """Everything typage did, plus the inputs, for the tests to check."""

    payloads: dict[int, bytes]
    ours_hybrid: HybridIdentity
    ours_x25519: X25519Identity
    theirs_hybrid: Keys
    theirs_x25519: Keys
    theirs_derived: dict[str, str]  # typage's recipient for each of our identity strings
    theirs_sealed: dict[int, bytes]  # typage -> our hybrid recipient, by size
    theirs_mixed: dict[str, Any]  # typage -> our hybrid + our X25519 recipients
    ours_sealed: dict[int, bytes] = field(default_factory=dict)
    ours_mixed: bytes = b""
    theirs_opened: dict[int, dict[str, Any]] = field(default_factory=dict)
    theirs_opened_mixed: dict[str, dict[str, Any]] = field(default_factory=dict)
    theirs_wrong_key: dict[str, Any] = field(default_factory=dict)
    theirs_tampered: dict[str, Any] = field(default_factory=dict)


@pytest.fixture(scope="module")
def exchange() -> Exchange:
    payloads = {size: os.urandom(size) for size in SIZES}
    ours_hybrid = HybridIdentity.generate()
    ours_x25519 = X25519Identity.generate()
    our_strings = [ours_hybrid.to_string(), ours_x25519.to_string()]
    mixed_payload = payloads[MIXED_SIZE]

    first = batch(
        [
            {"op": "keygen-hybrid"},
            {"op": "keygen-x25519"},
            {"op": "keygen-hybrid"},
            *({"op": "to-recipient", "identity": text} for text in our_strings),
            *(
                {
                    "op": "encrypt",
                    "recipients": [ours_hybrid.recipient().to_string()],
                    "data": b64(payloads[size]),
                }
                for size in SIZES
            ),
            {
                "op": "encrypt",
                "recipients": [
                    ours_hybrid.recipient().to_string(),
                    ours_x25519.recipient().to_string(),
                ],
                "data": b64(mixed_payload),
            },
        ]
    )
    for result in first[:5]:
        assert result["ok"], result.get("error")
    theirs_hybrid, theirs_x25519, theirs_other = (
        Keys(result["identity"], result["recipient"]) for result in first[:3]
    )
    sealed_results = first[5 : 5 + len(SIZES)]
    ex = Exchange(
        payloads=payloads,
        ours_hybrid=ours_hybrid,
        ours_x25519=ours_x25519,
        theirs_hybrid=theirs_hybrid,
        theirs_x25519=theirs_x25519,
        theirs_derived={
            text: result["recipient"] for text, result in zip(our_strings, first[3:5], strict=True)
        },
        theirs_sealed={size: unb64(r) for size, r in zip(SIZES, sealed_results, strict=True)},
        theirs_mixed=first[5 + len(SIZES)],
    )

    to_theirs = [HybridRecipient.from_string(theirs_hybrid.recipient)]
    ex.ours_sealed = {size: encrypt_bytes(payloads[size], to_theirs) for size in SIZES}
    ex.ours_mixed = encrypt_bytes(
        mixed_payload, [*to_theirs, X25519Recipient.from_string(theirs_x25519.recipient)]
    )
    tampered = bytearray(ex.ours_sealed[MIXED_SIZE])
    tampered[-1] ^= 0x01

    def decrypt(identity: str, sealed: bytes) -> dict[str, Any]:
        return {"op": "decrypt", "identities": [identity], "data": b64(sealed)}

    second = batch(
        [
            *(decrypt(theirs_hybrid.identity, ex.ours_sealed[size]) for size in SIZES),
            decrypt(theirs_hybrid.identity, ex.ours_mixed),
            decrypt(theirs_x25519.identity, ex.ours_mixed),
            decrypt(theirs_other.identity, ex.ours_sealed[1]),
            decrypt(theirs_hybrid.identity, bytes(tampered)),
        ]
    )
    ex.theirs_opened = dict(zip(SIZES, second[: len(SIZES)], strict=True))
    rest = second[len(SIZES) :]
    ex.theirs_opened_mixed = {"hybrid": rest[0], "x25519": rest[1]}
    ex.theirs_wrong_key, ex.theirs_tampered = rest[2], rest[3]
    return ex


def test_installed_typage_is_the_pinned_version() -> None:
    pinned = json.loads((INTEROP / "package.json").read_text())["dependencies"]["age-encryption"]
    installed = json.loads((PACKAGE / "package.json").read_text())["version"]
    assert installed == pinned, "tests/interop/node_modules is stale: run `make interop-deps`"


@pytest.mark.parametrize("size", SIZES, ids=lambda n: f"{n}B")
def test_typage_opens_files_we_write(exchange: Exchange, size: int) -> None:
    sealed = exchange.ours_sealed[size]
    assert HYBRID_STANZA in header_of(sealed)
    assert unb64(exchange.theirs_opened[size]) == exchange.payloads[size]


@pytest.mark.parametrize("size", SIZES, ids=lambda n: f"{n}B")
def test_we_open_files_typage_writes(exchange: Exchange, size: int) -> None:
    sealed = exchange.theirs_sealed[size]
    header = header_of(sealed)
    assert HYBRID_STANZA in header
    assert X25519_STANZA not in header
    assert decrypt_bytes(sealed, [exchange.ours_hybrid]) == exchange.payloads[size]
    with pytest.raises(NoMatch):
        decrypt_bytes(sealed, [exchange.ours_x25519])


def test_typage_opens_our_mixed_file_with_either_identity(exchange: Exchange) -> None:
    header = header_of(exchange.ours_mixed)
    assert HYBRID_STANZA in header
    assert X25519_STANZA in header
    expected = exchange.payloads[MIXED_SIZE]
    assert unb64(exchange.theirs_opened_mixed["x25519"]) == expected
    assert unb64(exchange.theirs_opened_mixed["hybrid"]) == expected


def test_typage_writes_mixed_files(exchange: Exchange) -> None:
    # typage 0.3.1 does not apply the spec's SHOULD NOT (Go age 1.3 does): it encrypts to
    # hybrid + X25519 together. If this starts failing after an upgrade, typage now refuses,
    # which is the spec's preference: assert the refusal here instead.
    result = exchange.theirs_mixed
    assert result["ok"], f"typage refused a mixed PQ/classic file: {result.get('error')}"
    sealed = unb64(result)
    header = header_of(sealed)
    assert HYBRID_STANZA in header
    assert X25519_STANZA in header
    expected = exchange.payloads[MIXED_SIZE]
    assert decrypt_bytes(sealed, [exchange.ours_x25519]) == expected
    assert decrypt_bytes(sealed, [exchange.ours_hybrid]) == expected


def test_typage_rejects_wrong_key_and_tampering(exchange: Exchange) -> None:
    assert not exchange.theirs_wrong_key["ok"]
    assert "no identity matched" in exchange.theirs_wrong_key["error"]
    assert not exchange.theirs_tampered["ok"]


def test_typage_derives_our_recipients_from_our_identities(exchange: Exchange) -> None:
    hybrid, x25519 = exchange.ours_hybrid, exchange.ours_x25519
    assert exchange.theirs_derived[hybrid.to_string()] == hybrid.recipient().to_string()
    assert exchange.theirs_derived[x25519.to_string()] == x25519.recipient().to_string()


def test_we_parse_typage_keys(exchange: Exchange) -> None:
    for keys, identity_type, recipient_type in [
        (exchange.theirs_hybrid, HybridIdentity, HybridRecipient),
        (exchange.theirs_x25519, X25519Identity, X25519Recipient),
    ]:
        identity = parse_identity(keys.identity)
        recipient = parse_recipient(keys.recipient)
        assert isinstance(identity, identity_type)
        assert isinstance(recipient, recipient_type)
        assert identity.recipient() == recipient
        # Same Bech32 text both ways: case, checksum and (no) length limit agree.
        assert identity.to_string() == keys.identity
        assert recipient.to_string() == keys.recipient


def test_tool_cli_round_trip_over_stdin_stdout(exchange: Exchange) -> None:
    payload = exchange.payloads[300_000]
    encrypted = run_tool(
        "encrypt", "--recipient", exchange.ours_hybrid.recipient().to_string(), stdin=payload
    )
    assert encrypted.returncode == 0, encrypted.stderr.decode(errors="replace")
    assert decrypt_bytes(encrypted.stdout, [exchange.ours_hybrid]) == payload

    sealed = exchange.ours_sealed[300_000]
    decrypted = run_tool("decrypt", "--identity", exchange.theirs_hybrid.identity, stdin=sealed)
    assert decrypted.returncode == 0, decrypted.stderr.decode(errors="replace")
    assert decrypted.stdout == payload


def test_tool_cli_fails_cleanly_on_wrong_identity(exchange: Exchange) -> None:
    sealed = exchange.ours_sealed[1]
    result = run_tool("decrypt", "--identity", exchange.theirs_x25519.identity, stdin=sealed)
    assert result.returncode == 1
    assert result.stdout == b""
    assert b"no identity matched" in result.stderr
