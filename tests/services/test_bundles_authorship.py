"""Authorship is no longer the sender's claim (bundle format 3): every write carries its
author's signature, a relay forwards it as signed, and revocation cuts an author's signed
chain at a position. Each attack is built from a verified but hostile peer's side, with
pslapp's own crypto; a refused bundle leaves the vault exactly as it was."""

from __future__ import annotations

import base64
import json
import os
import shutil
import uuid
from pathlib import Path

import pytest
import zstandard
from sqlalchemy import text

from pslapp.core import attest
from pslapp.core.enums import Kind
from pslapp.core.errors import BundleRejected
from pslapp.core.hlc import HybridClock, pack, system_ms
from pslapp.crypto.card import make_card
from pslapp.crypto.changeset import ChangeSet
from pslapp.crypto.changeset import signed_message as change_set_message
from pslapp.services import bundles, peers, records
from pslapp.services.bundles import Scope, import_bundle
from pslapp.services.bundles.container import iter_lines
from pslapp.services.bundles.unseal import verify_bundle
from pslapp.services.vault import Vault, open_vault
from pslapp.storage import schema
from tests.conftest import PASSPHRASE
from tests.services.bundle_kit import befriend, dump, introduce, new_vault, seal_raw, send

CHANNELS = [
    {"kind": "email", "value": "olga@example.org"},
    {"kind": "phone", "value": "+49 170 5550199"},
]


@pytest.fixture
def network(tmp_path: Path):
    names = ("alice", "bob", "carol", "rita")
    vaults = {n: new_vault(tmp_path / n, n.title()) for n in names}
    befriend(*vaults.values())
    yield vaults
    for v in vaults.values():
        v.lock()


def payload_lines(vault: Vault, path: Path) -> list[bytes]:
    """What a recipient reads inside a bundle: its payload, line by line."""
    inner, _ = verify_bundle(vault, path)
    manifest = inner.manifest
    return list(iter_lines(inner.payload, manifest.encoding, manifest.raw_length))


def sealed_lines(sender: Vault, to: list[Vault], lines: list[bytes], path: Path) -> Path:
    raw = b"".join(line + b"\n" for line in lines)
    blocks = [line for line in lines if not line.startswith((b'["author"', b'["changes"'))]
    count = sum(1 if line.startswith(b'["lost",') else len(json.loads(line)[2]) for line in blocks)
    payload = zstandard.ZstdCompressor().compress(raw)
    path.write_bytes(seal_raw(sender, to, payload, raw_length=len(raw), op_count=count))
    return path


def card_line(vault: Vault) -> bytes:
    return json.dumps(["author", make_card(vault.own_identity())]).encode()


def change_line(signer: Vault, author: str, leaves: list[bytes], seq: int = 1) -> bytes:
    """A change set claiming `author`, signed by `signer`'s key."""
    prev = "" if seq == 1 else os.urandom(32).hex()
    statement = ChangeSet(author, seq, prev, 0, b"".join(leaves)).to_bytes()
    signature = signer.own_identity().sign(change_set_message(statement))
    b64 = base64.b64encode
    return json.dumps(
        ["changes", author, b64(statement).decode(), b64(signature).decode()]
    ).encode()


def person_block(author: str, rid: str, values: dict[str, object], hlc: int, seed: bytes) -> bytes:
    columns = {"_deleted": [False], **{k: [v] for k, v in values.items()}}
    doc = [
        "person",
        {"1": author},
        [rid],
        [1_700_000_000_000],
        [{"*": [hlc, 1, 0]}],
        columns,
        [[[1, hlc, 0, attest.b64(seed)]]],
    ]
    return json.dumps(doc, ensure_ascii=False).encode()


def leaf_for(rid: str, values: dict[str, object], hlc: int, seed: bytes) -> bytes:
    registers = {k: attest.Register(v, 0) for k, v in values.items()}
    registers["_deleted"] = attest.Register(False, 0)
    return attest.leaf_of(attest.Write(Kind.PERSON, rid, 1_700_000_000_000, hlc), seed, registers)


def refused(vault: Vault, path: Path, *words: str) -> str:
    before = dump(vault)
    with pytest.raises(BundleRejected) as caught:
        import_bundle(vault, path)
    assert dump(vault) == before, "a refused bundle changed the vault"
    for word in words:
        assert word in caught.value.reason
    return caught.value.reason


def named_people(vault: Vault) -> dict[str, dict[str, object]]:
    return {r.values["display_name"]: r.values for r in records.page(vault, Kind.PERSON)}


# --- forged authors -----------------------------------------------------------------------


