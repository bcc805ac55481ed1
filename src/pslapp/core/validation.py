"""Turn what a user, a CSV file or a bundle offers into clean field values, or say which
field is wrong and why. Every entry point (CLI, GUI, CSV, bundles) goes through here."""

from __future__ import annotations

import functools
import re
import unicodedata
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from pslapp.core import invisible, record_rules
from pslapp.core.enums import ChannelKind, Kind
from pslapp.core.errors import ValidationError
from pslapp.core.fields import FIELDS, LIST_ITEMS, LIST_TYPES, Field, FieldType

Values = dict[str, Any]

# What a text may not hold (core/invisible.py): a one-line text (names, cities, channel
# values) none of the invisible and look-alike-making set, a long text no controls but tab
# and newline, no bidi controls, lone surrogates or line separators. One pattern each,
# which the column checks of a bundle embed too.
_CONTROL = re.compile(invisible.char_class(invisible.LONG_TEXT_RANGES))
_CONTROL_ONE_LINE = re.compile(invisible.char_class(invisible.INVISIBLE_RANGES))
# The same set, quick: its BMP part, and every astral character as a suspect.
_SUSPECT_ONE_LINE = re.compile(
    invisible.char_class(invisible.within_bmp(invisible.INVISIBLE_RANGES))
)
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CONTROL, CONTROL_ONE_LINE, EMAIL = _CONTROL, _CONTROL_ONE_LINE, _EMAIL
SUSPECT_ONE_LINE = _SUSPECT_ONE_LINE


def forbidden_char(text: str, *, one_line: bool = True) -> str | None:
    """The first character `text` may not hold (core/invisible.py), or None."""
    if not one_line:
        found = _CONTROL.search(text)
        return found[0] if found else None
    found = _SUSPECT_ONE_LINE.search(text)
    if found is None or found[0] <= "\uffff":
        return found[0] if found else None
    found = _CONTROL_ONE_LINE.search(text)  # an astral character: the complete set decides
    return found[0] if found else None


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TRUE = {"true", "yes", "1", "y", "on", "да", "так", "ja", "oui"}
_FALSE = {"false", "no", "0", "n", "off", "нет", "ні", "nein", "non"}


def validate(kind: Kind, values: Mapping[str, Any]) -> Values:
    """Return every field of `kind`, cleaned, with defaults filled in."""
    plan = _PLANS[kind]
    for name in values:
        if name not in plan.names:
            raise ValidationError(name, f"not a field of {kind.value}")
    clean: Values = {}
    for spec, cleaner, empty in plan.fields:
        raw = values.get(spec.name, spec.default)
        if raw is None:
            value: Any = [] if empty is not None else None  # the common case, kept cheap
        else:
            try:
                value = cleaner(spec, raw)
            except ValidationError:
                raise
            except (TypeError, ValueError, AttributeError) as exc:
                raise ValidationError(spec.name, _reason(exc)) from None
        clean[spec.name] = value
    record_rules.check_record(kind, clean)
    return clean


def clean_value(spec: Field, raw: Any) -> Any:
    """Clean one value of one field; raise ValidationError naming the field."""
    try:
        return _CLEANERS[spec.type](spec, raw)
    except ValidationError:
        raise
    except (TypeError, ValueError, AttributeError) as exc:
        raise ValidationError(spec.name, _reason(exc)) from None


def _reason(exc: Exception) -> str:
    text = str(exc) or exc.__class__.__name__
    return text.splitlines()[0][:200]


def _text(spec: Field, raw: Any, *, one_line: bool = True) -> str | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise ValidationError(spec.name, "must be text")
    text = unicodedata.normalize("NFC", raw).strip()
    if one_line:
        text = " ".join(text.split())
    found = forbidden_char(text, one_line=one_line)
    if found:
        raise ValidationError(
            spec.name, f"contains an invisible or control character (U+{ord(found):04X})"
        )
    if len(text) > spec.max_len:
        raise ValidationError(spec.name, f"is longer than {spec.max_len} characters")
    return text or None


def _one_line(spec: Field, raw: Any) -> str | None:
    return _text(spec, raw)


def _long_text(spec: Field, raw: Any) -> str | None:
    if isinstance(raw, str):
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    return _text(spec, raw, one_line=False)


@functools.cache
def _allowed(enum: type[Enum]) -> tuple[frozenset[str], tuple[str, ...]]:
    values = tuple(str(m.value) for m in enum)
    return frozenset(values), values


def enum_value(enum: type[Enum], raw: Any, field: str) -> str:
    if isinstance(raw, Enum):
        raw = raw.value
    if not isinstance(raw, str):
        raise ValidationError(field, "must be text")
    allowed_set, allowed = _allowed(enum)
    if raw in allowed_set:
        return raw
    key = raw.strip().lower().replace("-", "_").replace(" ", "_")
    if key not in allowed_set:
        raise ValidationError(field, f"unknown value {raw[:40]!r}; one of: {', '.join(allowed)}")
    return key


