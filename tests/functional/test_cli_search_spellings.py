"""`pslapp-cli search` finds the people of the issue's table in the spellings a coordinator
types: passport and national romanisations, German and French spellings, umlauts written
out, the Cyrillic for a Latin name. The wanted person comes first."""

from __future__ import annotations

import pytest

from tests.functional.conftest import Cli

VAULT = [
    ("Айгерим Нурланова", "Almaty"),
    ("Ольга Лебедева", "Москва"),
    ("Ірина Бондаренко", "Київ"),
    ("Юлія Шевчук", "Львів"),
    ("Юрій Шевчук", "Львів"),
    ("Юлия Шевченко", "Одесса"),
    ("Наталья Кузнецова", None),
    ("Олексій Ткаченко", None),
    ("Євгенія Коваленко", None),
    ("Тарас Шевченко", None),
    ("Jürgen Müller", "Köln"),
]

TABLE = [
    ("shevchenko", "Тарас Шевченко"),
    ("tkachenko", "Олексій Ткаченко"),
    ("oleksiy", "Олексій Ткаченко"),
    ("muller", "Jürgen Müller"),
    ("koln", "Jürgen Müller"),
    ("aigerim", "Айгерим Нурланова"),
    ("olga", "Ольга Лебедева"),
    ("iryna", "Ірина Бондаренко"),
    ("yulia shevchuk", "Юлія Шевчук"),
    ("yuliia", "Юлія Шевчук"),
    ("natalya", "Наталья Кузнецова"),
    ("natalia", "Наталья Кузнецова"),
    ("oleksii", "Олексій Ткаченко"),
    ("yevheniia", "Євгенія Коваленко"),
    ("evgenia", "Євгенія Коваленко"),
    ("koeln", "Jürgen Müller"),
    ("mueller", "Jürgen Müller"),
    ("schewtschenko", "Тарас Шевченко"),
    ("chevtchenko", "Тарас Шевченко"),
    ("Мюллер", "Jürgen Müller"),
    ("kyiv", "Ірина Бондаренко"),
    ("moskva", "Ольга Лебедева"),
]


@pytest.fixture
def filled(cli: Cli) -> Cli:
    cli.init()
    for name, city in VAULT:
        cli.ok("person", "add", "--name", name, *(("--city", city) if city else ()))
    return cli


def test_every_spelling_in_the_table_finds_its_person_first(filled: Cli):
    for typed, wanted in TABLE:
        hits = filled("search", typed, "--json").json()
        assert hits, f"{typed!r} found nothing"
        assert hits[0]["title"] == wanted, (typed, [h["title"] for h in hits])


def test_yulia_shevchuk_finds_her_and_not_the_people_sharing_one_name(filled: Cli):
    hits = filled("search", "yulia shevchuk", "--json").json()
    assert [h["title"] for h in hits] == ["Юлія Шевчук"]


def test_the_typed_spelling_ranks_above_a_romanisation_of_the_same_name(filled: Cli):
    filled.ok("person", "add", "--name", "Aigerim Nurlanova")
    out = filled.ok("search", "aigerim")
    lines = out.splitlines()
    assert "Aigerim Nurlanova" in lines[0]  # written as typed
    assert "Айгерим Нурланова" in lines[1]  # its passport (ICAO) spelling
