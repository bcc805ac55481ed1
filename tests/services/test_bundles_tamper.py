"""Altered, truncated, forwarded and explosive bundles are refused, and the vault stays
exactly as it was."""

from __future__ import annotations

import io
import json
import tracemalloc
from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.core.errors import BundleRejected
from pslapp.crypto.age import decrypt, encrypt
from pslapp.services import records
from pslapp.services.bundles import import_bundle
from pslapp.services.vault import Vault
from tests.services.bundle_kit import (
    befriend,
    dump,
    new_vault,
    seal_blocks,
    seal_raw,
    send,
    zstd_bomb,
)


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


def block_line(*, ids=None, stamps=None, **columns) -> bytes:
    """One person block as a sender would write it, with what a test wants changed."""
    ids = ids or ["00000000-0000-4000-8000-000000000001"]
    body = {"_deleted": [False] * len(ids), **columns}
    doc = ["person", {"1": "1" * 60}, ids, [1] * len(ids), stamps or [{"*": [1, 1, 0]}], body]
    return json.dumps(doc, ensure_ascii=False).encode()


@pytest.mark.parametrize(
    "line",
    [
        b"not json",
        block_line(ids=["not-a-uuid"], display_name=["A"]),
        block_line(password=["x"]),
        block_line(sensitivity=["secret"]),
        block_line(display_name=["  padded  "]),
        block_line(display_name=["A"], stamps=[{"*": [1, 2, 0]}]),  # an author not listed
        block_line(
            ids=["00000000-0000-4000-8000-000000000001"] * 2,
            display_name=["A", "B"],
            stamps=[{"*": [1, 1, 0]}] * 2,
        ),
    ],
    ids=["not JSON", "bad id", "unknown field", "bad enum", "padded", "author", "twice"],
)
def test_malformed_ops_from_a_trusted_peer_are_refused(trio, tmp_path, line):
    alice, bob, _ = trio
    path = tmp_path / "bad.pslb"
    count = len(json.loads(line)[2]) if line.startswith(b"[") else 1
    path.write_bytes(seal_blocks(alice, [bob], [line], op_count=count))
    before = dump(bob)
    with pytest.raises(BundleRejected, match="malformed"):
        import_bundle(bob, path)
    assert dump(bob) == before


def test_a_well_formed_hand_made_block_is_accepted(trio, tmp_path):
    """The block the malformed cases above start from is itself fine: the cases fail for
    what they change, not for something else."""
    alice, bob, _ = trio
    path = tmp_path / "good.pslb"
    line = block_line(display_name=["Асель"], city=["Köln"])
    path.write_bytes(seal_blocks(alice, [bob], [line]))
    assert import_bundle(bob, path).created == 1
    person = records.get(bob, Kind.PERSON, "00000000-0000-4000-8000-000000000001")
    assert person.values["display_name"] == "Асель"
    assert person.values["city"] == "Köln"
    assert [kind for kind, *_ in records.search(bob, "asel")] == [Kind.PERSON]


def test_a_signed_manifest_naming_other_recipients_is_refused(trio, tmp_path):
    alice, bob, carol = trio
    path = tmp_path / "misaddressed.pslb"
    path.write_bytes(
        seal_raw(alice, [bob], b"", raw_length=0, op_count=0, named=[carol.fingerprint])
    )
    with pytest.raises(BundleRejected, match="not among the recipients"):
        import_bundle(bob, path)
