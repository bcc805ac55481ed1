"""Lists of names are in the order their reader expects, not in code-point order: for an
English, German or French reader Latin names first, "Ärger" beside "Arbeit"; for a Russian
or Ukrainian reader Cyrillic first, "Айгерим" before "Ірина" (whose І comes before А in
code points) and "Ірина" before "Їжак". Deleting, renaming and paging keep the order."""

from __future__ import annotations

from pslapp.core.collation import NameOrder, order_for
from pslapp.core.enums import Kind
from pslapp.services import records
from pslapp.services.vault import Vault

NAMES = ["Ірина", "Айгерим", "Юлія", "Olga", "Zoe", "Ärger", "Arbeit", "Їжак", "Иван", "Müller"]


def _listed(vault: Vault, order: NameOrder, **kw) -> list[str]:
    page = records.page(vault, Kind.PERSON, order_by="display_name", names_in=order, **kw)
    return [p.values["display_name"] for p in page]


def test_each_reader_gets_the_names_in_the_order_of_their_language(vault: Vault):
    for name in NAMES:
        records.create(vault, Kind.PERSON, {"display_name": name})
    latin = ["Arbeit", "Ärger", "Müller", "Olga", "Zoe", "Айгерим", "Иван", "Їжак", "Ірина", "Юлія"]
    cyrillic = [
        "Айгерим",
        "Иван",
        "Ірина",
        "Їжак",
        "Юлія",
        "Arbeit",
        "Ärger",
        "Müller",
        "Olga",
        "Zoe",
    ]
    assert [order_for(lang) for lang in ("en", "de", "fr")] == [NameOrder.LATIN] * 3
    assert [order_for(lang) for lang in ("ru", "uk")] == [NameOrder.CYRILLIC] * 2
    assert _listed(vault, NameOrder.LATIN) == latin
    assert _listed(vault, NameOrder.CYRILLIC) == cyrillic
    assert _listed(vault, NameOrder.CYRILLIC, descending=True) == cyrillic[::-1]
    assert _listed(vault, NameOrder.CYRILLIC, offset=3, limit=4) == cyrillic[3:7]
    code_points = [
        p.values["display_name"] for p in records.page(vault, Kind.PERSON, order_by="display_name")
    ]
    assert code_points.index("Ірина") < code_points.index("Айгерим")  # what it fixes


def test_renamed_and_deleted_people_keep_the_order_right(vault: Vault):
    ids = {n: records.create(vault, Kind.PERSON, {"display_name": n}).id for n in NAMES}
    records.edit(vault, Kind.PERSON, ids["Zoe"], {"display_name": "Aaron"})
    records.delete(vault, Kind.PERSON, ids["Иван"])
    listed = _listed(vault, NameOrder.LATIN)
    assert listed[0] == "Aaron"
    assert "Иван" not in listed and "Zoe" not in listed
    assert len(listed) == len(NAMES) - 1


def test_a_search_lists_its_matches_in_the_readers_order(vault: Vault):
    for name in ("Юлія Шевчук", "Yulia Adams", "Юлия Абрамова"):
        records.create(vault, Kind.PERSON, {"display_name": name})
    assert _listed(vault, NameOrder.CYRILLIC, query="yulia") == [
        "Юлия Абрамова",
        "Юлія Шевчук",
        "Yulia Adams",
    ]


def test_a_ranked_search_lists_the_best_matches_first_then_by_name(vault: Vault):
    for name in ("Yulia Marchetti", "Юлія Марченко", "Yuliia Marchuk", "Yuliia Abramova"):
        records.create(vault, Kind.PERSON, {"display_name": name})
    ranked = _listed(vault, NameOrder.LATIN, query="yuliia", ranked=True)
    # the spelling as typed (by name), then another romanisation, then a near spelling
    assert ranked == ["Yuliia Abramova", "Yuliia Marchuk", "Юлія Марченко", "Yulia Marchetti"]
    assert _listed(vault, NameOrder.LATIN, query="yuliia", ranked=True, offset=2, limit=1) == [
        "Юлія Марченко"
    ]
    by_name = _listed(vault, NameOrder.LATIN, query="yuliia")
    assert by_name == ["Yulia Marchetti", "Yuliia Abramova", "Yuliia Marchuk", "Юлія Марченко"]
