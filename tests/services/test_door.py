"""The door: a walk-in becomes a person and a checked-in attendance at once; leaving door
mode checks the passphrase against the keyslots only."""

from __future__ import annotations

from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.core.errors import NotFound, ValidationError
from pslapp.services import door, events, records
from pslapp.services.vault import Vault

from ..conftest import PASSPHRASE


def _forum(vault: Vault) -> str:
    return records.create(
        vault, Kind.EVENT, {"title": "Forum", "kind": "forum", "start": "2026-05-01T10:00"}
    ).id


def test_a_walk_in_is_a_person_and_a_checked_in_attendance(vault: Vault) -> None:
    forum = _forum(vault)
    union = records.create(vault, Kind.ORGANISATION, {"name": "Solidarity Union"})
    walk_in = door.register_walk_in(
        vault,
        forum,
        "  Олеся Шевчук ",
        {"kind": "signal", "value": "+49 170 1234567"},
        consent=True,
        organisation_id=union.id,
    )
    [attendee] = events.attendees(vault, forum)
    assert attendee.person.id == walk_in.person.id
    assert attendee.person.values["display_name"] == "Олеся Шевчук"
    assert attendee.person.values["channels"] == [{"kind": "signal", "value": "+49 170 1234567"}]
    assert attendee.person.values["consent_contact"] is True
    a = attendee.attendance.values
    assert (a["status"], a["walk_in"], a["consent_follow_up"]) == ("checked_in", True, True)
    assert a["delegate_of"] == union.id and a["checked_in_at"]


def test_an_unknown_organisation_name_goes_into_the_notes(vault: Vault) -> None:
    forum = _forum(vault)
    walk_in = door.register_walk_in(vault, forum, "Pierre Martin", organisation_name="Attac")
    assert walk_in.attendance.values["notes"] == "Organisation: Attac"
    assert walk_in.attendance.values["delegate_of"] is None


def test_a_known_organisation_typed_at_the_door_is_linked(vault: Vault) -> None:
    forum = _forum(vault)
    union = records.create(vault, Kind.ORGANISATION, {"name": "Союз солидарности"})
    walk_in = door.register_walk_in(vault, forum, "Anna", organisation_name="soyuz  Solidarnosti")
    assert walk_in.attendance.values["delegate_of"] == union.id
    assert walk_in.attendance.values["notes"] is None


def test_a_failed_walk_in_writes_nothing(vault: Vault) -> None:
    forum = _forum(vault)
    with pytest.raises(ValidationError):
        door.register_walk_in(vault, forum, "Anna", organisation_id=forum)
    with pytest.raises(ValidationError):
        door.register_walk_in(vault, forum, "   ")
    with pytest.raises(NotFound):
        door.register_walk_in(vault, "no-such-event", "Anna")
    assert records.count(vault, Kind.PERSON) == 0
    assert events.attendees(vault, forum) == []


def test_verify_passphrase_reads_the_keyslots_only(vault: Vault, vault_dir: Path) -> None:
    assert door.verify_passphrase(vault_dir, PASSPHRASE)
    assert not door.verify_passphrase(vault_dir, "wrong horse")
    assert not vault.is_locked
