"""What a verified but hostile (or merely buggy) peer sends must leave a valid vault: every
bundle here is built with the project's own crypto and signed by a trusted peer, and each
shape a local edit would refuse is refused (the vault byte for byte as before), after which
the event, its door list, its CSV, its sheets and `--json` all still work."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from pslapp.cli.main import main
from pslapp.core.enums import Kind
from pslapp.core.errors import BundleRejected, ValidationError
from pslapp.services import event_reports, event_sheets, events, records
from pslapp.services.bundles import import_bundle
from pslapp.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.services.bundle_kit import befriend, dump, new_vault, seal_blocks

AUTHOR = "1" * 60
HLC = 1 << 40  # long ago, well inside any clock bound


@pytest.fixture
def door(tmp_path: Path):
    """Alice (the hostile peer) and Bob, whose vault holds a forum with one attendee."""
    alice, bob = (new_vault(tmp_path / n, n.title()) for n in ("alice", "bob"))
    befriend(alice, bob)
    forum = records.create(
        bob, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    ).id
    asel = records.create(bob, Kind.PERSON, {"display_name": "Asel"}).id
    events.attend(bob, forum, asel)
    yield alice, bob, forum, asel
    for v in (alice, bob):
        v.lock()


def block(kind: str, rows: list[dict[str, Any]], **parts: Any) -> bytes:
    """One block of `rows` (field -> value; `id` and `created` taken out) as a sender writes
    it, every record stamped once; `parts` replace whole parts."""
    ids = [row.pop("id") for row in rows]
    created = [row.pop("created", 1_700_000_000_000) for row in rows]
    names = sorted({name for row in rows for name in row})
    columns: dict[str, Any] = {"_deleted": [False] * len(rows)}
    columns.update({name: [row.get(name) for row in rows] for name in names})
    doc = [
        kind,
        {"1": AUTHOR},
        ids,
        created,
        parts.get("stamps", [{"*": [HLC, 1, 0]}] * len(rows)),
        columns,
    ]
    return json.dumps(doc, ensure_ascii=False).encode()


def uid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def sealed(alice: Vault, bob: Vault, folder: Path, *lines: bytes, name: str = "b") -> Path:
    count = sum(len(json.loads(line)[2]) for line in lines)
    path = folder / f"{name}.pslb"
    path.write_bytes(seal_blocks(alice, [bob], lines, op_count=count))
    return path


def refused(bob: Vault, path: Path, *fragments: str) -> str:
    """The bundle is refused as malformed, naming what is at fault; nothing changed."""
    before = dump(bob)
    with pytest.raises(BundleRejected, match="malformed") as caught:
        import_bundle(bob, path)
    assert dump(bob) == before
    with pytest.raises(BundleRejected):  # a dry run refuses it the same way
        import_bundle(bob, path, dry_run=True)
    message = str(caught.value)
    for fragment in fragments:
        assert fragment in message
    assert "\n" not in message
    return message


def cli(vault: Vault, *args: str) -> tuple[int, str]:
    import contextlib
    import io

    out = io.StringIO()
    os.environ["PSLAPP_PASSPHRASE"] = PASSPHRASE
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            code = main(["--vault", str(vault.folder), *args])
    finally:
        del os.environ["PSLAPP_PASSPHRASE"]
    return code, out.getvalue()


def everything_opens(bob: Vault, forum: str, folder: Path) -> None:
    """The event, its door list, CSV, sheets and --json all work."""
    attendees = events.attendees(bob, forum)
    assert [a.person.values["display_name"] for a in attendees] == ["Asel"]
    assert [a.to_json()["display_name"] for a in attendees] == ["Asel"]
    event_reports.export_attendees(bob, forum, folder / "list.csv")
    assert "Asel" in (folder / "list.csv").read_text(encoding="utf-8-sig")
    event_reports.event_stats(bob, forum)
    event_sheets.event_sheet(bob, forum)
    for kind in Kind:
        for record in records.page(bob, kind, limit=1000):
            json.dumps(record.to_json())
    code, out = cli(bob, "event", "show", forum, "--json")
    assert code == 0 and json.loads(out)["attendees"][0]["display_name"] == "Asel"
    code, out = cli(bob, "person", "list", "--json")
    assert code == 0 and [p["display_name"] for p in json.loads(out)] == ["Asel"]


# --- the shapes a local edit refuses ------------------------------------------------------


@pytest.mark.parametrize("shape", ["null", "missing"])
def test_a_nameless_attendee_is_refused_and_the_door_still_opens(door, tmp_path, shape):
    alice, bob, forum, _ = door
    nobody: dict[str, Any] = {"id": uid(1), "city": "Minsk"}
    if shape == "null":
        nobody["display_name"] = None
    attendance = {
        "id": records.attendance_id(forum, uid(1)),
        "event_id": forum,
        "person_id": uid(1),
    }
    path = sealed(
        alice, bob, tmp_path, block("person", [nobody]), block("attendance", [attendance])
    )
    refused(bob, path, "person", uid(1), "display_name")
    everything_opens(bob, forum, tmp_path)


def test_a_local_edit_refuses_the_same_nameless_person(door):
    _, bob, _, asel = door
    with pytest.raises(ValidationError, match="display_name"):
        records.create(bob, Kind.PERSON, {"city": "Minsk"})
    with pytest.raises(ValidationError, match="display_name"):
        records.edit(bob, Kind.PERSON, asel, {"display_name": None})


def test_an_event_that_ends_before_it_starts_is_refused(door, tmp_path):
    alice, bob, forum, _ = door
    event = {"id": uid(2), "title": "Picket", "kind": "picket"}
    event |= {"start": "2026-05-02T10:00", "end": "2026-05-01T10:00"}
    refused(bob, sealed(alice, bob, tmp_path, block("event", [event])), "event", uid(2), "end")
    everything_opens(bob, forum, tmp_path)
    with pytest.raises(ValidationError, match="end"):  # the same rule as a local edit
        records.create(bob, Kind.EVENT, event)  # (`block` took the id out)


def test_an_edit_that_moves_an_events_end_before_its_start_is_refused(door, tmp_path):
    """The rule holds for the record as merging leaves it, not only for new records."""
    alice, bob, forum, _ = door
    stamps = [{"*": [0, 1, 0], "end": [bob.clock.tick() + 1, 1, 0]}]
    edit = block(
        "event",
        [{"id": forum, "title": None, "kind": None, "start": None, "end": "2026-04-01T10:00"}],
        stamps=stamps,
    )
    refused(bob, sealed(alice, bob, tmp_path, edit), "event", forum, "end")
    everything_opens(bob, forum, tmp_path)


def test_a_link_with_neither_person_nor_organisation_is_refused(door, tmp_path):
    alice, bob, forum, _ = door
    link = {"id": uid(3), "kind": "member_of", "person_id": None, "organisation_id": None}
    refused(bob, sealed(alice, bob, tmp_path, block("link", [link])), "link", uid(3), "person_id")
    everything_opens(bob, forum, tmp_path)


@pytest.mark.parametrize("shape", ["both", "neither"])
def test_a_coalition_member_that_is_both_or_neither_is_refused(door, tmp_path, shape):
    alice, bob, forum, asel = door
    coalition = records.create(bob, Kind.COALITION, {"name": "Solidarity"}).id
    org = records.create(bob, Kind.ORGANISATION, {"name": "Union"}).id
    member = {"id": uid(4), "coalition_id": coalition, "role": "member"}
    if shape == "both":
        member |= {"organisation_id": org, "person_id": asel}
    else:
        member |= {"organisation_id": None, "person_id": None}
    path = sealed(alice, bob, tmp_path, block("coalition_member", [member]))
    refused(bob, path, "coalition_member", uid(4), "member")
    everything_opens(bob, forum, tmp_path)


@pytest.mark.parametrize("role", ["member\nobserver", "\tcoordinator", "member ", " "])
def test_a_coalition_role_that_is_not_one_clean_line_is_refused(door, tmp_path, role):
    """A role is one line of text like a name: a peer's role that could read as two, or
    that hides characters at its ends, is refused, and the vault stays as it was."""
    alice, bob, forum, _ = door
    coalition = records.create(bob, Kind.COALITION, {"name": "Solidarity"}).id
    org = records.create(bob, Kind.ORGANISATION, {"name": "Union"}).id
    member = {"id": uid(5), "coalition_id": coalition, "organisation_id": org, "role": role}
    path = sealed(alice, bob, tmp_path, block("coalition_member", [member]))
    refused(bob, path, "coalition_member", "role")
    everything_opens(bob, forum, tmp_path)


@pytest.mark.parametrize("role", ["observer", "Koordinatorin", "член правления"])
def test_a_coalition_role_is_taken_as_written_a_code_or_words(door, tmp_path, role):
    """The app offers roles as codes (shown translated), but the field is text: a role in
    a peer's own words, typed before the choice existed or by another version, travels
    and stays as written, so no vault's members stop travelling over it."""
    alice, bob, _forum, _ = door
    coalition = records.create(bob, Kind.COALITION, {"name": "Solidarity"}).id
    org = records.create(bob, Kind.ORGANISATION, {"name": "Union"}).id
    member = {"id": uid(6), "coalition_id": coalition, "organisation_id": org, "role": role}
    import_bundle(bob, sealed(alice, bob, tmp_path, block("coalition_member", [member])))
    assert records.get(bob, Kind.COALITION_MEMBER, uid(6)).values["role"] == role


