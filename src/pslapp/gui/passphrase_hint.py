"""A rough, honest hint about how hard a passphrase is to guess, and what to do about it."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

MIN_LENGTH = 10


def estimate_bits(passphrase: str) -> float:
    """Entropy if the characters were random: an upper bound, so the hint errs kindly."""
    if not passphrase:
        return 0.0
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 20
    if any(ord(c) > 127 for c in passphrase):
        pool += 33
    distinct = len(set(passphrase))
    # Halved: people pick words and patterns, not random characters.
    return min(len(passphrase), distinct * 2) * math.log2(max(pool, 2)) / 2


def strength(passphrase: str) -> tuple[int, str]:
    """(level 0..3, advice) for a passphrase being typed."""
    if len(passphrase) < MIN_LENGTH:
        return 0, QCoreApplication.translate(
            "PassphraseHint",
            "Too short. Use at least 10 characters; four or five unrelated words are "
            "easy to remember and hard to guess.",
        )
    bits = estimate_bits(passphrase)
    if bits < 40:
        return 1, QCoreApplication.translate("PassphraseHint", "Weak. Add another word or two.")
    if bits < 60:
        return 2, QCoreApplication.translate(
            "PassphraseHint", "Good. One more word makes it strong."
        )
    return 3, QCoreApplication.translate("PassphraseHint", "Strong.")
