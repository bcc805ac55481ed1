"""Argon2id parameters: never below the 64 MiB floor, whatever the machine or the file says."""

from __future__ import annotations

import pytest

from pslapp.crypto.kdf import LANES, MIN_MEMORY_KIB, KdfParams, calibrate, derive_key


def test_calibration_keeps_the_memory_floor_and_several_passes():
    params = calibrate(target_seconds=0.2)
    assert params.memory_kib == MIN_MEMORY_KIB
    assert params.lanes == LANES
    assert params.iterations >= 2


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(memory_kib=MIN_MEMORY_KIB // 2),
        KdfParams(iterations=0),
        KdfParams(iterations=10_000),
        KdfParams(lanes=0),
        KdfParams(memory_kib=1 << 40),
    ],
)
def test_weak_or_absurd_parameters_are_refused(params: KdfParams):
    with pytest.raises(ValueError, match="out of range"):
        derive_key(b"passphrase", bytes(16), params)


def test_the_same_passphrase_and_salt_give_the_same_key():
    params = KdfParams(iterations=1)
    assert derive_key(b"a", bytes(16), params) == derive_key(b"a", bytes(16), params)
    assert derive_key(b"a", bytes(16), params) != derive_key(b"b", bytes(16), params)
