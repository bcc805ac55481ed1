"""The signed inner bundle: what an age-encrypted `.pslb` file holds once decrypted.

    "PSLB" 0x03                        magic and inner format version
32 bytes                           the sender's Ed25519 public key
    u32 big-endian length || manifest  canonical JSON (UTF-8, sorted keys, no spaces)
    u64 big-endian length || payload   compressed blocks of records (zstd or zlib)
    64 bytes                           Ed25519 over "pslapp bundle v1\\0" || SHA-512(manifest)

Everything read from a bundle is bounded before it is trusted: the manifest, the payload,
the raw (decompressed) size, the compression ratio, the number of records and the length of
one line. Decompression runs in fixed-size steps and stops one byte past the declared raw size, so
a decompression bomb costs a few kilobytes of memory, not its claimed size.
Every failure is a `BundleRejected` whose reason is one of the `REASON_*` sentences.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import zstandard
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from pslapp.core.errors import BundleRejected, RejectionCode
from pslapp.crypto.identity import FINGERPRINT_GROUPS

MAGIC = b"PSLB\x03"
SIGNATURE_CONTEXT = b"pslapp bundle v1\x00"
SIGNATURE_SIZE = 64
SIGNING_KEY_SIZE = 32
# 3: every write signed by its author, with its proof (2: columnar blocks, authorship the
# sender's claim; 1: a JSON line per record)
FORMAT_VERSION = 3

MAX_MANIFEST_BYTES = 64 * 1024
MAX_PAYLOAD_BYTES = 256 * 1024 * 1024
MAX_RAW_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200
MAX_OPS = 2_000_000
MAX_LINE_BYTES = 8 * 1024 * 1024  # one block of records
ENCODINGS = ("zstd", "zlib")
_STEP = 64 * 1024
_BATCH = 256 * 1024  # lines handed to the compressor at once when writing

REASON_NOT_FOR_US = "it is not encrypted to this vault (not for this vault)"
REASON_DAMAGED = "the file is damaged or was altered"
REASON_UNKNOWN_SENDER = "it comes from an unknown sender (add their card with 'peer add')"
REASON_UNVERIFIED_SENDER = (
    "it comes from an unverified sender (compare fingerprints, then 'peer verify FINGERPRINT')"
)
REASON_REVOKED_SENDER = "it comes from a revoked sender"
REASON_NOT_ADDRESSED = "this vault is not among the recipients named in the signed manifest"
REASON_TOO_LARGE = "it is too large (over the size, ratio or op-count limits)"
REASON_MALFORMED = "its content is malformed"
REASON_FROM_SELF = "it was made by this vault"
REASON_OTHER_FORMAT = (
    "it is in bundle format {found}, and this pslapp reads format {ours}: "
    "use the same pslapp version on both computers"
)

_HEX32 = re.compile(r"^[0-9a-f]{32}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_FINGERPRINT = re.compile(rf"^[0-9]{{{5 * FINGERPRINT_GROUPS}}}$")
_MAX_INT = (1 << 63) - 1


def malformed(detail: str = "") -> BundleRejected:
    return BundleRejected(
        REASON_MALFORMED + (f" ({detail})" if detail else ""), RejectionCode.MALFORMED
    )


@dataclass(frozen=True)
class Sender:
    name: str
    signing_key: str  # hex, Ed25519 public key
    kem_recipient: str  # age1pq1...
    fingerprint: str  # 60 digits


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    sender: Sender
    recipients: list[str]
    sequence: int
    recipient_sequences: dict[str, int]
    created_hlc: int
    scope: dict[str, Any]
    encoding: str
    compressed_length: int
    raw_length: int
    payload_sha256: str
    op_count: int
    format: int = FORMAT_VERSION
    # What this vault has received from each of the bundle's recipients: per sender, the
    # highest of their `recipient_sequences` numbers for it (the mailbox cleans up by it).
    # None: the key is left out, and the manifest reads as it did before it existed.
    received: dict[str, int] | None = None

    def to_bytes(self) -> bytes:
        doc = {
            "format": self.format,
            "bundle_id": self.bundle_id,
            "sender": {
                "name": self.sender.name,
                "signing_key": self.sender.signing_key,
                "kem_recipient": self.sender.kem_recipient,
                "fingerprint": self.sender.fingerprint,
            },
            "recipients": sorted(self.recipients),
            "sequence": self.sequence,
            "recipient_sequences": self.recipient_sequences,
            "created_hlc": self.created_hlc,
            "scope": self.scope,
            "encoding": self.encoding,
            "compressed_length": self.compressed_length,
            "raw_length": self.raw_length,
            "payload_sha256": self.payload_sha256,
            "op_count": self.op_count,
        }
        if self.received is not None:
            doc["received"] = self.received
        return canonical_json(doc)


def canonical_json(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _int(doc: dict[str, Any], key: str, low: int = 0, high: int = _MAX_INT) -> int:
    value = doc.get(key)
    if type(value) is not int or not low <= value <= high:
        raise malformed(f"manifest {key}")
    return value


def _str(doc: dict[str, Any], key: str, pattern: re.Pattern[str] | None = None) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or len(value) > 4096:
        raise malformed(f"manifest {key}")
    if pattern is not None and not pattern.match(value):
        raise malformed(f"manifest {key}")
    return value


def parse_manifest(data: bytes) -> Manifest:
    """Strict: the exact key set, types and ranges, and the canonical encoding."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise malformed("manifest is not JSON") from None
    if not isinstance(doc, dict):
        raise malformed("manifest")
    expected = {
        "format", "bundle_id", "sender", "recipients", "sequence", "recipient_sequences",
        "created_hlc", "scope", "encoding", "compressed_length", "raw_length",
        "payload_sha256", "op_count",
    }  # fmt: skip
    if set(doc) - {"received"} != expected:
        raise malformed("manifest fields")
    if _int(doc, "format") != FORMAT_VERSION:
        raise malformed("unknown bundle format version; update pslapp")
    sender_doc = doc["sender"]
    if not isinstance(sender_doc, dict) or set(sender_doc) != {
        "name", "signing_key", "kem_recipient", "fingerprint",
    }:  # fmt: skip
        raise malformed("manifest sender")
    sender = Sender(
        name=_str(sender_doc, "name"),
        signing_key=_str(sender_doc, "signing_key", _HEX64),
        kem_recipient=_str(sender_doc, "kem_recipient"),
        fingerprint=_str(sender_doc, "fingerprint", _FINGERPRINT),
    )
    recipients = doc["recipients"]
    if (
        not isinstance(recipients, list)
        or not 0 < len(recipients) <= 100
        or not all(isinstance(r, str) and _FINGERPRINT.match(r) for r in recipients)
        or recipients != sorted(set(recipients))
    ):
        raise malformed("manifest recipients")
    per_recipient = doc["recipient_sequences"]
    if (
        not isinstance(per_recipient, dict)
        or set(per_recipient) != set(recipients)
        or not all(type(n) is int and 0 < n <= _MAX_INT for n in per_recipient.values())
    ):
        raise malformed("manifest recipient sequences")
    if not isinstance(doc["scope"], dict):
        raise malformed("manifest scope")
    encoding = _str(doc, "encoding")
    if encoding not in ENCODINGS:
        raise malformed("unknown payload encoding")
    manifest = Manifest(
        bundle_id=_str(doc, "bundle_id", _HEX32),
        sender=sender,
        recipients=recipients,
        sequence=_int(doc, "sequence", 1),
        recipient_sequences=per_recipient,
        created_hlc=_int(doc, "created_hlc", 1),
        scope=doc["scope"],
        encoding=encoding,
        compressed_length=_int(doc, "compressed_length"),
        raw_length=_int(doc, "raw_length", 0, _MAX_INT),
        payload_sha256=_str(doc, "payload_sha256", _HEX64),
        op_count=_int(doc, "op_count", 0, _MAX_INT),
        received=_received(doc, recipients),
    )
    if manifest.to_bytes() != data:
        raise malformed("manifest is not in canonical form")
    check_limits(manifest)
    return manifest


