"""The row streams: plain field values per record kind, made lazily from a SamplePlan.

A row refers to another record by a *sample id*, a UUID that encodes the kind and the index
of the target in its own stream (`sample_id`, `sample_index`). Such rows validate as they
are; `populate` swaps sample ids for the ids the vault assigned."""

from __future__ import annotations

import bisect
import functools
import itertools
import random
import re
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import Any, Generic, TypeVar

from pslapp.core.enums import Kind
from pslapp.core.search import fold
from pslapp.services.sample import vocab
from pslapp.services.sample.names import (
    DIMINUTIVES,
    ORIGINS,
    PSEUDONYMS,
    Name,
    Scheme,
    compose_name,
    transliterate,
)
from pslapp.services.sample.plan import ANCHOR, SamplePlan

Row = dict[str, Any]
T = TypeVar("T")
_KIND_NUMBER = {kind: n for n, kind in enumerate(Kind)}
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


class _Weighted(Generic[T]):
    """A weighted choice with its cumulative weights made once: `random.choices` rebuilds
    them on every call, which is most of the cost over 100 000 people."""

    def __init__(self, values: Sequence[T], weights: Sequence[float]) -> None:
        self.values = tuple(values)
        self.cum = list(itertools.accumulate(weights))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random) -> T:
        return self.values[bisect.bisect(self.cum, rng.random() * self.total)]


def sample_id(kind: Kind, index: int) -> str:
    return f"5a3d1e00-{_KIND_NUMBER[kind]:04x}-4000-8000-{index:012x}"


def sample_index(ref: str) -> int:
    return int(ref[-12:], 16)


def rows(plan: SamplePlan, kind: Kind) -> Iterator[Row]:
    """Every row of `kind`, in index order; the same for the same plan."""
    return _STREAMS[kind](plan)


def _chapters(plan: SamplePlan) -> Iterator[Row]:
    for c in plan.chapters:
        country = vocab.CITIES[c.city].country if c.city else None
        yield {"name": c.name, "kind": c.kind, "city": c.city, "country": country}


def _tags(plan: SamplePlan) -> Iterator[Row]:
    for name, colour in vocab.TAGS:
        yield {"name": name, "colour": colour}


def _cities(plan: SamplePlan) -> list[str]:
    """Where the network is: its chapters' cities and their surroundings."""
    out = [c for spec in plan.chapters if spec.city for c in (spec.city, *spec.nearby)]
    return [*out, "London", "Vilnius", "Tbilisi"]


@functools.lru_cache(maxsize=8192)
def _slug(text: str) -> str:
    return _NOT_SLUG.sub("-", fold(text)).strip("-")[:40]


def _organisations(plan: SamplePlan) -> Iterator[Row]:
    rng = plan.rng("organisation")
    cities = [vocab.CITIES[c] for c in _cities(plan)]
    by_language = {
        lang: [c for c in vocab.CITIES.values() if c.language == lang] for lang in ("de", "fr")
    }
    kinds = _Weighted(vocab.ORG_PATTERNS, vocab.ORG_KIND_WEIGHTS)
    seen: set[str] = set()
    for j in range(plan.organisations):
        kind, patterns = kinds.pick(rng)
        pattern = rng.choice(patterns)
        lang, _, rest = pattern.partition(":")
        if rest and lang in by_language:
            pattern = rest
            city = rng.choice([c for c in cities if c.language == lang] or by_language[lang])
        else:
            city = rng.choice(cities)
        words = vocab.ORG_WORDS_CYRILLIC if "«" in pattern else vocab.ORG_WORDS
        name = pattern.format(city=city.name, word=rng.choice(words))
        if name in seen:
            name = f"{name} {rng.choice(vocab.ORG_SECTIONS)}"
        if name in seen:
            name = f"{name} {j}"
        seen.add(name)
        yield {
            "name": name,
            "kind": kind,
            "country": city.country,
            "city": city.name,
            "website": f"https://{_slug(name)}.{rng.choice(vocab.EMAIL_DOMAINS)}"
            if rng.random() < 0.6
            else None,
            "relationship": rng.choices(("ally", "partner", "contact", "observer"), (3, 3, 3, 1))[
                0
            ],
            "notes": rng.choice(vocab.NOTES[-4:]) if rng.random() < 0.1 else None,
            "tags": ["strike-fund"] if kind == "union" and rng.random() < 0.3 else [],
        }