@pytest.mark.parametrize("victim", ["alice", "rita"])
def test_a_record_written_in_someone_elses_name_is_refused(network, tmp_path, victim):
    """Bob labels his record as Alice's (or as the receiver's own) and signs the change
    set himself: the signature does not check against the named author's key."""
    bob, rita = network["bob"], network["rita"]
    author = network[victim]
    rid, hlc, seed = str(uuid.uuid4()), pack(system_ms()), os.urandom(16)
    values = {"display_name": "Planted Person", "city": "Moscow (planted)"}
    lines = [
        card_line(bob),
        card_line(author),
        change_line(bob, author.fingerprint, [leaf_for(rid, values, hlc, seed)]),
        person_block(author.fingerprint, rid, values, hlc, seed),
    ]
    path = sealed_lines(bob, [rita], lines, tmp_path / "forged.pslb")
    refused(rita, path, "not signed by them")


def test_a_genuine_change_set_cannot_vouch_for_a_record_it_does_not_hold(network, tmp_path):
    """Bob copies one of Alice's real, signed change sets out of a bundle she sent him and
    attaches it to a record of his own making, labelled as hers."""
    alice, bob, rita = network["alice"], network["bob"], network["rita"]
    records.create(alice, Kind.PERSON, {"display_name": "Olga", "city": "Köln"})
    real = payload_lines(bob, send(alice, [bob], tmp_path / "real.pslb"))
    alice_card, alice_change = real[0], real[1]
    assert alice_card.startswith(b'["author"') and alice_change.startswith(b'["changes"')
    rid, hlc, seed = str(uuid.uuid4()), pack(system_ms()), os.urandom(16)
    values = {"display_name": "Planted Person"}
    lines = [alice_card, alice_change, person_block(alice.fingerprint, rid, values, hlc, seed)]
    path = sealed_lines(bob, [rita], lines, tmp_path / "copied.pslb")
    refused(rita, path, "Alice", "not signed by them")


def test_an_author_nobody_has_a_card_for_is_refused(network, tmp_path):
    bob, rita = network["bob"], network["rita"]
    rid, hlc, seed = str(uuid.uuid4()), pack(system_ms()), os.urandom(16)
    nobody = "0" * 60
    lines = [card_line(bob), person_block(nobody, rid, {"display_name": "X"}, hlc, seed)]
    path = sealed_lines(bob, [rita], lines, tmp_path / "nobody.pslb")
    refused(rita, path, "card did not come")


def test_a_relay_cannot_alter_what_another_author_wrote(network, tmp_path):
    """Bob relays Alice's record to Rita with the city changed; Alice's proof stays."""
    alice, bob, rita = network["alice"], network["bob"], network["rita"]
    records.create(alice, Kind.PERSON, {"display_name": "Olga", "city": "Köln"})
    import_bundle(bob, send(alice, [bob], tmp_path / "a.pslb"))
    honest = payload_lines(rita, send(bob, [rita], tmp_path / "b.pslb"))
    altered = [line.replace("Köln".encode(), b"Moscow (planted)") for line in honest]
    assert altered != honest
    path = sealed_lines(bob, [rita], altered, tmp_path / "altered.pslb")
    refused(rita, path, "Alice", "not signed by them")


def test_a_record_relayed_from_a_stranger_is_shown_as_introduced(tmp_path):
    """Carol does not know Alice; Bob relays Alice's record: it arrives, proved by Alice's
    own signature, and Carol's vault knows Alice only as introduced by Bob."""
    alice, bob, carol = (new_vault(tmp_path / n, n.title()) for n in ("alice", "bob", "carol"))
    befriend(alice, bob)
    befriend(bob, carol)
    records.create(alice, Kind.PERSON, {"display_name": "Olga", "city": "Köln"})
    import_bundle(bob, send(alice, [bob], tmp_path / "a.pslb"))
    relayed = send(bob, [carol], tmp_path / "b.pslb")
    assert bundles.review_bundle(carol, relayed).strangers == ("Alice",)
    assert import_bundle(carol, relayed).created == 1
    with carol.read() as conn:
        rows = conn.execute(text("SELECT fingerprint, card, introduced_by FROM authors")).all()
    known = {fp: (card, by) for fp, card, by in rows}
    card, by = known[alice.fingerprint]
    assert "Alice" in card and by == bob.fingerprint
    assert known.get(bob.fingerprint, (None, None)) == (None, None), "a peer's card: peers"
    for v in (alice, bob, carol):
        v.lock()