def test_an_attendance_pointing_at_nobody_is_refused_naming_it(door, tmp_path):
    alice, bob, forum, _ = door
    ghost = uid(5)
    aid = records.attendance_id(forum, ghost)
    attendance = {"id": aid, "event_id": forum, "person_id": ghost}
    path = sealed(alice, bob, tmp_path, block("attendance", [attendance]))
    refused(bob, path, "attendance", aid, "person_id", ghost)
    everything_opens(bob, forum, tmp_path)


def test_a_link_to_an_organisation_that_exists_nowhere_is_refused(door, tmp_path):
    alice, bob, _, asel = door
    link = {"id": uid(6), "kind": "member_of", "person_id": asel, "organisation_id": uid(7)}
    path = sealed(alice, bob, tmp_path, block("link", [link]))
    refused(bob, path, "link", uid(6), "organisation_id", uid(7))


def test_an_attendance_for_a_person_arriving_in_the_same_bundle_is_accepted(door, tmp_path):
    """The control for the reference cases: pointing at a record the bundle brings, or one
    this vault holds (even as a tombstone), is fine."""
    alice, bob, forum, asel = door
    newcomer = {"id": uid(8), "display_name": "Ilya"}
    attendance = {
        "id": records.attendance_id(forum, uid(8)),
        "event_id": forum,
        "person_id": uid(8),
        "status": "registered",
        "role": "participant",
        "walk_in": False,
    }
    org = records.create(bob, Kind.ORGANISATION, {"name": "Gone"}).id
    records.delete(bob, Kind.ORGANISATION, org)
    link = {"id": uid(9), "kind": "member_of", "person_id": asel, "organisation_id": org}
    path = sealed(
        alice,
        bob,
        tmp_path,
        block("attendance", [attendance]),
        block("person", [newcomer]),
        block("link", [link]),
    )
    assert import_bundle(bob, path).created == 3
    assert {a.person.title for a in events.attendees(bob, forum)} == {"Asel", "Ilya"}


