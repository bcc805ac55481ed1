"""Encrypting to, and decrypting from, an age v1 file as a stream.

`encrypt` returns a writer and `decrypt` a reader; both hold one 64 KiB chunk at a time, so
file size does not affect memory use. `decrypt` checks the whole header (stanzas, file key,
MAC) before it returns, so header problems surface at once and payload problems on reading.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from io import BytesIO
from types import TracebackType
from typing import BinaryIO

from .errors import HeaderError, HmacError, NoMatch
from .header import encode_header, read_header, verify_header_mac
from .recipients import Identity, Recipient
from .scrypt import is_passphrase_file
from .stream import NONCE_SIZE, StreamDecryptor, StreamEncryptor, payload_key

FILE_KEY_SIZE = 16
_COPY_SIZE = 64 * 1024


class EncryptingWriter:
    """Writes plaintext into an age file; `close` writes the final chunk.

    Used as a context manager, an exception inside the block leaves the file without its
    final chunk, so a half-written file can never be mistaken for a complete one.
    `close` does not close `dst`.
    """

    def __init__(self, dst: BinaryIO, recipients: Sequence[Recipient]) -> None:
        if not recipients:
            raise ValueError("at least one recipient is required")
        file_key = os.urandom(FILE_KEY_SIZE)
        stanzas = [stanza for recipient in recipients for stanza in recipient.wrap(file_key)]
        nonce = os.urandom(NONCE_SIZE)
        dst.write(encode_header(stanzas, file_key))
        dst.write(nonce)
        self._stream = StreamEncryptor(dst, payload_key(file_key, nonce))
        self._closed = False

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._closed:
            raise ValueError("write to a closed age writer")
        return self._stream.write(data)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._stream.finish()

    def __enter__(self) -> EncryptingWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self._closed = True


class DecryptingReader:
    """Reads verified plaintext from an age file; raises PayloadError on damage."""

    def __init__(self, stream: StreamDecryptor) -> None:
        self._stream = stream
        self._pending = b""

    def chunks(self) -> Iterator[bytes]:
        """Verified plaintext chunks of up to 64 KiB, in order."""
        if self._pending:
            pending, self._pending = self._pending, b""
            yield pending
        yield from self._stream

    def __iter__(self) -> Iterator[bytes]:
        return self.chunks()

    def read(self, size: int = -1) -> bytes:
        """Up to `size` bytes (all remaining bytes if negative); b"" at the end."""
        if size < 0:
            return b"".join(self.chunks())
        while len(self._pending) < size:
            chunk = self._stream.next_chunk()
            if chunk is None:
                break
            self._pending += chunk
        result, self._pending = self._pending[:size], self._pending[size:]
        return result

    def close(self) -> None:
        self._pending = b""

    def __enter__(self) -> DecryptingReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def encrypt(dst: BinaryIO, recipients: Sequence[Recipient]) -> EncryptingWriter:
    """Start an age file on `dst` for `recipients`; write plaintext, then close the writer."""
    return EncryptingWriter(dst, recipients)


def decrypt(src: BinaryIO, identities: Sequence[Identity]) -> DecryptingReader:
    """Open the age file on `src` with the first identity that matches."""
    header = read_header(src)
    if is_passphrase_file(header.stanzas):
        raise NoMatch("file is passphrase-encrypted, which bundles never use")
    file_key: bytes | None = None
    for identity in identities:
        file_key = identity.unwrap(header.stanzas)
        if file_key is not None:
            break
    if file_key is None:
        raise NoMatch("file is not encrypted to any of our keys")
    if not verify_header_mac(file_key, header):
        raise HmacError("file header has been altered")
    nonce = src.read(NONCE_SIZE)
    # Keep reading on short reads: the nonce may straddle a pipe's buffer boundary.
    while 0 < len(nonce) < NONCE_SIZE and (more := src.read(NONCE_SIZE - len(nonce))):
        nonce += more
    if len(nonce) != NONCE_SIZE:
        raise HeaderError("file ends before the payload starts")
    return DecryptingReader(StreamDecryptor(src, payload_key(file_key, nonce)))


def encrypt_stream(src: BinaryIO, dst: BinaryIO, recipients: Sequence[Recipient]) -> None:
    """Encrypt all of `src` into `dst`, one chunk at a time."""
    with encrypt(dst, recipients) as writer:
        while block := src.read(_COPY_SIZE):
            writer.write(block)


def decrypt_stream(src: BinaryIO, dst: BinaryIO, identities: Sequence[Identity]) -> None:
    """Decrypt all of `src` into `dst`; on PayloadError, `dst` holds only verified chunks."""
    for chunk in decrypt(src, identities).chunks():
        dst.write(chunk)


def encrypt_bytes(data: bytes, recipients: Sequence[Recipient]) -> bytes:
    out = BytesIO()
    with encrypt(out, recipients) as writer:
        writer.write(data)
    return out.getvalue()


def decrypt_bytes(data: bytes, identities: Sequence[Identity]) -> bytes:
    return decrypt(BytesIO(data), identities).read()
