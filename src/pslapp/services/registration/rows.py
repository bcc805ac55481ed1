"""One row of a registration list becomes a validated person plus what their attendance
needs, or a bad row with its line number and the reason."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pslapp.core.enums import AttendanceRole, ChannelKind, Kind
from pslapp.core.errors import ValidationError
from pslapp.core.validation import enum_value, validate
from pslapp.services.registration.headers import ColumnMap, Target
from pslapp.services.registration.reading import Row, Table

_LIST_SPLIT = re.compile(r"\s*[,;/\n]\s*")
_EMAIL_SPLIT = re.compile(r"[\s,;]+")
_PHONE_SPLIT = re.compile(r"\s*[,;/\n]\s*")
_TELEGRAM_LINK = re.compile(r"^(https?://)?(t|telegram)\.me/", re.IGNORECASE)
_TEXT_FIELDS = (
    Target.ALIAS,
    Target.LEGAL_NAME,
    Target.PRONOUNS,
    Target.CITY,
    Target.COUNTRY_OF_ORIGIN,
    Target.CHAPTER,
)
_LIST_FIELDS = (Target.LANGUAGES, Target.SKILLS, Target.TAGS)
_CHANNELS = {
    Target.EMAIL: ChannelKind.EMAIL,
    Target.PHONE: ChannelKind.PHONE,
    Target.SIGNAL: ChannelKind.SIGNAL,
    Target.TELEGRAM: ChannelKind.TELEGRAM,
    Target.MATRIX: ChannelKind.MATRIX,
}
_NO = frozenset(
    ["no", "not", "nein", "nicht", "non", "pas", "нет", "не", "ні", "disagree", "don", "doesn"]
)
_YES_WORDS = frozenset(
    ["yes", "y", "ok", "true", "1", "x", "да", "так", "ja", "oui", "✓", "✔", "daccord"]
)
_YES_STEMS = ("agree", "accept", "consent", "соглас", "згод", "einverst", "zustimm")


@dataclass(frozen=True)
class Registration:
    """A good row: the person as `validate` cleaned it, and the attendance details."""

    line: int
    person: dict[str, Any]
    organisation: str | None
    role: str | None
    consent: bool | None


@dataclass(frozen=True)
class BadRow:
    line: int
    reason: str  # "field: message", as the CLI prints it
    field: str = ""
    message: str = ""


def read_registrations(table: Table, columns: ColumnMap) -> tuple[list[Registration], list[BadRow]]:
    good: list[Registration] = []
    bad: list[BadRow] = []
    width = len(table.header)
    for row in table.rows:
        try:
            good.append(_registration(row, columns, width))
        except ValidationError as exc:
            bad.append(BadRow(row.line, str(exc), exc.field, exc.message))
    return good, bad


def _registration(row: Row, columns: ColumnMap, width: int) -> Registration:
    cells = row.cells
    if len(cells) > width and any(c.strip() for c in cells[width:]):
        raise ValidationError("row", f"has {len(cells)} cells, the header has {width}")
    if len(cells) < width:
        raise ValidationError("row", f"has only {len(cells)} cells, the header has {width}")

    def values(target: Target) -> list[str]:
        return [cells[i].strip() for i in columns.columns(target) if cells[i].strip()]

    def first(target: Target) -> str | None:
        found = values(target)
        return found[0] if found else None

    person: dict[str, Any] = {"display_name": _display_name(first, values)}
    for target in _TEXT_FIELDS:
        person[target.value] = first(target)
    for target in _LIST_FIELDS:
        person[target.value] = [
            item for text in values(target) for item in _LIST_SPLIT.split(text) if item
        ]
    person["channels"] = _channels(values)
    notes = values(Target.NOTES)
    person["notes"] = "\n".join(notes) or None
    consent = _consent(first(Target.CONSENT))
    person["consent_contact"] = consent
    if consent is not None:
        person["consent_how"] = "registration form"
    role = first(Target.ROLE)
    if role is not None:
        role = enum_value(AttendanceRole, role, "role")
    return Registration(
        row.line, validate(Kind.PERSON, person), first(Target.ORGANISATION), role, consent
    )


def _display_name(first: Any, values: Any) -> str:
    full = first(Target.DISPLAY_NAME)
    if full:
        return str(full)
    parts = [" ".join(values(Target.GIVEN_NAME)), " ".join(values(Target.FAMILY_NAME))]
    joined = " ".join(p for p in parts if p)
    if not joined:
        raise ValidationError("name", "is empty")
    return joined


def _channels(values: Any) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for target, kind in _CHANNELS.items():
        for text in values(target):
            if kind is ChannelKind.EMAIL:
                items = [e for e in _EMAIL_SPLIT.split(text) if e]
            elif kind is ChannelKind.PHONE:
                items = [p for p in _PHONE_SPLIT.split(text) if p]
            elif kind is ChannelKind.TELEGRAM:
                items = [_TELEGRAM_LINK.sub("@", text)]
            else:
                items = [text]
            out.extend({"kind": kind.value, "value": item} for item in items)
    return out


def _consent(text: str | None) -> bool | None:
    """Form answers are sentences: "Yes, I agree", "Я согласен(на)", "Nein". Unclear
    answers are a bad row, not a guess."""
    if text is None:
        return None
    words = re.sub(r"[^\w✓✔]+", " ", text.casefold().replace("'", "")).split()
    if any(w in _NO for w in words):
        return False
    if words and (words[0] in _YES_WORDS or any(w.startswith(_YES_STEMS) for w in words)):
        return True
    raise ValidationError("consent", f"{text[:40]!r} is not yes or no")
