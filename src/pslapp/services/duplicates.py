"""Is this newcomer someone the vault knows already? Exact matches on an email address or a
phone number; proposals on a name written in another script or transliterated another way
("Тарас Шевченко", "Taras Shevchenko", "Taras Schewtschenko", "Taras Chevtchenko").

Names are folded to ASCII (`core.search.fold`), then spelling variants of the common
transliterations are collapsed (sch/sh/ch/tsch -> one sound, w -> v, j/y -> i, kh -> h,
doubled letters), and the results are compared with rapidfuzz. Candidates are blocked by
pairs of name-word initials, so 5 000 newcomers against 100 000 people takes seconds."""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import fuzz, process
from sqlalchemy import select

from pslapp.core.enums import ChannelKind, Kind
from pslapp.core.search import fold
from pslapp.services.vault import Vault
from pslapp.storage.tables import RECORD_TABLES

FUZZY_CUTOFF = 90.0
_NON_LETTERS = re.compile(r"[^a-z ]+")
_DOUBLED = re.compile(r"(.)\1+")
# Order matters: longer spellings first. "x" stands for the sh/ch family of sounds.
_SPELLINGS = (
    ("tsch", "x"),
    ("shch", "x"),
    ("sch", "x"),
    ("tch", "x"),
    ("sh", "x"),
    ("ch", "x"),
    ("zh", "j"),
    ("kh", "h"),
    ("tz", "c"),
    ("ts", "c"),
    ("ks", "x"),
    ("ph", "f"),
    ("ou", "u"),
    ("w", "v"),
    ("j", "i"),
    ("y", "i"),
)


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


def normalise_phone(value: str) -> str:
    """Digits, a leading + kept ("00" becomes "+")."""
    text = value.strip()
    digits = "".join(c for c in text if c.isdigit())
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
    """A spelling-insensitive form of a name: the same for most transliterations."""
    return " ".join(k for k in map(_word_key, name.split()) if k)


@functools.lru_cache(maxsize=65_536)
def _word_key(word: str) -> str:  # names repeat their words: cache them
    text = _NON_LETTERS.sub(" ", fold(word))
    for spelling, sound in _SPELLINGS:
        text = text.replace(spelling, sound)
    return " ".join(_DOUBLED.sub(r"\1", text).split())


def _blocks(key: str) -> set[str]:
    """Pairs of word initials ("t|x"); a one-word name blocks on its first two letters.
    Initials survive transliteration once the spellings are collapsed."""
    words = sorted({w for w in key.split() if len(w) > 1})[:5]
    if len(words) == 1:
        return {words[0][:2]}
    return {f"{a[0]}|{b[0]}" for a, b in itertools.combinations(words, 2)}


@dataclass
class PeopleIndex:
    """Everyone matching looks at. Newcomers can be added as they are planned, so that
    two rows of one list for the same person become one person."""

    _emails: dict[str, int] = field(default_factory=dict)
    _phones: dict[str, int] = field(default_factory=dict)
    _blocks: dict[str, tuple[list[str], list[int]]] = field(default_factory=dict)
    _people: list[Known] = field(default_factory=list)

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
        for name in (person.display_name, person.alias):
            key = name_key(name or "")
            if not key:
                continue
            for block in _blocks(key):
                keys, numbers = self._blocks.setdefault(block, ([], []))
                keys.append(key)
                numbers.append(number)

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
        if not key:
            return None
        best: tuple[float, int] | None = None
        many_words = key.count(" ") >= 2
        for block in _blocks(key):
            keys, numbers = self._blocks.get(block, ([], []))
            scorers = (
                [fuzz.token_sort_ratio, fuzz.token_set_ratio]
                if many_words
                else [fuzz.token_sort_ratio]
            )
            for scorer in scorers:  # token sets: a middle name or a patronymic more or less
                hit = process.extractOne(key, keys, scorer=scorer, score_cutoff=FUZZY_CUTOFF)
                if hit is not None and (best is None or hit[1] > best[0]):
                    best = (float(hit[1]), numbers[hit[2]])
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
    table = RECORD_TABLES[Kind.PERSON]
    stmt = select(table.c.id, table.c.display_name, table.c.alias, table.c.channels).where(
        table.c.deleted.is_(False)
    )
    index = PeopleIndex()
    with vault.read() as conn:
        for row in conn.execute(stmt):
            channels = json.loads(row.channels) if row.channels else []
            index.add(Known(row.id, row.display_name or "", row.alias, channels))
    return index
