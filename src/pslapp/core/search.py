"""What goes into the full-text index for a record, and how a typed query becomes an FTS5
query. The index has three columns, searched in this order of rank:

- `body`: the searchable values as written, and an ASCII folding of every name
  ("Шевченко" -> "shevchenko", "Köln" -> "koln");
- `spellings`: the other spellings of every name: the romanisations of each Cyrillic word
  in the standard schemes of its languages (`core/romanisation.py`) and German umlauts
  written out ("Ольга" -> "olga", "olha"; "Köln" -> "koeln");
- `sounds`: the phonetic skeleton of every spelling (`core/phonetic.py`), so that near
  spellings ("yulia" for "Юлія", whose spellings are "yuliia", "yuliya", "iuliia") match.

A typed word matches as a prefix of a name's own words or spellings, or by its skeleton;
a Cyrillic word is also romanised, so "Шевченко" finds "Shevchenko". Every word must
match (AND)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from anyascii import anyascii

from pslapp.core.enums import Kind
from pslapp.core.fields import FIELDS, FieldType
from pslapp.core.phonetic import MIN_SKELETON, skeleton
from pslapp.core.romanisation import romanisations, umlaut_spellings

MAX_QUERY_WORDS = 8
MIN_WORD = 2
_WORD = re.compile(r"\w+", re.UNICODE)
_APOSTROPHES = re.compile(r"['’ʼʹ′`]")
# A word of a name keeps its apostrophes: "Знам'янка" is one word, romanised "znamianka".
_NAME_WORD = re.compile(r"\w+(?:['’ʼ]\w+)*", re.UNICODE)

# The index columns, in order of rank, and their weights in bm25: ten times apart, so a
# match in a better column outweighs the worse ones (bm25 also weighs how rare a word is
# and how long an entry is, which only orders names within a rank).
COLUMNS = ("body", "spellings", "sounds")
WEIGHTS = (100.0, 10.0, 1.0)

IndexEntry = tuple[str, str, str]  # body, spellings, sounds
EMPTY_ENTRY: IndexEntry = ("", "", "")


@functools.lru_cache(maxsize=65_536)  # names and cities repeat; folding is the slow part
def fold(text: str) -> str:
    """Lower-case ASCII approximation of `text` (Cyrillic, accents, ligatures), with
    apostrophes and soft signs dropped ("Ольга" -> "olga", not "ol'ga")."""
    return _APOSTROPHES.sub("", anyascii(unicodedata.normalize("NFC", text))).lower()


@functools.lru_cache(maxsize=65_536)
def word_spellings(word: str) -> frozenset[str]:
    """Every spelling of one word people type: its folding, its romanisations (Cyrillic)
    and its umlauts written out (German)."""
    folded = frozenset(_WORD.findall(fold(word)))
    return folded | romanisations(word) | umlaut_spellings(word)


@functools.lru_cache(maxsize=65_536)
def word_sounds(word: str) -> frozenset[str]:
    """The skeletons of every spelling of one word (how duplicates compare names)."""
    return frozenset(s for s in map(skeleton, word_spellings(word)) if s)


def forget_names() -> None:
    """Empty every cache of names and their spellings: at lock, nothing of the vault is to
    stay in memory that Python lets go."""
    for cached in (fold, word_spellings, word_sounds, _word_parts, _one_name):
        cached.cache_clear()
    romanisations.cache_clear()
    skeleton.cache_clear()


@functools.lru_cache(maxsize=65_536)
def _word_parts(word: str) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """One word's spellings, its folding first, their skeletons (without repeats), and
    its own words (as written and folded: already in the entry's body)."""
    folded = _WORD.findall(fold(word))
    spellings = dict.fromkeys(folded)
    spellings.update(dict.fromkeys(sorted(word_spellings(word))))
    sounds = dict.fromkeys(s for s in map(skeleton, spellings) if len(s) >= MIN_SKELETON)
    own = frozenset(_WORD.findall(word.lower())).union(folded)
    return tuple(spellings), tuple(sounds), own


def spellings_of(text: str) -> list[str]:
    """The spellings of every word of a name, the folding first, without repeats."""
    out: dict[str, None] = {}
    for word in _NAME_WORD.findall(unicodedata.normalize("NFC", text)):
        out.update(dict.fromkeys(_word_parts(word)[0]))
    return list(out)


def _name_parts(text: str) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    """The folding of one name (when it differs), its other spellings, their skeletons:
    put together from its words' cached parts, a name being mostly words and spaces."""
    nfc = unicodedata.normalize("NFC", text)
    words = _NAME_WORD.findall(nfc)
    parts = [_word_parts(word) for word in words]
    if len(parts) == 1:
        spelled, heard, own = parts[0]
        other = tuple(s for s in spelled if s not in own)
    else:
        own = frozenset().union(*(p[2] for p in parts))
        other = tuple(dict.fromkeys(s for p in parts for s in p[0] if s not in own))
        heard = tuple(dict.fromkeys(k for p in parts for k in p[1]))
    if nfc == " ".join(words):  # the folding of each word, joined as the name is
        folded = " ".join(map(fold, words))
        return (folded if folded and folded != nfc.lower() else None), other, heard
    return _folded(text), other, heard


def _name_entry(texts: Iterable[str]) -> tuple[list[str], str, str]:
    """Foldings (without repeats), other spellings and skeletons of the names `texts`."""
    parts = [_one_name(text) for text in texts]
    folded = list(dict.fromkeys(f for f, _s, _k in parts if f))
    return folded, " ".join(s for _f, s, _k in parts if s), " ".join(k for _f, _s, k in parts if k)


# Per kind, the searchable fields in order: (name, is a list of texts, also folded).
_SEARCH_PLAN = {
    kind: tuple(
        (spec.name, spec.type is FieldType.TEXT_LIST, spec.folded)
        for spec in FIELDS[kind]
        if spec.searchable
    )
    for kind in Kind
}


def _entry(values: Iterable[tuple[Any, bool, bool]]) -> IndexEntry:
    parts: list[str] = []
    names: list[str] = []
    for value, is_list, also_folded in values:
        if not value:
            continue
        texts = value if is_list else [str(value)]
        parts.extend(texts)
        if also_folded:
            names.extend(texts)
    if not parts:
        return EMPTY_ENTRY
    folded, spelled, sounds = _name_entry(names)
    return "\n".join(parts + folded), spelled, sounds


def index_text(kind: Kind, values: Mapping[str, Any]) -> IndexEntry:
    """The index entry of one record: searchable values and foldings of names, the other
    spellings of the names, their skeletons."""
    return _entry((values.get(name), is_list, f) for name, is_list, f in _SEARCH_PLAN[kind])


def index_texts(kind: Kind, columns: Mapping[str, Sequence[Any]], count: int) -> list[IndexEntry]:
    """`index_text` of `count` records given as columns (a missing column: no value),
    a column at a time: the same entries, without a dict per record."""
    parts: list[Sequence[Any]] = []
    names: list[Sequence[Any]] = []
    for name, is_list, also_folded in _SEARCH_PLAN[kind]:
        column = columns.get(name)
        if column is None:
            continue
        parts.append(["\n".join(v) if v else None for v in column] if is_list else column)
        if also_folded:
            assert not is_list, name  # names are one-line texts
            names.append(column)
    if not parts:
        return [EMPTY_ENTRY] * count
    if not names:
        bodies = ("\n".join(filter(None, row)) for row in zip(*parts, strict=True))
        return [(body, "", "") if body else EMPTY_ENTRY for body in bodies]
    out: list[IndexEntry] = []
    for row, texts in zip(zip(*parts, strict=True), zip(*names, strict=True), strict=True):
        present = [t for t in texts if t]
        if len(present) == 1:  # one name; a city or an alias makes two
            folded, spelled, sounds = _one_name(present[0])
            body = "\n".join(filter(None, (*row, folded)))
        elif len(present) == 2:  # _name_entry of two names, without its generators
            f1, s1, k1 = _one_name(present[0])
            f2, s2, k2 = _one_name(present[1])
            body = "\n".join(filter(None, (*row, f1, f2 if f2 != f1 else None)))
            spelled = f"{s1} {s2}" if s1 and s2 else s1 or s2
            sounds = f"{k1} {k2}" if k1 and k2 else k1 or k2
        else:
            folds, spelled, sounds = _name_entry(present)
            body = "\n".join(filter(None, (*row, *folds)))
        out.append((body, spelled, sounds) if body else EMPTY_ENTRY)
    return out


@functools.lru_cache(maxsize=65_536)
def _one_name(text: str) -> tuple[str | None, str, str]:
    """The index columns that a record with one name gets from it, joined."""
    folded, other, heard = _name_parts(text)
    return folded, " ".join(other), " ".join(heard)


def _folded(text: str | None) -> str | None:
    """The folding of a name when it adds something to the index."""
    if not text:
        return None
    f = fold(text)
    return f if f and f != text.lower() else None


def query_words(text: str) -> list[str]:
    """The typed words that count: two letters or more, at most eight.

    A one-letter prefix matches a large share of 100 000 names, costs more than the whole
    list, and tells the user nothing yet."""
    typed = _NAME_WORD.findall(unicodedata.normalize("NFC", text))
    return [w for w in typed if len(w) >= MIN_WORD][:MAX_QUERY_WORDS]


def _quoted(forms: Iterable[str]) -> str:
    return " OR ".join(f'"{form}"*' for form in sorted(forms) if form)


def fts_query(text: str) -> str | None:
    """Every word must match: as a prefix of a name's words or spellings (a Cyrillic word
    romanised, so it finds names stored in Latin), or by its phonetic skeleton.
    Returns None when nothing searchable was typed."""
    clauses = []
    for word in query_words(text):
        forms = {word.lower()} | word_spellings(word)
        sounds = {s for s in map(skeleton, forms) if len(s) >= MIN_SKELETON}
        clause = f"{{body spellings}} : ({_quoted(forms)})"
        if sounds and len(word) > MIN_SKELETON:
            clause = f"{clause} OR sounds : ({_quoted(sounds)})"
        clauses.append(f"({clause})")
    return " AND ".join(clauses) or None
