"""Every stamp carries what its writer had seen of the field (its causal past), signed with
the write. From the hostile side first: what a verified peer or a relay would try with it;
then the two stories the merge used to get wrong without it."""

from __future__ import annotations

import json
import re
import time
import uuid
from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.core.hlc import pack, system_ms
from pslapp.core.stamps import MAX_SEEN
from pslapp.services import conflicts, records
from pslapp.services.bundles import Scope, import_bundle
from pslapp.services.vault import Vault
from tests.services.bundle_kit import (
    befriend,
    exchange_everything,
    forged_block,
    new_vault,
    seal_blocks,
    send,
)
from tests.services.test_bundles_authorship import payload_lines, refused, sealed_lines


@pytest.fixture
def network(tmp_path: Path):
    names = ("alice", "bob", "rita")
    vaults = {n: new_vault(tmp_path / n, n.title()) for n in names}
    befriend(*vaults.values())
    yield vaults
    for v in vaults.values():
        v.lock()


def person_with_past(hlc: int, past: object) -> bytes:
    """A person the sender wrote in one go, its stamp claiming `past` (author numbers of
    the block; the kit makes every number the sender's)."""
    return forged_block(
        Kind.PERSON, str(uuid.uuid4()), {"display_name": "Asel"}, {"*": (hlc, 1, past)}
    )


def sent_by_bob(network, tmp_path: Path, block: bytes) -> Path:
    path = tmp_path / "hostile.pslb"
    path.write_bytes(seal_blocks(network["bob"], [network["rita"]], [block]))
    return path


@pytest.mark.parametrize(
    ("past", "words"),
    [
        (lambda now: [[2, now]], "ahead of the write"),  # saw its own moment
        (lambda now: [[2, now + 1]], "ahead of the write"),  # saw the future
        (lambda now: [[1, now - 1]], "its own author"),
        (lambda now: [[3, now - 2], [2, now - 1]], "ascending"),
        (lambda now: [[2, now - 1], [2, now - 1]], "ascending"),
        (lambda now: [], "empty or too long"),
        (lambda now: [[n, now - 1] for n in range(2, MAX_SEEN + 3)], "empty or too long"),
        (lambda now: [[9, now - 1]], "block does not list"),
        (lambda now: [[2, 0]], "no HLC"),
        (lambda now: [[2, "1"]], "no HLC"),
        (lambda now: [[2, 1.5]], "fraction"),
        (lambda now: [[2]], "invalid"),
        (lambda now: "0", "base is out of range"),
    ],
)
def test_a_causal_past_that_cannot_be_is_refused(network, tmp_path, past, words):
    now = pack(system_ms())
    block = person_with_past(now, past(now))
    if "does not list" in words:  # number 9 outside the table the kit builds
        doc = json.loads(block)
        doc[1] = {"1": "1" * 60, "2": "1" * 60}
        block = json.dumps(doc).encode()
    refused(network["rita"], sent_by_bob(network, tmp_path, block), words)


def test_a_past_naming_the_writer_under_another_number_is_refused(network, tmp_path):
    """Two numbers of the block's table may stand for one fingerprint; a past naming the
    writer so is its own author all the same."""
    now = pack(system_ms())
    block = person_with_past(now, [[2, now - 1]])  # the kit makes 1 and 2 the sender
    refused(network["rita"], sent_by_bob(network, tmp_path, block), "its own author")


def test_a_relay_cannot_change_what_a_write_had_seen(network, tmp_path):
    """Bob edits Alice's record having seen her value; Alice relays Bob's edit to Rita,
    claiming he had seen less (to make a conflict) or more: his signature no longer fits."""
    alice, bob, rita = network["alice"], network["bob"], network["rita"]
    olga = records.create(alice, Kind.PERSON, {"display_name": "Olga", "city": "Köln"})
    import_bundle(bob, send(alice, [bob], tmp_path / "a.pslb"))
    records.edit(bob, Kind.PERSON, olga.id, {"city": "Paris"})
    import_bundle(alice, send(bob, [alice], tmp_path / "b.pslb"))
    honest = payload_lines(rita, send(alice, [rita], tmp_path / "c.pslb"))
    past = re.compile(rb"\[\[(\d+),(\d+)\]\]")
    assert any(past.search(line) for line in honest), "Bob's stamp carries a causal past"
    for change in (lambda m: m[1] + b"," + str(int(m[2]) - 1).encode(), lambda m: m[1] + b",1"):
        altered = [past.sub(lambda m, c=change: b"[[" + c(m) + b"]]", line) for line in honest]
        assert altered != honest
        path = sealed_lines(alice, [rita], altered, tmp_path / "altered.pslb")
        refused(rita, path, "Bob", "not signed by them")
    assert import_bundle(rita, tmp_path / "c.pslb").created == 1  # the honest one