def test_cards_of_authors_who_wrote_nothing_are_not_kept(network, tmp_path):
    bob, rita = network["bob"], network["rita"]
    strangers = [new_vault(tmp_path / f"s{i}", f"Stranger {i}") for i in range(5)]
    records.create(bob, Kind.PERSON, {"display_name": "Olga"})
    lines = payload_lines(rita, send(bob, [rita], tmp_path / "b.pslb"))
    padded = [card_line(s) for s in strangers] + lines
    with rita.read() as conn:
        before = conn.execute(text("SELECT count(*) FROM authors")).scalar()
    path = sealed_lines(bob, [rita], padded, tmp_path / "padded.pslb")
    assert import_bundle(rita, path).created == 1
    with rita.read() as conn:
        after = conn.execute(text("SELECT count(*) FROM authors")).scalar()
        cards = conn.execute(text("SELECT count(*) FROM authors WHERE card IS NOT NULL")).scalar()
    assert after - before <= 1 and cards == 0
    for s in strangers:
        s.lock()


# --- relaying keeps the author's proof, leaving out what must stay home ---------------------


def test_restricted_data_stays_home_on_a_relay_and_the_relay_still_proves_it(network, tmp_path):
    alice, bob, carol, rita = (network[n] for n in ("alice", "bob", "carol", "rita"))
    records.create(
        alice,
        Kind.PERSON,
        {"display_name": "Olga", "legal_name": "Olga S. Ivanova", "channels": CHANNELS},
    )
    everything = Scope(everything=True, include_restricted=True)
    import_bundle(bob, send(alice, [bob], tmp_path / "a.pslb", everything))
    to_carol = send(bob, [carol], tmp_path / "b.pslb")  # default: restricted stays home
    plain = b"".join(payload_lines(carol, to_carol))
    assert b"Ivanova" not in plain and b"5550199" not in plain
    import_bundle(carol, to_carol)
    olga = named_people(carol)["Olga"]
    assert olga["legal_name"] is None
    assert olga["channels"] == [CHANNELS[0]]
    import_bundle(rita, send(carol, [rita], tmp_path / "c.pslb"))  # and on again
    assert named_people(rita)["Olga"]["channels"] == [CHANNELS[0]]


def test_a_superseded_value_travels_as_a_digest_only(network, tmp_path):
    alice, bob, carol = network["alice"], network["bob"], network["carol"]
    olga = records.create(alice, Kind.PERSON, {"display_name": "Olga", "city": "Tbilisi"})
    import_bundle(bob, send(alice, [bob], tmp_path / "a.pslb"))
    records.edit(bob, Kind.PERSON, olga.id, {"city": "Köln"})
    to_carol = send(bob, [carol], tmp_path / "b.pslb")
    assert b"Tbilisi" not in b"".join(payload_lines(carol, to_carol))
    import_bundle(carol, to_carol)
    got = records.get(carol, Kind.PERSON, olga.id)
    assert got.values["city"] == "Köln" and got.values["display_name"] == "Olga"
    assert got.stamps.get("display_name").author == alice.fingerprint  # type: ignore[union-attr]
    assert got.stamps.get("city").author == bob.fingerprint  # type: ignore[union-attr]


# --- revocation by position in the author's chain ------------------------------------------


def test_backdated_changes_of_a_revoked_author_relayed_by_an_honest_peer_are_refused(
    network, tmp_path
):
    """Xavier (Alice here) is revoked by Rita; he stamps new changes with a clock set
    before the revocation and sends them to honest Bob, who relays them to Rita."""
    xavier, bob, rita = network["alice"], network["bob"], network["rita"]
    xavier.clock = HybridClock(0, now_ms=lambda: system_ms() - 7_200_000)
    target = records.create(xavier, Kind.PERSON, {"display_name": "Taras", "city": "Köln"})
    import_bundle(rita, send(xavier, [rita], tmp_path / "0.pslb"))
    revoked = peers.revoke(rita, xavier.fingerprint)
    # Stamped an hour before the revocation time, after everything Rita had from him.
    xavier.clock = HybridClock(xavier.clock.last, now_ms=lambda: system_ms() - 3_600_000)
    assert revoked.revoked_at is not None and xavier.clock.tick() < revoked.revoked_at
    records.edit(xavier, Kind.PERSON, target.id, {"city": "Moscow (planted)"})
    records.create(xavier, Kind.PERSON, {"display_name": "Planted"})
    import_bundle(bob, send(xavier, [bob], tmp_path / "1.pslb"))
    report = import_bundle(rita, send(bob, [rita], tmp_path / "2.pslb"))
    assert report.refused_ops > 0
    people = named_people(rita)
    assert people["Taras"]["city"] == "Köln" and "Planted" not in people


