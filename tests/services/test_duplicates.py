"""The same person written in another script or transliterated another way is proposed;
emails and phones match exactly after normalising; matching scales to a large vault."""

from __future__ import annotations

import random
import time

import pytest

from pslapp.services.duplicates import (
    Known,
    MatchKind,
    PeopleIndex,
    name_key,
    normalise_phone,
    phone_key,
)

SHEVCHENKO = ["Тарас Шевченко", "Taras Shevchenko", "Taras Schewtschenko", "Taras Chevtchenko"]


@pytest.mark.parametrize(
    "variant", [*SHEVCHENKO[1:], "Шевченко Тарас", "Тарас Григорович Шевченко"]
)
def test_transliterations_are_proposed_as_the_same_person(variant: str):
    index = PeopleIndex.build([Known("p1", "Тарас Шевченко"), Known("p2", "Taras Shevchuk")])
    match = index.similar(variant)
    assert match is not None
    assert (match.person_id, match.kind) == ("p1", MatchKind.NAME)


@pytest.mark.parametrize(
    "names",
    [
        ["Юлия Тимошенко", "Yuliia Tymoshenko", "Julia Timoschenko", "Ioulia Timochenko"],
        ["Михаил Хоменко", "Mikhail Khomenko", "Mihail Homenko"],
        ["Jürgen Müller", "Juergen Mueller", "Юрген Мюллер"],
    ],
)
def test_name_keys_collapse_spelling_variants(names: list[str]):
    index = PeopleIndex.build([Known("p", names[0])])
    for variant in names[1:]:
        assert index.similar(variant) is not None, (variant, name_key(variant), name_key(names[0]))


def test_different_people_are_not_proposed():
    index = PeopleIndex.build([Known("p1", "Taras Shevchenko"), Known("p2", "Maria Ivanova")])
    assert index.similar("Taras Shevchuk") is None
    assert index.similar("Olga Petrova") is None
    assert index.similar("Mariya Sidorova") is None


def test_exact_matches_on_email_and_phone():
    index = PeopleIndex.build(
        [
            Known("p1", "A", channels=[{"kind": "email", "value": "Anna@Example.org"}]),
            Known("p2", "B", channels=[{"kind": "phone", "value": "+49 (170) 123-4567"}]),
        ]
    )
    by_email = index.exact([{"kind": "email", "value": " anna@example.ORG "}])
    assert by_email is not None and (by_email.person_id, by_email.kind) == ("p1", MatchKind.EMAIL)
    by_phone = index.exact([{"kind": "phone", "value": "0170 1234567"}])
    assert by_phone is not None and (by_phone.person_id, by_phone.kind) == ("p2", MatchKind.PHONE)
    assert index.exact([{"kind": "phone", "value": "0170 7654321"}]) is None


def test_phone_normalisation():
    assert normalise_phone("+49 (170) 123-45 67") == "+491701234567"
    assert normalise_phone("0049 170 1234567") == "+491701234567"
    assert phone_key("+49 170 1234567") == phone_key("0170/1234567") == "701234567"
    assert phone_key("112") is None


def _synthetic_people(rng: random.Random, n: int) -> list[str]:
    given = [
        "Анна",
        "Olga",
        "Taras",
        "Ivan",
        "Мария",
        "Dmytro",
        "Айгерим",
        "Jürgen",
        "Hélène",
        "Sergei",
        "Irina",
        "Oksana",
        "Pavel",
        "Natalia",
        "Bohdan",
        "Zarina",
        "Timur",
    ]
    syllables = [
        "ko",
        "va",
        "len",
        "shev",
        "chen",
        "pet",
        "ro",
        "sid",
        "or",
        "mel",
        "nyk",
        "bon",
        "dar",
        "ius",
        "tym",
        "osh",
        "ber",
        "zin",
        "kov",
        "lyk",
        "gar",
        "mu",
    ]
    endings = ["enko", "ova", "ov", "uk", "yk", "ska", "sky", "ich", "iak", "in", "ina"]
    return [
        f"{rng.choice(given)} {''.join(rng.choices(syllables, k=rng.randint(1, 3)))}{rng.choice(endings)}".title()
        for _ in range(n)
    ]


def test_thousands_of_rows_against_a_large_vault_take_seconds():
    rng = random.Random(5)
    people = _synthetic_people(rng, 20_000)
    index = PeopleIndex.build(Known(str(i), name) for i, name in enumerate(people))
    incoming = rng.sample(people, 500) + _synthetic_people(rng, 500)
    started = time.perf_counter()
    found = [index.similar(name) for name in incoming]
    elapsed = time.perf_counter() - started
    assert all(m is not None for m in found[:500])  # everyone already known is found
    assert elapsed < 5, elapsed