def _received(doc: dict[str, Any], recipients: list[str]) -> dict[str, int] | None:
    """The optional acknowledgements: only the bundle's own recipients, each a number."""
    if "received" not in doc:
        return None
    received = doc["received"]
    if (
        not isinstance(received, dict)
        or not set(received) <= set(recipients)
        or not all(type(n) is int and 0 < n <= _MAX_INT for n in received.values())
    ):
        raise malformed("manifest received")
    return received


def check_limits(manifest: Manifest) -> None:
    """The declared sizes are within what any import accepts."""
    if (
        manifest.compressed_length > MAX_PAYLOAD_BYTES
        or manifest.raw_length > MAX_RAW_BYTES
        or manifest.op_count > MAX_OPS
        or manifest.raw_length > MAX_RATIO * max(manifest.compressed_length, 1024)
    ):
        raise BundleRejected(REASON_TOO_LARGE, RejectionCode.TOO_LARGE)


def signed_message(manifest_bytes: bytes) -> bytes:
    return SIGNATURE_CONTEXT + hashlib.sha512(manifest_bytes).digest()


# --- payload: compressed JSON lines -----------------------------------------------------


@dataclass
class PayloadWriter:
    """Compresses lines as they come; `finish` returns the compressed payload.
    `op_count` counts the records the lines carry."""

    encoding: str = "zstd"
    raw_length: int = 0
    op_count: int = 0
    _buffer: io.BytesIO = field(default_factory=io.BytesIO)
    _zstd: Any = None
    _zlib: Any = None
    _pending: list[bytes] = field(default_factory=list)
    _pending_bytes: int = 0

    def __post_init__(self) -> None:
        if self.encoding == "zstd":
            self._zstd = zstandard.ZstdCompressor(level=6).compressobj()
        elif self.encoding == "zlib":
            self._zlib = zlib.compressobj(6)
        else:
            raise ValueError(f"unknown encoding {self.encoding}")

    def add(self, line: bytes, *, ops: int = 1) -> None:
        self._pending.append(line)
        self._pending_bytes += len(line) + 1
        self.op_count += ops
        if self._pending_bytes >= _BATCH:  # one compressor call per batch, not per line
            self._compress_pending()

    def _compress_pending(self) -> None:
        if not self._pending:
            return
        self._pending.append(b"")
        data = b"\n".join(self._pending)
        self._pending = []
        self._pending_bytes = 0
        self.raw_length += len(data)
        compressor = self._zstd or self._zlib
        self._buffer.write(compressor.compress(data))

    def finish(self) -> bytes:
        self._compress_pending()
        compressor = self._zstd or self._zlib
        self._buffer.write(compressor.flush())
        return self._buffer.getvalue()


