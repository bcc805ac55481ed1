"""The classic X25519 recipient type (`age1...` / `AGE-SECRET-KEY-1...`)."""

from __future__ import annotations

import os
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from . import b64, bech32
from .errors import HeaderError, KeyFormatError
from .header import Stanza
from .kdf import hkdf_sha256

STANZA_TYPE = "X25519"
RECIPIENT_HRP = "age"
IDENTITY_HRP = "AGE-SECRET-KEY-"
KEY_SIZE = 32
FILE_KEY_SIZE = 16
_WRAP_INFO = b"age-encryption.org/v1/X25519"
# Each wrap key is used exactly once, so a fixed nonce is safe (as the spec prescribes).
_ZERO_NONCE = bytes(12)


def _wrap_key(shared_secret: bytes, share: bytes, recipient: bytes) -> bytes:
    return hkdf_sha256(shared_secret, share + recipient, _WRAP_INFO)


class X25519Recipient:
    """Someone we can encrypt to with a classic (not post-quantum) X25519 key."""

    def __init__(self, public_key: bytes) -> None:
        if len(public_key) != KEY_SIZE:
            raise KeyFormatError("X25519 recipient must be 32 bytes")
        self.public_key = bytes(public_key)

    @classmethod
    def from_string(cls, text: str) -> X25519Recipient:
        hrp, data = bech32.decode(text)
        if hrp != RECIPIENT_HRP:
            raise KeyFormatError("not an age1 X25519 recipient")
        return cls(data)

    def to_string(self) -> str:
        return bech32.encode(RECIPIENT_HRP, self.public_key)

    def __str__(self) -> str:
        return self.to_string()

    def __repr__(self) -> str:
        return f"X25519Recipient({self.to_string()!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, X25519Recipient) and other.public_key == self.public_key

    def __hash__(self) -> int:
        return hash((STANZA_TYPE, self.public_key))

    def wrap(self, file_key: bytes) -> list[Stanza]:
        ephemeral = X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes_raw()
        shared_secret = ephemeral.exchange(X25519PublicKey.from_public_bytes(self.public_key))
        key = _wrap_key(shared_secret, share, self.public_key)
        body = ChaCha20Poly1305(key).encrypt(_ZERO_NONCE, file_key, None)
        return [Stanza(type=STANZA_TYPE, args=(b64.encode(share).decode("ascii"),), body=body)]


class X25519Identity:
    """A classic X25519 secret key; its repr never shows the secret."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) != KEY_SIZE:
            raise KeyFormatError("X25519 identity must be 32 bytes")
        self._secret = bytes(secret)
        self._private_key = X25519PrivateKey.from_private_bytes(self._secret)
        self._public_key = self._private_key.public_key().public_bytes_raw()

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls(os.urandom(KEY_SIZE))

    @classmethod
    def from_string(cls, text: str) -> X25519Identity:
        hrp, data = bech32.decode(text)
        if hrp != IDENTITY_HRP:
            raise KeyFormatError("not an AGE-SECRET-KEY-1 identity")
        return cls(data)

    def to_string(self) -> str:
        return bech32.encode(IDENTITY_HRP, self._secret, upper=True)

    def recipient(self) -> X25519Recipient:
        return X25519Recipient(self._public_key)

    def __repr__(self) -> str:
        return f"X25519Identity(recipient={self.recipient().to_string()!r})"

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        """The file key if a stanza is ours; None if none is; HeaderError if one is malformed."""
        for stanza in stanzas:
            if stanza.type != STANZA_TYPE:
                continue
            if len(stanza.args) != 1:
                raise HeaderError("X25519 stanza has the wrong number of arguments")
            share = b64.decode(stanza.args[0].encode("ascii"))
            if share is None or len(share) != KEY_SIZE:
                raise HeaderError("X25519 stanza has an invalid ephemeral share")
            # Checked before any decryption so that wrong sizes can't be used as an oracle.
            if len(stanza.body) != FILE_KEY_SIZE + 16:
                raise HeaderError("X25519 stanza has a wrongly sized file key")
            try:
                shared = self._private_key.exchange(X25519PublicKey.from_public_bytes(share))
            except ValueError:
                # cryptography refuses the all-zero shared secret from low-order points.
                raise HeaderError("X25519 stanza has a low-order share") from None
            key = _wrap_key(shared, share, self._public_key)
            try:
                return ChaCha20Poly1305(key).decrypt(_ZERO_NONCE, stanza.body, None)
            except InvalidTag:
                continue
        return None
