"""Is this newcomer someone the vault knows already? Exact matches on an email address or a
phone number; proposals on a name written in another script or transliterated another way
("Тарас Шевченко", "Taras Shevchenko", "Taras Schewtschenko", "Taras Chevtchenko").

Names are compared the way search finds them (`core/search.py`): each word of a known name
stands for all its spellings (the romanisations of a Cyrillic word, German umlauts written
out), each reduced to its phonetic skeleton (`core/phonetic.py`). Candidates are blocked by
pairs of word initials (of every spelling) and pre-selected with rapidfuzz on one key per
name; the few left are scored word by word against every spelling, so 5 000 newcomers
against 100 000 people takes seconds."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import fuzz, process

from pslapp.core.enums import ChannelKind
from pslapp.core.phonetic import skeleton
from pslapp.core.search import fold, word_sounds
from pslapp.services.vault import Vault
from pslapp.storage import records as repo

FUZZY_CUTOFF = 90.0
PRESELECT_CUTOFF = 60.0  # the one-key pre-selection: loose, the word scores decide
PRESELECTED = 5
NAME_WORD = re.compile(r"\w+(?:['’ʼ]\w+)*", re.UNICODE)


class MatchKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    NAME = "name"  # fuzzy: proposed for review, never merged on its own

    @property
    def exact(self) -> bool:
        return self is not MatchKind.NAME


@dataclass(frozen=True)
class Match:
    person_id: str
    display_name: str
    kind: MatchKind
    score: float  # 100 for exact matches


@dataclass(frozen=True)
class Known:
    """What matching needs of a person: no record, no stamps."""

    person_id: str
    display_name: str
    alias: str | None = None
    channels: Sequence[Mapping[str, str]] = ()


def normalise_email(value: str) -> str:
    return value.strip().casefold()


_NOT_DIGITS = re.compile(r"\D")


def normalise_phone(value: str) -> str:
    """Digits, a leading + kept ("00" becomes "+")."""
    text = value.strip()
    digits = _NOT_DIGITS.sub("", text)
    if text.startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    return digits


def phone_key(value: str) -> str | None:
    """Numbers match on their last nine digits, so "+49 170 1234567" and "0170 1234567"
    are the same number whatever prefix the form-filler used. Too short: no key."""
    digits = normalise_phone(value).lstrip("+")
    return digits[-9:] if len(digits) >= 7 else None


def name_key(name: str) -> str:
    """A spelling-insensitive form of a name: the skeleton of each word's folding."""
    return " ".join(k for k in (word_key(w) for w in NAME_WORD.findall(name)) if k)


def word_key(word: str) -> str:  # both steps are cached (and forgotten at lock)
    return skeleton(fold(word))


def word_spellings(word: str) -> frozenset[str]:
    """The skeletons of every spelling of one word."""
    return word_sounds(word) | {word_key(word)}


def name_sounds(name: str) -> tuple[frozenset[str], ...]:
    """Per word of a name, the skeletons of all its spellings."""
    words = (word_spellings(w) for w in NAME_WORD.findall(name))
    return tuple(w for w in words if any(w))


def _blocks(sounds: Sequence[frozenset[str]]) -> set[str]:
    """Pairs of word initials ("t|8"), of every spelling; a one-word name blocks on the
    first two letters of its spellings."""
    words = sorted(sounds, key=min)[:5]
    if len(words) == 1:
        return {s[:2] for s in words[0] if len(s) > 1}
    initials = [{s[0] for s in w if s} for w in words]
    return {
        f"{min(a, b)}|{max(a, b)}"
        for x, y in itertools.combinations(initials, 2)
        for a in x
        for b in y
    }


def _best(word: frozenset[str], other: Sequence[frozenset[str]]) -> float:
    return max(fuzz.ratio(a, b) for candidate in other for a in word for b in candidate)


