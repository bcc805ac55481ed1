"""Altered, truncated, forwarded and explosive bundles are refused, and the vault stays
exactly as it was."""

from __future__ import annotations

import io
import tracemalloc
from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.core.errors import BundleRejected
from pslapp.crypto.age import decrypt, encrypt
from pslapp.services import records
from pslapp.services.bundles import import_bundle
from pslapp.services.vault import Vault
from tests.services.bundle_kit import befriend, dump, new_vault, seal_raw, send, zstd_bomb


@pytest.fixture
def trio(tmp_path: Path):
    vaults = tuple(new_vault(tmp_path / n, n.title()) for n in ("alice", "bob", "carol"))
    befriend(*vaults)
    yield vaults
    for v in vaults:
        v.lock()


def small_bundle(alice: Vault, bob: Vault, folder: Path) -> bytes:
    records.create(alice, Kind.PERSON, {"display_name": "Asel", "city": "Köln"})
    return send(alice, [bob], folder / "small.pslb").read_bytes()


def test_every_single_byte_flip_is_refused_and_changes_nothing(trio, tmp_path):
    alice, bob, _ = trio
    data = small_bundle(alice, bob, tmp_path)
    before = dump(bob)
    target = tmp_path / "flipped.pslb"
    reasons = set()
    for position in range(len(data)):
        flipped = bytearray(data)
        flipped[position] ^= 0x01
        target.write_bytes(bytes(flipped))
        with pytest.raises(BundleRejected) as caught:
            import_bundle(bob, target)
        reasons.add(caught.value.reason)
    assert dump(bob) == before
    assert any("damaged" in r for r in reasons)
    target.write_bytes(data)  # the original still imports afterwards
    assert import_bundle(bob, target).created == 1


def test_truncation_anywhere_is_refused_and_changes_nothing(trio, tmp_path):
    alice, bob, _ = trio
    data = small_bundle(alice, bob, tmp_path)
    before = dump(bob)
    target = tmp_path / "cut.pslb"
    cuts = sorted(
        {*range(0, len(data), max(1, len(data) // 150)), *range(len(data) - 80, len(data))}
    )
    for cut in cuts:
        target.write_bytes(data[:cut])
        with pytest.raises(BundleRejected):
            import_bundle(bob, target)
        target.write_bytes(data + data[cut:])  # and with junk appended
        with pytest.raises(BundleRejected):
            import_bundle(bob, target)
    assert dump(bob) == before


def test_a_bundle_forwarded_by_its_recipient_to_a_third_vault_is_refused(trio, tmp_path):
    alice, bob, carol = trio
    data = small_bundle(alice, bob, tmp_path)
    inner = decrypt(io.BytesIO(data), [bob.own_identity().hybrid()]).read()
    forwarded = io.BytesIO()
    with encrypt(forwarded, [carol.own_identity().hybrid().recipient()]) as writer:
        writer.write(inner)
    path = tmp_path / "forwarded.pslb"
    path.write_bytes(forwarded.getvalue())
    before = dump(carol)
    with pytest.raises(BundleRejected, match="not among the recipients"):
        import_bundle(carol, path)
    assert dump(carol) == before


def test_a_10_gb_decompression_bomb_from_a_trusted_peer_is_refused_in_bounded_memory(
    trio, tmp_path
):
    alice, bob, _ = trio
    path = tmp_path / "bomb.pslb"
    path.write_bytes(
        seal_raw(alice, [bob], zstd_bomb(10 * 1024**3), raw_length=1024 * 1024, op_count=1)
    )
    before = dump(bob)
    tracemalloc.start()
    try:
        with pytest.raises(BundleRejected, match="too large"):
            import_bundle(bob, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 32 * 1024 * 1024
    assert dump(bob) == before


def test_a_bomb_that_declares_its_size_is_refused_before_decompression(trio, tmp_path):
    alice, bob, _ = trio
    path = tmp_path / "honest-bomb.pslb"
    path.write_bytes(
        seal_raw(alice, [bob], zstd_bomb(10 * 1024**3), raw_length=10 * 1024**3, op_count=1)
    )
    with pytest.raises(BundleRejected, match="too large"):
        import_bundle(bob, path)


@pytest.mark.parametrize(
    "line",
    [
        b"not json",
        b'["person","not-a-uuid",1,[[1,"' + b"1" * 60 + b'",0]],{"display_name":["A",0]}]',
        b'["person","00000000-0000-4000-8000-000000000001",1,[[1,"'
        + b"1" * 60
        + b'",0]],{"password":["x",0]}]',
        b'["person","00000000-0000-4000-8000-000000000001",1,[[1,"'
        + b"1" * 60
        + b'",0]],{"sensitivity":["secret",0]}]',
        b'["person","00000000-0000-4000-8000-000000000001",1,[[1,"'
        + b"1" * 60
        + b'",0]],{"display_name":["  padded  ",0]}]',
    ],
)
def test_malformed_ops_from_a_trusted_peer_are_refused(trio, tmp_path, line):
    import zstandard

    alice, bob, _ = trio
    raw = line + b"\n"
    payload = zstandard.ZstdCompressor().compress(raw)
    path = tmp_path / "bad.pslb"
    path.write_bytes(seal_raw(alice, [bob], payload, raw_length=len(raw), op_count=1))
    before = dump(bob)
    with pytest.raises(BundleRejected, match="malformed"):
        import_bundle(bob, path)
    assert dump(bob) == before


def test_a_signed_manifest_naming_other_recipients_is_refused(trio, tmp_path):
    alice, bob, carol = trio
    path = tmp_path / "misaddressed.pslb"
    path.write_bytes(
        seal_raw(alice, [bob], b"", raw_length=0, op_count=0, named=[carol.fingerprint])
    )
    with pytest.raises(BundleRejected, match="not among the recipients"):
        import_bundle(bob, path)
