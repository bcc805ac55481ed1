"""A verified peer may be hostile: what they can try with correctly signed bundles made
with pslapp's own crypto, and why each try is refused or comes to nothing. Every refusal
leaves the receiving vault exactly as before."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.core.errors import BundleRejected
from pslapp.core.hlc import MAX_SKEW_MS, pack, system_ms, wall_ms
from pslapp.services import peers, records
from pslapp.services.bundles import import_bundle
from pslapp.services.vault import Vault
from tests.services.bundle_kit import befriend, dump, forged_block, new_vault, seal_blocks, send

MINUTE = 60_000


def person_by_sender(hlc: int, base: int = 0, **values: object) -> bytes:
    """A person written in one go, as the sender's own write (signed by it)."""
    return forged_block(
        Kind.PERSON, str(uuid.uuid4()), {"display_name": "Asel", **values}, {"*": (hlc, 1, base)}
    )


def refused(vault: Vault, path: Path) -> str:
    before = dump(vault)
    with pytest.raises(BundleRejected) as caught:
        import_bundle(vault, path)
    assert dump(vault) == before, "a refused bundle changed the vault"
    return caught.value.reason


def test_a_stamp_six_minutes_ahead_is_refused_with_a_word_about_the_senders_clock(
    rita_and_bob, tmp_path
):
    rita, bob = rita_and_bob
    ahead = pack(system_ms() + 6 * MINUTE)
    path = tmp_path / "future.pslb"
    path.write_bytes(seal_blocks(bob, [rita], [person_by_sender(ahead)]))
    reason = refused(rita, path)
    assert "sender's clock" in reason and "minutes" in reason


def test_a_stamp_within_the_bound_is_taken_and_pushes_the_clock_no_further(rita_and_bob, tmp_path):
    rita, bob = rita_and_bob
    assert MAX_SKEW_MS <= 10 * MINUTE, "a few minutes, not a day"
    ahead = pack(system_ms() + MAX_SKEW_MS - MINUTE)
    path = tmp_path / "soon.pslb"
    path.write_bytes(seal_blocks(bob, [rita], [person_by_sender(ahead)]))
    assert import_bundle(rita, path).created == 1
    rita.clock.observe(pack(system_ms() + 10 * 24 * 60 * MINUTE))  # whatever is passed in
    assert wall_ms(rita.clock.tick()) <= system_ms() + MAX_SKEW_MS


def test_a_base_ahead_of_its_own_write_is_refused(rita_and_bob, tmp_path):
    rita, bob = rita_and_bob
    now = pack(system_ms())
    path = tmp_path / "base.pslb"
    path.write_bytes(seal_blocks(bob, [rita], [person_by_sender(now, base=(1 << 63) - 1)]))
    assert "base is ahead" in refused(rita, path)


def test_revoking_after_a_pushed_clock_records_the_wall_clock_time(rita_and_bob, tmp_path):
    rita, bob = rita_and_bob
    path = tmp_path / "push.pslb"
    pushed = pack(system_ms() + MAX_SKEW_MS - MINUTE)
    path.write_bytes(seal_blocks(bob, [rita], [person_by_sender(pushed)]))
    import_bundle(rita, path)
    before = system_ms()
    revoked = peers.revoke(rita, bob.fingerprint)
    assert revoked.revoked_at is not None
    assert before - 1000 <= wall_ms(revoked.revoked_at) <= system_ms() + 1000


def test_a_co_recipient_cannot_squat_another_senders_bundle_id(tmp_path):
    alice, bob, rita = (new_vault(tmp_path / n, n.title()) for n in ("alice", "bob", "rita"))
    befriend(alice, bob, rita)
    records.create(alice, Kind.PERSON, {"display_name": "Taras", "city": "Köln"})
    real = send(alice, [bob, rita], tmp_path / "real.pslb")
    seen_by_bob = import_bundle(bob, real)  # Bob, a co-recipient, learns the bundle id
    squat = tmp_path / "squat.pslb"
    squat.write_bytes(seal_blocks(bob, [rita], [], bundle_id=seen_by_bob.bundle_id))
    assert not import_bundle(rita, squat).already_imported
    report = import_bundle(rita, real)
    assert not report.already_imported and report.created == 1
    assert import_bundle(rita, real).already_imported
    for v in (alice, bob, rita):
        v.lock()


def test_a_table_of_unused_authors_is_refused_and_persists_nothing(rita_and_bob, tmp_path):
    rita, bob = rita_and_bob
    line = forged_block(
        Kind.PERSON,
        str(uuid.uuid4()),
        {"display_name": "Asel"},
        {"*": (pack(system_ms()), 1, 0)},
        extra_authors=4095,
    )
    path = tmp_path / "bloat.pslb"
    path.write_bytes(seal_blocks(bob, [rita], [line]))
    assert "authors that none of its stamps names" in refused(rita, path)