def test_a_fork_of_an_authors_chain_is_shown(network, tmp_path):
    """Alice's vault is restored from a copy and numbers its change sets again: Rita,
    who has seen both histories, is told."""
    alice, rita = network["alice"], network["rita"]
    folder = tmp_path / "alice"
    records.create(alice, Kind.PERSON, {"display_name": "One"})
    alice.lock()
    shutil.copytree(folder, tmp_path / "alice-copy")
    alice = open_vault(folder, PASSPHRASE)
    records.create(alice, Kind.PERSON, {"display_name": "Two"})
    import_bundle(rita, send(alice, [rita], tmp_path / "a.pslb"))
    alice.lock()
    restored = open_vault(tmp_path / "alice-copy", PASSPHRASE)
    records.create(restored, Kind.PERSON, {"display_name": "Three"})
    report = import_bundle(
        rita, send(restored, [rita], tmp_path / "b.pslb", Scope(everything=True))
    )
    assert any("another version" in w for w in report.warnings)
    assert {"One", "Two", "Three"} <= set(named_people(rita))
    restored.lock()
    network["alice"] = open_vault(folder, PASSPHRASE)


def test_a_fork_that_arrives_in_one_relayed_bundle_is_shown(network, tmp_path):
    """Bob got both of Alice's histories; Rita had neither, and gets them in one bundle
    from Bob: she is told too, not only a vault that already held one of them."""
    alice, bob, rita = network["alice"], network["bob"], network["rita"]
    folder = tmp_path / "alice"
    records.create(alice, Kind.PERSON, {"display_name": "One"})
    alice.lock()
    shutil.copytree(folder, tmp_path / "alice-copy")
    alice = open_vault(folder, PASSPHRASE)
    records.create(alice, Kind.PERSON, {"display_name": "Two"})
    import_bundle(bob, send(alice, [bob], tmp_path / "a.pslb"))
    alice.lock()
    restored = open_vault(tmp_path / "alice-copy", PASSPHRASE)
    records.create(restored, Kind.PERSON, {"display_name": "Three"})
    import_bundle(bob, send(restored, [bob], tmp_path / "b.pslb", Scope(everything=True)))
    restored.lock()
    report = import_bundle(rita, send(bob, [rita], tmp_path / "c.pslb"))
    assert any("another version" in w and "Alice" in w for w in report.warnings)
    assert {"One", "Two", "Three"} <= set(named_people(rita))
    network["alice"] = open_vault(folder, PASSPHRASE)


def test_an_upgraded_vault_signs_its_own_history_and_keeps_peers_values_unrelayed(
    network, tmp_path
):
    """A vault from before format 3: its own records get proofs at the first unlock; what
    it got from peers before has none and is never relayed in their name."""
    alice, bob, carol = network["alice"], network["bob"], network["carol"]
    mine = records.create(bob, Kind.PERSON, {"display_name": "Mine"})
    records.create(alice, Kind.PERSON, {"display_name": "From Alice"})
    import_bundle(bob, send(alice, [bob], tmp_path / "a.pslb"))
    schema.downgrade(bob.engine, "0002")  # as a format-2 vault: no proofs, no change sets
    folder = bob.folder
    bob.lock()
    bob = network["bob"] = open_vault(folder, PASSPHRASE)
    assert records.get(bob, Kind.PERSON, mine.id).proofs
    import_bundle(carol, send(bob, [carol], tmp_path / "b.pslb", Scope(everything=True)))
    people = named_people(carol)
    assert "Mine" in people and "From Alice" not in people
    introduce(carol, bob)


# --- one receive path: what is reviewed is what is applied ---------------------------------


def test_apply_writes_the_bundle_that_was_reviewed_not_what_sits_at_the_path_later(
    network, tmp_path
):
    alice, rita = network["alice"], network["rita"]
    records.create(alice, Kind.PERSON, {"display_name": "Reviewed"})
    path = send(alice, [rita], tmp_path / "in.pslb")
    review = bundles.review_bundle(rita, path)
    assert [item.title for item in review.items] == ["Reviewed"]
    records.create(alice, Kind.PERSON, {"display_name": "Swapped in"})
    send(alice, [rita], tmp_path / "in.pslb", Scope(everything=True))  # the file changes
    report = bundles.apply_review(rita, review)
    assert report.created == 1
    assert set(named_people(rita)) == {"Reviewed"}


def test_the_review_leaves_out_what_the_import_refuses(network, tmp_path):
    """A revoked author's later change relayed by Bob: the review does not list it, as the
    import does not apply it (both are the same pass)."""
    xavier, bob, rita = network["alice"], network["bob"], network["rita"]
    import_bundle(rita, send(xavier, [rita], tmp_path / "0.pslb"))
    peers.revoke(rita, xavier.fingerprint)
    records.create(xavier, Kind.PERSON, {"display_name": "Planted"})
    records.create(bob, Kind.PERSON, {"display_name": "Honest"})
    import_bundle(bob, send(xavier, [bob], tmp_path / "1.pslb"))
    review = bundles.review_bundle(rita, send(bob, [rita], tmp_path / "2.pslb"))
    assert [item.title for item in review.items] == ["Honest"]
    assert review.report.refused_ops > 0