def test_a_past_naming_someone_the_receiver_never_met_arrives_with_their_card(tmp_path):
    """Carol knows only Bob. Bob's edit saw Alice's value, so his stamp names Alice: her
    card comes along, and Carol keeps it as introduced by Bob."""
    alice, bob, carol = (new_vault(tmp_path / n, n.title()) for n in ("alice", "bob", "carol"))
    befriend(alice, bob)
    befriend(bob, carol)
    olga = records.create(alice, Kind.PERSON, {"display_name": "Olga", "city": "Köln"})
    import_bundle(bob, send(alice, [bob], tmp_path / "a.pslb"))
    records.edit(bob, Kind.PERSON, olga.id, {"city": "Paris"})
    report = import_bundle(carol, send(bob, [carol], tmp_path / "b.pslb"))
    assert report.created == 1
    held = records.get(carol, Kind.PERSON, olga.id)
    city = held.stamps.get("city")
    assert city is not None and city.author == bob.fingerprint
    assert dict(city.seen) == {alice.fingerprint: olga.stamps.get("city").hlc}
    for v in (alice, bob, carol):
        v.lock()


def lost_values(vault: Vault) -> list[object]:
    return sorted(str(c.lost_value) for c in conflicts.list_conflicts(vault))


def test_an_edit_the_deleter_had_not_seen_is_listed_where_they_meet(network, tmp_path):
    """Rita creates a person and sends it to Bob; Bob adds notes; Rita, who never saw the
    notes, deletes the person. After a full exchange the person is deleted everywhere and
    Bob's notes are listed for review, not gone without a word."""
    alice, bob, rita = network["alice"], network["bob"], network["rita"]
    person = records.create(rita, Kind.PERSON, {"display_name": "Aigerim"})
    import_bundle(bob, send(rita, [bob], tmp_path / "r.pslb"))
    records.edit(bob, Kind.PERSON, person.id, {"notes": "speaks at the forum"})
    records.delete(rita, Kind.PERSON, person.id)
    exchange_everything([alice, bob, rita], tmp_path, "all")
    for vault in (alice, bob, rita):
        assert records.get(vault, Kind.PERSON, person.id, include_deleted=True).deleted
        assert lost_values(vault) == ["speaks at the forum"]


def test_a_write_the_winner_had_seen_is_listed_nowhere(network, tmp_path):
    """Bob gets Alice's person and sets the city twice in a row. Nobody else wrote the
    city: whatever order the bundles take, no replica lists a conflict."""
    alice, bob, rita = network["alice"], network["bob"], network["rita"]
    person = records.create(alice, Kind.PERSON, {"display_name": "Olga", "city": "Köln"})
    early = send(alice, [rita], tmp_path / "early.pslb")
    import_bundle(bob, send(alice, [bob], tmp_path / "a.pslb"))
    records.edit(bob, Kind.PERSON, person.id, {"city": "Paris"})
    records.edit(bob, Kind.PERSON, person.id, {"city": "Lyon"})
    late = send(bob, [alice, rita], tmp_path / "b.pslb")
    import_bundle(rita, late)
    import_bundle(rita, early)  # the older value arrives after the newer
    import_bundle(alice, late)
    for vault in (alice, bob, rita):
        assert records.get(vault, Kind.PERSON, person.id).values["city"] == "Lyon"
        assert lost_values(vault) == []


def test_settling_a_conflict_settles_it_where_the_other_sides_arrive_later(network, tmp_path):
    """Alice, Bob and Rita set the city at once. On Alice's vault two values lost; she takes
    one of them. Her new edit saw all three: Dora, who gets Alice's edit first and then
    Bob's and Rita's, lists nothing; the question was answered."""
    alice, bob, rita = network["alice"], network["bob"], network["rita"]
    dora = new_vault(tmp_path / "dora", "Dora")
    befriend(alice, bob, rita, dora)
    person = records.create(alice, Kind.PERSON, {"display_name": "Olga", "city": "Köln"})
    for i, vault in enumerate((bob, rita)):
        import_bundle(vault, send(alice, [vault], tmp_path / f"first-{i}.pslb"))
    for vault, city in ((alice, "Paris"), (bob, "Lyon"), (rita, "Nice")):
        records.edit(vault, Kind.PERSON, person.id, {"city": city})
    for i, vault in enumerate((bob, rita)):
        import_bundle(alice, send(vault, [alice], tmp_path / f"back-{i}.pslb"))
    winner = records.get(alice, Kind.PERSON, person.id).values["city"]
    entries = conflicts.list_conflicts(alice)
    assert sorted(c.lost_value for c in entries) == sorted({"Paris", "Lyon", "Nice"} - {winner})
    conflicts.resolve(alice, entries[0].id, "lost")
    import_bundle(dora, send(alice, [dora], tmp_path / "alice.pslb"))
    for i, vault in enumerate((bob, rita)):
        import_bundle(dora, send(vault, [dora], tmp_path / f"late-{i}.pslb"))
    assert records.get(dora, Kind.PERSON, person.id).values["city"] == entries[0].lost_value
    assert lost_values(dora) == []
    dora.lock()


