"""A change set: an author's signed statement of the leaves of writes they made
(`core/attest.py`), numbered and chained, so that what an author wrote stays theirs and
verifiable however many vaults relay it.

    statement = canonical JSON {"author", "at", "leaves", "prev", "seq", "v": 3}
    signature = Ed25519(author key, "pslapp changes v3" 0 || SHA-512(statement))
    id        = SHA-256(statement), hex; the next change set's `prev`

`seq` counts the author's change sets from 1; `prev` is the id of number seq-1 ("" for
the first). Two different statements with one (author, seq) are a fork: a vault restored
from a backup, or an author showing different histories to different peers.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from pslapp.core.attest import DIGEST_BYTES, LEAVES_PER_CHANGE_SET

MAX_LEAVES = LEAVES_PER_CHANGE_SET
MAX_STATEMENT_BYTES = 128 * 1024
_DOMAIN = b"pslapp changes v3\0"
_KEYS = frozenset({"author", "at", "leaves", "prev", "seq", "v"})
_dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode


class ChangeSetInvalid(ValueError):
    pass


@dataclass(frozen=True)
class ChangeSet:
    author: str  # 60-digit fingerprint
    seq: int
    prev: str  # hex id of the previous change set, "" for the first
    at: int  # the author's wall clock when signing, ms (shown, never trusted for order)
    leaves: bytes  # concatenated 32-byte leaves

    def to_bytes(self) -> bytes:
        doc = {
            "author": self.author,
            "at": self.at,
            "leaves": base64.b64encode(self.leaves).decode("ascii"),
            "prev": self.prev,
            "seq": self.seq,
            "v": 3,
        }
        return _dump(doc).encode("utf-8")

    def leaf_set(self) -> frozenset[bytes]:
        raw = self.leaves
        return frozenset(raw[i : i + DIGEST_BYTES] for i in range(0, len(raw), DIGEST_BYTES))


def change_set_id(statement: bytes) -> str:
    return hashlib.sha256(statement).hexdigest()


def signed_message(statement: bytes) -> bytes:
    return _DOMAIN + hashlib.sha512(statement).digest()


def parse_change_set(statement: bytes) -> ChangeSet:
    """Strict: canonical JSON with exactly the expected keys, in range."""
    if len(statement) > MAX_STATEMENT_BYTES:
        raise ChangeSetInvalid("a change set is too large")
    try:
        doc = json.loads(statement)
    except (UnicodeDecodeError, ValueError):
        raise ChangeSetInvalid("a change set is not JSON") from None
    if type(doc) is not dict or set(doc) != _KEYS or doc["v"] != 3:
        raise ChangeSetInvalid("a change set has the wrong keys or version")
    author, seq, prev, at, leaves = doc["author"], doc["seq"], doc["prev"], doc["at"], doc["leaves"]
    if type(author) is not str or len(author) != 60 or not author.isascii() or not author.isdigit():
        raise ChangeSetInvalid("a change set's author is not a fingerprint")
    if type(seq) is not int or not 1 <= seq < 2**53 or type(at) is not int or not 0 <= at < 2**48:
        raise ChangeSetInvalid("a change set's number or time is out of range")
    if type(prev) is not str or (prev and (len(prev) != 64 or prev != prev.lower())):
        raise ChangeSetInvalid("a change set's previous id is invalid")
    if (seq == 1) != (prev == ""):
        raise ChangeSetInvalid("a change set's previous id does not fit its number")
    try:
        raw = base64.b64decode(leaves, validate=True) if type(leaves) is str else None
        bytes.fromhex(prev)
    except (binascii.Error, ValueError):
        raw = None
    if raw is None or not 0 < len(raw) <= MAX_LEAVES * DIGEST_BYTES or len(raw) % DIGEST_BYTES:
        raise ChangeSetInvalid("a change set's leaves are invalid")
    parsed = ChangeSet(author, seq, prev, at, raw)
    if parsed.to_bytes() != statement:
        raise ChangeSetInvalid("a change set is not in canonical form")
    return parsed


def verify_change_set(statement: bytes, signature: bytes, signing_key: bytes) -> ChangeSet:
    parsed = parse_change_set(statement)
    try:
        Ed25519PublicKey.from_public_bytes(signing_key).verify(signature, signed_message(statement))
    except (InvalidSignature, ValueError):
        raise ChangeSetInvalid("a change set's signature does not check") from None
    return parsed
