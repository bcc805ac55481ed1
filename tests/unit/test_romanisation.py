"""The hand-written schemes (those no library has) give their standards' own examples, and
every Cyrillic word gets the romanisations of the languages whose alphabet it fits."""

from __future__ import annotations

import pytest

from pslapp.core.phonetic import skeleton
from pslapp.core.romanisation import (
    belarusian_digraphs,
    belarusian_national,
    romanisations,
    russian_german,
    umlaut_spellings,
)

# Duden's transcription of Russian, as German dictionaries and newspapers write the names.
DUDEN = {
    "Шевченко": "schewtschenko",
    "Хрущёв": "chruschtschow",
    "Горбачёв": "gorbatschow",
    "Ельцин": "jelzin",
    "Чайковский": "tschaikowski",
    "Достоевский": "dostojewski",
    "Солженицын": "solschenizyn",
    "Жуков": "schukow",
    "Толстой": "tolstoi",
    "Пушкин": "puschkin",
    "Юрий": "juri",
    "Наталья": "natalja",
    "Василий": "wassili",
}

# The 2007 instruction on romanising Belarusian geographical names, its own examples.
BELARUSIAN_2007 = {
    "Мінск": "minsk",
    "Магілёў": "mahilioŭ",
    "Віцебск": "viciebsk",
    "Гродна": "hrodna",
    "Брэст": "brest",
    "Гомель": "homieĺ",
    "Шчучын": "ščučyn",
    "Хойнікі": "chojniki",
    "Мёры": "miory",
    "Ельск": "jeĺsk",
    "Бялынічы": "bialyničy",
    "Ждановічы": "ždanovičy",
    "Юхнава": "juchnava",
    "Лёзна": "liozna",
    "Салігорск": "salihorsk",
    "Копысь": "kopyś",
}


@pytest.mark.parametrize(("cyrillic", "latin"), DUDEN.items())
def test_russian_names_in_duden_transcription(cyrillic: str, latin: str):
    assert russian_german(cyrillic) == latin


@pytest.mark.parametrize(("cyrillic", "latin"), BELARUSIAN_2007.items())
def test_belarusian_names_in_the_national_system(cyrillic: str, latin: str):
    assert belarusian_national(cyrillic) == latin


def test_belarusian_with_english_digraphs_as_passports_write_them():
    assert belarusian_digraphs("Лукашэнка") == "lukashenka"
    assert belarusian_digraphs("Шчучын") == "shchuchyn"
    assert belarusian_digraphs("Ждановічы") == "zhdanovichy"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # Russian: ICAO, BGN/PCGN, ISO 9 without diacritics, French, German
        ("Юлия", {"iuliia", "yuliya", "ulia", "iouliia", "julija"}),
        # Ukrainian: 2010 national, BGN/PCGN, ISO 9, German
        ("Юлія", {"yuliia", "yuliya", "ulia", "julija"}),
        ("Олексій", {"oleksii", "oleksiy", "oleksij"}),
        ("Євгенія", {"yevheniia", "evgenia", "jewhenija"}),
        # Kazakh: BGN/PCGN 1979 and the nearest Russian letters through ICAO
        ("Қарағанды", {"qaraghandy", "karagandy"}),
        ("Ақтөбе", {"aqtobe", "aktobe"}),
        # Belarusian: the national system, and with digraphs
        ("Шчучын", {"scucyn", "shchuchyn"}),
    ],
)
def test_a_cyrillic_word_gets_the_spellings_of_its_languages(word: str, expected: set[str]):
    assert expected <= romanisations(word)


def test_schemes_of_a_language_whose_alphabet_the_word_does_not_fit_are_not_applied():
    assert "yuliia" not in romanisations("Юлия")  # и: Russian, not Ukrainian
    assert not any("ie" in s for s in romanisations("Шевченко"))  # not Belarusian


def test_latin_words_have_no_romanisations_and_umlauts_are_written_out():
    assert romanisations("Müller") == frozenset()
    assert umlaut_spellings("Müller") == {"mueller"}
    assert umlaut_spellings("Großmann") == {"grossmann"}
    assert umlaut_spellings("Mueller") == frozenset()


@pytest.mark.parametrize(
    "spellings",
    [
        ["yulia", "yuliia", "yuliya", "julija", "iuliia", "ioulia"],
        ["shevchenko", "schewtschenko", "chevtchenko"],
        ["natalia", "natalya", "natalja", "nataliia"],
        ["oleksii", "oleksiy", "oleksij"],
        ["mueller", "muller", "miuller"],
        ["olga", "olha"],
        ["tsoi", "tzoi", "coi"],
    ],
)
def test_near_spellings_share_one_skeleton(spellings: list[str]):
    assert len({skeleton(s) for s in spellings}) == 1, {s: skeleton(s) for s in spellings}


def test_different_names_keep_different_skeletons():
    assert skeleton("shevchenko") != skeleton("shevchuk")
    assert skeleton("yulia") != skeleton("yurii")
    assert skeleton("olga") != skeleton("oleg")
