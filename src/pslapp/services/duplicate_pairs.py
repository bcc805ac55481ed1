"""Which people of the vault are likely one person entered twice ("Taras Shevchenko" from
Cologne, "Тарас Шевченко" from Berlin, a walk-in who had registered), with the evidence for
each pair and a confidence, for the duplicates view and `pslapp-cli person duplicates`.

Evidence, strongest first: the same email address, the same phone number (Signal numbers
count), names alike in any spelling (the romanisations of a Cyrillic name, umlauts written
out; compared as registration import compares them, `services/duplicates.py`). Names are
blocked by the first three letters of each of their first two words' phonetic skeletons,
of every spelling, so 100 000 people compare in seconds; within a block, rapidfuzz
pre-selects and the word-by-word score over every spelling decides.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from pslapp.core.enums import ChannelKind
from pslapp.services.duplicates import (
    FUZZY_CUTOFF,
    NAME_WORD,
    normalise_email,
    phone_key,
    word_key,
    word_score,
    word_spellings,
)
from pslapp.services.vault import Vault
from pslapp.storage import person_merges as store

PRESELECT = 80.0  # the one-key pre-selection within a block; the word score decides
_CONFIDENCE = {"email": 99, "phone": 95}
_NAME_CONFIDENCE_CAP = 90  # a name alone is never certain
COMMON_NAME = 10  # more people than this with one name: the name alone proves nothing
_FULL_WORD = 2  # letters of a word's skeleton; shorter is an initial


@dataclass(frozen=True)
class Evidence:
    kind: str  # "email", "phone", "name"
    detail: str  # the shared address or number, or the two names
    score: float = 100.0

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "detail": self.detail, "score": self.score}


@dataclass(frozen=True)
class Pair:
    first_id: str
    first_name: str
    second_id: str
    second_name: str
    evidence: tuple[Evidence, ...]
    confidence: int

    def to_json(self) -> dict[str, Any]:
        return {
            "first": {"id": self.first_id, "display_name": self.first_name},
            "second": {"id": self.second_id, "display_name": self.second_name},
            "confidence": self.confidence,
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass
class _People:
    ids: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    keys: list[list[str]] = field(default_factory=list)  # per person, per name
    sounds: list[list[tuple[frozenset[str], ...]]] = field(default_factory=list)
    contacts: list[tuple[int, str, str]] = field(default_factory=list)  # (person, kind, value)


class _Words:
    """Each distinct word's key and spellings' skeletons, worked out once (names repeat)."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str, frozenset[str]]] = {}
        self._names: dict[str, tuple[str, tuple[frozenset[str], ...]]] = {}

    def of(self, name: str) -> tuple[str, tuple[frozenset[str], ...]]:
        found = self._names.get(name)
        if found is None:
            found = self._names[name] = self._worked_out(name)
        return found

    def _worked_out(self, name: str) -> tuple[str, tuple[frozenset[str], ...]]:
        keys, sounds = [], []
        for word in NAME_WORD.findall(name):
            found = self._seen.get(word)
            if found is None:
                found = self._seen[word] = (word_key(word), word_spellings(word))
            if found[0]:
                keys.append(found[0])
            if any(found[1]):
                sounds.append(found[1])
        return " ".join(keys), tuple(sounds)


_CONTACT_KINDS = (ChannelKind.EMAIL.value, ChannelKind.PHONE.value, ChannelKind.SIGNAL.value)


def _read(vault: Vault) -> _People:
    people = _People()
    words = _Words()
    with vault.read() as conn:
        names = store.people_names(conn)
        contacts = store.people_contacts(conn, _CONTACT_KINDS)
    number_of = {}
    for number, (rid, name, alias) in enumerate(names):
        number_of[rid] = number
        people.ids.append(rid)
        people.names.append(name or "")
        spelled = [words.of(n) for n in (name, alias) if n]
        people.keys.append([key for key, _ in spelled])
        people.sounds.append([sounds for _, sounds in spelled if sounds])
    people.contacts = [
        (number_of[rid], kind, str(value)) for rid, kind, value in contacts if rid in number_of
    ]
    return people