def lost_dots(vault: Vault) -> set[tuple[str, str, int, str]]:
    return {
        (c.record_id, c.field, c.lost_hlc, c.lost_author)
        for c in conflicts.list_conflicts(vault, include_resolved=True)
    }


def concurrent_cities(network, tmp_path: Path) -> tuple[str, Path]:
    """Alice and Bob set Olga's city at once; Bob's edit reaches Alice (who lists the loss);
    Rita had Olga from Alice before. Returns Olga's id and Alice's next bundle to Rita."""
    alice, bob, rita = network["alice"], network["bob"], network["rita"]
    olga = records.create(alice, Kind.PERSON, {"display_name": "Olga", "city": "Köln"})
    import_bundle(bob, send(alice, [bob], tmp_path / "a-bob.pslb"))
    import_bundle(rita, send(alice, [rita], tmp_path / "a-rita.pslb"))
    records.edit(bob, Kind.PERSON, olga.id, {"city": "Lyon"})
    time.sleep(0.01)  # Alice's edit is the later one: Bob's loses
    records.edit(alice, Kind.PERSON, olga.id, {"city": "Paris"})
    import_bundle(alice, send(bob, [alice], tmp_path / "b-alice.pslb"))
    [loss] = conflicts.list_conflicts(alice)
    assert loss.lost_value == "Lyon" and loss.lost_author == bob.fingerprint
    return olga.id, send(alice, [rita], tmp_path / "a-rita-2.pslb")


def test_a_loss_met_on_one_replica_is_listed_on_every_replica_that_holds_the_record(
    network, tmp_path
):
    """Rita never gets Bob's bundle: the lost side reaches her in Alice's, proved by its
    author's own signature, and she lists the same conflict as Alice."""
    alice, rita = network["alice"], network["rita"]
    olga_id, to_rita = concurrent_cities(network, tmp_path)
    import_bundle(rita, to_rita)
    assert lost_dots(rita) == lost_dots(alice)
    assert (
        records.get(rita, Kind.PERSON, olga_id).values
        == records.get(alice, Kind.PERSON, olga_id).values
    )
    import_bundle(rita, send(alice, [rita], tmp_path / "again.pslb", Scope(everything=True)))
    assert len(conflicts.list_conflicts(rita)) == 1, "listed once, however often it comes"


def test_a_relay_cannot_alter_a_lost_write(network, tmp_path):
    """Alice sends Bob's lost value on; changed on the way, Bob's signature no longer fits."""
    alice, rita = network["alice"], network["rita"]
    _, to_rita = concurrent_cities(network, tmp_path)
    honest = payload_lines(rita, to_rita)
    [lost] = [line for line in honest if line.startswith(b'["lost",')]
    assert b'"Lyon"' in lost
    altered = [line.replace(b'"Lyon"', b'"Moscow (planted)"') for line in honest]
    path = sealed_lines(alice, [rita], altered, tmp_path / "altered.pslb")
    refused(rita, path, "Bob", "not signed by them")


def test_a_lost_write_of_a_record_not_held_here_creates_nothing(network, tmp_path):
    """Dora never had Olga: the loss alone brings no half a record (no name, one city)."""
    alice = network["alice"]
    dora = new_vault(tmp_path / "dora", "Dora")
    befriend(alice, dora)
    concurrent_cities(network, tmp_path)
    lines = payload_lines(dora, send(alice, [dora], tmp_path / "to-dora.pslb"))
    only_lost = [line for line in lines if not line.startswith(b'["person"')]
    assert any(line.startswith(b'["lost",') for line in only_lost)
    import_bundle(dora, sealed_lines(alice, [dora], only_lost, tmp_path / "lost-only.pslb"))
    assert records.page(dora, Kind.PERSON, limit=10) == []
    assert conflicts.list_conflicts(dora) == []
    dora.lock()


@pytest.mark.parametrize("take", ["kept", "lost"])
def test_a_choice_made_on_one_laptop_closes_the_conflict_on_the_others(network, tmp_path, take):
    """Alice and Rita both list the loss of Bob's city. Alice decides; once her bundle
    reaches Rita, Rita's list is empty too, and both hold Alice's choice."""
    alice, rita = network["alice"], network["rita"]
    olga_id, to_rita = concurrent_cities(network, tmp_path)
    import_bundle(rita, to_rita)
    [entry] = conflicts.list_conflicts(alice)
    assert len(conflicts.list_conflicts(rita)) == 1
    conflicts.resolve(alice, entry.id, take)
    chosen = records.get(alice, Kind.PERSON, olga_id).values["city"]
    assert chosen == ("Paris" if take == "kept" else "Lyon")
    import_bundle(rita, send(alice, [rita], tmp_path / "choice.pslb"))
    assert conflicts.list_conflicts(rita) == []
    assert records.get(rita, Kind.PERSON, olga_id).values["city"] == chosen