def iter_lines(payload: bytes, encoding: str, raw_length: int) -> Iterator[bytes]:
    """The payload's lines, decompressed in bounded steps. Refuses more than `raw_length`
    bytes (a bomb) or fewer (a lie), and any line longer than MAX_LINE_BYTES."""
    produced = 0
    pending = bytearray()
    for piece in _decompress(payload, encoding, raw_length + 1):
        produced += len(piece)
        if produced > raw_length:
            raise BundleRejected(REASON_TOO_LARGE, RejectionCode.TOO_LARGE)
        pending += piece
        start = 0
        while (end := pending.find(b"\n", start)) >= 0:
            yield bytes(pending[start:end])
            start = end + 1
        del pending[:start]
        if len(pending) > MAX_LINE_BYTES:
            raise BundleRejected(REASON_TOO_LARGE, RejectionCode.TOO_LARGE)
    if produced != raw_length or pending:
        raise malformed("the payload does not match its declared size")


def _decompress(payload: bytes, encoding: str, limit: int) -> Iterator[bytes]:
    try:
        if encoding == "zstd":
            reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(payload))
            total = 0
            while total < limit and (piece := reader.read(_STEP)):
                total += len(piece)
                yield piece
        else:
            inflater = zlib.decompressobj()
            data = payload
            total = 0
            while total < limit:
                piece = inflater.decompress(data, _STEP)
                data = inflater.unconsumed_tail
                if not piece:
                    break
                total += len(piece)
                yield piece
    except (zstandard.ZstdError, zlib.error):
        raise malformed("the payload does not decompress") from None


# --- the container ----------------------------------------------------------------------