def _channel_groups(people: _People) -> Iterator[tuple[str, str, list[int]]]:
    emails: dict[str, list[int]] = defaultdict(list)
    phones: dict[str, list[int]] = defaultdict(list)
    for number, kind, value in people.contacts:
        if kind == ChannelKind.EMAIL:
            emails[normalise_email(value)].append(number)
        else:
            key = phone_key(value)
            if key:
                phones[key].append(number)
    for key, members in emails.items():
        if len(members) > 1:
            yield "email", key, sorted(set(members))
    for key, members in phones.items():
        if len(members) > 1:
            yield "phone", key, sorted(set(members))


def _blocks(people: _People) -> dict[str, list[int]]:
    """Per name, the full skeleton of one of its first two words (any spelling) with the
    first three letters of the other's: "šɛvčɛnkɔ|tar". Names alike in every word share a
    block; two namesakes' block holds only people of that name and its near spellings."""
    blocks: dict[str, set[int]] = defaultdict(set)
    for number, names in enumerate(people.sounds):
        for sounds in names:
            words = sorted((w for w in sounds if min(map(len, w)) >= _FULL_WORD), key=min)[:2]
            if len(words) < 2:  # a first name alone is nobody in particular
                continue
            for one, other in (words, words[::-1]):
                heads = {s[:3] for s in other if s}
                for whole in one:
                    for head in heads:
                        blocks[f"{whole}|{head}"].add(number)
    return {key: sorted(members) for key, members in blocks.items() if len(members) > 1}


def _name_pairs(people: _People) -> dict[tuple[int, int], float]:
    """Pairs whose names are alike in some spelling. A block of more than `COMMON_NAME`
    people is a common name (the sample's "Ivan Petrov"s, a real vault's namesakes): the
    name alone is no evidence there, they pair only by email or phone. So are names of
    one full word (a first name and an initial, "Zhanar S.")."""
    found: dict[tuple[int, int], float] = {}
    tried: set[tuple[int, int]] = set()
    for block in _blocks(people).values():
        if len(block) > COMMON_NAME:
            continue
        members = [m for m in block if people.keys[m]]
        keys = [people.keys[m][0] for m in members]
        for pair in _alike(members, keys):
            if pair in tried:
                continue
            tried.add(pair)
            a, b = pair
            score = max(
                (word_score(x, y) for x in people.sounds[a] for y in people.sounds[b]),
                default=0.0,
            )
            if score >= FUZZY_CUTOFF:
                found[pair] = score
    return found


def _alike(members: Sequence[int], keys: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs of a block whose keys rapidfuzz finds alike (each pair once, in order)."""
    out: list[tuple[int, int]] = []
    for i, key in enumerate(keys):
        later = keys[i + 1 :]
        if not key or not later:
            continue
        hits = process.extract(
            key, later, scorer=fuzz.token_sort_ratio, score_cutoff=PRESELECT, limit=None
        )
        out.extend((members[i], members[i + 1 + hit[2]]) for hit in hits)
    return out


def find_pairs(vault: Vault, *, limit: int | None = None) -> list[Pair]:
    """Likely duplicates among the vault's live people, most certain first."""
    people = _read(vault)
    evidence: dict[tuple[int, int], list[Evidence]] = defaultdict(list)
    for kind, key, members in _channel_groups(people):
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                evidence[(a, b)].append(Evidence(kind, key))
    for (a, b), score in _name_pairs(people).items():
        detail = f"{people.names[a]} / {people.names[b]}"
        evidence[(a, b)].append(Evidence("name", detail, round(score, 1)))
    pairs = [_pair(people, a, b, found) for (a, b), found in evidence.items()]
    pairs.sort(key=lambda p: (-p.confidence, p.first_name.casefold(), p.first_id, p.second_id))
    return pairs[:limit] if limit is not None else pairs


def _pair(people: _People, a: int, b: int, found: Iterable[Evidence]) -> Pair:
    evidence = tuple(sorted(found, key=lambda e: ("email", "phone", "name").index(e.kind)))
    confidence = max(_confidence(e) for e in evidence)
    if len({e.kind for e in evidence}) > 1:  # two kinds of evidence agree
        confidence = min(100, confidence + 5)
    return Pair(
        people.ids[a], people.names[a], people.ids[b], people.names[b], evidence, confidence
    )


def _confidence(evidence: Evidence) -> int:
    if evidence.kind in _CONFIDENCE:
        return _CONFIDENCE[evidence.kind]
    return int(min(_NAME_CONFIDENCE_CAP, evidence.score * 0.9))
