"""The ops a bundle carries, as JSON lines: how they are written and strictly read back.

Every line is one record: `[kind, id, created_ms, [[hlc, author_fingerprint, base], ...],
{field: [value, stamp_index]}]`. A record's fields usually share one stamp, so stamps are
listed once per record and fields point at them (repeated fingerprints cost little once
compressed). Reading checks every value with the same validation as a
local edit and requires the canonical form, so that what is applied is exactly what the
sender's vault held.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pslapp.core.enums import Kind
from pslapp.core.errors import ValidationError
from pslapp.core.fields import FIELDS, Field
from pslapp.core.merge import CLEARED, FieldOp
from pslapp.core.stamps import DELETED, Stamp
from pslapp.core.validation import clean_value

MAX_STAMPS_PER_RECORD = 64
MAX_HLC = (1 << 63) - 1
_FINGERPRINT = re.compile(r"^[0-9]{60}$")
_KINDS = {kind.value: kind for kind in Kind}
_SPECS: dict[Kind, dict[str, Field]] = {k: {f.name: f for f in FIELDS[k]} for k in Kind}


class OpInvalid(ValueError):
    """An op line is not acceptable; the message says which part (never the content)."""


@dataclass(frozen=True)
class RecordOp:
    kind: Kind
    id: str
    created: int
    fields: Mapping[str, FieldOp]

    def authors(self) -> set[str]:
        return {op.stamp.author for op in self.fields.values()}


def _dump(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def encode_op(op: RecordOp) -> bytes:
    stamps: list[Stamp] = []
    where: dict[Stamp, int] = {}
    fields: dict[str, list[Any]] = {}
    for name, field_op in op.fields.items():
        stamp = field_op.stamp
        if stamp not in where:
            where[stamp] = len(stamps)
            stamps.append(stamp)
        fields[name] = [field_op.value, where[stamp]]
    packed = [[s.hlc, s.author, s.base] for s in stamps]
    return _dump([op.kind.value, op.id, op.created, packed, fields])


def _load(line: bytes) -> Any:
    try:
        return json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise OpInvalid("a payload line is not JSON") from None


def _int(value: Any, low: int, high: int, what: str) -> int:
    if type(value) is not int or not low <= value <= high:
        raise OpInvalid(f"{what} is out of range")
    return value


def _canonical_id(value: Any) -> str:
    if not isinstance(value, str) or len(value) != 36:
        raise OpInvalid("a record id is invalid")
    try:
        canonical = str(uuid.UUID(value))
    except ValueError:
        raise OpInvalid("a record id is invalid") from None
    if canonical != value:
        raise OpInvalid("a record id is not in canonical form")
    return value


_SCALAR_CACHE: dict[tuple[Kind, str, Any], bool] = {}
_CACHE_LIMIT = 50_000


def _check_value(kind: Kind, name: str, value: Any) -> None:
    """Validate one value; repeated scalar values (cities, chapters) are checked once."""
    if isinstance(value, str | bool) or value is None:
        key = (kind, name, value)
        if key in _SCALAR_CACHE:
            return
        _check_uncached(kind, name, value)
        if len(_SCALAR_CACHE) >= _CACHE_LIMIT:
            _SCALAR_CACHE.clear()
        _SCALAR_CACHE[key] = True
        return
    _check_uncached(kind, name, value)


def _check_uncached(kind: Kind, name: str, value: Any) -> None:
    if name == DELETED:
        if type(value) is not bool:
            raise OpInvalid("a deletion marker is not true or false")
        return
    if name == CLEARED:
        if value is not None:
            raise OpInvalid("a clearing marker has a value")
        return
    spec = _SPECS[kind].get(name)
    if spec is None:
        raise OpInvalid(f"{name[:40]!r} is not a field of {kind.value}")
    try:
        clean = clean_value(spec, value)
    except ValidationError as exc:
        raise OpInvalid(f"{kind.value} {exc.field}: {exc.message}") from None
    if clean != value or type(clean) is not type(value):
        raise OpInvalid(f"{kind.value} {name} is not in canonical form")


def decode_op(line: bytes) -> RecordOp:
    """One record's op, checked field by field against the schema."""
    doc = _load(line)
    if not isinstance(doc, list) or len(doc) != 5:
        raise OpInvalid("an op is not a 5-item list")
    kind_name, record_id, created, packed, fields = doc
    kind = _KINDS.get(kind_name) if isinstance(kind_name, str) else None
    if kind is None:
        raise OpInvalid("an op has an unknown record kind")
    _canonical_id(record_id)
    _int(created, 0, (1 << 48) - 1, "a creation time")
    if not isinstance(packed, list) or not 0 < len(packed) <= MAX_STAMPS_PER_RECORD:
        raise OpInvalid("an op's stamps are invalid")
    stamps = []
    for item in packed:
        if not isinstance(item, list) or len(item) != 3:
            raise OpInvalid("a stamp is invalid")
        hlc = _int(item[0], 1, MAX_HLC, "a stamp's clock")
        author = item[1]
        if not isinstance(author, str) or not _FINGERPRINT.match(author):
            raise OpInvalid("a stamp's author is not a fingerprint")
        base = _int(item[2], 0, MAX_HLC, "a stamp's base")
        stamps.append(Stamp(hlc, author, base))
    if not isinstance(fields, dict) or not fields or len(fields) > len(_SPECS[kind]) + 2:
        raise OpInvalid("an op's fields are invalid")
    ops: dict[str, FieldOp] = {}
    for name, pair in fields.items():
        if not isinstance(pair, list) or len(pair) != 2:
            raise OpInvalid("a field op is not a [value, stamp] pair")
        value, index = pair
        _check_value(kind, name, value)
        ops[name] = FieldOp(value, stamps[_int(index, 0, len(stamps) - 1, "a stamp index")])
    return RecordOp(kind, record_id, created, ops)
