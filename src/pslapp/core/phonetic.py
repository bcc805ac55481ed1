"""A phonetic skeleton of a Latin-spelled word: the same for the near spellings that the
romanisation schemes and people's own habits give one sound ("yulia", "yuliia", "julija",
"ioulia" -> "iulia"; "schewtschenko", "chevtchenko", "shevchenko" -> "8ev8enko").
Search ranks a match on the skeleton below a match on a spelling.

The rules are ours (no library folds the spellings of Cyrillic romanisations together;
Soundex-like codes are made for English and throw the vowels away, which merges far too
many Slavic names). Each collapses what the schemes in `romanisation` write differently
for one Cyrillic letter:
  ш щ ч (sh, sch, shch, tsch, ch, tch) -> one sibilant "8"; ж (zh, j in French) -> "j" -> i
  х (kh, h) and г (g in Russian, h in Ukrainian and Belarusian, and Г for a German H) -> h
  ц (ts, tz, c) -> c; в (v, w) -> v; й, ы, ь (y, j, i, ') -> i
  ю я є (yu, iu, ju, iou; ya, ia, ja; ye, ie, je) -> i + vowel; French "ou" -> u
  German umlauts written out (ae, oe, ue) -> a, o, u; doubled letters -> one
  a soft "i" between a consonant and a vowel is dropped ("natalia" ~ "natala" ~ "natalya"),
  and so is a word-final "i" after "i" or a vowel ("oleksii", "oleksiy", "oleksij")."""

from __future__ import annotations

import functools
import re

_NOT_LETTER = re.compile(r"[^a-z]+")
# Order matters: longer spellings first.
_SPELLINGS = (
    ("x", "ks"),
    ("shch", "8"),
    ("tsch", "8"),
    ("sch", "8"),
    ("tch", "8"),
    ("sh", "8"),
    ("ch", "8"),
    ("zh", "j"),
    ("kh", "h"),
    ("tz", "c"),
    ("ts", "c"),
    ("ph", "f"),
    ("ou", "u"),
    ("ae", "a"),
    ("oe", "o"),
    ("ue", "u"),
    ("w", "v"),
    ("q", "k"),
    ("g", "h"),
    ("j", "i"),
    ("y", "i"),
)
_DOUBLED = re.compile(r"(.)\1+")
_SOFT_I = re.compile(r"(?<=[bcdfghklmnprstvz8])i(?=[aeou])")
_FINAL_I = re.compile(r"(?<=[aeiou])i$")
MIN_SKELETON = 3  # shorter skeletons match too much to be worth a search


@functools.lru_cache(maxsize=65_536)
def skeleton(word: str) -> str:
    """The skeleton of one word of ASCII letters (anything else is dropped first)."""
    text = _NOT_LETTER.sub("", word.lower())
    for spelling, sound in _SPELLINGS:
        text = text.replace(spelling, sound)
    text = _DOUBLED.sub(r"\1", text)
    text = _SOFT_I.sub("", text)
    return _FINAL_I.sub("", text)
