"""At the door: the other laptop of the same event applies without review.

"The same event" is known from what a bundle would do here, found by the same dry run a
review shows: a bundle is the other door's when everything it would change is that
event's door work, and nothing else: attendances of that event (a check-in, a status, a
role) and people it creates who attend that event in the same bundle (walk-ins). A bundle
that would change or delete anyone already here, touch another event, or carry any other
kind waits for the usual review. So a peer that is not a door, or a hostile one, gets no
more through this rule than a door volunteer could do by hand: add walk-ins to this event
and set its attendances.
"""

from __future__ import annotations

from collections.abc import Mapping

from pslapp.core.bundle_ops import RecordOp
from pslapp.core.enums import Kind
from pslapp.core.merge import MergeOutcome
from pslapp.core.record import Record
from pslapp.services import bundles
from pslapp.services.vault import Vault


class _DoorWork:
    """Watches the dry run: is every change this event's door work?"""

    def __init__(self, event_id: str) -> None:
        self.event_id = event_id
        self.ok = True
        self.new_people: set[str] = set()
        self.attending: set[str] = set()

    def wants_each(self) -> bool:
        return True

    def merged(self, op: RecordOp, before: Record | None, outcome: MergeOutcome) -> None:
        if not outcome.changed and not outcome.conflicts:
            return
        if outcome.conflicts or outcome.became_deleted:
            self.ok = False
        elif op.kind is Kind.ATTENDANCE and outcome.state.values.get("event_id") == self.event_id:
            self.attending.add(str(outcome.state.values.get("person_id")))
        elif op.kind is Kind.PERSON and outcome.created:
            self.new_people.add(op.id)
        else:
            self.ok = False

    def created(self, kind: Kind, count: int) -> None:
        self.ok = False  # only asked for when wants_each is False

    def authors(self, names: Mapping[str, str]) -> None:
        pass

    @property
    def is_door_work(self) -> bool:
        return self.ok and self.new_people <= self.attending


# Bundles found not to be a door's work, so that door mode (a round every few seconds) does
# not dry-run the same waiting bundle again and again: ids only, never contents.
_NOT_DOOR_WORK: set[tuple[str, str, str, str]] = set()
_REMEMBERED = 4096


def is_this_doors_work(vault: Vault, verified: bundles.VerifiedBundle, event_id: str) -> bool:
    key = (
        vault.fingerprint,
        verified.sender.fingerprint,
        verified.inner.manifest.bundle_id,
        event_id,
    )
    if key in _NOT_DOOR_WORK:
        return False
    work = _DoorWork(event_id)
    report = bundles.import_verified(vault, verified, dry_run=True, observe=work)
    if report.already_imported or not work.is_door_work:
        if len(_NOT_DOOR_WORK) >= _REMEMBERED:
            _NOT_DOOR_WORK.clear()
        _NOT_DOOR_WORK.add(key)
        return False
    return True
