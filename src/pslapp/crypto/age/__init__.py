"""age v1 (C2SP age spec), binary format, streaming, X25519 and mlkem768x25519 recipients.

Only what sealed bundles need: no ASCII armor, no passphrases, no plugins.
"""

from .envelope import (
    DecryptingReader,
    EncryptingWriter,
    decrypt,
    decrypt_bytes,
    decrypt_stream,
    encrypt,
    encrypt_bytes,
    encrypt_stream,
)
from .errors import AgeError, HeaderError, HmacError, KeyFormatError, NoMatch, PayloadError
from .header import MAX_HEADER_SIZE, Stanza
from .hybrid import HybridIdentity, HybridRecipient
from .recipients import Identity, Recipient, parse_identity, parse_recipient
from .x25519 import X25519Identity, X25519Recipient

__all__ = [
    "MAX_HEADER_SIZE",
    "AgeError",
    "DecryptingReader",
    "EncryptingWriter",
    "HeaderError",
    "HmacError",
    "HybridIdentity",
    "HybridRecipient",
    "Identity",
    "KeyFormatError",
    "NoMatch",
    "PayloadError",
    "Recipient",
    "Stanza",
    "X25519Identity",
    "X25519Recipient",
    "decrypt",
    "decrypt_bytes",
    "decrypt_stream",
    "encrypt",
    "encrypt_bytes",
    "encrypt_stream",
    "parse_identity",
    "parse_recipient",
]
