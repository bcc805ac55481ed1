"""Peers: added from a card, trusted only once verified, revoked for good."""

from __future__ import annotations

from pathlib import Path

import pytest

from pslapp.core.errors import NotFound, ValidationError
from pslapp.crypto.card import CardInvalid
from pslapp.crypto.identity import format_fingerprint
from pslapp.services import peers
from tests.services.bundle_kit import new_vault


def test_a_peer_starts_unverified_and_is_verified_after_comparing(tmp_path: Path):
    a, b = new_vault(tmp_path / "a", "Alice"), new_vault(tmp_path / "b", "Bob")
    added = peers.add(b, peers.own_card(a).encode())
    assert added.fingerprint == a.fingerprint and added.name == "Alice"
    assert not added.verified and not added.trusted
    assert peers.verify(b, format_fingerprint(a.fingerprint)).trusted
    again = peers.add(b, peers.own_card(a).encode())  # re-adding keeps the verification
    assert again.verified
    assert [p.fingerprint for p in peers.list_peers(b)] == [a.fingerprint]


def test_revocation_keeps_the_earliest_time(tmp_path: Path):
    a, b = new_vault(tmp_path / "a", "Alice"), new_vault(tmp_path / "b", "Bob")
    peers.add(b, peers.own_card(a).encode(), verified=True)
    first = peers.revoke(b, a.fingerprint, at=1000)
    assert first.revoked_at == 1000 and not first.trusted
    assert peers.revoke(b, a.fingerprint, at=5000).revoked_at == 1000
    assert peers.add(b, peers.own_card(a).encode(), verified=True).revoked_at == 1000


def test_own_card_unknown_and_malformed_fingerprints(tmp_path: Path):
    a = new_vault(tmp_path / "a", "Alice")
    with pytest.raises(CardInvalid, match="own card"):
        peers.add(a, peers.own_card(a).encode())
    with pytest.raises(NotFound):
        peers.verify(a, "1" * 60)
    with pytest.raises(ValidationError):
        peers.revoke(a, "12345")
