"""A vault's identity: an Ed25519 signing key and an age post-quantum hybrid key (plus an
optional classic X25519 key for peers without PQ support), and the fingerprint people
compare in person."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from pslapp.crypto.age import HybridIdentity, HybridRecipient, X25519Identity

FINGERPRINT_GROUPS = 12


def fingerprint(signing_key: bytes, kem_public_key: bytes) -> str:
    """60 digits: group i is bytes 5i..5i+4 of SHA-512(signing key || KEM key) read as a
    big-endian integer mod 100 000. Digits read the same in every alphabet."""
    digest = hashlib.sha512(signing_key + kem_public_key).digest()
    groups = (
        int.from_bytes(digest[5 * i : 5 * i + 5], "big") % 100_000
        for i in range(FINGERPRINT_GROUPS)
    )
    return "".join(f"{g:05d}" for g in groups)


def format_fingerprint(compact: str) -> str:
    """'12345 67890 ...' for reading aloud and comparing."""
    return " ".join(compact[i : i + 5] for i in range(0, len(compact), 5))


def parse_fingerprint(text: str) -> str:
    """Accept a fingerprint typed with or without spaces; return the 60-digit form."""
    digits = "".join(c for c in text if not c.isspace())
    if len(digits) != 5 * FINGERPRINT_GROUPS or not digits.isdigit():
        raise ValueError("a fingerprint is 12 groups of 5 digits")
    return digits


@dataclass(frozen=True)
class PublicIdentity:
    """What a peer's identity card says about them."""

    name: str
    signing_key: bytes
    kem_recipient: HybridRecipient
    x25519_recipient: str | None
    created: int

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_key, self.kem_recipient.public_key)

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.signing_key).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


@dataclass(frozen=True)
class OwnIdentity:
    """This vault's secret keys. Lives only inside the encrypted database."""

    name: str
    signing_seed: bytes
    kem_seed: bytes
    x25519_secret: bytes | None
    created: int

    @classmethod
    def generate(cls, name: str, created: int) -> OwnIdentity:
        return cls(name, os.urandom(32), os.urandom(32), os.urandom(32), created)

    def __repr__(self) -> str:
        return f"OwnIdentity(name={self.name!r}, fingerprint={self.public().fingerprint})"

    def public(self) -> PublicIdentity:
        signing = Ed25519PrivateKey.from_private_bytes(self.signing_seed).public_key()
        x25519 = (
            None
            if self.x25519_secret is None
            else X25519Identity(self.x25519_secret).recipient().to_string()
        )
        return PublicIdentity(
            name=self.name,
            signing_key=signing.public_bytes_raw(),
            kem_recipient=self.hybrid().recipient(),
            x25519_recipient=x25519,
            created=self.created,
        )

    def hybrid(self) -> HybridIdentity:
        return HybridIdentity.from_seed(self.kem_seed)

    def sign(self, message: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.signing_seed).sign(message)
