"""What coordinators look up under a record: the events a person came to (newest first,
with their status there), the people of a chapter, the people linked to an organisation."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.session import Session
from pslapp.services import events, records

from .conftest import unlock


def test_a_person_their_events_a_chapter_its_people_an_organisation_its_people(
    qtbot: QtBot, session: Session
) -> None:
    window = unlock(qtbot, session)
    vault = session.vault
    assert vault is not None
    chapter = records.create(vault, Kind.CHAPTER, {"name": "Köln"})
    union = records.create(vault, Kind.ORGANISATION, {"name": "Solidarity Union"})
    marina = records.create(
        vault, Kind.PERSON, {"display_name": "Марина Коваленко", "chapter": "Köln"}
    )
    records.create(vault, Kind.PERSON, {"display_name": "Pierre Martin", "chapter": "Paris"})
    records.create(
        vault,
        Kind.LINK,
        {"kind": "member_of", "person_id": marina.id, "organisation_id": union.id},
    )
    for title, start in (("Forum 2025", "2025-05-17T10:00"), ("Camp 2026", "2026-07-01T10:00")):
        event = records.create(vault, Kind.EVENT, {"title": title, "kind": "forum", "start": start})
        events.attend(vault, event.id, marina.id)
        if title == "Forum 2025":
            events.check_in(vault, event.id, marina.id)

    people = window.views[0]
    people.reload(marina.id)
    history = people.related  # type: ignore[attr-defined]
    lines = [history.list.item(i).text() for i in range(history.list.count())]
    assert lines == ["Camp 2026 · 2026-07-01 · registered", "Forum 2025 · 2025-05-17 · checked in"]
    assert "2" in history.heading.text()

    window.sidebar.setCurrentRow(3)
    chapters = window.current_view
    chapters.reload(chapter.id)
    members = chapters.related  # type: ignore[attr-defined]
    assert [members.list.item(i).text() for i in range(members.list.count())] == [
        "Марина Коваленко"
    ]

    window.sidebar.setCurrentRow(1)
    organisations = window.current_view
    organisations.reload(union.id)
    linked = organisations.related  # type: ignore[attr-defined]
    assert [linked.list.item(i).text() for i in range(linked.list.count())] == [
        "Марина Коваленко · member of"
    ]
