"""Unpadded, canonical standard base64, as the age header requires.

Python's decoder is lenient (it accepts padding, ignores stray bits), so every decode is
checked by re-encoding: a file must have exactly one valid byte representation, otherwise
the header MAC could be made to cover different bytes than the ones that were parsed.
"""

from __future__ import annotations

import base64
import binascii
import re

_ALPHABET = re.compile(rb"[A-Za-z0-9+/]*")


def encode(data: bytes) -> bytes:
    """Encode without `=` padding."""
    return base64.b64encode(data).rstrip(b"=")


def decode(text: bytes) -> bytes | None:
    """Decode canonical unpadded base64; None if `text` is not exactly that."""
    if not _ALPHABET.fullmatch(text) or len(text) % 4 == 1:
        return None
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        return None
    # Non-zero trailing bits decode fine but re-encode differently: reject them.
    if encode(data) != text:
        return None
    return data