def _coalitions(plan: SamplePlan) -> Iterator[Row]:
    for name, founded, description in vocab.COALITIONS[: plan.coalitions]:
        yield {"name": name, "founded_on": founded, "description": description}


def _coalition_members(plan: SamplePlan) -> Iterator[Row]:
    for m in plan.coalition_members:
        yield {
            "coalition_id": sample_id(Kind.COALITION, m.coalition),
            "organisation_id": None
            if m.organisation is None
            else sample_id(Kind.ORGANISATION, m.organisation),
            "person_id": None if m.person is None else sample_id(Kind.PERSON, m.person),
            "role": m.role,
        }


def _links(plan: SamplePlan) -> Iterator[Row]:
    rng = plan.rng("link")
    first = date(2016, 1, 1)
    for _ in range(plan.links):
        start = first + timedelta(days=rng.randrange(3500))
        ended = rng.random() < 0.2
        yield {
            "kind": rng.choices(("member_of", "works_with", "contact_person_for"), (60, 25, 15))[0],
            "person_id": sample_id(Kind.PERSON, rng.randrange(plan.people)),
            "organisation_id": sample_id(Kind.ORGANISATION, rng.randrange(plan.organisations)),
            "start_on": start.isoformat(),
            "end_on": (start + timedelta(days=rng.randint(30, 1500))).isoformat()
            if ended
            else None,
        }


def _events(plan: SamplePlan) -> Iterator[Row]:
    rng = plan.rng("event")
    org_names = [row["name"] for row in _organisations(plan)]
    cities = [c.city for c in plan.chapters if c.city]
    for e in plan.events:
        chapter = plan.chapters[e.chapter]
        city = chapter.city or rng.choice(cities)
        title = rng.choice(vocab.EVENT_TITLES[e.kind]).format(
            city=city, year=e.start.year, month=e.start.strftime("%m/%Y")
        )
        names = [chapter.name]
        if rng.random() < 0.2:
            names.append(rng.choice(plan.chapters).name)
        yield {
            "title": title,
            "kind": e.kind,
            "start": e.start.isoformat(timespec="minutes"),
            "end": e.end.isoformat(timespec="minutes"),
            "city": city,
            "venue": rng.choice(
                vocab.OUTDOOR_VENUES if e.kind in vocab.OUTDOOR_KINDS else vocab.VENUES
            ),
            "chapters": names,
            "organisations": rng.sample(org_names, rng.randint(0, 2)),
            "description": rng.choice(vocab.EVENT_DESCRIPTIONS) if rng.random() < 0.5 else None,
            "tags": [f"forum-{e.start.year}"] if e.kind == "forum" else [],
        }


_PAST_STATUS = _Weighted(
    ("checked_in", "no_show", "cancelled", "registered", "invited"), (72, 12, 5, 8, 3)
)
_FUTURE_STATUS = _Weighted(("registered", "invited", "cancelled"), (65, 25, 10))
_ROLES = ("participant", "speaker", "organiser", "volunteer", "press", "delegate")
_ROLE = _Weighted(_ROLES, (80, 5, 5, 6, 2, 2))
_FORUM_ROLE = _Weighted(_ROLES, (65, 10, 6, 8, 3, 8))
_CONSENT_FOLLOW_UP = _Weighted((True, False, None), (60, 10, 30))
_ATTENDANCE_NOTES = ("вегетарианское питание", "needs childcare", "Übersetzung ins Deutsche",
                     "arrive la veille", "нужен ночлег")  # fmt: skip