def word_score(one: Sequence[frozenset[str]], two: Sequence[frozenset[str]]) -> float:
    """How alike two names are, word by word over all their spellings (0-100). Every word
    of the shorter name must find its counterpart; names of one word compare only with
    names of one word (a first name alone is nobody in particular)."""
    if not one or not two or (len(one) == 1) != (len(two) == 1):
        return 0.0
    shorter, longer = (one, two) if len(one) <= len(two) else (two, one)
    scores = [_best(word, longer) for word in shorter]
    return sum(scores) / len(scores)


@dataclass
class PeopleIndex:
    """Everyone matching looks at. Newcomers can be added as they are planned, so that
    two rows of one list for the same person become one person."""

    _emails: dict[str, int] = field(default_factory=dict)
    _phones: dict[str, int] = field(default_factory=dict)
    _blocks: dict[str, tuple[list[str], list[int]]] = field(default_factory=dict)
    _people: list[Known] = field(default_factory=list)
    _sounds: list[list[tuple[frozenset[str], ...]]] = field(default_factory=list)

    @classmethod
    def build(cls, people: Iterable[Known]) -> PeopleIndex:
        index = cls()
        for person in people:
            index.add(person)
        return index

    def __len__(self) -> int:
        return len(self._people)

    def add(self, person: Known) -> None:
        number = len(self._people)
        self._people.append(person)
        for channel in person.channels:
            if channel["kind"] == ChannelKind.EMAIL:
                self._emails.setdefault(normalise_email(channel["value"]), number)
            elif channel["kind"] in (ChannelKind.PHONE, ChannelKind.SIGNAL):
                key = phone_key(channel["value"])
                if key:
                    self._phones.setdefault(key, number)
        names = []
        for name in (person.display_name, person.alias):
            key = name_key(name or "")
            sounds = name_sounds(name or "")
            if not key or not sounds:
                continue
            names.append(sounds)
            for block in _blocks(sounds):
                keys, numbers = self._blocks.setdefault(block, ([], []))
                keys.append(key)
                numbers.append(number)
        self._sounds.append(names)

    def exact(self, channels: Sequence[Mapping[str, str]]) -> Match | None:
        for channel in channels:
            if channel["kind"] == ChannelKind.EMAIL:
                found = self._emails.get(normalise_email(channel["value"]))
                if found is not None:
                    return self._match(found, MatchKind.EMAIL, 100.0)
        for channel in channels:
            if channel["kind"] in (ChannelKind.PHONE, ChannelKind.SIGNAL):
                key = phone_key(channel["value"])
                found = self._phones.get(key) if key else None
                if found is not None:
                    return self._match(found, MatchKind.PHONE, 100.0)
        return None

    def similar(self, name: str) -> Match | None:
        """The best name match at or above FUZZY_CUTOFF, if any."""
        key = name_key(name)
        sounds = name_sounds(name)
        if not key or not sounds:
            return None
        candidates: set[int] = set()
        for block in _blocks(sounds):
            keys, numbers = self._blocks.get(block, ([], []))
            for scorer in (fuzz.token_sort_ratio, fuzz.token_set_ratio):
                hits = process.extract(
                    key, keys, scorer=scorer, score_cutoff=PRESELECT_CUTOFF, limit=PRESELECTED
                )
                candidates.update(numbers[hit[2]] for hit in hits)
        best: tuple[float, int] | None = None
        for number in sorted(candidates):
            score = max(word_score(sounds, known) for known in self._sounds[number])
            if score >= FUZZY_CUTOFF and (best is None or score > best[0]):
                best = (score, number)
        if best is None:
            return None
        return self._match(best[1], MatchKind.NAME, round(best[0], 1))

    def find(self, name: str, channels: Sequence[Mapping[str, str]]) -> Match | None:
        return self.exact(channels) or self.similar(name)

    def _match(self, number: int, kind: MatchKind, score: float) -> Match:
        person = self._people[number]
        return Match(person.person_id, person.display_name, kind, score)


def known_people(vault: Vault) -> PeopleIndex:
    """Every live person of the vault, read lean (id, names, channels; no stamps)."""
    index = PeopleIndex()
    with vault.read() as conn:
        for rid, name, alias, channels in repo.people_names_and_channels(conn):
            index.add(Known(rid, name or "", alias, json.loads(channels) if channels else []))
    return index
