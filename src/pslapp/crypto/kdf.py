"""Argon2id, the passphrase-to-key function, with parameters calibrated on this machine."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

MIN_MEMORY_KIB = 64 * 1024
LANES = 4
KEY_BYTES = 32
SALT_BYTES = 16
TARGET_SECONDS = 0.7  # the middle of 0.5-1 s, so that a slower or faster moment stays inside
MAX_ITERATIONS = 32
MAX_MEMORY_KIB = 1024 * 1024
# A slot may cost at most as much as 32 passes at 64 MiB (about 6 s on a slow laptop): a
# tampered keyslots file cannot stall an unlock for longer than that.
MAX_COST_KIB_PASSES = MAX_ITERATIONS * MIN_MEMORY_KIB
# The floor for a new slot of a real vault: RFC 9106's second recommended setting
# (64 MiB, 3 passes, 4 lanes). Reading an older slot below it is fine (lowering the numbers
# in the file cannot weaken a key sealed under the old ones).
FLOOR_ITERATIONS = 3
# Only the test suite sets this (tests/conftest.py): real vaults cannot be made weaker by a
# command-line option or a setting. The demo and the benchmarks pass `weak_ok` in code.
TEST_WEAK_KDF_ENV = "PSLAPP_TEST_SUITE_WEAK_KDF"


class KdfTooWeak(ValueError):
    """Parameters below the floor for a new slot of a real vault."""


def floor_iterations() -> int:
    return 1 if os.environ.get(TEST_WEAK_KDF_ENV) == "1" else FLOOR_ITERATIONS


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
        if self.memory_kib * self.iterations > MAX_COST_KIB_PASSES:
            raise ValueError(
                f"Argon2id cost {self.memory_kib} KiB x {self.iterations} passes is out of range"
            )

    def check_floor(self, *, weak_ok: bool = False) -> None:
        """For a new slot: refuse fewer passes than the floor (a throwaway vault may)."""
        self.check()
        if not weak_ok and self.iterations < floor_iterations():
            raise KdfTooWeak(
                f"Argon2id with {self.iterations} passes is below the floor of "
                f"{FLOOR_ITERATIONS} passes at 64 MiB"
            )


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
    low = FLOOR_ITERATIONS
    iterations = max(low, min(MAX_ITERATIONS, round((target_seconds - fixed) / per_pass)))
    taken = _seconds(iterations)
    if not 0.5 * target_seconds <= taken <= 1.5 * target_seconds:
        iterations = max(low, min(MAX_ITERATIONS, round(iterations * target_seconds / taken)))
    return KdfParams(MIN_MEMORY_KIB, iterations, LANES)
