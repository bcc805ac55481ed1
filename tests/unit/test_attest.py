"""Salted digests of a write: a relay can leave fields and phone numbers out and the
author's leaf still checks; any change to what came makes it not check."""

from __future__ import annotations

import json
import os

import pytest

from pslapp.core import attest
from pslapp.core.attest import ProofInvalid, Register, disclosed_leaf, leaf_of, narrow
from pslapp.core.enums import Kind

ID = "a1b07619-e835-4618-adaa-69a463ef710d"
CHANNELS = [
    {"kind": "email", "value": "asel@example.org"},
    {"kind": "phone", "value": "+49 170 0000000"},
    {"kind": "signal", "value": "@asel"},
]


def registers(**changes: object) -> dict[str, Register]:
    out = {
        "display_name": Register("Asel Nurlanova", 0),
        "legal_name": Register("Asel N. Nurlanova", 0),
        "city": Register("Köln", 0),
        "channels": Register(CHANNELS, 0),
        "_deleted": Register(False, 0),
    }
    out.update({k: Register(v, 0) for k, v in changes.items()})
    return out


WRITE = attest.Write(Kind.PERSON, ID, 1, 99)


def leaf(seed: bytes, regs: dict[str, Register]) -> bytes:
    return leaf_of(WRITE, seed, regs)


def checked(disclosure: object, regs: dict[str, Register]) -> bytes:
    return disclosed_leaf(WRITE, json.loads(json.dumps(disclosure)), regs)


def no_phone(entry: dict[str, str]) -> bool:
    return entry["kind"] != "phone"


def test_the_full_disclosure_proves_the_authors_leaf():
    seed = os.urandom(16)
    assert checked(attest.b64(seed), registers()) == leaf(seed, registers())


def test_restricted_fields_and_phone_numbers_stay_home_and_the_leaf_still_checks():
    seed = os.urandom(16)
    full = registers()
    sent_disclosure, sent = narrow(
        Kind.PERSON,
        attest.b64(seed),
        full,
        leave_out=frozenset({"legal_name"}),
        keep_entry=no_phone,
    )
    assert "legal_name" not in sent
    assert [c["kind"] for c in sent["channels"].value] == ["email", "signal"]
    text = json.dumps(sent_disclosure)
    assert "Nurlanova" not in text and "+49" not in text
    assert attest.b64(seed) not in text, "the seed would let anyone check a guessed phone"
    assert checked(sent_disclosure, sent) == leaf(seed, full)
    again, resent = narrow(Kind.PERSON, sent_disclosure, sent, leave_out=frozenset({"city"}))
    assert checked(again, resent) == leaf(seed, full), "a second relay narrows further"


def test_a_superseded_field_travels_as_its_digest_only():
    seed = os.urandom(16)
    kept, held = narrow(Kind.PERSON, attest.b64(seed), registers(), leave_out=frozenset({"city"}))
    assert "Köln" not in json.dumps(kept)
    assert checked(kept, held) == leaf(seed, registers())


@pytest.mark.parametrize(
    "tamper",
    [
        lambda r: r | {"city": Register("Moscow (planted)", 0)},
        lambda r: r | {"city": Register("Köln", 2**62)},  # another base
        lambda r: r | {"notes": Register("added by a relay", 0)},
        lambda r: {k: v for k, v in r.items() if k != "city"},  # left out, no digest
        lambda r: r | {"channels": Register(CHANNELS[:1], 0)},  # entries dropped silently
    ],
)
def test_any_change_to_what_came_breaks_the_leaf(tamper):
    seed = os.urandom(16)
    original = leaf(seed, registers())
    try:
        proved = checked(attest.b64(seed), tamper(registers()))
    except ProofInvalid:
        proved = None  # refused outright: as good
    assert proved != original


def test_a_partial_disclosure_that_does_not_fit_the_fields_is_refused():
    seed = os.urandom(16)
    doc, sent = narrow(Kind.PERSON, attest.b64(seed), registers(), leave_out=frozenset({"city"}))
    with pytest.raises(ProofInvalid):
        checked(doc, sent | {"city": Register("Köln", 0)})
    with pytest.raises(ProofInvalid):
        checked({"o": "x", "c": "y", "r": "z"}, sent)
