"""The age payload: STREAM with ChaCha20-Poly1305 over 64 KiB chunks.

Both directions hold at most one chunk in memory. On reading, a chunk's plaintext is handed
out only after its tag verifies. A short chunk must be the final one; a full-size chunk is
tried as non-final, then as final, and after a final chunk the file must end.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from .errors import PayloadError
from .kdf import hkdf_sha256

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
NONCE_SIZE = 16
_COUNTER_SIZE = 11
_MAX_CHUNKS = 1 << (8 * _COUNTER_SIZE)


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    return hkdf_sha256(file_key, nonce, b"payload")


def _chunk_nonce(counter: int, last: bool) -> bytes:
    if counter >= _MAX_CHUNKS:
        raise PayloadError("payload is too long")
    return counter.to_bytes(_COUNTER_SIZE, "big") + (b"\x01" if last else b"\x00")


def _read_up_to(src: BinaryIO, size: int) -> bytes:
    """Read `size` bytes, fewer only at end of file (streams may return short reads)."""
    parts: list[bytes] = []
    missing = size
    while missing > 0:
        part = src.read(missing)
        if not part:
            break
        parts.append(part)
        missing -= len(part)
    return b"".join(parts)


class StreamEncryptor:
    """Buffers plaintext into chunks; the last chunk is only known when `finish` is called."""

    def __init__(self, dst: BinaryIO, key: bytes) -> None:
        self._dst = dst
        self._aead = ChaCha20Poly1305(key)
        self._buffer = bytearray()
        self._counter = 0

    def _emit(self, last: bool) -> None:
        nonce = _chunk_nonce(self._counter, last)
        self._dst.write(self._aead.encrypt(nonce, bytes(self._buffer), None))
        self._buffer.clear()
        self._counter += 1

    def write(self, data: bytes | bytearray | memoryview) -> int:
        view = memoryview(data).cast("B")
        while view:
            # A full buffer is flushed as non-final only once we know more data follows.
            if len(self._buffer) == CHUNK_SIZE:
                self._emit(last=False)
            take = min(CHUNK_SIZE - len(self._buffer), len(view))
            self._buffer += view[:take]
            view = view[take:]
        return len(data)

    def finish(self) -> None:
        """Write the final chunk (empty only if nothing at all was written)."""
        self._emit(last=True)


class StreamDecryptor:
    """Yields verified plaintext chunks; raises PayloadError on any tampering or truncation."""

    def __init__(self, src: BinaryIO, key: bytes) -> None:
        self._src = src
        self._aead = ChaCha20Poly1305(key)
        self._counter = 0
        self._seen_last = False
        self._done = False

    def _open(self, data: bytes, last: bool) -> bytes | None:
        try:
            return self._aead.decrypt(_chunk_nonce(self._counter, last), data, None)
        except InvalidTag:
            return None

    def next_chunk(self) -> bytes | None:
        """The next verified chunk, or None once the final chunk and end of file are seen."""
        if self._done:
            return None
        if self._seen_last:
            # Only a full-size final chunk can be followed by more bytes: those are forged.
            if self._src.read(1):
                raise PayloadError("payload has trailing data after its final chunk")
            self._done = True
            return None
        data = _read_up_to(self._src, ENCRYPTED_CHUNK_SIZE)
        if len(data) < TAG_SIZE:
            raise PayloadError("payload is truncated" if self._counter else "payload is missing")
        plaintext: bytes | None
        if len(data) == ENCRYPTED_CHUNK_SIZE:
            # A full chunk may be the final one; its tag tells which. This is the reference
            # implementation's rule, so we release exactly the plaintext it would.
            plaintext = self._open(data, last=False)
            last = plaintext is None
            if plaintext is None:
                plaintext = self._open(data, last=True)
        else:
            last = True
            if len(data) == TAG_SIZE and self._counter > 0:
                raise PayloadError("payload ends with an empty chunk")
            plaintext = self._open(data, last=True)
        if plaintext is None:
            raise PayloadError("payload is damaged or truncated")
        self._counter += 1
        self._seen_last = last
        return plaintext

    def __iter__(self) -> Iterator[bytes]:
        while (chunk := self.next_chunk()) is not None:
            if chunk:
                yield chunk
