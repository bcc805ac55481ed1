"""Streaming keeps memory flat: a large file is never held in memory, either way."""

from __future__ import annotations

import hashlib
import tracemalloc
from pathlib import Path
from typing import BinaryIO, cast

from pslapp.crypto.age import HybridIdentity, decrypt, encrypt_stream

STREAM_SIZE = 64 * 1024 * 1024
# One 64 KiB chunk in and out plus overhead; measured peaks are about 0.3 MiB.
PEAK_LIMIT = 1024 * 1024


class GeneratedSource:
    """A read-only file object whose content is made on demand and hashed as it goes."""

    def __init__(self, size: int) -> None:
        self.remaining = size
        self.counter = 0
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        size = self.remaining if size < 0 else min(size, self.remaining)
        block = hashlib.sha256(self.counter.to_bytes(8, "big")).digest()
        data = (block * (size // len(block) + 1))[:size]
        self.counter += 1
        self.remaining -= size
        self.digest.update(data)
        return data


def test_a_64_mib_bundle_streams_through_a_few_mib(tmp_path: Path) -> None:
    identity = HybridIdentity.generate()
    source = GeneratedSource(STREAM_SIZE)
    sealed_path = tmp_path / "big.age"

    tracemalloc.start()
    try:
        with sealed_path.open("wb") as sealed:
            encrypt_stream(cast(BinaryIO, source), sealed, [identity.recipient()])
        _, encrypt_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()

        released = hashlib.sha256()
        total = 0
        with sealed_path.open("rb") as sealed:
            for chunk in decrypt(sealed, [identity]).chunks():
                released.update(chunk)
                total += len(chunk)
        _, decrypt_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert total == STREAM_SIZE
    assert released.hexdigest() == source.digest.hexdigest()
    assert encrypt_peak < PEAK_LIMIT, f"encrypt peaked at {encrypt_peak} bytes"
    assert decrypt_peak < PEAK_LIMIT, f"decrypt peaked at {decrypt_peak} bytes"
    print(f"peak traced memory: encrypt {encrypt_peak} B, decrypt {decrypt_peak} B")
