"""Every text column of the people, organisations and events lists sorts in the order a
reader of the app's language expects, not only the name: clicking "City" or "Alias" puts
"Ärger" beside "Arbeit" for a German reader, "Ёлкино" among the Е for a Russian one, and
each reader's own alphabet first.

The expected orders are written from the alphabets and the dictionary rules themselves,
not from ICU: DIN 5007-1 (German dictionary order: ä, ö, ü sort as a, o, u, ß as ss), the
Russian alphabet (ё sorted with е, as Russian dictionaries do), the Ukrainian alphabet
(... и і ї й к ...), and CLDR's rule that a reader's own script comes first."""

from __future__ import annotations

import pytest

from pslapp.core.collation import order_for
from pslapp.core.enums import Kind
from pslapp.services import records
from pslapp.services.vault import Vault
from pslapp.storage.tables import RECORD_TABLES

GERMAN_CITIES = ["Zürich", "Ast", "Ärger", "Arbeit", "Strauß", "Strausberg", "Öhringen", "Ohr"]
# DIN 5007-1: Ärger = "arger" between "arbeit" and "ast"; Öhringen = "ohringen" after "ohr";
# Strauß = "strauss" after "strausberg" (b < s).
GERMAN_ORDER = ["Arbeit", "Ärger", "Ast", "Ohr", "Öhringen", "Strausberg", "Strauß", "Zürich"]
RUSSIAN_CITIES = ["Ефремов", "Ёлкино", "Елизово", "Абакан", "Яхрома", "Щёкино", "Шуя"]
# The Russian alphabet, ё with е: Елизово < Ёлкино (л = л, и < к) < Ефремов (л < ф).
RUSSIAN_ORDER = ["Абакан", "Елизово", "Ёлкино", "Ефремов", "Шуя", "Щёкино", "Яхрома"]
UKRAINIAN_CITIES = ["Київ", "Їжакевичі", "Ізюм", "Житомир", "Йосипівка", "Ірпінь"]
# The Ukrainian alphabet: ж з и і ї й к.
UKRAINIAN_ORDER = ["Житомир", "Ізюм", "Ірпінь", "Їжакевичі", "Йосипівка", "Київ"]


def _people(vault: Vault, field: str, values: list[str]) -> None:
    for n, value in enumerate(values):
        records.create(vault, Kind.PERSON, {"display_name": f"Person {n}", field: value})


def _sorted(vault: Vault, kind: Kind, column: str, language: str, **kw: object) -> list[object]:
    assert records.sorts_by_collation(kind, column)
    pks = records.ordered_pks(vault, kind, column, order_for(language), **kw)  # type: ignore[arg-type]
    return [r.values[column] for r in records.page_of_pks(vault, kind, pks)]


def test_a_german_reader_finds_umlauts_among_their_letters_and_latin_before_cyrillic(
    vault: Vault,
):
    _people(vault, "city", [*GERMAN_CITIES, "Абакан"])
    assert _sorted(vault, Kind.PERSON, "city", "de") == [*GERMAN_ORDER, "Абакан"]
    assert _sorted(vault, Kind.PERSON, "city", "de", descending=True) == [
        "Абакан",
        *GERMAN_ORDER[::-1],
    ]


def test_a_russian_reader_gets_the_russian_alphabet_first_then_latin(vault: Vault):
    _people(vault, "alias", [*RUSSIAN_CITIES, "Zoe", "Anna"])
    assert _sorted(vault, Kind.PERSON, "alias", "ru") == [*RUSSIAN_ORDER, "Anna", "Zoe"]
    assert _sorted(vault, Kind.PERSON, "alias", "en") == ["Anna", "Zoe", *RUSSIAN_ORDER]


def test_a_ukrainian_reader_gets_i_and_yi_after_y_as_in_the_ukrainian_alphabet(vault: Vault):
    _people(vault, "chapter", UKRAINIAN_CITIES)
    assert _sorted(vault, Kind.PERSON, "chapter", "uk") == UKRAINIAN_ORDER


