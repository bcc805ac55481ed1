"""What a record is part of, for the detail pane: the events a person came to, the people of
a chapter (by the chapter field people carry), the people linked to an organisation."""

from __future__ import annotations

from dataclasses import dataclass

from pslapp.core.enums import Kind
from pslapp.core.record import Record
from pslapp.services import records
from pslapp.services.vault import Vault

LIMIT = 100_000


@dataclass(frozen=True)
class Related:
    record: Record  # the event, or the person
    detail: str  # the attendance status, the link kind, or ""


def event_history(vault: Vault, person_id: str) -> list[Related]:
    """The events a person was registered for, newest first, with their status there."""
    rows = records.page(vault, Kind.ATTENDANCE, where={"person_id": person_id}, limit=LIMIT)
    found = records.get_many(vault, Kind.EVENT, [a.values["event_id"] for a in rows])
    history = [
        Related(found[a.values["event_id"]], str(a.values["status"] or ""))
        for a in rows
        if a.values["event_id"] in found and not found[a.values["event_id"]].deleted
    ]
    return sorted(history, key=lambda r: str(r.record.values["start"] or ""), reverse=True)


def chapter_members(vault: Vault, chapter_id: str) -> list[Related]:
    """The people whose chapter field names this chapter, by name."""
    chapter = records.get(vault, Kind.CHAPTER, chapter_id)
    people = records.page(
        vault, Kind.PERSON, where={"chapter": chapter.values["name"]}, limit=LIMIT
    )
    return [Related(p, "") for p in people]


def organisation_people(vault: Vault, organisation_id: str) -> list[Related]:
    """The people linked to an organisation (member of, contact person for, works with)."""
    links = records.page(vault, Kind.LINK, where={"organisation_id": organisation_id}, limit=LIMIT)
    people = records.get_many(vault, Kind.PERSON, [link.values["person_id"] for link in links])
    out = [
        Related(people[link.values["person_id"]], str(link.values["kind"]))
        for link in links
        if link.values["person_id"] in people and not people[link.values["person_id"]].deleted
    ]
    return sorted(out, key=lambda r: r.record.title.casefold())
