"""The signed inner bundle: strict manifest, bounded reads, and decompression that stops
at the declared size however much a payload claims to expand."""

from __future__ import annotations

import io
import json
import struct
import tracemalloc
import zlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pslapp.core.errors import BundleRejected, RejectionCode
from pslapp.services.bundles import container as bf
from tests.services.bundle_kit import zstd_bomb

FP = "1" * 60


def manifest(**changes: object) -> bf.Manifest:
    fields: dict[str, object] = {
        "bundle_id": "ab" * 16,
        "sender": bf.Sender("Alice", "cd" * 32, "age1pq1xyz", "2" * 60),
        "recipients": [FP],
        "sequence": 1,
        "recipient_sequences": {FP: 1},
        "created_hlc": 123 << 16,
        "scope": {"kinds": ["person"]},
        "encoding": "zstd",
        "compressed_length": 10,
        "raw_length": 100,
        "payload_sha256": "ef" * 32,
        "op_count": 1,
    }
    fields.update(changes)
    return bf.Manifest(**fields)  # type: ignore[arg-type]


def test_manifest_round_trips_and_is_canonical():
    data = manifest().to_bytes()
    assert bf.parse_manifest(data) == manifest()
    assert b" " not in data.replace(b"Alice", b"")
    assert list(json.loads(data)) == sorted(json.loads(data))


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: {**d, "extra": 1},
        lambda d: {k: v for k, v in d.items() if k != "op_count"},
        lambda d: {**d, "sequence": 0},
        lambda d: {**d, "sequence": "1"},
        lambda d: {**d, "recipients": [FP, FP]},
        lambda d: {**d, "recipients": ["123"]},
        lambda d: {**d, "encoding": "brotli"},
        lambda d: {**d, "bundle_id": "xyz"},
        lambda d: {**d, "format": 1},
        lambda d: {**d, "format": 2},
    ],
)
def test_a_malformed_manifest_is_refused(mutate):
    doc = mutate(json.loads(manifest().to_bytes()))
    with pytest.raises(BundleRejected, match="malformed"):
        bf.parse_manifest(bf.canonical_json(doc))


def test_a_non_canonical_manifest_is_refused():
    doc = json.loads(manifest().to_bytes())
    with pytest.raises(BundleRejected, match="canonical"):
        bf.parse_manifest(json.dumps(doc, indent=1).encode())


@pytest.mark.parametrize(
    "changes",
    [
        {"raw_length": bf.MAX_RAW_BYTES + 1, "compressed_length": bf.MAX_RAW_BYTES},
        {"raw_length": 10 * 1024**3, "compressed_length": 327_686},  # ratio
        {"op_count": bf.MAX_OPS + 1},
    ],
)
def test_declared_sizes_over_the_limits_are_too_large(changes):
    with pytest.raises(BundleRejected, match="too large"):
        bf.parse_manifest(manifest(**changes).to_bytes())


@pytest.mark.parametrize("encoding", bf.ENCODINGS)
def test_payload_lines_round_trip(encoding):
    writer = bf.PayloadWriter(encoding)
    lines = [json.dumps({"n": i, "name": "Шевченко"}).encode() for i in range(5000)]
    for line in lines:
        writer.add(line)
    payload = writer.finish()
    assert writer.op_count == 5000
    assert len(payload) < writer.raw_length / 5
    assert list(bf.iter_lines(payload, encoding, writer.raw_length)) == lines


@pytest.mark.parametrize("encoding", bf.ENCODINGS)
def test_a_payload_shorter_than_declared_is_malformed(encoding):
    writer = bf.PayloadWriter(encoding)
    writer.add(b"[1]")
    payload = writer.finish()
    with pytest.raises(BundleRejected, match="malformed"):
        list(bf.iter_lines(payload, encoding, writer.raw_length + 10))


def test_a_10_gb_zstd_bomb_is_refused_in_bounded_memory():
    bomb = zstd_bomb(10 * 1024**3)
    assert len(bomb) < 400_000
    tracemalloc.start()
    try:
        with pytest.raises(BundleRejected, match="too large"):
            list(bf.iter_lines(bomb, "zstd", 1024 * 1024))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


