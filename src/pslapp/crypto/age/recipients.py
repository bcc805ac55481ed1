"""What a recipient and an identity are, and how to read them from their text form."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from . import bech32
from .errors import KeyFormatError
from .header import Stanza
from .hybrid import HybridIdentity, HybridRecipient
from .x25519 import X25519Identity, X25519Recipient


class Recipient(Protocol):
    """Anything that can wrap a file key into stanzas."""

    def wrap(self, file_key: bytes) -> list[Stanza]: ...


class Identity(Protocol):
    """Anything that can find its file key among stanzas.

    Returns None when no stanza is addressed to it, and raises HeaderError when a stanza of
    its type is malformed.
    """

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None: ...


def parse_recipient(text: str) -> X25519Recipient | HybridRecipient:
    """Read an `age1...` or `age1pq1...` recipient (surrounding whitespace is ignored)."""
    text = text.strip()
    hrp, _ = bech32.decode(text)
    if hrp == "age":
        return X25519Recipient.from_string(text)
    if hrp == "age1pq":
        return HybridRecipient.from_string(text)
    raise KeyFormatError("unknown recipient type")


def parse_identity(text: str) -> X25519Identity | HybridIdentity:
    """Read an `AGE-SECRET-KEY-1...` or `AGE-SECRET-KEY-PQ-1...` identity."""
    text = text.strip()
    hrp, _ = bech32.decode(text)
    if hrp == "AGE-SECRET-KEY-":
        return X25519Identity.from_string(text)
    if hrp == "AGE-SECRET-KEY-PQ-":
        return HybridIdentity.from_string(text)
    raise KeyFormatError("unknown identity type")
