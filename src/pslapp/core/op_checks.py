"""Checks that a value a bundle carries is valid and in canonical form for its field, fast:
one column of a block at a time where the column allows it, else value by value.

A quick check may say False for a value that is fine (then the full validation of a local
edit decides, and names the problem), never True for one that is not. The column checks are
built from the same patterns as `validation`, so they are never laxer than it.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from itertools import chain, compress, repeat
from typing import Any

from pslapp.core import validation
from pslapp.core.enums import ChannelKind, Kind
from pslapp.core.errors import ValidationError
from pslapp.core.fields import FIELDS, LIST_ITEMS, Field, FieldType
from pslapp.core.merge import CLEARED
from pslapp.core.stamps import DELETED
from pslapp.core.validation import clean_value

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_COLOUR = re.compile(r"#[0-9a-f]{6}")
_EMAIL = validation.EMAIL
# Canonical printable ASCII: one line with single spaces; a text with tabs and newlines.
_ASCII_LINE = re.compile(r"[!-~]+(?: [!-~]+)*")
_ASCII_TEXT = re.compile(r"[!-~](?:[\t\n !-~]*[!-~])?")
SPECS: dict[Kind, dict[str, Field]] = {k: {f.name: f for f in FIELDS[k]} for k in Kind}


class OpInvalid(ValueError):
    """An op is not acceptable; the message says which part (never the content)."""


def _text_check(max_len: int, *, one_line: bool) -> Callable[[Any], bool]:
    """Canonical non-empty text, as `validation._text` would leave it."""
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
        return validation.forbidden_char(v, one_line=one_line) is None

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
    for kind, specs in SPECS.items()
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
    spec = SPECS[kind].get(name)
    if spec is None:
        raise OpInvalid(f"{name[:40]!r} is not a field of {kind.value}")
    try:
        clean = clean_value(spec, value)
    except ValidationError as exc:
        raise OpInvalid(f"{kind.value} {exc.field}: {exc.message}") from None
    if clean != value or type(clean) is not type(value):
        raise OpInvalid(f"{kind.value} {name} is not in canonical form")


def check_value(kind: Kind, name: str, value: Any) -> None:
    """One value, quickly if it can be, else through the validation of a local edit."""
    entry = _CHECKS[kind].get(name)
    if entry is None or not ((value is None and entry[0]) or entry[1](value)):
        _check_uncached(kind, name, value)


# --- whole columns --------------------------------------------------------------------------

# Whitespace as `str.split` sees it (re's \s is the same table; listed to be sure): a
# canonical one-line text has none of it but single spaces between words.
_SPACES = "\t\n\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# Built from the same set as a local edit's check: its quick form, which suspects every
# astral character (a column holding one is then checked value by value).
_CONTROLS = validation.SUSPECT_ONE_LINE.pattern.removeprefix("[").removesuffix("]")
_WORD = rf"[^\s{_SPACES}{_CONTROLS} ]+"
_LINE = rf"{_WORD}(?: {_WORD})*"
# Values joined by newlines: every one a canonical non-empty line.
_LINES = re.compile(rf"{_LINE}(?:\n{_LINE})*")
_ASCII_LINES = re.compile(r"[!-~]+(?: [!-~]+)*(?:\n[!-~]+(?: [!-~]+)*)*")
_UUID_LINES = re.compile(rf"{_UUID.pattern}(?:\n{_UUID.pattern})*")
_COLOUR_LINES = re.compile(rf"{_COLOUR.pattern}(?:\n{_COLOUR.pattern})*")
ColumnCheck = Callable[[list[Any]], bool]


def _joined(values: list[Any]) -> str | None:
    try:
        return "\n".join(values)
    except TypeError:  # something in it is not text
        return None


def _one_per_line(present: list[Any]) -> str | None:
    """`present` joined by newlines, if every value is text without a newline of its own
    (else a value could pass for two)."""
    joined = _joined(present)
    if joined is None or joined.count("\n") != len(present) - 1:
        return None
    return joined


def _lines_column(max_len: int) -> ColumnCheck:
    def ok(column: list[Any]) -> bool:
        present = [v for v in column if v is not None]
        if not present:
            return True
        joined = _one_per_line(present)
        if joined is None or max(map(len, present)) > max_len:
            return False
        if joined.isascii():
            return _ASCII_LINES.fullmatch(joined) is not None
        return _LINES.fullmatch(joined) is not None and unicodedata.is_normalized("NFC", joined)

    return ok


def _pattern_column(pattern: re.Pattern[str]) -> ColumnCheck:
    def ok(column: list[Any]) -> bool:
        present = [v for v in column if v is not None]
        if not present:
            return True
        joined = _one_per_line(present)
        return joined is not None and pattern.fullmatch(joined) is not None

    return ok


def _distinct_column(one: Callable[[Any], bool]) -> ColumnCheck:
    """Values that repeat a lot (dates, enum members): each distinct one checked once."""

    def ok(column: list[Any]) -> bool:
        try:
            distinct = set(column)
        except TypeError:  # a list or an object: not a value of this field
            return False
        distinct.discard(None)
        return all(map(one, distinct))

    return ok


def _text_list_column(max_len: int) -> ColumnCheck:
    """Lists of distinct canonical one-line texts: all items checked as one column."""
    items_ok = _lines_column(max_len)

    def ok(column: list[Any]) -> bool:
        if not _lists_ok(column):
            return False
        items = list(chain.from_iterable(column))
        return None not in items and items_ok(items)

    return ok


def _enum_list_column(allowed: frozenset[str]) -> ColumnCheck:
    def ok(column: list[Any]) -> bool:
        if not _lists_ok(column):
            return False
        items = list(chain.from_iterable(column))
        return set(map(type, items)) <= {str} and allowed.issuperset(items)

    return ok


def _lists_ok(column: list[Any]) -> bool:
    """Every value a list of at most LIST_ITEMS hashable items, none twice."""
    if not column:
        return True
    if set(map(type, column)) != {list} or max(map(len, column)) > LIST_ITEMS:
        return False
    try:
        return sum(map(len, map(set, column))) == sum(map(len, column))
    except TypeError:  # an item that is a list or a map
        return False


_KIND_OF = operator.itemgetter("kind")
_VALUE_OF = operator.itemgetter("value")
# validation's email pattern for values joined by newlines (which no value contains)
_EMAIL_ONE = _EMAIL.pattern.removeprefix("^").removesuffix("$")
_EMAIL_LINES = re.compile(rf"{_EMAIL_ONE}(?:\n{_EMAIL_ONE})*")


def _channels_column(max_len: int) -> ColumnCheck:
    """Lists of distinct {kind, value} channels, every item of the column checked at once:
    known kinds, canonical one-line values, emails that look like emails, phones with at
    least five digits."""
    values_ok = _lines_column(max_len)
    kinds = frozenset(k.value for k in ChannelKind)

    def ok(column: list[Any]) -> bool:
        if not column:
            return True
        if set(map(type, column)) != {list} or max(map(len, column)) > LIST_ITEMS:
            return False
        items = list(chain.from_iterable(column))
        if not items:
            return True
        if set(map(type, items)) != {dict} or set(map(len, items)) != {2}:
            return False
        try:  # two keys each, and these two: exactly {kind, value}
            kind_of = list(map(_KIND_OF, items))
            value_of = list(map(_VALUE_OF, items))
        except KeyError:
            return False
        if not set(map(type, kind_of)) <= {str} or not kinds.issuperset(kind_of):
            return False
        if None in value_of or not values_ok(value_of):
            return False
        emails = list(compress(value_of, map(ChannelKind.EMAIL.value.__eq__, kind_of)))
        if emails and _EMAIL_LINES.fullmatch("\n".join(emails)) is None:
            return False
        phones = compress(value_of, map(ChannelKind.PHONE.value.__eq__, kind_of))
        if any(sum(map(str.isdigit, phone)) < 5 for phone in phones):
            return False
        owner = chain.from_iterable(map(repeat, range(len(column)), map(len, column)))
        return len(set(zip(owner, kind_of, value_of, strict=True))) == len(items)

    return ok


# Canonical "YYYY-MM-DDTHH:MM": the time by pattern, each distinct date by the calendar.
_DATETIME_LINE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:[01][0-9]|2[0-3]):[0-5][0-9]"
_DATETIME_LINES = re.compile(rf"{_DATETIME_LINE}(?:\n{_DATETIME_LINE})*")


def _datetime_column(column: list[Any]) -> bool:
    present = [v for v in column if v is not None]
    if not present:
        return True
    joined = _one_per_line(present)
    if joined is None or _DATETIME_LINES.fullmatch(joined) is None:
        return False
    return all(map(_date_ok, {v[:10] for v in present}))


def _bool_column(column: list[Any]) -> bool:
    return set(map(type, column)) <= {bool, type(None)}


def _each(kind: Kind, name: str) -> ColumnCheck:
    nullable, one = _CHECKS[kind][name]

    def ok(column: list[Any]) -> bool:
        if nullable:
            return all(v is None or one(v) for v in column)
        return all(map(one, column))

    return ok


def _column_check(kind: Kind, spec: Field) -> ColumnCheck:
    t = spec.type
    if t is FieldType.TEXT:
        return _lines_column(spec.max_len)
    if t is FieldType.REF:
        return _pattern_column(_UUID_LINES)
    if t is FieldType.COLOUR:
        return _pattern_column(_COLOUR_LINES)
    if t is FieldType.DATETIME:
        return _datetime_column
    if t in (FieldType.ENUM, FieldType.DATE):
        return _distinct_column(_CHECKS[kind][spec.name][1])
    if t is FieldType.BOOL:
        return _bool_column
    if t is FieldType.TEXT_LIST:
        return _text_list_column(spec.max_len)
    if t is FieldType.CHANNELS:
        return _channels_column(spec.max_len)
    if t is FieldType.ENUM_LIST:
        assert spec.enum is not None
        return _enum_list_column(frozenset(str(m.value) for m in spec.enum))
    return _each(kind, spec.name)


COLUMN_CHECKS: dict[Kind, dict[str, ColumnCheck]] = {
    kind: {
        **{name: _column_check(kind, spec) for name, spec in specs.items()},
        DELETED: lambda column: set(map(type, column)) == {bool},
    }
    for kind, specs in SPECS.items()
}


def check_column(kind: Kind, name: str, column: list[Any]) -> None:
    """Every value of one field in a block: at once, else one by one to name the problem."""
    if name == DELETED:
        if not COLUMN_CHECKS[kind][DELETED](column):
            raise OpInvalid("a deletion marker is not true or false")
        return
    check = COLUMN_CHECKS[kind].get(name)
    if check is None:
        raise OpInvalid(f"{name[:40]!r} is not a field of {kind.value}")
    if not check(column):
        for value in column:
            check_value(kind, name, value)


def canonical_ids(ids: list[Any]) -> bool:
    """Every id a canonical lower-case UUID."""
    return None not in ids and _pattern_column(_UUID_LINES)(ids)
