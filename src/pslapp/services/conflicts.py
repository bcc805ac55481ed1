"""Conflicts kept for review: two people changed the same field without seeing each other's
change, or someone edited a record after it had been deleted elsewhere. The merge has already
picked a winner on every replica; reviewing lets the user choose the other value instead.

Each conflict offers two values: `kept` (what the merge chose) and `lost` (what it set
aside). Resolving takes one of them as a new local edit, which travels to peers like any
other edit; taking the kept value only marks the conflict resolved.

A held change (a peer lowered a person's sensitivity, `core/sensitivity_hold.py`) is listed
the same way, with the current value as `kept` and the peer's as `lost`: taking `lost`
lowers it as a new edit, taking `kept` confirms the current value as a new edit, so that
the replicas which applied the lowering take it back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pslapp.core.enums import Kind
from pslapp.core.errors import NotFound, ValidationError
from pslapp.core.fields import MERGED_INTO, field_names
from pslapp.core.sensitivity_hold import is_held
from pslapp.core.stamps import Stamp
from pslapp.crypto.identity import format_fingerprint
from pslapp.services import person_merge, records
from pslapp.services.bundles.open_conflicts import lost_stamp
from pslapp.services.vault import Vault
from pslapp.storage import conflicts as store

VALUE_IDS = ("kept", "lost")


@dataclass(frozen=True)
class ConflictEntry:
    id: int
    kind: Kind
    record_id: str
    field: str
    kept_value: Any
    kept_hlc: int
    kept_author: str
    lost_value: Any
    lost_hlc: int
    lost_author: str
    created: int
    resolved: bool
    lost_stamp: Stamp  # with its causal past, when kept (not shown)

    @property
    def held(self) -> bool:
        """A change held for review (a lowered sensitivity), not a merge's loser."""
        return is_held(
            self.field,
            Stamp(self.kept_hlc, self.kept_author),
            Stamp(self.lost_hlc, self.lost_author),
        )

    def value(self, value_id: str) -> Any:
        if value_id == "kept":
            return self.kept_value
        if value_id == "lost":
            return self.lost_value
        raise ValidationError("--take", f"choose one of: {', '.join(VALUE_IDS)}")

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "record_id": self.record_id,
            "field": self.field,
            "resolved": self.resolved,
            "held": self.held,
            "created": self.created,
            "values": [
                {
                    "value_id": "kept",
                    "value": self.kept_value,
                    "author": format_fingerprint(self.kept_author),
                    "hlc": self.kept_hlc,
                },
                {
                    "value_id": "lost",
                    "value": self.lost_value,
                    "author": format_fingerprint(self.lost_author),
                    "hlc": self.lost_hlc,
                },
            ],
        }


def _entry(row: Any) -> ConflictEntry:
    return ConflictEntry(
        id=row.id,
        kind=Kind(row.kind),
        record_id=row.record_id,
        field=row.field,
        kept_value=json.loads(row.kept_value) if row.kept_value is not None else None,
        kept_hlc=row.kept_hlc,
        kept_author=row.kept_author,
        lost_value=json.loads(row.lost_value) if row.lost_value is not None else None,
        lost_hlc=row.lost_hlc,
        lost_author=row.lost_author,
        created=row.created,
        resolved=bool(row.resolved),
        lost_stamp=lost_stamp(row.lost_hlc, row.lost_author, row.lost_proof),
    )


def list_conflicts(vault: Vault, *, include_resolved: bool = False) -> list[ConflictEntry]:
    with vault.read() as conn:
        return [_entry(row) for row in store.all_rows(conn, include_resolved=include_resolved)]


def _open_on(vault: Vault, entry: ConflictEntry) -> list[ConflictEntry]:
    """The open conflicts on the same field of the same record (with `entry` itself)."""
    with vault.read() as conn:
        rows = store.open_on(conn, entry.record_id, entry.field)
    return [entry, *(_entry(row) for row in rows if row.id != entry.id)]


def get(vault: Vault, conflict_id: int) -> ConflictEntry:
    with vault.read() as conn:
        row = store.row(conn, conflict_id)
    if row is None:
        raise NotFound("conflict", str(conflict_id))
    return _entry(row)


def resolve(vault: Vault, conflict_id: int, take: str) -> ConflictEntry:
    """Take one value as a new edit (restoring a deleted record if needed; keeping the
    current one confirms it), which saw every side: every open conflict on the same field
    of the same record is then resolved too, here and wherever the edit arrives. Keeping a
    record deleted writes nothing. On a person merged into another, the value is taken onto
    the record the merge kept, never onto the tombstone."""
    entry = get(vault, conflict_id)
    chosen = entry.value(take)
    if entry.field not in field_names(entry.kind):
        raise ValidationError("conflict", f"field {entry.field} cannot be chosen")
    record = records.get(vault, entry.kind, entry.record_id, include_deleted=True)
    # The new edit has seen every side of the field's open conflicts: where it meets one
    # of them on another replica, nothing is listed again.
    saw = [
        stamp
        for other in _open_on(vault, entry)
        for stamp in (Stamp(other.kept_hlc, other.kept_author), other.lost_stamp)
    ]
    root = person_merge.merged_root(vault, record) if record.deleted else None
    if entry.field == MERGED_INTO and entry.held:  # a peer's merge held for review
        person_merge.settle_held(vault, record, accept=take == "lost", saw=saw)
    elif entry.field == MERGED_INTO:  # merged into two people on two laptops
        person_merge.repoint(vault, record, chosen, saw=saw)
    elif root is not None:  # a merged-away person: the value lands on the kept record
        person_merge.take_onto_root(vault, record, root, entry.field, chosen, saw=saw)
    elif record.deleted:
        if chosen not in (None, []):
            records.restore(vault, entry.kind, entry.record_id, {entry.field: chosen}, saw=saw)
    elif record.values.get(entry.field) != chosen:
        records.edit(vault, entry.kind, entry.record_id, {entry.field: chosen}, saw=saw)
    else:  # keeping the value: confirmed as a new edit that saw every side, so the choice
        # travels and settles the conflict wherever it arrives (a held change: rejected)
        records.confirm(vault, entry.kind, entry.record_id, entry.field, saw=saw)
    with vault.write() as conn:
        store.resolve_field(conn, entry.record_id, entry.field)
    return get(vault, conflict_id)
