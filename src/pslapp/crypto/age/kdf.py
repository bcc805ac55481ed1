"""HKDF-SHA-256 with a 32-byte output, the only KDF shape age uses."""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_SIZE = 32


def hkdf_sha256(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    """Derive a 32-byte key; an empty salt means HKDF's default all-zero salt."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=salt or None, info=info).derive(
        ikm
    )
