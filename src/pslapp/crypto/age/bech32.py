"""Bech32 (BIP 173) without the 90-character limit.

age keys use plain Bech32 (not Bech32m). The hybrid recipient is about 1,950 characters,
which is why no off-the-shelf package with the BIP 173 length limit can be used.
"""

from __future__ import annotations

from .errors import KeyFormatError

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHAR_VALUES = {c: i for i, c in enumerate(_CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_CHECKSUM_LENGTH = 6


def _fold(top: int) -> int:
    """The xor of the generators that the top five bits `top` select (BIP 173)."""
    folded = 0
    for i, generator in enumerate(_GENERATOR):
        if (top >> i) & 1:
            folded ^= generator
    return folded


# Computed once for every top value instead of looping over the generators per symbol: a
# hybrid key is ~1,950 symbols, and a bundle in a 20-peer mesh carries a card per author.
_FOLDS = tuple(_fold(top) for top in range(32))


def _polymod(values: list[int]) -> int:
    checksum = 1
    folds = _FOLDS
    for value in values:
        checksum = ((checksum & 0x1FFFFFF) << 5 ^ value) ^ folds[checksum >> 25]
    return checksum


def _expand_hrp(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    accumulator = 0
    bits = 0
    result: list[int] = []
    max_value = (1 << to_bits) - 1
    for value in data:
        accumulator = (accumulator << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            result.append((accumulator >> bits) & max_value)
    if pad:
        if bits:
            result.append((accumulator << (to_bits - bits)) & max_value)
    elif bits >= from_bits or (accumulator << (to_bits - bits)) & max_value:
        # Leftover bits must be a short, all-zero pad, or two strings would decode alike.
        raise KeyFormatError("invalid padding in key string")
    return result


def encode(hrp: str, data: bytes, *, upper: bool = False) -> str:
    """Encode `data` under a lowercase-or-uppercase human-readable part."""
    lower_hrp = hrp.lower()
    if not lower_hrp or any(not 33 <= ord(c) <= 126 for c in lower_hrp):
        raise KeyFormatError("invalid key prefix")
    values = _convert_bits(list(data), 8, 5, pad=True)
    checksum_input = _expand_hrp(lower_hrp) + values + [0] * _CHECKSUM_LENGTH
    polymod = _polymod(checksum_input) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(_CHECKSUM_LENGTH)]
    text = lower_hrp + "1" + "".join(_CHARSET[v] for v in values + checksum)
    return text.upper() if upper else text


def decode(text: str) -> tuple[str, bytes]:
    """Return (human-readable part as written, data); the checksum is always verified."""
    if text.lower() != text and text.upper() != text:
        raise KeyFormatError("key string mixes upper and lower case")
    if any(not 33 <= ord(c) <= 126 for c in text):
        raise KeyFormatError("key string has invalid characters")
    separator = text.rfind("1")
    if separator < 1 or separator + _CHECKSUM_LENGTH + 1 > len(text):
        raise KeyFormatError("key string is malformed")
    hrp = text[:separator]
    lower = text.lower()
    try:
        values = [_CHAR_VALUES[c] for c in lower[separator + 1 :]]
    except KeyError:
        raise KeyFormatError("key string has invalid characters") from None
    # The checksum is defined over the lowercase form, whatever case was written.
    if _polymod(_expand_hrp(lower[:separator]) + values) != 1:
        raise KeyFormatError("key string checksum is wrong (typo?)")
    data = _convert_bits(values[:-_CHECKSUM_LENGTH], 5, 8, pad=False)
    return hrp, bytes(data)
