"""Identity cards: what a peer hands over is read exactly, and any change to it is refused."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pslapp.crypto.card import MAX_CARD_BYTES, CardInvalid, make_card, parse_card
from pslapp.crypto.identity import OwnIdentity

ALICE = OwnIdentity.generate("Алиса (Cologne)", 1_767_225_600_000)
CARD = make_card(ALICE)


def test_a_card_round_trips_to_the_same_identity_and_fingerprint():
    public = parse_card(CARD.encode())
    assert public == ALICE.public()
    assert public.fingerprint == ALICE.public().fingerprint
    assert f"fingerprint: {public.fingerprint[:5]} " in CARD


def test_the_classic_age_recipient_is_optional():
    own = OwnIdentity("Bob", ALICE.signing_seed, ALICE.kem_seed, None, 1)
    public = parse_card(make_card(own).encode())
    assert public.x25519_recipient is None


def test_windows_line_endings_are_accepted():
    assert parse_card(CARD.replace("\n", "\r\n").encode()) == ALICE.public()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda c: c.replace("Алиса", "Mallory"), "signature"),
        (lambda c: c.replace("version: 1", "version: 2"), "version"),
        (lambda c: c.replace("-----END", "extra: x\n-----END"), "extra"),
        (lambda c: c.replace("created: 1767225600000", "created: 1767225600001"), "signature"),
        (lambda c: c.replace("fingerprint: ", "fingerprint: 1"), "fingerprint"),
        (lambda c: c.replace("-----BEGIN PSLAPP IDENTITY CARD-----", ""), "not a pslapp"),
        (lambda c: c.replace("name: ", "name:  "), "name"),
    ],
)
def test_altered_cards_are_refused_with_a_reason(change, message):
    with pytest.raises(CardInvalid, match=message):
        parse_card(change(CARD).encode())


def test_keys_from_another_card_do_not_fit():
    other = make_card(OwnIdentity.generate("Alice", 1))
    mixed = CARD.splitlines()
    mixed[3] = other.splitlines()[3]  # someone else's signing key
    with pytest.raises(CardInvalid):
        parse_card("\n".join(mixed).encode())


def test_huge_or_binary_files_are_not_cards():
    with pytest.raises(CardInvalid, match="larger"):
        parse_card(b"x" * (MAX_CARD_BYTES + 1))
    with pytest.raises(CardInvalid, match="UTF-8"):
        parse_card(b"\xff\xfe" + CARD.encode())


def test_control_characters_in_the_name_are_refused():
    with pytest.raises(CardInvalid, match="control"):
        make_card(OwnIdentity.generate("Eve\u202eevil", 1))


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0), st.integers(min_value=1, max_value=255))
def test_any_single_byte_change_is_refused_or_harmless(position, flip):
    data = bytearray(CARD.encode())
    data[position % len(data)] ^= flip
    try:
        identity = parse_card(bytes(data))
    except CardInvalid:
        return
    assert identity == ALICE.public()  # e.g. a trailing newline turned into spaces
