"""Coalitions and their member organisations and people."""

from __future__ import annotations

from pslapp.core.enums import Kind
from pslapp.core.record import Record
from pslapp.services import records
from pslapp.services.vault import Vault


def add_member(
    vault: Vault,
    coalition_id: str,
    *,
    organisation_id: str | None = None,
    person_id: str | None = None,
    role: str | None = None,
) -> Record:
    """Add an organisation or a person to a coalition. One already in it is not added a
    second time: their membership is returned as it is."""
    target = (
        organisation_id if person_id is None else person_id if organisation_id is None else None
    )
    for membership, member in members(vault, coalition_id):
        if target is not None and member.id == target:  # both or neither: validation says no
            return membership
    return records.create(
        vault,
        Kind.COALITION_MEMBER,
        {
            "coalition_id": coalition_id,
            "organisation_id": organisation_id,
            "person_id": person_id,
            "role": str(role) if role else None,
        },
    )


def set_role(vault: Vault, membership_id: str, role: str | None) -> Record:
    """A member's role in the coalition: one of core.enums.CoalitionRole's codes (the app
    shows them translated) or the user's own words; None: no role said."""
    return records.edit(
        vault, Kind.COALITION_MEMBER, membership_id, {"role": str(role) if role else None}
    )


def members(vault: Vault, coalition_id: str) -> list[tuple[Record, Record]]:
    """(membership, organisation or person) pairs of a coalition."""
    records.get(vault, Kind.COALITION, coalition_id)
    rows = records.page(
        vault, Kind.COALITION_MEMBER, where={"coalition_id": coalition_id}, limit=100_000
    )
    orgs = records.get_many(
        vault,
        Kind.ORGANISATION,
        [m.values["organisation_id"] for m in rows if m.values["organisation_id"]],
    )
    people = records.get_many(
        vault, Kind.PERSON, [m.values["person_id"] for m in rows if m.values["person_id"]]
    )
    out = []
    seen: set[str] = set()  # two peers who added the same member: listed once
    for m in rows:
        target = orgs.get(m.values["organisation_id"]) or people.get(m.values["person_id"])
        if target is not None and not target.deleted and target.id not in seen:
            seen.add(target.id)
            out.append((m, target))
    return out


def remove_member(vault: Vault, membership_id: str) -> Record:
    """Take a member out of a coalition (the organisation or person stays). Returns the
    membership as it was, for undo."""
    return records.delete(vault, Kind.COALITION_MEMBER, membership_id)