def test_an_attendance_under_a_made_up_id_is_refused_so_two_doors_cannot_double_it(door, tmp_path):
    alice, bob, forum, asel = door
    attendance = {"id": uid(10), "event_id": forum, "person_id": asel, "status": "checked_in"}
    path = sealed(alice, bob, tmp_path, block("attendance", [attendance]))
    refused(bob, path, "attendance", uid(10), "id")
    everything_opens(bob, forum, tmp_path)
    assert len(events.attendees(bob, forum)) == 1


@pytest.mark.parametrize("created", [(1 << 48) - 1, 253402300800000])
def test_a_creation_time_past_the_year_9999_is_refused_and_json_lists_still_work(
    door, tmp_path, created
):
    alice, bob, forum, _ = door
    person = {"id": uid(11), "display_name": "Future", "created": created}
    path = sealed(alice, bob, tmp_path, block("person", [person]))
    refused(bob, path, "person", uid(11), "created")
    everything_opens(bob, forum, tmp_path)


def test_the_last_printable_creation_time_is_accepted(door, tmp_path):
    alice, bob, _, _ = door
    person = {"id": uid(12), "display_name": "Late", "created": 253402300799999}
    assert import_bundle(bob, sealed(alice, bob, tmp_path, block("person", [person]))).created
    assert records.get(bob, Kind.PERSON, uid(12)).to_json()["created"].startswith("9999-12-31")


