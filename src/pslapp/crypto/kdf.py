"""Argon2id, the passphrase-to-key function, with parameters calibrated on this machine."""

from __future__ import annotations

import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

MIN_MEMORY_KIB = 64 * 1024
LANES = 4
KEY_BYTES = 32
SALT_BYTES = 16
TARGET_SECONDS = 0.7  # the middle of 0.5-1 s, so that a slower or faster moment stays inside
MAX_ITERATIONS = 64
MAX_MEMORY_KIB = 4 * 1024 * 1024


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = 3
    lanes: int = LANES

    def check(self) -> None:
        """Refuse parameters too weak to protect a seized laptop, or absurdly large ones
        that a damaged or hostile keyslots file could use to hang the app."""
        if not MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB:
            raise ValueError(f"Argon2id memory {self.memory_kib} KiB is out of range")
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            raise ValueError(f"Argon2id iterations {self.iterations} is out of range")
        if not 1 <= self.lanes <= 16:
            raise ValueError(f"Argon2id lanes {self.lanes} is out of range")


def derive_key(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    params.check()
    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)


def _seconds(iterations: int) -> float:
    started = time.perf_counter()
    derive_key(b"calibration", b"\0" * SALT_BYTES, KdfParams(MIN_MEMORY_KIB, iterations, LANES))
    return time.perf_counter() - started


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Pick the iteration count that takes about `target_seconds` here, at 64 MiB.

    One pass costs less than one call: a call also allocates and first touches 64 MiB. So
    a pass is measured as the difference between three passes and one (after a warm-up),
    and the choice is checked once more by timing it."""
    _seconds(1)  # warm-up: the first allocation of 64 MiB is the slowest
    one = _seconds(1)
    per_pass = max((_seconds(3) - one) / 2, one / 4)
    fixed = max(one - per_pass, 0.0)
    iterations = max(2, min(MAX_ITERATIONS, round((target_seconds - fixed) / per_pass)))
    taken = _seconds(iterations)
    if not 0.5 * target_seconds <= taken <= 1.5 * target_seconds:
        iterations = max(2, min(MAX_ITERATIONS, round(iterations * target_seconds / taken)))
    return KdfParams(MIN_MEMORY_KIB, iterations, LANES)
