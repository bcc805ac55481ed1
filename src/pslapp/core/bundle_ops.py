"""The ops a bundle carries, as JSON lines: how they are written and strictly read back.

Every line is one record: `[kind, id, created_ms, [[hlc, author_fingerprint, base], ...],
{field: [value, stamp_index]}]`. A record's fields usually share one stamp, so stamps are
listed once per record and fields point at them (repeated fingerprints cost little once
compressed). Reading checks every value with the same validation as a
local edit and requires the canonical form, so that what is applied is exactly what the
sender's vault held.
"""

from __future__ import annotations

import contextlib
import gc
import json
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pslapp.core import validation
from pslapp.core.enums import ChannelKind, Kind
from pslapp.core.errors import ValidationError
from pslapp.core.fields import FIELDS, LIST_ITEMS, Field, FieldType
from pslapp.core.merge import CLEARED, FieldOp
from pslapp.core.stamps import DELETED, Stamp
from pslapp.core.validation import clean_value

MAX_STAMPS_PER_RECORD = 64
MAX_HLC = (1 << 63) - 1
_FINGERPRINT = re.compile(r"^[0-9]{60}$")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_COLOUR = re.compile(r"#[0-9a-f]{6}")
# The quick checks use validation's own patterns: they must never be laxer than it.
_CONTROL = validation.CONTROL
_CONTROL_ONE_LINE = validation.CONTROL_ONE_LINE
_EMAIL = validation.EMAIL
# Canonical printable ASCII: one line with single spaces; a text with tabs and newlines.
_ASCII_LINE = re.compile(r"[!-~]+(?: [!-~]+)*")
_ASCII_TEXT = re.compile(r"[!-~](?:[\t\n !-~]*[!-~])?")
_make_op: Any = tuple.__new__  # FieldOp without its Python-level __new__ (see merge)
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


# One encoder for every line: json.dumps with options builds a new encoder on each call.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _dump(doc: Any) -> bytes:
    return _encode(doc).encode("utf-8")


def encode_op(op: RecordOp) -> bytes:
    packed: list[list[Any]] = []
    where: dict[tuple[int, str, int], int] = {}
    by_object: dict[int, int] = {}  # fields mostly share one Stamp object
    fields: dict[str, list[Any]] = {}
    for name, field_op in op.fields.items():
        stamp = field_op.stamp
        index = by_object.get(id(stamp))
        if index is None:
            key = (stamp.hlc, stamp.author, stamp.base)
            index = where.get(key)
            if index is None:
                index = where[key] = len(packed)
                packed.append([stamp.hlc, stamp.author, stamp.base])
            by_object[id(stamp)] = index
        fields[name] = [field_op.value, index]
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


def _text_check(max_len: int, *, one_line: bool) -> Callable[[Any], bool]:
    """Canonical non-empty text, as `validation._text` would leave it."""
    control = _CONTROL_ONE_LINE if one_line else _CONTROL
    plain = _ASCII_LINE if one_line else _ASCII_TEXT

    def ok(v: Any) -> bool:
        if type(v) is not str or not v or len(v) > max_len:
            return False
        if plain.fullmatch(v) is not None:  # the usual case, in one step
            return True
        if one_line:
            if " ".join(v.split()) != v:
                return False
        elif "\r" in v or v.strip() != v:
            return False
        if not v.isascii() and not unicodedata.is_normalized("NFC", v):
            return False
        return control.search(v) is None

    return ok


def _list_check(item_ok: Callable[[Any], bool]) -> Callable[[Any], bool]:
    def ok(v: Any) -> bool:
        if type(v) is not list or len(v) > LIST_ITEMS:
            return False
        for item in v:
            if not item_ok(item):
                return False
        return len(v) < 2 or len(set(v)) == len(v)

    return ok


_CHANNEL_KEYS = frozenset({"kind", "value"})


def _channels_check(text_ok: Callable[[Any], bool]) -> Callable[[Any], bool]:
    kinds = frozenset(k.value for k in ChannelKind)

    def ok(v: Any) -> bool:
        if type(v) is not list or len(v) > LIST_ITEMS:
            return False
        seen = set()
        for item in v:
            if type(item) is not dict or item.keys() != _CHANNEL_KEYS:
                return False
            kind, value = item["kind"], item["value"]
            if type(kind) is not str or kind not in kinds or not text_ok(value):
                return False
            if kind == ChannelKind.EMAIL and not _EMAIL.match(value):
                return False
            if kind == ChannelKind.PHONE and sum(c.isdigit() for c in value) < 5:
                return False
            seen.add((kind, value))
        return len(seen) == len(v)

    return ok


