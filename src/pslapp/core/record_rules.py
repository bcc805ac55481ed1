"""Rules about a whole record, beyond one field's own validation: required fields, fields
that must agree (an end after its start), the shape of relations, and where the record's
id and creation time come from. One rule for a local edit (`validation.validate`) and for
a bundle's import (`services/bundles/references.py`), so what a peer sends can never leave a
record that this vault would not let its own user write.

Pure: values in, `ValidationError` (naming the field) out.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from pslapp.core.enums import Kind
from pslapp.core.errors import ValidationError
from pslapp.core.fields import FIELDS

# The latest creation time a record may carry: `--json` and every view print it as a date,
# and Python's dates end with the year 9999.
MAX_CREATED_MS = int(datetime(9999, 12, 31, 23, 59, 59, 999000, tzinfo=UTC).timestamp() * 1000)

ATTENDANCE_NAMESPACE = uuid.UUID("6f1c7c52-2d5a-4f0e-9a58-6e4b0c1f9d31")

REQUIRED: dict[Kind, tuple[str, ...]] = {
    kind: tuple(f.name for f in specs if f.required) for kind, specs in FIELDS.items()
}
# Kinds with a rule over more than one field (or over the id): checked record by record.
CROSS_FIELD = frozenset({Kind.EVENT, Kind.LINK, Kind.COALITION_MEMBER, Kind.ATTENDANCE})


def attendance_id(event_id: str, person_id: str) -> str:
    """One attendance per person and event, on every replica: two door laptops that check
    the same person in create the same record, which then merges instead of doubling."""
    return str(uuid.uuid5(ATTENDANCE_NAMESPACE, f"{event_id}/{person_id}"))


def attendance_ids(event_ids: Sequence[str], person_ids: Sequence[str]) -> list[str]:
    """`attendance_id` of each pair, a column at a time: the same UUIDv5 (SHA-1 of the
    namespace and `event/person`, version 5, RFC 4122 variant) without a UUID object each."""
    prefix = ATTENDANCE_NAMESPACE.bytes
    out = []
    for event_id, person_id in zip(event_ids, person_ids, strict=True):
        h = hashlib.sha1(prefix + f"{event_id}/{person_id}".encode(), usedforsecurity=False)
        x = h.hexdigest()
        variant = "89ab"[int(x[16], 16) & 3]
        out.append(f"{x[:8]}-{x[8:12]}-5{x[13:16]}-{variant}{x[17:20]}-{x[20:32]}")
    return out


def check_required(kind: Kind, values: Mapping[str, Any]) -> None:
    for name in REQUIRED[kind]:
        if values.get(name) in (None, []):
            raise ValidationError(name, "is required")


def check_fields_agree(kind: Kind, v: Mapping[str, Any]) -> None:
    """Rules that involve more than one field (values already clean)."""
    if kind is Kind.EVENT and v.get("end") and v.get("start") and v["end"] < v["start"]:
        raise ValidationError("end", "is before the start")
    if kind is Kind.LINK and v.get("start_on") and v.get("end_on") and v["end_on"] < v["start_on"]:
        raise ValidationError("end_on", "is before the start")
    if kind is Kind.COALITION_MEMBER and (v.get("organisation_id") is None) == (
        v.get("person_id") is None
    ):
        raise ValidationError("member", "a coalition member is either an organisation or a person")


def check_record(kind: Kind, values: Mapping[str, Any]) -> None:
    """Every rule a live record's clean values must meet."""
    check_required(kind, values)
    check_fields_agree(kind, values)


def check_created(created: int) -> None:
    """A creation time every view can print (a local record's comes from the clock)."""
    if not 0 <= created <= MAX_CREATED_MS:
        raise ValidationError("created", "is not a time between 1970 and the year 9999")


def check_derived_id(kind: Kind, record_id: str, values: Mapping[str, Any]) -> None:
    """An id derived from the record's values must be that one (local records get theirs
    from `attendance_id`)."""
    if kind is not Kind.ATTENDANCE:
        return
    event_id, person_id = values.get("event_id"), values.get("person_id")
    if event_id and person_id and record_id != attendance_id(event_id, person_id):
        raise ValidationError("id", "is not the one derived from its event and person")


def check_incoming(kind: Kind, record_id: str, created: int, values: Mapping[str, Any]) -> None:
    """A live record as an import would leave it."""
    check_created(created)
    check_record(kind, values)
    check_derived_id(kind, record_id, values)


def first_bad_column(
    kind: Kind, n: int, created: Sequence[int], columns: Mapping[str, Sequence[Any]]
) -> tuple[int, ValidationError] | None:
    """The same rules over `n` live records given as columns (a block's records new here),
    a column at a time where the rule allows: (index of the first record at fault, why)."""
    if created and max(created) > MAX_CREATED_MS:
        i = next(i for i, c in enumerate(created) if c > MAX_CREATED_MS)
        return i, ValidationError("created", "is not a time between 1970 and the year 9999")
    for name in REQUIRED[kind]:
        column = columns.get(name)
        if column is None:
            return 0, ValidationError(name, "is required")
        if None in column or [] in column:
            i = next(i for i, v in enumerate(column) if v in (None, []))
            return i, ValidationError(name, "is required")
    return None
