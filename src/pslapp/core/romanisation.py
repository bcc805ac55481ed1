"""The Latin spellings people use for a word written in Cyrillic, and the spellings of German
umlauts: what the search index holds beside a name so that "olga" finds "Ольга", "yuliia"
finds "Юлія" and "koeln" finds "Köln".

A Cyrillic word gets the romanisations of every language whose alphabet it fits:

- Russian, through `iuliia`: ICAO Doc 9303 (passports), BGN/PCGN, GOST 7.79 system A
  (= ISO 9:1995), the Russian interior ministry's French table (MVD 310, French customary
  spellings such as "Chevtchenko"), Wikipedia's English practice; and the German customary
  (Duden) transcription, written out below (no library has it).
- Ukrainian, through `translitua`: the national system of 2010 (KMU resolution 55, also
  used in passports), BGN/PCGN, ISO 9, the 2007 passport table (ICAO-like), French and
  German customary spellings.
- Belarusian (a word with ў or і that fits its alphabet): the national system of 2007
  (adopted by the UN in 2013), written out below (no library has it), with its diacritics
  dropped and with English digraphs.
- Kazakh: the letters outside the Russian alphabet by BGN/PCGN 1979, and by their nearest
  Russian letters, which the Russian schemes then romanise (as Russian-language documents
  write Kazakh names).

Every spelling is lower case ASCII letters: diacritics dropped, apostrophes and soft signs
gone ("Natal'ya" -> "natalya"), which is how people type them."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

import iuliia
import translitua
from anyascii import anyascii

_RU = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_UK = set("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’ʼ")
_BE = set("абвгґдеёжзійклмнопрстуўфхцчшыьэюя'’ʼ")
_KK_ONLY = "әғқңөұүһі"
_KK = _RU | set(_KK_ONLY)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NOT_LETTER = re.compile(r"[^a-z]+")

# Kazakh letters outside Russian: BGN/PCGN 1979 for Kazakh (diacritics dropped), and the
# nearest Russian letter.
_KK_BGN = str.maketrans(
    {"ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i"}
)
_KK_NEAREST = str.maketrans(
    {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"}
)


def _plain(text: str) -> str:
    """Lower case ASCII letters only: diacritics dropped, anything left folded."""
    if text.isascii():
        return _NOT_LETTER.sub("", text.lower())
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_LETTER.sub("", anyascii(stripped).lower())


# Russian, German customary (Duden): the letter table and its rules for е, ё and й.
_DE_LETTERS = {
    "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "sch",
    "з": "s", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z",
    "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "ju", "я": "ja",
}  # fmt: skip
_VOWELS = set("аеёиоуыэюяіїєў")
_HUSHING = set("жчшщ")


def russian_german(word: str) -> str:
    """Duden's transcription of Russian: Шевченко -> Schewtschenko, Хрущёв -> Chruschtschow,
    Ельцин -> Jelzin, Чайковский -> Tschaikowski, Достоевский -> Dostojewski."""
    text = word.lower()
    out: list[str] = []
    for i, letter in enumerate(text):
        before = text[i - 1] if i else ""
        after = text[i + 1 : i + 2]
        if letter == "е" and (not before or before in _VOWELS or before in "ъь"):
            out.append("je")
        elif letter == "ё" and before in _HUSHING:
            out.append("o")
        elif letter == "й" and before in "иы" and not after:
            out[-1] = "i" if before == "и" else "y"  # -ий -> -i, -ый -> -y
        elif letter == "с" and before in _VOWELS and after and after in _VOWELS:
            out.append("ss")  # Василий -> Wassili
        elif letter == "ь" and after == "о":
            out.append("j")
        else:
            out.append(_DE_LETTERS.get(letter, letter))
    return "".join(out)


# Belarusian national system (2007): letters, soft consonants and iotated vowels.
_BE_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "ж": "ž", "з": "z",
    "і": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ў": "ŭ", "ф": "f", "х": "ch", "ц": "c",
    "ч": "č", "ш": "š", "ы": "y", "э": "e", "ь": "", "'": "", "’": "", "ʼ": "",
}  # fmt: skip
_BE_SOFT = {"з": "ź", "л": "ĺ", "н": "ń", "с": "ś", "ц": "ć"}
_BE_IOTATED = {"е": "e", "ё": "o", "ю": "u", "я": "a"}


def belarusian_national(word: str) -> str:
    """The 2007 national system: Магілёў -> Mahilioŭ, Ельск -> Jeĺsk, Шчучын -> Ščučyn."""
    text = word.lower()
    out: list[str] = []
    for i, letter in enumerate(text):
        before = text[i - 1] if i else ""
        after = text[i + 1 : i + 2]
        if letter in _BE_IOTATED:
            jot = not before or before in _VOWELS or before in "ўь'’ʼ"
            out.append(("j" if jot else "i") + _BE_IOTATED[letter])
        elif letter in _BE_SOFT and after == "ь":
            out.append(_BE_SOFT[letter])
        else:
            out.append(_BE_LETTERS.get(letter, letter))
    return "".join(out)


_BE_DIGRAPHS = str.maketrans({"č": "ch", "š": "sh", "ž": "zh"})


def belarusian_digraphs(word: str) -> str:
    """The national system with English digraphs for č, š, ž (Лукашэнка -> Lukashenka)."""
    return belarusian_national(word).translate(_BE_DIGRAPHS)


_Scheme = Callable[[str], str]


def _ua(table: type[translitua.TransliterationTable]) -> _Scheme:
    return lambda word: str(translitua.translit(word, table))


_RUSSIAN: tuple[_Scheme, ...] = (
    iuliia.ICAO_DOC_9303.translate,
    iuliia.BGN_PCGN.translate,
    iuliia.GOST_779.translate,
    iuliia.MVD_310_FR.translate,
    iuliia.WIKIPEDIA.translate,
    russian_german,
)
_UKRAINIAN: tuple[_Scheme, ...] = tuple(
    _ua(table)
    for table in (
        translitua.UkrainianKMU,
        translitua.UkrainianBGN,
        translitua.UkrainianISO9,
        translitua.UkrainianPassport2007,
        translitua.UkrainianFrench,
        translitua.UkrainianGerman,
    )
)
_BELARUSIAN: tuple[_Scheme, ...] = (belarusian_national, belarusian_digraphs)


def is_cyrillic(word: str) -> bool:
    return _CYRILLIC.search(word) is not None


@functools.lru_cache(maxsize=65_536)  # names repeat their words
def romanisations(word: str) -> frozenset[str]:
    """Every Latin spelling of one Cyrillic word, in the schemes of each language whose
    alphabet it fits (all of them when it fits none). Empty for a word with no Cyrillic."""
    if not is_cyrillic(word):
        return frozenset()
    lower = unicodedata.normalize("NFC", word.lower())
    letters = {c for c in lower if c.isalpha() or c in "'’ʼ"}
    fits_any = False
    spelled: set[str] = set()
    if letters <= _RU:
        fits_any = True
        spelled.update(scheme(lower) for scheme in _RUSSIAN)
    if letters <= _UK:
        fits_any = True
        spelled.update(scheme(lower) for scheme in _UKRAINIAN)
    if letters <= _BE and letters & set("ўі"):  # Russian and Ukrainian lack one of them
        fits_any = True
        spelled.update(scheme(lower) for scheme in _BELARUSIAN)
    if letters <= _KK and letters & set(_KK_ONLY) and not letters <= _UK | _BE:
        fits_any = True
        spelled.update(scheme(lower.translate(_KK_BGN)) for scheme in _RUSSIAN[:2])
        nearest = lower.translate(_KK_NEAREST)
        spelled.update(scheme(nearest) for scheme in _RUSSIAN)
    if not fits_any:
        for scheme in (*_RUSSIAN, *_UKRAINIAN, *_BELARUSIAN):
            spelled.add(scheme(lower))
    return frozenset(p for p in map(_plain, spelled) if p)


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_HAS_UMLAUT = re.compile("[äöüß]")


def umlaut_spellings(word: str) -> frozenset[str]:
    """German spellings of a word with ä, ö, ü or ß: "Köln" -> {"koeln"}; the plain
    folding ("koln") is the index's own. Empty for a word without them."""
    lower = unicodedata.normalize("NFC", word.lower())
    if not _HAS_UMLAUT.search(lower):
        return frozenset()
    return frozenset({_plain(lower.translate(_UMLAUTS))})