def test_a_refused_bundle_exits_4_on_the_cli_with_one_line(door, tmp_path):
    alice, bob, _, _ = door
    path = sealed(alice, bob, tmp_path, block("person", [{"id": uid(13), "display_name": None}]))
    import contextlib
    import io

    err = io.StringIO()
    os.environ["PSLAPP_PASSPHRASE"] = PASSPHRASE
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["--vault", str(bob.folder), "import", str(path)])
    finally:
        del os.environ["PSLAPP_PASSPHRASE"]
    assert code == 4
    lines = err.getvalue().strip().splitlines()
    assert len(lines) == 1 and uid(13) in lines[0] and "display_name" in lines[0]


# --- names that cannot pretend ----------------------------------------------------------

LOOK_ALIKES = {
    "zero width space": "\u200b",
    "zero width non-joiner": "\u200c",
    "zero width joiner": "\u200d",
    "word joiner": "\u2060",
    "left-to-right mark": "\u200e",
    "right-to-left mark": "\u200f",
    "arabic letter mark": "\u061c",
    "right-to-left override": "\u202e",
    "first strong isolate": "\u2068",
    "byte order mark": "\ufeff",
    "soft hyphen": "\u00ad",
    "tag latin small a": "\U000e0061",
    "private use": "\ue000",
    "private use plane 15": "\U000f0000",
    "c1 control csi": "\u009b",
    "unassigned": "\u0378",
    "noncharacter": "\uffff",
    "hangul filler": "\u3164",
    "variation selector": "\ufe0f",
}


