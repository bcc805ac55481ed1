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
    return records.create(
        vault,
        Kind.COALITION_MEMBER,
        {
            "coalition_id": coalition_id,
            "organisation_id": organisation_id,
            "person_id": person_id,
            "role": role,
        },
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
    for m in rows:
        target = orgs.get(m.values["organisation_id"]) or people.get(m.values["person_id"])
        if target is not None and not target.deleted:
            out.append((m, target))
    return out
