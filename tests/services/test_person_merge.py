"""Cologne entered "Taras Shevchenko", Berlin "Тарас Шевченко": a coordinator merges the two
into one person, with every attendance, link and coalition membership, and can undo it."""

from __future__ import annotations

from typing import Any

import pytest

from pslapp.core.enums import Kind
from pslapp.core.errors import NotFound, ValidationError
from pslapp.services import events, person_merge, records
from pslapp.services.vault import Vault
from pslapp.storage import person_merges as merge_store


def _person(vault: Vault, name: str, **values: Any) -> str:
    return records.create(vault, Kind.PERSON, {"display_name": name, **values}).id


def _event(vault: Vault, title: str, start: str = "2026-05-01T18:00") -> str:
    return records.create(vault, Kind.EVENT, {"title": title, "kind": "forum", "start": start}).id


def _org(vault: Vault, name: str) -> str:
    return records.create(vault, Kind.ORGANISATION, {"name": name}).id


def test_the_kept_person_takes_the_chosen_values_and_joins_the_lists(vault: Vault) -> None:
    kept = _person(
        vault,
        "Тарас Шевченко",
        city="Köln",
        skills=["translation"],
        channels=[{"kind": "signal", "value": "+49 170 1111111"}],
        notes="Met at the May forum.",
    )
    other = _person(
        vault,
        "Taras Shevchenko",
        city="Berlin",
        pronouns="he/him",
        skills=["legal aid", "translation"],
        channels=[{"kind": "email", "value": "taras@example.org"}],
        notes="Volunteers at the legal desk.",
        sensitivity="sensitive",
    )
    result = person_merge.merge(vault, kept, other, take_other=["city"])
    person = records.get(vault, Kind.PERSON, kept)
    v = person.values
    assert v["display_name"] == "Тарас Шевченко"
    assert v["alias"] == "Taras Shevchenko"  # the other spelling is kept
    assert v["city"] == "Berlin"  # chosen from the other record
    assert v["pronouns"] == "he/him"  # the kept one had none
    assert v["skills"] == ["translation", "legal aid"]
    assert [c["kind"] for c in v["channels"]] == ["signal", "email"]
    assert "Met at the May forum." in v["notes"] and "legal desk" in v["notes"]
    assert v["sensitivity"] == "sensitive"  # a merge never lowers it
    assert result.other_id == other
    gone = records.get(vault, Kind.PERSON, other, include_deleted=True)
    assert gone.deleted and gone.values["merged_into"] == kept
    with pytest.raises(NotFound):
        records.get(vault, Kind.PERSON, other)
    # found under both spellings, once
    found = records.page(vault, Kind.PERSON, query="taras")
    assert [r.id for r in found] == [kept]


def test_attendances_links_and_memberships_move_and_one_event_is_not_doubled(
    vault: Vault,
) -> None:
    kept = _person(vault, "Айгерим Нурланова")
    other = _person(vault, "Aigerim Nurlanova")
    forum, picket = _event(vault, "Forum"), _event(vault, "Picket")
    events.attend(vault, forum, kept)  # registered under one record ...
    events.check_in(vault, forum, other)  # ... checked in at the door under the other
    events.attend(vault, picket, other, role="speaker")
    union = _org(vault, "FAU Köln")
    records.create(
        vault, Kind.LINK, {"kind": "member_of", "person_id": other, "organisation_id": union}
    )
    records.create(
        vault, Kind.LINK, {"kind": "member_of", "person_id": kept, "organisation_id": union}
    )
    coalition = records.create(vault, Kind.COALITION, {"name": "Solidarity"}).id
    records.create(vault, Kind.COALITION_MEMBER, {"coalition_id": coalition, "person_id": other})

    result = person_merge.merge(vault, kept, other)

    assert (result.attendances, result.links, result.memberships) == (2, 1, 1)
    at_forum = events.attendees(vault, forum)
    assert [(a.person.id, a.attendance.values["status"]) for a in at_forum] == [
        (kept, "checked_in")
    ]
    assert at_forum[0].attendance.values["checked_in_at"]
    at_picket = events.attendees(vault, picket)
    assert [(a.person.id, a.attendance.values["role"]) for a in at_picket] == [(kept, "speaker")]
    links = records.page(vault, Kind.LINK, where={"organisation_id": union})
    assert [link.values["person_id"] for link in links] == [kept]  # not doubled
    members = records.page(vault, Kind.COALITION_MEMBER, where={"coalition_id": coalition})
    assert [m.values["person_id"] for m in members] == [kept]
    assert records.page(vault, Kind.ATTENDANCE, where={"person_id": other}) == []


