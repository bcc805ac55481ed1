"""The post-quantum hybrid recipient type, mlkem768x25519 (`age1pq1...`).

It is HPKE with the ML-KEM-768 + X25519 hybrid KEM. The identity is a 32-byte seed, expanded
with SHAKE-256 into the ML-KEM-768 seed and the X25519 secret, as filippo.io/hpke-pq does.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.mlkem import MLKEM768PrivateKey, MLKEM768PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from . import b64, bech32
from .errors import HeaderError, KeyFormatError
from .header import Stanza

STANZA_TYPE = "mlkem768x25519"
RECIPIENT_HRP = "age1pq"
IDENTITY_HRP = "AGE-SECRET-KEY-PQ-"
SEED_SIZE = 32
MLKEM_PUBLIC_KEY_SIZE = 1184
X25519_KEY_SIZE = 32
RECIPIENT_SIZE = MLKEM_PUBLIC_KEY_SIZE + X25519_KEY_SIZE
MLKEM_CIPHERTEXT_SIZE = 1088
ENC_SIZE = MLKEM_CIPHERTEXT_SIZE + X25519_KEY_SIZE
FILE_KEY_SIZE = 16
_MLKEM_SEED_SIZE = 64
_HPKE_INFO = b"age-encryption.org/mlkem768x25519"
_SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


class HybridRecipient:
    """Someone we can encrypt to with post-quantum protection."""

    def __init__(self, public_key: bytes) -> None:
        if len(public_key) != RECIPIENT_SIZE:
            raise KeyFormatError("hybrid recipient must be 1216 bytes")
        try:
            mlkem = MLKEM768PublicKey.from_public_bytes(public_key[:MLKEM_PUBLIC_KEY_SIZE])
            x25519 = X25519PublicKey.from_public_bytes(public_key[MLKEM_PUBLIC_KEY_SIZE:])
        except ValueError:
            raise KeyFormatError("hybrid recipient is not a valid public key") from None
        self.public_key = bytes(public_key)
        self._hpke_key = hpke.MLKEM768X25519PublicKey(mlkem, x25519)

    @classmethod
    def from_string(cls, text: str) -> HybridRecipient:
        hrp, data = bech32.decode(text)
        if hrp != RECIPIENT_HRP:
            raise KeyFormatError("not an age1pq hybrid recipient")
        return cls(data)

    def to_string(self) -> str:
        return bech32.encode(RECIPIENT_HRP, self.public_key)

    def __str__(self) -> str:
        return self.to_string()

    def __repr__(self) -> str:
        return f"HybridRecipient({self.to_string()[:24]!r}...)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, HybridRecipient) and other.public_key == self.public_key

    def __hash__(self) -> int:
        return hash((STANZA_TYPE, self.public_key))

    def wrap(self, file_key: bytes) -> list[Stanza]:
        sealed = _SUITE.encrypt(file_key, self._hpke_key, info=_HPKE_INFO)
        enc, ciphertext = sealed[:ENC_SIZE], sealed[ENC_SIZE:]
        return [Stanza(type=STANZA_TYPE, args=(b64.encode(enc).decode("ascii"),), body=ciphertext)]


class HybridIdentity:
    """A post-quantum hybrid secret key (a 32-byte seed); its repr never shows the seed."""

    def __init__(self, seed: bytes) -> None:
        if len(seed) != SEED_SIZE:
            raise KeyFormatError("hybrid identity must be a 32-byte seed")
        self._seed = bytes(seed)
        expanded = hashlib.shake_256(self._seed).digest(_MLKEM_SEED_SIZE + X25519_KEY_SIZE)
        mlkem = MLKEM768PrivateKey.from_seed_bytes(expanded[:_MLKEM_SEED_SIZE])
        self._x25519 = X25519PrivateKey.from_private_bytes(expanded[_MLKEM_SEED_SIZE:])
        self._hpke_key = hpke.MLKEM768X25519PrivateKey(mlkem, self._x25519)
        self._public_key = (
            mlkem.public_key().public_bytes_raw() + self._x25519.public_key().public_bytes_raw()
        )

    @classmethod
    def from_seed(cls, seed: bytes) -> HybridIdentity:
        return cls(seed)

    @classmethod
    def generate(cls) -> HybridIdentity:
        return cls(os.urandom(SEED_SIZE))

    @classmethod
    def from_string(cls, text: str) -> HybridIdentity:
        hrp, data = bech32.decode(text)
        if hrp != IDENTITY_HRP:
            raise KeyFormatError("not an AGE-SECRET-KEY-PQ-1 identity")
        return cls(data)

    def to_string(self) -> str:
        return bech32.encode(IDENTITY_HRP, self._seed, upper=True)

    def recipient(self) -> HybridRecipient:
        return HybridRecipient(self._public_key)

    def __repr__(self) -> str:
        return f"HybridIdentity(recipient={self.recipient().to_string()[:24]!r}...)"

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        """The file key if a stanza is ours; None if none is; HeaderError if one is malformed."""
        for stanza in stanzas:
            if stanza.type != STANZA_TYPE:
                continue
            if len(stanza.args) != 1:
                raise HeaderError("mlkem768x25519 stanza has the wrong number of arguments")
            enc = b64.decode(stanza.args[0].encode("ascii"))
            if enc is None or len(enc) != ENC_SIZE:
                raise HeaderError("mlkem768x25519 stanza has an invalid encapsulated key")
            # Checked before any decryption so that wrong sizes can't be used as an oracle.
            if len(stanza.body) != FILE_KEY_SIZE + 16:
                raise HeaderError("mlkem768x25519 stanza has a wrongly sized file key")
            # HPKE would report a low-order X25519 share as a plain decryption failure; the
            # spec makes it a hard error, so look at the X25519 half first.
            share = X25519PublicKey.from_public_bytes(enc[MLKEM_CIPHERTEXT_SIZE:])
            try:
                self._x25519.exchange(share)
            except ValueError:
                raise HeaderError("mlkem768x25519 stanza has a low-order X25519 share") from None
            try:
                return _SUITE.decrypt(enc + stanza.body, self._hpke_key, info=_HPKE_INFO)
            except InvalidTag:
                continue
        return None
