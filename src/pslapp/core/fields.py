"""The fields of every record kind: one source of truth for storage, CLI, GUI, CSV and
validation. A field's `type` decides how it is validated, stored and displayed."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from enum import Enum, StrEnum

from pslapp.core.enums import (
    AttendanceRole,
    AttendanceStatus,
    ChapterKind,
    EventKind,
    Kind,
    LinkKind,
    OrgKind,
    PersonRole,
    Relationship,
    Sensitivity,
)

SHORT_TEXT = 200
MERGED_INTO = "merged_into"  # the person field a merge writes (services/person_merge.py)
LONG_TEXT = 20_000
LIST_ITEMS = 100


class FieldType(StrEnum):
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # notes, descriptions
    ENUM = "enum"
    ENUM_LIST = "enum_list"
    TEXT_LIST = "text_list"
    CHANNELS = "channels"  # [{"kind": ChannelKind, "value": str}]
    DATE = "date"  # YYYY-MM-DD
    DATETIME = "datetime"  # YYYY-MM-DDTHH:MM[:SS] local time, no zone
    BOOL = "bool"
    REF = "ref"  # a record id (UUID) of `ref` kind
    COLOUR = "colour"  # #rrggbb


LIST_TYPES = frozenset({FieldType.ENUM_LIST, FieldType.TEXT_LIST, FieldType.CHANNELS})


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType
    required: bool = False
    enum: builtins.type[Enum] | None = None
    ref: Kind | None = None
    default: object = None
    max_len: int = SHORT_TEXT
    restricted: bool = False  # stays home unless a bundle explicitly includes restricted data
    searchable: bool = False  # goes into the full-text index
    folded: bool = False  # a name: also indexed as an ASCII folding (Шевченко -> Shevchenko)
    indexed: bool = False  # a database index for lookups and sorting
    internal: bool = False  # written by the app itself (a merge), never by a form, CLI or CSV
    weak: bool = False  # a reference that need not resolve: the import does not require it


def _text(name: str, **kw: object) -> Field:
    return Field(name, FieldType.TEXT, **kw)  # type: ignore[arg-type]


def _notes(name: str = "notes") -> Field:
    return Field(name, FieldType.LONG_TEXT, max_len=LONG_TEXT, searchable=True)


def _tags() -> Field:
    return Field("tags", FieldType.TEXT_LIST, searchable=True)


PERSON = (
    _text("display_name", required=True, searchable=True, folded=True, indexed=True),
    _text("alias", searchable=True, folded=True),
    _text("legal_name", restricted=True),
    _text("pronouns"),
    Field("languages", FieldType.TEXT_LIST, searchable=True),
    _text("city", searchable=True, folded=True, indexed=True),
    _text("country_of_origin", searchable=True),
    _text("chapter", searchable=True, indexed=True),
    Field("roles", FieldType.ENUM_LIST, enum=PersonRole),
    Field("skills", FieldType.TEXT_LIST, searchable=True),
    Field("channels", FieldType.CHANNELS),
    Field("consent_contact", FieldType.BOOL),
    Field("consent_date", FieldType.DATE),
    _text("consent_how"),
    Field(
        "sensitivity",
        FieldType.ENUM,
        enum=Sensitivity,
        default=Sensitivity.NORMAL.value,
        indexed=True,
    ),
    _notes(),
    _tags(),
    # Set on the tombstone of a person merged into another (services/person_merge.py).
    Field(
        MERGED_INTO,
        FieldType.REF,
        ref=Kind.PERSON,
        indexed=True,
        internal=True,
        weak=True,
    ),
)

ORGANISATION = (
    _text("name", required=True, searchable=True, folded=True, indexed=True),
    Field("kind", FieldType.ENUM, enum=OrgKind, default=OrgKind.OTHER.value),
    _text("country", searchable=True),
    _text("city", searchable=True, folded=True),
    _text("website"),
    Field("channels", FieldType.CHANNELS),  # email, phone, messenger handles (issue 14)
    Field("relationship", FieldType.ENUM, enum=Relationship, default=Relationship.CONTACT.value),
    _notes(),
    _tags(),
)

COALITION = (
    _text("name", required=True, searchable=True, folded=True, indexed=True),
    Field("description", FieldType.LONG_TEXT, max_len=LONG_TEXT, searchable=True),
    Field("founded_on", FieldType.DATE),
    _tags(),
)

COALITION_MEMBER = (
    Field("coalition_id", FieldType.REF, required=True, ref=Kind.COALITION, indexed=True),
    Field("organisation_id", FieldType.REF, ref=Kind.ORGANISATION),
    Field("person_id", FieldType.REF, ref=Kind.PERSON),
    _text("role"),  # words; the app offers core.enums.CoalitionRole's codes
)

CHAPTER = (
    _text("name", required=True, searchable=True, folded=True, indexed=True),
    Field("kind", FieldType.ENUM, enum=ChapterKind, default=ChapterKind.LOCAL.value),
    _text("city", searchable=True, folded=True),
    _text("country"),
)

EVENT = (
    _text("title", required=True, searchable=True, folded=True),
    Field("kind", FieldType.ENUM, required=True, enum=EventKind),
    Field("start", FieldType.DATETIME, required=True, indexed=True),
    Field("end", FieldType.DATETIME),
    _text("city", searchable=True, folded=True),
    _text("venue", searchable=True),
    Field("chapters", FieldType.TEXT_LIST, searchable=True),
    Field("organisations", FieldType.TEXT_LIST),
    Field("description", FieldType.LONG_TEXT, max_len=LONG_TEXT, searchable=True),
    _tags(),
)

ATTENDANCE = (
    Field("event_id", FieldType.REF, required=True, ref=Kind.EVENT),  # see the composite index
    Field("person_id", FieldType.REF, required=True, ref=Kind.PERSON, indexed=True),
    Field(
        "status",
        FieldType.ENUM,
        enum=AttendanceStatus,
        default=AttendanceStatus.REGISTERED.value,
    ),
    Field("role", FieldType.ENUM, enum=AttendanceRole, default=AttendanceRole.PARTICIPANT.value),
    Field("delegate_of", FieldType.REF, ref=Kind.ORGANISATION),
    Field("checked_in_at", FieldType.DATETIME),
    Field("walk_in", FieldType.BOOL, default=False),
    Field("consent_follow_up", FieldType.BOOL),
    _notes(),
)

LINK = (
    Field("kind", FieldType.ENUM, required=True, enum=LinkKind),
    Field("person_id", FieldType.REF, required=True, ref=Kind.PERSON, indexed=True),
    Field("organisation_id", FieldType.REF, required=True, ref=Kind.ORGANISATION, indexed=True),
    Field("start_on", FieldType.DATE),
    Field("end_on", FieldType.DATE),
    _notes(),
)

TAG = (
    _text("name", required=True, max_len=60, indexed=True),
    Field("colour", FieldType.COLOUR, default="#7a7a7a"),
)

FIELDS: dict[Kind, tuple[Field, ...]] = {
    Kind.PERSON: PERSON,
    Kind.ORGANISATION: ORGANISATION,
    Kind.COALITION: COALITION,
    Kind.COALITION_MEMBER: COALITION_MEMBER,
    Kind.CHAPTER: CHAPTER,
    Kind.EVENT: EVENT,
    Kind.ATTENDANCE: ATTENDANCE,
    Kind.LINK: LINK,
    Kind.TAG: TAG,
}

# The field a list or a message names a record by.
TITLE_FIELD: dict[Kind, str] = {
    Kind.PERSON: "display_name",
    Kind.ORGANISATION: "name",
    Kind.COALITION: "name",
    Kind.COALITION_MEMBER: "role",
    Kind.CHAPTER: "name",
    Kind.EVENT: "title",
    Kind.ATTENDANCE: "status",
    Kind.LINK: "kind",
    Kind.TAG: "name",
}


_NAMES = {kind: tuple(f.name for f in specs) for kind, specs in FIELDS.items()}
# What a user edits: every field but those the app writes itself.
EDITABLE: dict[Kind, tuple[Field, ...]] = {
    kind: tuple(f for f in specs if not f.internal) for kind, specs in FIELDS.items()
}


def field_names(kind: Kind) -> tuple[str, ...]:
    return _NAMES[kind]


def field_of(kind: Kind, name: str) -> Field:
    for f in FIELDS[kind]:
        if f.name == name:
            return f
    raise KeyError(name)