def test_organisations_and_events_sort_their_cities_and_tags_the_same_way(vault: Vault):
    for n, (city, tags) in enumerate(
        [("Ärger", ["Zoll"]), ("Abakan", ["ärger", "b"]), ("Москва", ["Ast"]), ("Ast", [])]
    ):
        records.create(vault, Kind.ORGANISATION, {"name": f"Org {n}", "city": city, "tags": tags})
        records.create(
            vault,
            Kind.EVENT,
            {"title": f"Event {n}", "kind": "forum", "start": "2026-05-01", "city": city},
        )
    assert _sorted(vault, Kind.ORGANISATION, "city", "de") == ["Abakan", "Ärger", "Ast", "Москва"]
    assert _sorted(vault, Kind.EVENT, "city", "ru") == ["Москва", "Abakan", "Ärger", "Ast"]
    # a list sorts by its items as shown ("ärger, b"), an empty list first
    assert _sorted(vault, Kind.ORGANISATION, "tags", "de") == [
        [],
        ["ärger", "b"],
        ["Ast"],
        ["Zoll"],
    ]


def test_a_search_or_a_filter_sorts_only_what_it_lists(vault: Vault):
    for name, city in [("Olga Berg", "Köln"), ("Olga Adler", "Aachen"), ("Ivan Kohl", "Bonn")]:
        records.create(vault, Kind.PERSON, {"display_name": name, "city": city})
    assert _sorted(vault, Kind.PERSON, "city", "de", query="olga") == ["Aachen", "Köln"]
    assert _sorted(vault, Kind.PERSON, "city", "de", where={"city": "Bonn"}) == ["Bonn"]


@pytest.mark.parametrize(
    ("kind", "column"),
    [(Kind.PERSON, "display_name"), (Kind.EVENT, "kind"), (Kind.EVENT, "start")],
)
def test_titles_enums_and_dates_keep_their_own_order(vault: Vault, kind: Kind, column: str):
    # titles page along their stored keys (records.page); enums and dates are not text
    assert not records.sorts_by_collation(kind, column)


def test_an_enum_column_sorts_by_the_places_given_to_its_codes(vault: Vault):
    """The GUI ranks an enum's codes by their translated labels (gui/models/label_order.py);
    the vault orders by those places: empty first, a code without a place (stored by a newer
    version) after every placed one, in both directions; ties by record. Descending, the
    empty ones come last, as in a text column."""
    names = ["forum", "rally", "camp", "forum"]
    for n in range(6):
        start = "2026-05-01"
        records.create(vault, Kind.EVENT, {"title": f"E{n}", "kind": "forum", "start": start})
    table = RECORD_TABLES[Kind.EVENT].name
    with vault.write() as conn:  # as a newer version would store them
        conn.exec_driver_sql(f"UPDATE {table} SET kind = 'teach_in' WHERE title = 'E4'")
        conn.exec_driver_sql(f"UPDATE {table} SET kind = NULL WHERE title = 'E5'")
        for n, kind in enumerate(names):
            conn.exec_driver_sql(f"UPDATE {table} SET kind = ? WHERE title = ?", (kind, f"E{n}"))
    ranks = {"rally": 0, "camp": 1, "forum": 2}  # the order of some language's labels
    assert records.sorts_by_label(Kind.EVENT, "kind")

    def titles(**kw: object) -> list[str]:
        pks = records.pks_by_label(vault, Kind.EVENT, "kind", ranks, **kw)  # type: ignore[arg-type]
        return [r.values["title"] for r in records.page_of_pks(vault, Kind.EVENT, pks)]

    assert titles() == ["E5", "E1", "E2", "E0", "E3", "E4"]
    assert titles(descending=True) == ["E3", "E0", "E2", "E1", "E4", "E5"]
    assert titles(query="E1") == ["E1"]