def test_one_huge_line_is_refused_before_it_is_held():
    bomb = zstd_bomb(64 * 1024 * 1024)
    tracemalloc.start()
    try:
        with pytest.raises(BundleRejected, match="too large"):
            list(bf.iter_lines(bomb, "zstd", 64 * 1024 * 1024))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 3 * bf.MAX_LINE_BYTES


def test_a_zlib_bomb_is_refused_in_bounded_memory():
    bomb = zlib.compress(bytes(100 * 1024 * 1024), 9)
    tracemalloc.start()
    try:
        with pytest.raises(BundleRejected, match="too large"):
            list(bf.iter_lines(bomb, "zlib", 1024 * 1024))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
PUBLIC = KEY.public_key().public_bytes_raw()


def signed_manifest() -> bf.Manifest:
    return manifest(sender=bf.Sender("Alice", PUBLIC.hex(), "age1pq1xyz", "2" * 60))


def inner(payload: bytes = b"0123456789") -> bytes:
    out = io.BytesIO()
    data = signed_manifest().to_bytes()
    signature = KEY.sign(bf.signed_message(data))
    bf.write_inner(
        out, signing_key=PUBLIC, manifest_bytes=data, signature=signature, payload=payload
    )
    return out.getvalue()


def anyone(_key: bytes) -> None:
    """A reader that trusts every sender key (the container alone is tested here)."""


def read(data: bytes) -> bf.InnerBundle:
    return bf.read_inner([data], anyone)


def test_the_container_parses_back():
    parsed = read(inner())
    assert parsed.manifest == signed_manifest()
    assert parsed.payload == b"0123456789"
    assert parsed.signing_key == PUBLIC


def test_a_strangers_key_is_refused_before_the_manifest_is_read():
    seen = []

    def stranger(key: bytes) -> None:
        seen.append(key)
        raise BundleRejected("unknown sender", RejectionCode.UNKNOWN_SENDER)

    head = inner()[: len(bf.MAGIC) + bf.SIGNING_KEY_SIZE]  # nothing after the key
    with pytest.raises(BundleRejected, match="unknown sender"):
        bf.read_inner([head], stranger)
    assert seen == [PUBLIC]


def test_the_manifest_is_parsed_only_after_its_signature_checks():
    data = bytearray(inner())
    at = len(bf.MAGIC) + bf.SIGNING_KEY_SIZE + 4
    data[at : at + 1] = b"["  # the manifest no longer parses, and no longer fits its signature
    with pytest.raises(BundleRejected, match="damaged"):
        read(bytes(data))


@pytest.mark.parametrize("cut", [1, 4, 9, 50, -75, -64, -1])
def test_a_truncated_container_is_damaged(cut):
    with pytest.raises(BundleRejected, match="damaged"):
        read(inner()[:cut])


def test_trailing_data_and_wrong_magic_are_malformed():
    with pytest.raises(BundleRejected, match="malformed"):
        read(inner() + b"x")
    with pytest.raises(BundleRejected, match="malformed"):
        read(b"PSLX\x03" + inner()[5:])


def test_a_bundle_in_another_format_says_so():
    for older in (1, 2):
        with pytest.raises(
            BundleRejected, match=f"bundle format {older}, and this pslapp reads format 3"
        ):
            read(b"PSLB" + bytes([older]) + inner()[5:])


def test_sizes_are_checked_before_anything_is_read():
    huge_manifest = bf.MAGIC + PUBLIC + struct.pack(">I", bf.MAX_MANIFEST_BYTES + 1)
    with pytest.raises(BundleRejected, match="too large"):
        read(huge_manifest)
    data = inner()
    head = data[: len(bf.MAGIC) + bf.SIGNING_KEY_SIZE + 4 + len(signed_manifest().to_bytes()) + 64]
    with pytest.raises(BundleRejected, match="too large"):
        read(head + struct.pack(">Q", bf.MAX_PAYLOAD_BYTES + 1))


def test_the_signature_covers_a_hash_of_the_manifest_with_a_context():
    message = bf.signed_message(b"{}")
    assert message.startswith(b"pslapp bundle v1\x00")
    assert len(message) == len(b"pslapp bundle v1\x00") + 64
