"""Finding typed names in a list held in memory (the door's attendees), by the same
spellings and skeletons as the search index (`core/search.py`), ranked the same way:
the typed spelling itself first, then another spelling of the name, then a near one.

As in the index, a typed word matches the start of a word. Each tier is a sorted list of
the words of every name (own words; own words and spellings; skeletons), so a typed
word is a few binary searches and a walk over the words it starts: a keystroke over
5 000 names costs well under a millisecond of Python."""

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

    TYPED = 0  # the typed spelling (or its folding) starts a word of the name
    SPELLING = 1  # another spelling of the typed word starts one of the name's spellings
    SOUND = 2  # the skeletons match


@dataclass(frozen=True)
class Found:
    index: int  # position in the list given to NameFinder
    tier: Tier


NameLines = tuple[str, str, str]  # own words; other spellings; skeletons (space-separated)


def own_words(text: str) -> str:
    """A name's own words, as written (lower case) and folded, one space between."""
    words = dict.fromkeys(_WORD.findall(text.lower()))
    words.update(dict.fromkeys(_WORD.findall(fold(text))))
    return " ".join(words)


def name_lines(name: str) -> NameLines:
    """What NameFinder keeps of one name (the slow part: make these off the UI thread)."""
    own = own_words(name)
    mine = set(own.split())
    other = [s for s in spellings_of(name) if s not in mine]
    sounds = dict.fromkeys(s for s in map(skeleton, [*mine, *other]) if s)
    return own, " ".join(other), " ".join(sounds)


class _Words:
    """Every word of a tier, sorted, each with the name it belongs to."""

    def __init__(self, per_name: Iterable[Iterable[str]]) -> None:
        pairs = sorted((word, index) for index, words in enumerate(per_name) for word in words)
        self.words = [word for word, _index in pairs]
        self.names = [index for _word, index in pairs]

    def starting(self, prefixes: Iterable[str]) -> set[int]:
        """The names with a word that starts with any of `prefixes`."""
        found: set[int] = set()
        words, names = self.words, self.names
        for prefix in prefixes:
            at = bisect.bisect_left(words, prefix)
            while at < len(words) and words[at].startswith(prefix):
                found.add(names[at])
                at += 1
        return found


class NameFinder:
    """The names of a list, ready to be searched as the user types."""

    def __init__(self, lines: Sequence[NameLines]) -> None:
        self._count = len(lines)
        self._own = _Words(line[0].split() for line in lines)
        self._spelled = _Words(line[1].split() for line in lines)
        self._sounds = _Words(line[2].split() for line in lines)

    def __len__(self) -> int:
        return self._count

    def _tiers(self, word: str) -> dict[int, Tier]:
        typed = {word.lower(), *_WORD.findall(fold(word))}
        every = typed | word_spellings(word)
        tiers: dict[int, Tier] = {}
        if len(word) > MIN_SKELETON:
            sounds = {s for s in map(skeleton, every) if len(s) >= MIN_SKELETON}
            tiers.update(dict.fromkeys(self._sounds.starting(sounds), Tier.SOUND))
        spelled = self._spelled.starting(every) | self._own.starting(every - typed)
        tiers.update(dict.fromkeys(spelled, Tier.SPELLING))
        tiers.update(dict.fromkeys(self._own.starting(typed), Tier.TYPED))
        return tiers

    def find(self, text: str) -> list[Found] | None:
        """The names matching every typed word, best first (by tier, then list order).
        None when nothing searchable was typed."""
        best: dict[int, Tier] | None = None
        for word in query_words(text):
            tiers = self._tiers(word)
            if best is None:
                best = tiers
            else:  # every word must match; a name ranks by its worst word
                best = {i: max(t, tiers[i]) for i, t in best.items() if i in tiers}
            if not best:
                return []
        if best is None:
            return None
        return sorted((Found(i, t) for i, t in best.items()), key=lambda f: (f.tier, f.index))