def _attendance(plan: SamplePlan) -> Iterator[Row]:
    rng = plan.rng("attendance")
    pools: list[list[int]] = [[] for _ in plan.chapters]
    for person, chapter in enumerate(plan.person_chapter):
        pools[chapter].append(person)
    for index, e in enumerate(plan.events):
        # Three quarters come from the organising chapter, the rest from anywhere.
        local = pools[e.chapter]
        chosen = set(rng.sample(local, min(len(local), e.size * 3 // 4)))
        while len(chosen) < e.size:
            chosen.add(rng.randrange(plan.people))
        past = e.start < ANCHOR
        statuses = _PAST_STATUS if past else _FUTURE_STATUS
        roles = _FORUM_ROLE if e.kind in ("forum", "congress") else _ROLE
        event_id = sample_id(Kind.EVENT, index)
        for person in sorted(chosen):
            status = statuses.pick(rng)
            role = roles.pick(rng)
            checked_in = status == "checked_in"
            yield {
                "event_id": event_id,
                "person_id": sample_id(Kind.PERSON, person),
                "status": status,
                "role": role,
                "delegate_of": sample_id(Kind.ORGANISATION, rng.randrange(plan.organisations))
                if role == "delegate"
                else None,
                "checked_in_at": (e.start + timedelta(minutes=rng.randint(-20, 90))).isoformat(
                    timespec="minutes"
                )
                if checked_in
                else None,
                "walk_in": checked_in and rng.random() < 0.08,
                "consent_follow_up": _CONSENT_FOLLOW_UP.pick(rng),
                "notes": rng.choice(_ATTENDANCE_NOTES) if rng.random() < 0.03 else None,
            }


def _people(plan: SamplePlan) -> Iterator[Row]:
    rng = plan.rng("person")
    cities = _cities(plan)
    origins = _Weighted(list(vocab.ORIGIN_WEIGHTS), list(vocab.ORIGIN_WEIGHTS.values()))
    for chapter_index in plan.person_chapter:
        chapter = plan.chapters[chapter_index]
        r = rng.random()
        if chapter.city and r < 0.8:
            city = vocab.CITIES[chapter.city]
        elif chapter.nearby and r < 0.95:
            city = vocab.CITIES[rng.choice(chapter.nearby)]
        else:
            city = vocab.CITIES[rng.choice(cities)]
        yield _person(rng, chapter.name, city, origins.pick(rng))


_PERSON_ROLE = _Weighted(
    ("member", "supporter", "volunteer", "contact", "organiser", "press", "lawyer"),
    (35, 25, 20, 12, 4, 2, 2),
)
_SKILL_COUNT = _Weighted((0, 1, 2, 3), (30, 35, 25, 10))
_CONSENT = _Weighted((True, False, None), (75, 8, 17))


def _person(rng: random.Random, chapter: str, city: vocab.City, origin: str) -> Row:
    if rng.random() < 0.1 and city.language in ("de", "fr"):
        origin = city.language  # a local supporter
    name = compose_name(rng, origin, _scheme(rng, city.language))
    r = rng.random()
    sensitivity = "restricted" if r < 0.03 else "sensitive" if r < 0.13 else "normal"
    pseudonymous = sensitivity == "restricted" or (
        rng.random() < (0.4 if sensitivity == "sensitive" else 0.02)
    )
    alias = legal_name = None
    display = name.written
    if pseudonymous:
        given, family = display.split(" ", 1)
        display = rng.choice(PSEUDONYMS) if rng.random() < 0.5 else f"{given} {family[0]}."
        legal_name = name.latin
    else:
        if rng.random() < 0.15:
            nickname = DIMINUTIVES.get(name.given)
            alias = transliterate(nickname, name.scheme, origin) if nickname else None
            alias = alias or rng.choice(PSEUDONYMS)
        if name.scheme is Scheme.CYRILLIC and rng.random() < 0.05:
            legal_name = name.latin
    roles = [_PERSON_ROLE.pick(rng)]
    if rng.random() < 0.15:
        roles.append(_PERSON_ROLE.pick(rng))
    skills = rng.sample(vocab.SKILLS, _SKILL_COUNT.pick(rng))
    if "lawyer" in roles:
        skills = ["EU labour law", "legal aid", *skills]
    consent = _CONSENT.pick(rng)
    return {
        "display_name": display,
        "alias": alias,
        "legal_name": legal_name,
        "pronouns": rng.choice(vocab.PRONOUNS) if rng.random() < 0.2 else None,
        "languages": _languages(rng, origin, city),
        "city": city.name,
        "country_of_origin": ORIGINS[origin].country,
        "chapter": chapter,
        "roles": roles,
        "skills": skills,
        "channels": _channels(rng, name, city),
        "consent_contact": consent,
        "consent_date": (date(2022, 3, 1) + timedelta(days=rng.randrange(1400))).isoformat()
        if consent is not None
        else None,
        "consent_how": rng.choice(vocab.CONSENT_HOW) if consent else None,
        "sensitivity": sensitivity,
        "notes": rng.choice(vocab.NOTES) if rng.random() < 0.2 else None,
        "tags": [t for t, _ in rng.sample(vocab.TAGS, rng.randint(1, 2))]
        if rng.random() < 0.3
        else [],
    }


def _scheme(rng: random.Random, language: str) -> Scheme:
    """Cyrillic or a transliteration; in Germany and France the local one is common."""
    if rng.random() < 0.45:
        return Scheme.CYRILLIC
    if language == "de":
        return Scheme.DE if rng.random() < 0.5 else Scheme.EN
    if language == "fr":
        return Scheme.FR if rng.random() < 0.5 else Scheme.EN
    return rng.choices((Scheme.EN, Scheme.DE, Scheme.FR), (8, 1, 1))[0]


def _languages(rng: random.Random, origin: str, city: vocab.City) -> list[str]:
    langs = [ORIGINS[origin].language]
    if ORIGINS[origin].cyrillic and origin != "ru" and rng.random() < 0.8:
        langs.append("ru")
    if rng.random() < 0.6:
        langs.append(city.language)
    if rng.random() < 0.4:
        langs.append("en")
    return list(dict.fromkeys(langs))


def _digits(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in pattern)


def _channels(rng: random.Random, name: Name, city: vocab.City) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    given, family = (_slug(part) or "x" for part in name.latin.split(" ", 1))
    if rng.random() < 0.7:
        local = rng.choice(
            (f"{given}.{family}", f"{given[0]}{family}", f"{family}{rng.randrange(100)}")
        )
        out.append({"kind": "email", "value": f"{local}@{rng.choice(vocab.EMAIL_DOMAINS)}"})
    if rng.random() < 0.4:
        out.append({"kind": "phone", "value": _digits(rng, city.phone)})
    if rng.random() < 0.45:
        out.append({"kind": "signal", "value": f"{given}.{rng.randrange(10, 100)}"})
    if rng.random() < 0.35:
        out.append({"kind": "telegram", "value": f"@{family[:8]}_{given[:3]}{rng.randrange(100)}"})
    if rng.random() < 0.04:
        out.append({"kind": "matrix", "value": f"@{given}:{rng.choice(vocab.EMAIL_DOMAINS)}"})
    return out


_STREAMS = {
    Kind.CHAPTER: _chapters,
    Kind.TAG: _tags,
    Kind.ORGANISATION: _organisations,
    Kind.COALITION: _coalitions,
    Kind.PERSON: _people,
    Kind.COALITION_MEMBER: _coalition_members,
    Kind.LINK: _links,
    Kind.EVENT: _events,
    Kind.ATTENDANCE: _attendance,
}
