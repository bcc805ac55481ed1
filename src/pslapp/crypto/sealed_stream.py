"""A file sealed in 1 MiB chunks with ChaCha20-Poly1305 (the STREAM construction, as in
age): each chunk's nonce is its number and a last-chunk flag, every chunk is bound to the
same header, so a chunk cannot be changed, moved, dropped or the file cut short without the
opening failing. Memory stays at one chunk whatever the size."""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

CHUNK = 1 << 20
TAG = 16

Progress = Callable[[int, int], None]


class StreamDamaged(ValueError):
    """A chunk does not open: the file is damaged, altered, cut short, or the key is wrong."""


def stream_key(secret: bytes, salt: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=purpose).derive(secret)


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def chunk_count(size: int) -> int:
    return max(1, -(-size // CHUNK))


def seal(
    key: bytes,
    header: bytes,
    source: BinaryIO,
    size: int,
    out: BinaryIO,
    *,
    progress: Progress | None = None,
) -> None:
    """Seal exactly `size` bytes of `source` into `out`, bound to `header`."""
    aead = ChaCha20Poly1305(key)
    count = chunk_count(size)
    for index in range(count):
        plain = source.read(min(CHUNK, size - index * CHUNK))
        if len(plain) != min(CHUNK, size - index * CHUNK):
            raise OSError("the file changed while it was read")
        out.write(aead.encrypt(_nonce(index, index == count - 1), plain, header))
        if progress is not None:
            progress(index + 1, count)


def open_sealed(
    key: bytes,
    header: bytes,
    source: BinaryIO,
    size: int,
    out: BinaryIO,
    *,
    progress: Progress | None = None,
) -> None:
    """Open what `seal` wrote, checking every chunk, into `out`; StreamDamaged if any
    chunk fails, if the file is short, or if anything follows the last chunk."""
    aead = ChaCha20Poly1305(key)
    count = chunk_count(size)
    for index in range(count):
        expected = min(CHUNK, size - index * CHUNK)
        sealed = source.read(expected + TAG)
        if len(sealed) != expected + TAG:
            raise StreamDamaged("the file is cut short")
        try:
            out.write(aead.decrypt(_nonce(index, index == count - 1), sealed, header))
        except InvalidTag:
            raise StreamDamaged(f"chunk {index + 1} of {count} does not open") from None
        if progress is not None:
            progress(index + 1, count)
    if source.read(1):
        raise StreamDamaged("something follows the last chunk")