def test_a_merge_is_undone_by_the_user_who_made_it(vault: Vault) -> None:
    kept = _person(vault, "Olga Petrova", city="Paris")
    other = _person(vault, "Ольга Петрова", city="Hamburg", pronouns="she/her")
    forum, picket = _event(vault, "Forum"), _event(vault, "Picket")
    events.attend(vault, forum, kept)
    events.check_in(vault, forum, other)
    events.attend(vault, picket, other)
    person_merge.merge(vault, kept, other, take_other=["city"])
    records.edit(vault, Kind.PERSON, kept, {"pronouns": "she/they"})  # edited since

    back = person_merge.unmerge(vault, other)

    assert back.id == other
    assert records.get(vault, Kind.PERSON, other).values["city"] == "Hamburg"
    k = records.get(vault, Kind.PERSON, kept).values
    assert k["city"] == "Paris"  # what the merge wrote goes back
    assert k["pronouns"] == "she/they"  # an edit made since stays
    assert k["alias"] is None
    assert {
        (a.person.id, a.attendance.values["status"]) for a in events.attendees(vault, forum)
    } == {
        (kept, "registered"),
        (other, "checked_in"),
    }
    assert [a.person.id for a in events.attendees(vault, picket)] == [other]
    with pytest.raises(NotFound):  # undone once
        person_merge.unmerge(vault, other)


def test_a_merge_needs_two_live_people(vault: Vault) -> None:
    kept = _person(vault, "Ирина")
    with pytest.raises(ValidationError):
        person_merge.merge(vault, kept, kept)
    other = _person(vault, "Iryna")
    records.delete(vault, Kind.PERSON, other)
    with pytest.raises(NotFound):
        person_merge.merge(vault, kept, other)
    with pytest.raises(ValidationError):
        person_merge.merge(vault, kept, _person(vault, "Iryna K."), take_other=["merged_into"])


def test_the_merges_made_here_are_listed_for_undo_newest_first(vault: Vault) -> None:
    a, b, c = (_person(vault, n) for n in ("Юлия Шевчук", "Yulia Shevchuk", "Julia Schewtschuk"))
    person_merge.merge(vault, a, b)
    person_merge.merge(vault, a, c)
    listed = person_merge.undoable_merges(vault)
    assert [(m.kept_id, m.other_id, m.other_name) for m in listed] == [
        (a, c, "Julia Schewtschuk"),
        (a, b, "Yulia Shevchuk"),
    ]
    person_merge.unmerge(vault, c)
    assert [m.other_id for m in person_merge.undoable_merges(vault)] == [b]


def test_what_a_merge_kept_of_a_person_goes_when_they_are_deleted(vault: Vault) -> None:
    """The merge log (for the undo) holds both people's earlier values; deleting the kept
    person must not leave them behind in it."""
    kept = _person(vault, "Марина Коваль", legal_name="Марина Сергеевна Коваль")
    other = _person(vault, "Maryna Koval", legal_name="Maryna S. Koval")
    person_merge.merge(vault, kept, other)
    with vault.read() as conn:
        assert len(merge_store.merges(conn)) == 1
    records.delete(vault, Kind.PERSON, kept)
    with vault.read() as conn:
        assert merge_store.merges(conn) == []
    assert person_merge.undoable_merges(vault) == []