def write_inner(
    out: Any, *, signing_key: bytes, manifest_bytes: bytes, signature: bytes, payload: bytes
) -> None:
    """Write the inner bundle to `out` (anything with `write`, e.g. an age writer): the
    sender's key first, then the signed manifest, then the payload it names by hash."""
    out.write(MAGIC)
    out.write(signing_key)
    out.write(struct.pack(">I", len(manifest_bytes)))
    out.write(manifest_bytes)
    out.write(signature)
    out.write(struct.pack(">Q", len(payload)))
    for start in range(0, len(payload), 1 << 20):
        out.write(payload[start : start + (1 << 20)])


@dataclass(frozen=True)
class InnerBundle:
    manifest_bytes: bytes
    manifest: Manifest
    payload: bytes
    signature: bytes
    signing_key: bytes


class _ChunkReader:
    """Exact reads over an iterator of verified chunks, without quadratic copying."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self._buffer = bytearray()

    def read_exact(self, size: int) -> bytes:
        """The next `size` bytes. A large read (the payload) is joined once from the
        chunks: growing a buffer, slicing it and copying the slice held three copies."""
        buffered = min(size, len(self._buffer))
        parts = [bytes(memoryview(self._buffer)[:buffered])] if buffered else []
        del self._buffer[:buffered]
        have = buffered
        while have < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                raise BundleRejected(REASON_DAMAGED, RejectionCode.DAMAGED)
            need = size - have
            if len(chunk) > need:
                self._buffer += memoryview(chunk)[need:]
                chunk = chunk[:need]
            parts.append(chunk)
            have += len(chunk)
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def at_end(self) -> bool:
        """Reads to the end, so the age layer checks its final chunk (truncation)."""
        if self._buffer:
            return False
        return all(not chunk for chunk in self._chunks)


def read_inner(chunks: Iterable[bytes], accept_sender: Callable[[bytes], object]) -> InnerBundle:
    """Read the decrypted plaintext, every size bounded before it is read, in the order
    that makes a stranger's file cheap: the sender's key is judged first
    (`accept_sender` raises for a key that is not a trusted peer's), then the manifest's
    signature is checked over its bytes, and only then is the manifest parsed and the
    payload read."""
    reader = _ChunkReader(chunks)
    magic = reader.read_exact(len(MAGIC))
    if magic[:4] == MAGIC[:4] and magic != MAGIC:
        raise BundleRejected(
            REASON_OTHER_FORMAT.format(found=magic[4], ours=MAGIC[4]), RejectionCode.OTHER_FORMAT
        )
    if magic != MAGIC:
        raise malformed("not a pslapp bundle")
    signing_key = reader.read_exact(SIGNING_KEY_SIZE)
    accept_sender(signing_key)
    (manifest_size,) = struct.unpack(">I", reader.read_exact(4))
    if manifest_size > MAX_MANIFEST_BYTES:
        raise BundleRejected(REASON_TOO_LARGE, RejectionCode.TOO_LARGE)
    manifest_bytes = reader.read_exact(manifest_size)
    signature = reader.read_exact(SIGNATURE_SIZE)
    try:
        Ed25519PublicKey.from_public_bytes(signing_key).verify(
            signature, signed_message(manifest_bytes)
        )
    except (InvalidSignature, ValueError):
        raise BundleRejected(REASON_DAMAGED, RejectionCode.DAMAGED) from None
    manifest = parse_manifest(manifest_bytes)
    if manifest.sender.signing_key != signing_key.hex():
        raise malformed("the manifest names another sender key")
    (payload_size,) = struct.unpack(">Q", reader.read_exact(8))
    if payload_size > MAX_PAYLOAD_BYTES:
        raise BundleRejected(REASON_TOO_LARGE, RejectionCode.TOO_LARGE)
    if manifest.compressed_length != payload_size:
        raise BundleRejected(REASON_DAMAGED, RejectionCode.DAMAGED)
    payload = reader.read_exact(payload_size)
    if not reader.at_end():
        raise malformed("unexpected data after the payload")
    return InnerBundle(manifest_bytes, manifest, payload, signature, signing_key)


def payload_matches(inner: InnerBundle) -> bool:
    digest = hashlib.sha256(inner.payload).hexdigest()
    return digest == inner.manifest.payload_sha256
