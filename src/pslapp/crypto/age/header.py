"""The age v1 text header: parse it strictly, write it canonically, and MAC it.

Parsing is deliberately unforgiving (one space between arguments, canonical base64, LF line
ends, 64-column body lines) so that the bytes we MAC are the only encoding of what we parsed.
Reading is bounded: a hostile file cannot make us buffer more than `MAX_HEADER_SIZE` bytes.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from . import b64
from .errors import HeaderError
from .kdf import hkdf_sha256

VERSION_LINE = b"age-encryption.org/v1"
_VERSION_PREFIX = b"age-encryption.org/"
_STANZA_PREFIX = b"->"
_MAC_PREFIX = b"---"
_BODY_COLUMNS = 64
_MAC_SIZE = 32

# Real headers are a few KiB (a hybrid stanza is ~1.6 KiB); 1 MiB leaves room for hundreds of
# recipients while keeping a hostile file from exhausting memory.
MAX_HEADER_SIZE = 1024 * 1024


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza: a type, further arguments, and a binary body."""

    type: str
    args: tuple[str, ...]
    body: bytes


@dataclass(frozen=True)
class Header:
    """A parsed header; `mac_input` is the exact byte range the MAC covers."""

    stanzas: tuple[Stanza, ...]
    mac: bytes
    mac_input: bytes


_VCHARS = re.compile(rb"[\x21-\x7e]+")


def _is_valid_argument(arg: bytes) -> bool:
    # Arguments are 1*VCHAR: printable ASCII, no spaces (a hybrid stanza's is ~1,500 bytes).
    return _VCHARS.fullmatch(arg) is not None


class _LineReader:
    """Reads LF-terminated lines without reading past the header or over the size cap."""

    def __init__(self, src: BinaryIO, limit: int) -> None:
        self._src = src
        self._remaining = limit
        self.consumed: list[bytes] = []

    def next_line(self) -> bytes:
        line = self._src.readline(self._remaining + 1)
        if len(line) > self._remaining:
            raise HeaderError(f"header is larger than {MAX_HEADER_SIZE // 1024} KiB")
        self._remaining -= len(line)
        self.consumed.append(line)
        if not line.endswith(b"\n"):
            raise HeaderError("file ends inside the header")
        return line[:-1]


def _read_stanza(first_line: bytes, lines: _LineReader) -> Stanza:
    prefix, *args = first_line.split(b" ")
    if prefix != _STANZA_PREFIX:
        raise HeaderError("header line is not a stanza or MAC line")
    if not args or not all(_is_valid_argument(arg) for arg in args):
        raise HeaderError("stanza has missing or invalid arguments")
    body = bytearray()
    while True:
        line = lines.next_line()
        if len(line) > _BODY_COLUMNS:
            raise HeaderError("stanza body line is longer than 64 columns")
        chunk = b64.decode(line)
        if chunk is None:
            raise HeaderError("stanza body is not canonical base64")
        body += chunk
        # A full 64-column line means more follows; a shorter one (maybe empty) ends the body.
        if len(line) < _BODY_COLUMNS:
            break
    type_, *rest = (arg.decode("ascii") for arg in args)
    return Stanza(type=type_, args=tuple(rest), body=bytes(body))


def read_header(src: BinaryIO) -> Header:
    """Read the header from `src`, leaving `src` positioned at the payload nonce."""
    lines = _LineReader(src, MAX_HEADER_SIZE)
    try:
        version = lines.next_line()
    except HeaderError:
        if lines.consumed and lines.consumed[0].startswith(_VERSION_PREFIX):
            raise
        raise HeaderError("not an age file") from None
    if version != VERSION_LINE:
        if version.startswith(_VERSION_PREFIX):
            raise HeaderError("unsupported age version")
        raise HeaderError("not an age file")

    stanzas: list[Stanza] = []
    while True:
        line = lines.next_line()
        if line.startswith(_MAC_PREFIX):
            break
        stanzas.append(_read_stanza(line, lines))
    if not stanzas:
        raise HeaderError("header has no recipient stanzas")

    prefix, *args = line.split(b" ")
    mac = b64.decode(args[0]) if prefix == _MAC_PREFIX and len(args) == 1 else None
    if mac is None or len(mac) != _MAC_SIZE:
        raise HeaderError("header MAC line is malformed")
    mac_input = b"".join(lines.consumed[:-1]) + _MAC_PREFIX
    return Header(stanzas=tuple(stanzas), mac=mac, mac_input=mac_input)


def encode_stanza(stanza: Stanza) -> bytes:
    """Encode a stanza with its body wrapped at 64 columns and a final short line."""
    args = (stanza.type, *stanza.args)
    if not all(_is_valid_argument(arg.encode("ascii")) for arg in args):
        raise ValueError("stanza arguments must be non-empty printable ASCII without spaces")
    encoded = b64.encode(stanza.body)
    # Slicing one past the end yields the final line, empty when the body fills whole lines.
    body_lines = [encoded[i : i + _BODY_COLUMNS] for i in range(0, len(encoded) + 1, _BODY_COLUMNS)]
    return b" ".join([_STANZA_PREFIX, *(arg.encode("ascii") for arg in args)]) + (
        b"\n" + b"\n".join(body_lines) + b"\n"
    )


def header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    """HMAC-SHA-256 over the header up to and including `---`."""
    key = hkdf_sha256(file_key, b"", b"header")
    return hmac.new(key, mac_input, hashlib.sha256).digest()


def verify_header_mac(file_key: bytes, header: Header) -> bool:
    return hmac.compare_digest(header_mac(file_key, header.mac_input), header.mac)


def encode_header(stanzas: Sequence[Stanza], file_key: bytes) -> bytes:
    """The full header, MAC line included."""
    if not stanzas:
        raise ValueError("a header needs at least one recipient stanza")
    mac_input = VERSION_LINE + b"\n" + b"".join(map(encode_stanza, stanzas)) + _MAC_PREFIX
    return mac_input + b" " + b64.encode(header_mac(file_key, mac_input)) + b"\n"
