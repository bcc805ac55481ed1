"""The door of an event: someone who did not register walks in and is written down with
their attendance at once, and the volunteer who leaves door mode proves they know the
passphrase without the database being touched."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from pslapp.core.enums import AttendanceStatus, Kind
from pslapp.core.errors import NotFound, ValidationError
from pslapp.core.search import fold
from pslapp.crypto.keyslots import NoSlotOpens, SlotKind
from pslapp.services import records
from pslapp.services.events import Attendee
from pslapp.services.vault import Vault, check_vault_files
from pslapp.storage import records as repo

WALK_IN_CONSENT_HOW = "walk-in at the door"


def register_walk_in(
    vault: Vault,
    event_id: str,
    name: str,
    channel: Mapping[str, str] | None = None,
    *,
    consent: bool | None = None,
    organisation_id: str | None = None,
    organisation_name: str | None = None,
    at: datetime | None = None,
) -> Attendee:
    """Create the person and their checked-in attendance in ONE transaction: a walk-in
    is never half written. `channel` is `{"kind": "email", "value": "..."}`;
    `organisation_name` is typed at the door: an organisation the vault knows by that
    name (folded) becomes `delegate_of`; any other name goes into the attendance's notes,
    as the registration import does."""
    now = at or datetime.now()
    if organisation_id is None and organisation_name and organisation_name.strip():
        organisation_id = find_organisation(vault, organisation_name)
    person_values: dict[str, Any] = {"display_name": name.strip()}
    if channel and channel.get("value", "").strip():
        person_values["channels"] = [{"kind": channel["kind"], "value": channel["value"].strip()}]
    if consent is not None:
        person_values["consent_contact"] = consent
        person_values["consent_date"] = now.date().isoformat()
        person_values["consent_how"] = WALK_IN_CONSENT_HOW
    with vault.write() as conn:
        event = repo.load(conn, Kind.EVENT, event_id, vault.authors)
        if event is None or event.deleted:
            raise NotFound(Kind.EVENT.value, event_id)
        if organisation_id is not None:
            org = repo.load(conn, Kind.ORGANISATION, organisation_id, vault.authors)
            if org is None or org.deleted:
                raise ValidationError("organisation", f"no organisation with id {organisation_id}")
        person = records.new_record(vault, Kind.PERSON, person_values)
        attendance_values: dict[str, Any] = {
            "event_id": event_id,
            "person_id": person.id,
            "status": AttendanceStatus.CHECKED_IN.value,
            "checked_in_at": now.isoformat(timespec="minutes"),
            "walk_in": True,
            "consent_follow_up": consent,
            "delegate_of": organisation_id,
        }
        if organisation_id is None and organisation_name and organisation_name.strip():
            attendance_values["notes"] = f"Organisation: {organisation_name.strip()}"
        attendance = records.new_record(
            vault, Kind.ATTENDANCE, attendance_values, created=event.created
        )
        repo.insert_many(conn, [person], vault.authors)  # one kind per call
        repo.insert_many(conn, [attendance], vault.authors)
    return Attendee(attendance, person)


def _name_key(name: str) -> str:
    return " ".join(fold(name).split())


def find_organisation(vault: Vault, name: str) -> str | None:
    """The id of the one organisation called `name` (any script, any case), or None."""
    key = _name_key(name)
    found = [
        o.id
        for o in records.page(vault, Kind.ORGANISATION, query=name, limit=50)
        if _name_key(o.values["name"]) == key
    ]
    return found[0] if len(found) == 1 else None


def verify_passphrase(folder: Path, passphrase: str) -> bool:
    """Whether `passphrase` opens the vault's passphrase keyslot. Reads `keyslots.json`
    only; the data key it unseals is dropped at once. Slow on purpose (the KDF): call it
    off the UI thread."""
    slots = check_vault_files(folder)
    try:
        slots.open(SlotKind.PASSPHRASE, passphrase.encode())
    except NoSlotOpens:
        return False
    return True
