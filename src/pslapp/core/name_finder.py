"""Finding typed names in a list held in memory (the door's attendees), by the same
spellings and skeletons as the search index (`core/search.py`), ranked the same way:
the typed spelling itself first, then another spelling of the name, then a near one.

Each name's texts are kept in three blobs, one line per name: its own words (as written,
lower case, and folded), its other spellings, the skeletons of all of them. A typed word
is one regular expression per blob, run once over the whole blob, so a keystroke over
5 000 names costs a few scans in C rather than 5 000 comparisons in Python."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum

from pslapp.core.phonetic import MIN_SKELETON, skeleton
from pslapp.core.search import fold, query_words, spellings_of, word_spellings

_WORD = re.compile(r"\w+", re.UNICODE)


class Tier(IntEnum):
    """How a name matched a query, best first."""

    TYPED = 0  # the typed spelling (or its folding) is in the name
    SPELLING = 1  # another spelling of the typed word is one of the name's spellings
    SOUND = 2  # the skeletons match


@dataclass(frozen=True)
class Found:
    index: int  # position in the list given to NameFinder
    tier: Tier
    word_start: bool  # the first typed word starts a word of the name (Anna before Joanna)


class _Blob:
    """Lines of text, one per name, searched all at once."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.starts: list[int] = []
        parts: list[str] = []
        at = 0
        for line in lines:
            self.starts.append(at)
            parts.append(line)
            at += len(line) + 1
        self.text = "\n".join(parts)

    def hits(self, pattern: re.Pattern[str]) -> set[int]:
        found: set[int] = set()
        starts = self.starts
        for match in pattern.finditer(self.text):
            found.add(bisect.bisect_right(starts, match.start()) - 1)
        return found


def own_words(text: str) -> str:
    """A name's own words, as written (lower case) and folded, one space between."""
    lower = " ".join(_WORD.findall(text.lower()))
    folded = " ".join(_WORD.findall(fold(text)))
    return lower if folded == lower else f"{lower} {folded}"


def _alternatives(forms: Iterable[str], *, word_start: bool = False) -> re.Pattern[str]:
    """One pattern for any of `forms` (not empty), longest first."""
    escaped = sorted({re.escape(f) for f in forms if f}, key=len, reverse=True)
    body = "|".join(escaped)
    return re.compile(rf"(?:^|(?<=\s))(?:{body})" if word_start else f"(?:{body})", re.M)


@dataclass(frozen=True)
class _Word:
    typed: re.Pattern[str]  # the typed spelling and its folding, anywhere in a name
    starts: re.Pattern[str]  # the same at the start of a name's word
    spelled: re.Pattern[str]  # every spelling of the typed word
    sounds: re.Pattern[str] | None  # its skeletons, at the start of a skeleton


def _compile(word: str) -> _Word:
    typed = {word.lower(), *_WORD.findall(fold(word))}
    every = typed | word_spellings(word)
    sounds = {s for s in map(skeleton, every) if len(s) >= MIN_SKELETON}
    heard = _alternatives(sounds, word_start=True) if sounds and len(word) > MIN_SKELETON else None
    return _Word(
        _alternatives(typed), _alternatives(typed, word_start=True), _alternatives(every), heard
    )


NameLines = tuple[str, str, str]  # own words; own words and spellings; skeletons


def name_lines(name: str) -> NameLines:
    """What NameFinder keeps of one name (the slow part: make these off the UI thread)."""
    own = own_words(name)
    every = f"{own} {' '.join(spellings_of(name))}"
    sounds = " ".join(dict.fromkeys(s for s in map(skeleton, every.split()) if s))
    return own, every, sounds


class NameFinder:
    """The names of a list, ready to be searched as the user types."""

    def __init__(self, lines: Sequence[NameLines]) -> None:
        self._count = len(lines)
        self._own = _Blob(line[0] for line in lines)
        self._all = _Blob(line[1] for line in lines)
        self._sounds = _Blob(line[2] for line in lines)

    def __len__(self) -> int:
        return self._count

    def find(self, text: str) -> list[Found] | None:
        """The names matching every typed word, best first (by tier, then names where the
        first word starts a word, then list order). None when nothing searchable was
        typed."""
        words = query_words(text)
        if not words:
            return None
        best: dict[int, Tier] | None = None
        starts: set[int] = set()
        for position, word in enumerate(words):
            compiled = _compile(word)
            tiers: dict[int, Tier] = {}
            if compiled.sounds is not None:
                tiers.update(dict.fromkeys(self._sounds.hits(compiled.sounds), Tier.SOUND))
            tiers.update(dict.fromkeys(self._all.hits(compiled.spelled), Tier.SPELLING))
            tiers.update(dict.fromkeys(self._own.hits(compiled.typed), Tier.TYPED))
            if position == 0:
                starts = self._own.hits(compiled.starts)
            if best is None:
                best = tiers
            else:  # every word must match; a name ranks by its worst word
                best = {i: max(t, tiers[i]) for i, t in best.items() if i in tiers}
            if not best:
                return []
        assert best is not None
        found = [Found(i, tier, i in starts) for i, tier in best.items()]
        found.sort(key=lambda f: (f.tier, not f.word_start, f.index))
        return found