def _enum(spec: Field, raw: Any) -> str | None:
    if raw is None or raw == "":
        return None
    assert spec.enum is not None
    return enum_value(spec.enum, raw, spec.name)


def _as_list(spec: Field, raw: Any) -> list[Any]:
    if raw is None:
        return []
    if isinstance(raw, str | bytes) or not isinstance(raw, list | tuple):
        raise ValidationError(spec.name, "must be a list")
    if len(raw) > LIST_ITEMS:
        raise ValidationError(spec.name, f"has more than {LIST_ITEMS} entries")
    return list(raw)


def _dedupe(items: list[Any]) -> list[Any]:
    seen: list[Any] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def _enum_list(spec: Field, raw: Any) -> list[str]:
    assert spec.enum is not None
    enum = spec.enum
    return _dedupe([enum_value(enum, item, spec.name) for item in _as_list(spec, raw)])


def _text_list(spec: Field, raw: Any) -> list[str]:
    items = [_text(spec, item) for item in _as_list(spec, raw)]
    return _dedupe([item for item in items if item])


def _channels(spec: Field, raw: Any) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for item in _as_list(spec, raw):
        if not isinstance(item, Mapping) or set(item) != {"kind", "value"}:
            raise ValidationError(spec.name, "each channel needs exactly a kind and a value")
        kind = enum_value(ChannelKind, item["kind"], spec.name)
        value = _text(spec, item["value"])
        if not value:
            raise ValidationError(spec.name, f"the {kind} channel is empty")
        if kind == ChannelKind.EMAIL and not _EMAIL.match(value):
            raise ValidationError(spec.name, f"{value[:60]!r} is not an email address")
        if kind == ChannelKind.PHONE and sum(c.isdigit() for c in value) < 5:
            raise ValidationError(spec.name, f"{value[:60]!r} is not a phone number")
        out.append({"kind": kind, "value": value})
    return _dedupe(out)


def _date(spec: Field, raw: Any) -> str | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, date) and not isinstance(raw, datetime):
        return raw.isoformat()
    if not isinstance(raw, str):
        raise ValidationError(spec.name, "must be a date like 2026-05-01")
    try:
        return date.fromisoformat(raw.strip()).isoformat()
    except ValueError:
        raise ValidationError(spec.name, f"{raw[:40]!r} is not a date like 2026-05-01") from None


def _datetime(spec: Field, raw: Any) -> str | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, datetime):
        parsed = raw
    elif isinstance(raw, str):
        try:
            parsed = datetime.fromisoformat(raw.strip())
        except ValueError:
            raise ValidationError(
                spec.name, f"{raw[:40]!r} is not a time like 2026-05-01 or 2026-05-01T18:30"
            ) from None
    else:
        raise ValidationError(spec.name, "must be a date and time")
    return parsed.isoformat(timespec="minutes")


def _bool(spec: Field, raw: Any) -> bool | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str):
        key = raw.strip().lower()
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
    raise ValidationError(spec.name, f"{str(raw)[:20]!r} is not yes or no")


def _ref(spec: Field, raw: Any) -> str | None:
    if raw is None or raw == "":
        return None
    if not isinstance(raw, str):
        raise ValidationError(spec.name, "must be a record id")
    if _CANONICAL_UUID.fullmatch(raw):
        return raw
    try:
        return str(uuid.UUID(raw.strip()))
    except ValueError:
        raise ValidationError(spec.name, f"{raw[:40]!r} is not a record id") from None


def _colour(spec: Field, raw: Any) -> str | None:
    if raw is None or raw == "":
        return None
    if not isinstance(raw, str) or not _COLOUR.match(raw.strip()):
        raise ValidationError(spec.name, "must be a colour like #3366cc")
    return raw.strip().lower()


_CLEANERS = {
    FieldType.TEXT: _one_line,
    FieldType.LONG_TEXT: _long_text,
    FieldType.ENUM: _enum,
    FieldType.ENUM_LIST: _enum_list,
    FieldType.TEXT_LIST: _text_list,
    FieldType.CHANNELS: _channels,
    FieldType.DATE: _date,
    FieldType.DATETIME: _datetime,
    FieldType.BOOL: _bool,
    FieldType.REF: _ref,
    FieldType.COLOUR: _colour,
}


@dataclass(frozen=True)
class _Plan:
    names: frozenset[str]
    fields: tuple[tuple[Field, Callable[[Field, Any], Any], object], ...]


_PLANS = {
    kind: _Plan(
        frozenset(f.name for f in specs),
        tuple((f, _CLEANERS[f.type], [] if f.type in LIST_TYPES else None) for f in specs),
    )
    for kind, specs in FIELDS.items()
}
