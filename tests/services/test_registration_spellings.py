"""A registration list arrives with names as the form-fillers typed them, in Latin, while
the vault holds them in Cyrillic (or the other way round). Each is proposed as the person
the vault knows, never as a look-alike; merging keeps the list's spelling so that it is
found afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.services import records
from pslapp.services.duplicates import Known, PeopleIndex, name_key
from pslapp.services.registration import apply_import, plan_import
from pslapp.services.registration_review import decide
from pslapp.services.vault import Vault
from tests.services.spelling_table import DECOYS, PAIRS, PEOPLE


def _is_city(typed: str, key: str) -> bool:
    city = PEOPLE[key][1]
    return city is not None and len(city.split()) == len(typed.split())


FULL_NAMES = [
    (typed, key, source)
    for typed, key, source in PAIRS
    if len(typed.split()) >= 2 and not _is_city(typed, key)
]


@pytest.fixture(scope="module")
def index() -> PeopleIndex:
    known = [Known(key, name) for key, (name, _city) in PEOPLE.items()]
    return PeopleIndex.build(known + [Known(f"decoy {n}", n) for n in DECOYS])


def test_the_table_has_full_names_in_every_system():
    assert len(FULL_NAMES) >= 60
    assert {"icao", "bgn", "iso9", "ua2010", "by2007", "de", "fr", "umlaut", "cyr"} <= {
        source for _t, _k, source in FULL_NAMES
    }


@pytest.mark.parametrize(("typed", "key", "source"), FULL_NAMES, ids=[p[0] for p in FULL_NAMES])
def test_a_name_in_any_spelling_is_proposed_as_the_known_person(index, typed, key, source):
    match = index.similar(typed)
    assert match is not None, f"{typed!r} ({source}) should be proposed as {PEOPLE[key][0]}"
    # The table holds some people twice, in Latin and in Cyrillic: either is right.
    same = {k for k, (name, _c) in PEOPLE.items() if name_key(name) == name_key(PEOPLE[key][0])}
    assert match.person_id in same, f"{typed!r} ({source}) proposed {match.display_name}"


KNOWN = [
    "Айгерим Нурланова",
    "Ольга Лебедева",
    "Ірина Бондаренко",
    "Юлія Ткаченко",
    "Наталья Кузнецова",
    "Олексій Мельник",
    "Євгенія Коваленко",
    "Тарас Шевченко",
    "Jürgen Müller",
]
LOOK_ALIKES = ["Ольга Лебедь", "Юрій Ткач", "Айгуль Нурланбекова", "Тарас Шевчук", "Jürgen Möller"]
# The table, as a form-filler writes the whole name.
ROWS = {
    "Aigerim Nurlanova": "Айгерим Нурланова",
    "Olga Lebedeva": "Ольга Лебедева",
    "Iryna Bondarenko": "Ірина Бондаренко",
    "Yulia Tkachenko": "Юлія Ткаченко",
    "Natalya Kuznetsova": "Наталья Кузнецова",
    "Oleksii Melnyk": "Олексій Мельник",
    "Evgenia Kovalenko": "Євгенія Коваленко",
    "Taras Schewtschenko": "Тарас Шевченко",
    "Juergen Mueller": "Jürgen Müller",
}


def _list(tmp_path: Path) -> Path:
    path = tmp_path / "forum.csv"
    path.write_text("Name,City\n" + "".join(f"{n},Almaty\n" for n in ROWS), encoding="utf-8")
    return path


def test_registration_import_proposes_the_known_spelling_and_a_merge_keeps_the_list_spelling(
    vault: Vault, tmp_path: Path
):
    ids = {n: records.create(vault, Kind.PERSON, {"display_name": n}).id for n in KNOWN}
    for name in LOOK_ALIKES:
        records.create(vault, Kind.PERSON, {"display_name": name})
    forum = records.create(
        vault, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    ).id
    plan = plan_import(vault, _list(tmp_path), forum)
    proposed = {
        r.registration.person["display_name"]: r.match.display_name
        for r in plan.rows
        if r.review and r.match is not None
    }
    assert proposed == ROWS

    apply_import(vault, decide(plan, {r.line: True for r in plan.rows}))
    assert records.count(vault, Kind.PERSON) == len(KNOWN) + len(LOOK_ALIKES)  # nobody twice
    aigerim = records.get(vault, Kind.PERSON, ids["Айгерим Нурланова"])
    assert aigerim.values["alias"] == "Aigerim Nurlanova"
    assert aigerim.values["city"] == "Almaty"
    found = {record_id for _k, record_id, _t in records.search(vault, "Aigerim Nurlanova")}
    assert ids["Айгерим Нурланова"] in found


def test_a_merge_into_someone_with_an_alias_keeps_the_spelling_in_the_notes(
    vault: Vault, tmp_path: Path
):
    known = records.create(
        vault, Kind.PERSON, {"display_name": "Айгерим Нурланова", "alias": "Aika"}
    )
    forum = records.create(
        vault, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    ).id
    path = tmp_path / "one.csv"
    path.write_text("Name\nAigerim Nurlanova\n", encoding="utf-8")
    plan = plan_import(vault, path, forum)
    apply_import(vault, decide(plan, {r.line: True for r in plan.rows}))
    values = records.get(vault, Kind.PERSON, known.id).values
    assert values["alias"] == "Aika"
    assert values["notes"] == "Also written: Aigerim Nurlanova"