def _date_ok(v: Any) -> bool:
    if type(v) is not str or len(v) != 10:
        return False
    try:
        return date.fromisoformat(v).isoformat() == v
    except ValueError:
        return False


def _datetime_ok(v: Any) -> bool:
    if type(v) is not str:
        return False
    try:
        return datetime.fromisoformat(v).isoformat(timespec="minutes") == v
    except ValueError:
        return False


Check = tuple[bool, Callable[[Any], bool]]  # (None is canonical, quick test otherwise)


def _fast_check(spec: Field) -> Check:
    """A quick test that a value is valid and canonical for `spec`. It may say False for a
    value that is fine (then the full validation decides), never True for one that is not."""
    t = spec.type
    if t in (FieldType.TEXT, FieldType.LONG_TEXT):
        return True, _text_check(spec.max_len, one_line=t is FieldType.TEXT)
    if t is FieldType.ENUM or t is FieldType.ENUM_LIST:
        assert spec.enum is not None
        allowed = frozenset(str(m.value) for m in spec.enum)

        def member(v: Any) -> bool:
            return type(v) is str and v in allowed

        return (True, member) if t is FieldType.ENUM else (False, _list_check(member))
    if t is FieldType.TEXT_LIST:
        return False, _list_check(_text_check(spec.max_len, one_line=True))
    if t is FieldType.CHANNELS:
        return False, _channels_check(_text_check(spec.max_len, one_line=True))
    if t is FieldType.DATE:
        return True, _date_ok
    if t is FieldType.DATETIME:
        return True, _datetime_ok
    if t is FieldType.BOOL:
        return True, lambda v: type(v) is bool
    if t is FieldType.REF:
        return True, lambda v: type(v) is str and _UUID.fullmatch(v) is not None
    if t is FieldType.COLOUR:
        return True, lambda v: type(v) is str and _COLOUR.fullmatch(v) is not None
    return False, lambda _v: False


def _never(_v: Any) -> bool:
    return False


_CHECKS: dict[Kind, dict[str, Check]] = {
    kind: {
        **{name: _fast_check(spec) for name, spec in specs.items()},
        DELETED: (False, lambda v: type(v) is bool),
        CLEARED: (True, _never),
    }
    for kind, specs in _SPECS.items()
}


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
    if type(doc) is not list or len(doc) != 5:
        raise OpInvalid("an op is not a 5-item list")
    kind_name, record_id, created, packed, fields = doc
    kind = _KINDS.get(kind_name) if type(kind_name) is str else None
    if kind is None:
        raise OpInvalid("an op has an unknown record kind")
    if type(record_id) is not str or _UUID.fullmatch(record_id) is None:
        _canonical_id(record_id)
    _int(created, 0, (1 << 48) - 1, "a creation time")
    if type(packed) is not list or not 0 < len(packed) <= MAX_STAMPS_PER_RECORD:
        raise OpInvalid("an op's stamps are invalid")
    stamps = []
    for item in packed:
        if type(item) is not list or len(item) != 3:
            raise OpInvalid("a stamp is invalid")
        hlc = _int(item[0], 1, MAX_HLC, "a stamp's clock")
        author = item[1]
        if type(author) is not str or not _FINGERPRINT.match(author):
            raise OpInvalid("a stamp's author is not a fingerprint")
        base = _int(item[2], 0, MAX_HLC, "a stamp's base")
        stamps.append(Stamp(hlc, author, base))
    checks = _CHECKS[kind]
    if type(fields) is not dict or not fields or len(fields) > len(checks):
        raise OpInvalid("an op's fields are invalid")
    top = len(stamps) - 1
    ops: dict[str, FieldOp] = {}
    for name, pair in fields.items():
        if type(pair) is not list or len(pair) != 2:
            raise OpInvalid("a field op is not a [value, stamp] pair")
        value, index = pair
        entry = checks.get(name)
        if entry is None or not ((value is None and entry[0]) or entry[1](value)):
            _check_uncached(kind, name, value)
        if type(index) is not int or not 0 <= index <= top:
            raise OpInvalid("a stamp index is out of range")
        ops[name] = _make_op(FieldOp, (value, stamps[index]))
    return RecordOp(kind, record_id, created, ops)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Importing or sealing makes millions of short-lived containers, none of them in
    cycles; many live long enough to reach the oldest generation, which makes the cyclic
    collector sweep the whole heap repeatedly. Collect rarely meanwhile, as before after."""
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], 100_000), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
