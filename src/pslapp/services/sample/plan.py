"""The skeleton of a sample network, decided before any row is made: how many records of
each kind, which chapter each person belongs to, which events happen and how big they are.
It is small (one byte per person), so the row streams can be generated lazily and in any
order and still agree with each other: attendance picks people by chapter without the
person rows existing."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from pslapp.core.enums import Kind
from pslapp.services.sample.vocab import (
    BASE_CHAPTERS,
    COALITIONS,
    EXTRA_CHAPTERS,
    TAGS,
    ChapterSpec,
)

# The sample world's "today": events before it happened, later ones are still planned.
# Fixed, so that the same seed gives the same statuses on any day.
ANCHOR = datetime(2026, 1, 15, 12, 0)
FIRST_DAY = datetime(2022, 3, 1)
DAYS = (datetime(2026, 6, 30) - FIRST_DAY).days
FORUM_START = datetime(2025, 5, 17, 10, 0)

# Event kind -> (weight, smallest size, largest size, network size per extra place): in a
# bigger network demonstrations, rallies and congresses grow, meetings and pickets do not.
EVENT_SIZES: dict[str, tuple[int, int, int, int]] = {
    "demonstration": (15, 30, 150, 60),
    "picket": (20, 5, 40, 0),
    "rally": (8, 20, 80, 150),
    "meeting": (30, 5, 30, 0),
    "presentation": (12, 15, 70, 0),
    "strike_support": (6, 10, 60, 0),
    "camp": (3, 30, 120, 0),
    "congress": (3, 80, 200, 300),
    "forum": (3, 75, 120, 0),
}
# (first hour, length in hours, days) of an event of each kind.
EVENT_HOURS: dict[str, tuple[tuple[int, ...], int, int]] = {
    "demonstration": ((13, 14, 15), 4, 0),
    "picket": ((12, 17, 18), 2, 0),
    "rally": ((16, 17), 2, 0),
    "meeting": ((18, 19), 2, 0),
    "presentation": ((18, 19), 3, 0),
    "strike_support": ((6, 7, 14), 5, 0),
    "camp": ((12,), 4, 4),
    "congress": ((10,), 8, 1),
    "forum": ((10,), 7, 1),
}
ATTENDANCE_PER_PERSON = 1.5  # target attendance rows per person, overall


@dataclass(frozen=True)
class EventPlan:
    kind: str
    chapter: int  # index into SamplePlan.chapters
    start: datetime
    end: datetime
    size: int  # attendance rows


@dataclass(frozen=True)
class CoalitionMemberPlan:
    coalition: int
    organisation: int | None
    person: int | None
    role: str


@dataclass(frozen=True)
class SamplePlan:
    people: int
    seed: int
    chapters: tuple[ChapterSpec, ...]
    organisations: int
    coalitions: int
    coalition_members: tuple[CoalitionMemberPlan, ...]
    links: int
    person_chapter: bytes  # chapter index of each person
    events: tuple[EventPlan, ...]

    def counts(self) -> dict[Kind, int]:
        return {
            Kind.CHAPTER: len(self.chapters),
            Kind.TAG: len(TAGS),
            Kind.ORGANISATION: self.organisations,
            Kind.COALITION: self.coalitions,
            Kind.PERSON: self.people,
            Kind.COALITION_MEMBER: len(self.coalition_members),
            Kind.LINK: self.links,
            Kind.EVENT: len(self.events),
            Kind.ATTENDANCE: sum(e.size for e in self.events),
        }

    def rng(self, stream: str) -> random.Random:
        """One generator per stream: each kind's rows are the same whatever else is made."""
        return random.Random(f"pslapp-sample:{self.seed}:{stream}")


def make_plan(people: int, seed: int = 1) -> SamplePlan:
    if people < 1:
        raise ValueError("a sample network needs at least one person")
    rng = random.Random(f"pslapp-sample:{seed}:plan")
    chapters = BASE_CHAPTERS + EXTRA_CHAPTERS[: people // 2000]
    person_chapter = bytes(
        rng.choices(range(len(chapters)), [c.weight for c in chapters], k=people)
    )
    organisations = max(12, min(people // 40, 2500))
    coalitions = 1 if people < 5000 else min(len(COALITIONS), 1 + people // 20000)
    return SamplePlan(
        people=people,
        seed=seed,
        chapters=chapters,
        organisations=organisations,
        coalitions=coalitions,
        coalition_members=_coalition_members(rng, coalitions, organisations, people),
        links=people * 35 // 100,
        person_chapter=person_chapter,
        events=_events(rng, chapters, people),
    )


def _coalition_members(
    rng: random.Random, coalitions: int, organisations: int, people: int
) -> tuple[CoalitionMemberPlan, ...]:
    out: list[CoalitionMemberPlan] = []
    for c in range(coalitions):
        orgs = rng.sample(range(organisations), min(organisations, rng.randint(8, 15)))
        for o in orgs:
            role = rng.choice(("member", "delegate"))
            # an observer now and then, chosen without another draw (the rest of the world
            # stays as the seed made it)
            out.append(CoalitionMemberPlan(c, o, None, "observer" if o % 9 == 4 else role))
        for i, p in enumerate(rng.sample(range(people), min(people, rng.randint(3, 8)))):
            role = ("coordinator", "spokesperson", "treasurer")[i] if i < 3 else "member"
            out.append(CoalitionMemberPlan(c, None, p, role))
    return tuple(out)


def _events(
    rng: random.Random, chapters: tuple[ChapterSpec, ...], people: int
) -> tuple[EventPlan, ...]:
    """The main forum first (in Cologne, 75-120 people), then events of mixed kinds until
    there are about ATTENDANCE_PER_PERSON attendance rows per person."""
    forum = EventPlan(
        "forum",
        0,
        FORUM_START,
        FORUM_START + timedelta(days=1, hours=7),
        min(people, rng.randint(75, 120)),
    )
    events = [forum]
    total = forum.size
    kinds = list(EVENT_SIZES)
    weights = [EVENT_SIZES[k][0] for k in kinds]
    while total < ATTENDANCE_PER_PERSON * people:
        kind = rng.choices(kinds, weights)[0]
        _, low, high, per_place = EVENT_SIZES[kind]
        if per_place:
            high = max(high, people // per_place)
        size = min(people, rng.randint(low, high))
        hours, length, days = EVENT_HOURS[kind]
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        start = day.replace(hour=rng.choice(hours))
        end = start + timedelta(days=days, hours=length)
        events.append(EventPlan(kind, rng.randrange(len(chapters)), start, end, size))
        total += size
    return tuple(events)