@pytest.mark.parametrize("char", LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_a_look_alike_name_is_refused_locally_and_on_import(door, tmp_path, char):
    alice, bob, _, _ = door
    name = f"Ivan{char} Petrov"
    with pytest.raises(ValidationError, match=f"U\\+{ord(char):04X}"):
        records.create(bob, Kind.PERSON, {"display_name": name})
    path = sealed(alice, bob, tmp_path, block("person", [{"id": uid(14), "display_name": name}]))
    refused(bob, path, "display_name")
    # the same in a column checked as a whole (many names at once) and in a list item
    many = [{"id": uid(100 + i), "display_name": f"Name {i}"} for i in range(40)]
    many[17]["display_name"] = name
    refused(bob, sealed(alice, bob, tmp_path, block("person", many), name="many"), "display_name")
    tagged = {"id": uid(15), "display_name": "Ivan", "tags": [f"for{char}um"]}
    refused(bob, sealed(alice, bob, tmp_path, block("person", [tagged]), name="tag"), "tags")


def test_a_lone_surrogate_in_a_name_is_a_rejection_not_a_crash(door, tmp_path):
    alice, bob, forum, _ = door
    line = block("person", [{"id": uid(16), "display_name": "Iv"}]).replace(
        b'"Iv"', b'"Iv\\ud800an"'
    )
    refused(bob, sealed(alice, bob, tmp_path, line), "display_name")
    everything_opens(bob, forum, tmp_path)


def test_names_in_cyrillic_latin_and_with_accents_still_pass(door, tmp_path):
    """The control for the look-alike cases."""
    alice, bob, _, _ = door
    names = ["Тарас Шевченко", "Şəhla Əliyeva", "Zoë Ångström", "Алексей Навальный", "Ілля"]
    rows = [{"id": uid(200 + i), "display_name": n} for i, n in enumerate(names)]
    assert import_bundle(bob, sealed(alice, bob, tmp_path, block("person", rows))).created == 5


# --- strict, bounded parsing --------------------------------------------------------------


def person_line(**replace: bytes) -> bytes:
    line = block("person", [{"id": uid(17), "display_name": "Asel"}])
    for old, new in replace.items():
        line = line.replace(old.encode(), new)
    return line


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            person_line().replace(b'"display_name"', b'"display_name": ["Eve"], "display_name"'),
            "twice",
        ),
        (person_line().replace(b'{"1": ', b'{"1": "2", "1": '), "twice"),
        (person_line().replace(b"[false]", b"[NaN]"), "NaN"),
        (person_line().replace(b"1700000000000", b"Infinity"), "Infinity"),
        (person_line().replace(b"1700000000000", b"-Infinity"), "Infinity"),
        (person_line().replace(b"1700000000000", b"1e999"), "fraction"),
        (
            person_line().replace(b'["Asel"]', b"[" + b"[" * 100_000 + b"]" * 100_000 + b"]"),
            "nested too deeply",
        ),
        (b"[" * 100_000, "nested too deeply"),
        (  # random keys: a line the ratio limit would not stop first
            b"".join(b'{"%s":' % os.urandom(6).hex().encode() for _ in range(5000))
            + b"1"
            + b"}" * 5000,
            "nested too deeply",
        ),
    ],
    ids=[
        "dup column",
        "dup author",
        "NaN",
        "Infinity",
        "-Infinity",
        "1e999",
        "deep",
        "deep open",
        "deep objects",
    ],
)
def test_strict_json_in_a_block_is_refused_as_malformed(door, tmp_path, line, reason):
    alice, bob, _, _ = door
    path = tmp_path / "strict.pslb"
    path.write_bytes(seal_blocks(alice, [bob], [line], op_count=1))
    refused(bob, path, reason)


@pytest.mark.parametrize("depth", [50, 400, 800])
@pytest.mark.parametrize(
    "field", ["display_name", "tags", "channels", "consent_contact", "sensitivity", "consent_date"]
)
def test_nesting_just_under_the_decoders_limit_in_any_field_is_a_rejection(
    door, tmp_path, depth, field
):
    """Deep values that parse still reach no check that would recurse on them."""
    alice, bob, _, _ = door
    deep = "[" * depth + "]" * depth
    line = block("person", [{"id": uid(18), "display_name": "Asel", field: "DEEP"}])
    line = line.replace(b'"DEEP"', deep.encode())
    refused(bob, sealed(alice, bob, tmp_path, line))


@pytest.mark.parametrize("seed", range(3))
def test_mutated_blocks_through_the_whole_import_meet_only_rejections(door, tmp_path, seed):
    """The fuzz of tests/unit/test_block_fuzz.py, through the importer and its checks."""
    import random

    from tests.unit.test_block_fuzz import mutate, valid_blocks

    alice, bob, _, _ = door
    rng = random.Random(seed)
    for case in range(12):
        line = mutate(rng, rng.choice(valid_blocks()))
        path = tmp_path / f"fuzz{case}.pslb"
        path.write_bytes(seal_blocks(alice, [bob], [line], op_count=1))
        before = dump(bob)
        try:
            import_bundle(bob, path)
        except BundleRejected:
            assert dump(bob) == before
