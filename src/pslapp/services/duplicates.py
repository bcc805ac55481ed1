"""Is this newcomer someone the vault knows already? Exact matches on an email address or a
phone number; proposals on a name written in another script or transliterated another way
("Тарас Шевченко", "Taras Shevchenko", "Taras Schewtschenko", "Taras Chevtchenko").

Names are folded to ASCII (`core.search.fold`), then spelling variants of the common
transliterations are collapsed (sch/sh/ch/tsch -> one sound, w -> v, j/y -> i, kh -> h,
doubled letters), and the results are compared with rapidfuzz. Candidates are blocked by
pairs of name-word initials, so 5 000 newcomers against 100 000 people takes seconds."""

from __future__ import annotations

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
    text = _NON_LETTERS.sub(" ", fold(name))
    for spelling, sound in _SPELLINGS:
        text = text.replace(spelling, sound)
    return " ".join(_DOUBLED.sub(r"\1", text).split())


def _blocks(key: str) -> set[str]:
    """Pairs of word beginnings ("ta|xe"); a one-word name blocks on its first letters."""
    words = sorted({w for w in key.split() if len(w) > 1})[:5]
    if len(words) == 1:
        return {words[0][:3]}
    return {f"{a[:2]}|{b[:2]}" for a, b in itertools.combinations(words, 2)}


@dataclass
class PeopleIndex:
    """Everyone matching looks at. Newcomers can be added as they are planned, so that
    two rows of one list for the same person become one person."""

    _emails: dict[str, int] = field(default_factory=dict)
    _phones: dict[str, int] = field(default_factory=dict)
    _blocks: dict[str, list[int]] = field(default_factory=dict)
    _names: list[tuple[str, int]] = field(default_factory=list)  # (name key, person number)
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
                self._blocks.setdefault(block, []).append(len(self._names))
            self._names.append((key, number))

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
        entries = {n for b in _blocks(key) for n in self._blocks.get(b, ())}
        if not entries:
            return None
        choices = {n: self._names[n][0] for n in sorted(entries)}
        best = process.extractOne(
            key, choices, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_CUTOFF
        )
        if best is None and " " in key:  # a middle name or a patronymic more or less
            best = process.extractOne(
                key, choices, scorer=fuzz.token_set_ratio, score_cutoff=FUZZY_CUTOFF
            )
        if best is None:
            return None
        return self._match(self._names[best[2]][1], MatchKind.NAME, round(float(best[1]), 1))

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
