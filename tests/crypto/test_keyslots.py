"""The keyslots file, read from the hostile side: exact types, no unknown keys, at most one
slot of each kind and a bounded cost per slot, so that a tampered file is refused as damaged
at once instead of stalling the unlock (five extra 1 GiB x 8 slots took 78 s)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pytest

from pslapp.crypto.kdf import FLOOR_ITERATIONS, TEST_WEAK_KDF_ENV, KdfParams, calibrate
from pslapp.crypto.keyslots import Keyslots, KeyslotsDamaged, SlotKind, new_dek, new_vault_id

FAST = KdfParams(iterations=1)


def well_formed() -> dict[str, Any]:
    slots = Keyslots(new_vault_id())
    dek = new_dek()
    slots.add(SlotKind.PASSPHRASE, b"passphrase", dek, FAST)
    slots.add(SlotKind.RECOVERY, b"AAAAA-BBBBB", dek, FAST)
    doc: dict[str, Any] = json.loads(slots.to_bytes())
    return doc


def kdf_of(doc: dict[str, Any]) -> dict[str, Any]:
    kdf: dict[str, Any] = doc["slots"][0]["kdf"]
    return kdf


def extra_slots(doc: dict[str, Any]) -> None:
    heavy = json.loads(json.dumps(doc["slots"][0]))
    heavy["kdf"].update(memory_kib=1024 * 1024, iterations=8)
    doc["slots"] = [heavy] * 5 + doc["slots"]


TAMPERING: dict[str, Callable[[dict[str, Any]], None]] = {
    "fractional memory": lambda d: kdf_of(d).update(memory_kib=65536.9),
    "iterations true": lambda d: kdf_of(d).update(iterations=True),
    "lanes as text": lambda d: kdf_of(d).update(lanes="4"),
    "unknown top-level key": lambda d: d.update(comment="hi"),
    "unknown slot key": lambda d: d["slots"][0].update(hint="my cat"),
    "unknown kdf key": lambda d: kdf_of(d).update(pepper="x"),
    "missing kdf key": lambda d: kdf_of(d).pop("lanes"),
    "five extra heavy slots": extra_slots,
    "one slot of 1 GiB x 8 passes": lambda d: kdf_of(d).update(memory_kib=1 << 20, iterations=8),
    "two passphrase slots": lambda d: d["slots"].append(d["slots"][0]),
    "unknown slot kind": lambda d: d["slots"][1].update(kind="fingerprint"),
    "version true": lambda d: d.update(version=True),
    "vault id not hex": lambda d: d.update(vault_id="z" * 32),
    "slots not a list": lambda d: d.update(slots={}),
    "no slots": lambda d: d.update(slots=[]),
    "salt not text": lambda d: kdf_of(d).update(salt=12),
}


@pytest.mark.parametrize("tamper", TAMPERING.values(), ids=TAMPERING.keys())
def test_a_tampered_keyslots_file_is_refused_at_once(tamper: Callable[[dict[str, Any]], None]):
    doc = well_formed()
    tamper(doc)
    started = time.perf_counter()
    with pytest.raises(KeyslotsDamaged):
        Keyslots.from_bytes(json.dumps(doc).encode())
    assert time.perf_counter() - started < 0.5, "refused before any key derivation"


def test_a_well_formed_file_reads_back_and_opens():
    doc = well_formed()
    slots = Keyslots.from_bytes(json.dumps(doc).encode())
    assert {s.kind for s in slots.slots} == {SlotKind.PASSPHRASE, SlotKind.RECOVERY}
    assert len(slots.open(SlotKind.PASSPHRASE, b"passphrase")) == 32


def test_a_new_slot_below_the_floor_is_refused_outside_the_test_suite(
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.delenv(TEST_WEAK_KDF_ENV)
    with pytest.raises(ValueError, match="below the floor"):
        KdfParams(iterations=1).check_floor()
    KdfParams(iterations=FLOOR_ITERATIONS).check_floor()
    KdfParams(iterations=1).check_floor(weak_ok=True)  # a throwaway demo vault


def test_calibration_never_goes_below_the_floor():
    assert calibrate(target_seconds=0.01).iterations >= FLOOR_ITERATIONS
