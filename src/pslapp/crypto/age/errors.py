"""What can go wrong while reading or writing an age file.

The four failure classes follow the outcome classes of the C2SP age test kit, so a caller (and
the conformance tests) can tell a malformed file from a file that is simply not for us.
Messages are short plain English and never contain key material.
"""

from __future__ import annotations


class AgeError(Exception):
    """Base class for every age failure."""


class KeyFormatError(AgeError, ValueError):
    """An identity or recipient string is not a valid encoding."""


class HeaderError(AgeError):
    """The header is malformed, unsupported, or a recipient stanza for us is invalid."""


class NoMatch(AgeError):
    """The header is well formed but none of our identities can open it."""


class HmacError(AgeError):
    """A file key was found but the header MAC does not match: the header was altered."""


class PayloadError(AgeError):
    """The encrypted payload is truncated, altered or has trailing data."""
