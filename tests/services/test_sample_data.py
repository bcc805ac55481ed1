"""The sample network generator: deterministic, valid, fictional, and big enough in the
places a demo needs (a forum of 70+, names in both scripts, search across scripts)."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.core.search import fold
from pslapp.core.validation import validate
from pslapp.crypto.kdf import KdfParams
from pslapp.services import events, records
from pslapp.services.sample import (
    SampleData,
    SampleSummary,
    Scheme,
    generate,
    make_plan,
    populate,
    rows,
    transliterate,
)
from pslapp.services.sample.names import DENYLIST, ORIGINS, compose_name
from pslapp.services.vault import Vault, create_vault

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
SMALL = 300


@pytest.fixture(scope="module")
def small() -> SampleData:
    return generate(SMALL, seed=7)


@pytest.fixture(scope="module")
def populated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, SampleSummary]]:
    folder: Path = tmp_path_factory.mktemp("sample") / "vault"
    vault, _code = create_vault(folder, "sample passphrase", "Demo", kdf=KdfParams(iterations=1))
    summary = populate(vault, people=SMALL, seed=7)
    yield vault, summary
    vault.lock()


def test_same_seed_same_network_other_seed_other_people(small: SampleData) -> None:
    assert generate(SMALL, seed=7) == small
    other = generate(SMALL, seed=8)
    assert [p["display_name"] for p in other.people] != [p["display_name"] for p in small.people]


def test_every_generated_row_validates(small: SampleData) -> None:
    for kind in Kind:
        for row in small.of(kind):
            validate(kind, row)


def test_the_number_of_people_is_the_one_asked_for_and_the_rest_scales() -> None:
    little, bigger = make_plan(50), make_plan(5_000)
    assert little.counts()[Kind.PERSON] == 50
    assert bigger.counts()[Kind.PERSON] == 5_000
    for kind in (Kind.ORGANISATION, Kind.EVENT, Kind.ATTENDANCE, Kind.LINK, Kind.CHAPTER):
        assert bigger.counts()[kind] > little.counts()[kind]
    assert sum(1 for _ in rows(bigger, Kind.PERSON)) == 5_000
    attendance = bigger.counts()[Kind.ATTENDANCE]
    assert 1.4 * 5_000 <= attendance <= 3 * 5_000


def test_a_tiny_network_still_has_a_forum_of_everyone() -> None:
    data = generate(20)
    forum = Counter(a["event_id"] for a in data.attendance).most_common(1)[0][1]
    assert forum == 20


def test_names_come_in_both_scripts_and_several_transliterations(small: SampleData) -> None:
    names = [p["display_name"] for p in small.people]
    cyrillic = [n for n in names if CYRILLIC.search(n)]
    assert len(cyrillic) > SMALL * 0.2
    assert len(names) - len(cyrillic) > SMALL * 0.3
    assert transliterate("Шевченко", Scheme.EN, "uk") == "Shevchenko"
    assert transliterate("Шевченко", Scheme.DE, "uk") == "Schewtschenko"
    assert transliterate("Шевченко", Scheme.FR, "uk") == "Chevtchenko"
    assert any(a for a in (p["alias"] for p in small.people))
    assert any(p["legal_name"] for p in small.people)


def test_no_famous_real_name_is_generated() -> None:
    spelled = {transliterate(name, scheme, "ru") for name in DENYLIST for scheme in Scheme}
    for person in generate(2_000, seed=3).people:
        assert person["display_name"] not in spelled
        assert person["legal_name"] not in spelled


def test_contact_details_cannot_reach_anyone(small: SampleData) -> None:
    fictional = {"example.org", "example.net", "example.com"}
    for person in small.people:
        for channel in person["channels"]:
            if channel["kind"] == "email":
                assert channel["value"].rsplit("@", 1)[1] in fictional
            if channel["kind"] == "phone":
                assert "5555" in channel["value"] or re.search(
                    r"\+33 [16] (99 00|39 98)|\+44 7700 900", channel["value"]
                )
    for org in small.organisations:
        if org["website"]:
            host = org["website"].removeprefix("https://").split("/")[0]
            assert host.split(".", 1)[1] in fictional


def test_sensitivity_is_mostly_normal() -> None:
    counts = Counter(p["sensitivity"] for p in generate(2_000, seed=5).people)
    assert 0.80 < counts["normal"] / 2_000 < 0.92
    assert 0.06 < counts["sensitive"] / 2_000 < 0.14
    assert 0.01 < counts["restricted"] / 2_000 < 0.06


def test_origins_cover_the_post_soviet_region(small: SampleData) -> None:
    countries = {p["country_of_origin"] for p in small.people}
    assert {"Russia", "Ukraine", "Belarus", "Kazakhstan"} <= countries
    assert countries <= {o.country for o in ORIGINS.values()}


def test_populated_vault_has_a_forum_of_seventy_and_more(
    populated: tuple[Vault, SampleSummary],
) -> None:
    vault, summary = populated
    forum = records.get(vault, Kind.EVENT, summary.forum_id)
    assert forum.values["kind"] == "forum"
    attendees = events.attendees(vault, summary.forum_id)
    assert len(attendees) >= 70
    assert any(a.attendance.values["status"] == "checked_in" for a in attendees)
    assert summary.counts[Kind.PERSON] == SMALL
    assert records.count(vault, Kind.PERSON) == SMALL
    assert summary.counts == make_plan(SMALL, seed=7).counts()


def test_latin_prefix_finds_a_person_written_in_cyrillic(
    populated: tuple[Vault, SampleSummary],
) -> None:
    vault, _summary = populated
    people = records.page(vault, Kind.PERSON, limit=SMALL)
    person = next(p for p in people if CYRILLIC.search(p.values["display_name"].split(" ")[-1]))
    family = person.values["display_name"].split(" ")[-1]
    prefix = fold(family)[:5]
    assert not CYRILLIC.search(prefix)
    hits = records.search(vault, prefix, limit=SMALL)
    assert (Kind.PERSON, person.id, person.values["display_name"]) in hits


def test_references_point_at_the_records_the_vault_made(
    populated: tuple[Vault, SampleSummary],
) -> None:
    vault, summary = populated
    members = records.page(
        vault, Kind.COALITION_MEMBER, where={"coalition_id": summary.coalition_id}
    )
    assert any(m.values["organisation_id"] for m in members)
    assert any(m.values["person_id"] for m in members)
    link = records.page(vault, Kind.LINK, limit=1)[0]
    records.get(vault, Kind.PERSON, link.values["person_id"])
    records.get(vault, Kind.ORGANISATION, link.values["organisation_id"])


def test_common_names_combine_but_not_into_a_famous_one() -> None:
    rng = random.Random(1)
    natives = {compose_name(rng, "uk", Scheme.CYRILLIC).native for _ in range(20_000)}
    assert any(n.startswith("Тарас ") for n in natives)
    assert any(n.endswith(" Шевченко") for n in natives)
    assert "Тарас Шевченко" not in natives
