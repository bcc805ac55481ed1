"""A coordinator types a name the way she knows it: a passport spelling, a German or French
newspaper's, the Ukrainian national system, with or without umlauts, or in Cyrillic for a
name stored in Latin. Each of the table's spellings (tests/services/spelling_table.py,
written from the standards) finds its person among the first five results, in a vault that
also holds look-alikes; exact spellings rank above other romanisations, and those above
near spellings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.services import records
from pslapp.services.vault import Vault, create_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.spelling_table import DECOYS, PAIRS, PEOPLE


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, dict[str, str]]]:
    folder: Path = tmp_path_factory.mktemp("spellings") / "vault"
    vault, _code = create_vault(folder, PASSPHRASE, "Cologne coordinator", kdf=FAST_KDF)
    ids = {}
    for key, (name, city) in PEOPLE.items():
        values = {"display_name": name} | ({"city": city} if city else {})
        ids[key] = records.create(vault, Kind.PERSON, values).id
    for name in DECOYS:
        records.create(vault, Kind.PERSON, {"display_name": name})
    yield vault, ids
    vault.lock()


def test_the_table_covers_every_system_with_at_least_100_pairs():
    assert len(PAIRS) >= 100
    systems = {source for _typed, _key, source in PAIRS}
    assert {"icao", "bgn", "iso9", "ua2010", "by2007", "de", "fr", "umlaut", "cyr"} <= systems


@pytest.mark.parametrize(("typed", "key", "source"), PAIRS, ids=[p[0] for p in PAIRS])
def test_every_spelling_finds_its_person_in_the_first_five(people, typed, key, source):
    vault, ids = people
    found = [record_id for _kind, record_id, _title in records.search(vault, typed, limit=5)]
    assert ids[key] in found, f"{typed!r} ({source}) should find {PEOPLE[key][0]}"


def _titles(vault: Vault, typed: str) -> list[str]:
    return [title for _kind, _id, title in records.search(vault, typed, limit=10)]


def test_all_words_must_match_and_the_full_name_comes_first(people):
    vault, _ids = people
    titles = _titles(vault, "yulia shevchuk")
    assert titles[0] == "Юлія Шевчук"
    assert "Юрій Шевчук" not in titles
    assert "Юлия Шевченко" not in titles


def test_the_typed_spelling_ranks_above_another_romanisation_and_a_near_spelling(tmp_path):
    vault, _code = create_vault(tmp_path / "v", PASSPHRASE, "Paris", kdf=FAST_KDF)
    try:
        for name in ("Юлія Марченко", "Yuliia Marchuk", "Yulia Marchetti"):
            records.create(vault, Kind.PERSON, {"display_name": name})
        # "yuliia" is Yuliia Marchuk's own spelling, Юлія's romanisation (2010 national
        # system), and only near to Yulia.
        assert _titles(vault, "yuliia") == ["Yuliia Marchuk", "Юлія Марченко", "Yulia Marchetti"]
        # "yulia" is Yulia's own spelling; the other two only sound like it.
        assert _titles(vault, "yulia")[0] == "Yulia Marchetti"
    finally:
        vault.lock()


def test_locking_forgets_the_names_that_search_spelled_out(tmp_path):
    from pslapp.core import search

    vault, _code = create_vault(tmp_path / "v", PASSPHRASE, "Paris", kdf=FAST_KDF)
    records.create(vault, Kind.PERSON, {"display_name": "Юлія Марченко", "city": "Köln"})
    assert _titles(vault, "yuliia") == ["Юлія Марченко"]
    assert search.word_spellings.cache_info().currsize > 0
    vault.lock()
    for cached in (search.fold, search.word_spellings, search.word_sounds):
        assert cached.cache_info().currsize == 0
