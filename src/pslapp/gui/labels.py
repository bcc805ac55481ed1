"""Display names of kinds, fields and enum values, translated. Values stay lower snake case
in the vault; only what is shown changes with the language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pslapp.core.enums import Kind

_FIELDS = {
    "display_name": QT_TRANSLATE_NOOP("Field", "Name"),
    "alias": QT_TRANSLATE_NOOP("Field", "Alias"),
    "legal_name": QT_TRANSLATE_NOOP("Field", "Legal name"),
    "pronouns": QT_TRANSLATE_NOOP("Field", "Pronouns"),
    "languages": QT_TRANSLATE_NOOP("Field", "Languages"),
    "city": QT_TRANSLATE_NOOP("Field", "City"),
    "country_of_origin": QT_TRANSLATE_NOOP("Field", "Country of origin"),
    "chapter": QT_TRANSLATE_NOOP("Field", "Chapter"),
    "roles": QT_TRANSLATE_NOOP("Field", "Roles"),
    "skills": QT_TRANSLATE_NOOP("Field", "Skills"),
    "channels": QT_TRANSLATE_NOOP("Field", "Contact channels"),
    "consent_contact": QT_TRANSLATE_NOOP("Field", "Agrees to be contacted"),
    "consent_date": QT_TRANSLATE_NOOP("Field", "Consent given on"),
    "consent_how": QT_TRANSLATE_NOOP("Field", "Consent recorded how"),
    "sensitivity": QT_TRANSLATE_NOOP("Field", "Sensitivity"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "tags": QT_TRANSLATE_NOOP("Field", "Tags"),
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "kind": QT_TRANSLATE_NOOP("Field", "Kind"),
    "country": QT_TRANSLATE_NOOP("Field", "Country"),
    "website": QT_TRANSLATE_NOOP("Field", "Website"),
    "relationship": QT_TRANSLATE_NOOP("Field", "Relationship"),
    "description": QT_TRANSLATE_NOOP("Field", "Description"),
    "founded_on": QT_TRANSLATE_NOOP("Field", "Founded on"),
    "coalition_id": QT_TRANSLATE_NOOP("Field", "Coalition"),
    "organisation_id": QT_TRANSLATE_NOOP("Field", "Organisation"),
    "person_id": QT_TRANSLATE_NOOP("Field", "Person"),
    "role": QT_TRANSLATE_NOOP("Field", "Role"),
    "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "start": QT_TRANSLATE_NOOP("Field", "Starts"),
    "end": QT_TRANSLATE_NOOP("Field", "Ends"),
    "venue": QT_TRANSLATE_NOOP("Field", "Venue"),
    "chapters": QT_TRANSLATE_NOOP("Field", "Organising chapters"),
    "organisations": QT_TRANSLATE_NOOP("Field", "Organising organisations"),
    "event_id": QT_TRANSLATE_NOOP("Field", "Event"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "delegate_of": QT_TRANSLATE_NOOP("Field", "Delegate of"),
    "checked_in_at": QT_TRANSLATE_NOOP("Field", "Checked in at"),
    "walk_in": QT_TRANSLATE_NOOP("Field", "Walk-in"),
    "consent_follow_up": QT_TRANSLATE_NOOP("Field", "Agrees to follow-up"),
    "start_on": QT_TRANSLATE_NOOP("Field", "From"),
    "end_on": QT_TRANSLATE_NOOP("Field", "Until"),
    "colour": QT_TRANSLATE_NOOP("Field", "Colour"),
}

_VALUES = {
    # sensitivity
    "normal": QT_TRANSLATE_NOOP("Value", "normal"),
    "sensitive": QT_TRANSLATE_NOOP("Value", "sensitive"),
    "restricted": QT_TRANSLATE_NOOP("Value", "restricted"),
    # person roles
    "member": QT_TRANSLATE_NOOP("Value", "member"),
    "supporter": QT_TRANSLATE_NOOP("Value", "supporter"),
    "volunteer": QT_TRANSLATE_NOOP("Value", "volunteer"),
    "contact": QT_TRANSLATE_NOOP("Value", "contact"),
    "press": QT_TRANSLATE_NOOP("Value", "press"),
    "lawyer": QT_TRANSLATE_NOOP("Value", "lawyer"),
    "organiser": QT_TRANSLATE_NOOP("Value", "organiser"),
    "other": QT_TRANSLATE_NOOP("Value", "other"),
    # channels
    "signal": QT_TRANSLATE_NOOP("Value", "Signal"),
    "telegram": QT_TRANSLATE_NOOP("Value", "Telegram"),
    "email": QT_TRANSLATE_NOOP("Value", "email"),
    "phone": QT_TRANSLATE_NOOP("Value", "phone"),
    "matrix": QT_TRANSLATE_NOOP("Value", "Matrix"),
    # organisation kinds
    "party": QT_TRANSLATE_NOOP("Value", "party"),
    "union": QT_TRANSLATE_NOOP("Value", "union"),
    "ngo": QT_TRANSLATE_NOOP("Value", "NGO"),
    "collective": QT_TRANSLATE_NOOP("Value", "collective"),
    "initiative": QT_TRANSLATE_NOOP("Value", "initiative"),
    "media": QT_TRANSLATE_NOOP("Value", "media"),
    "human_rights": QT_TRANSLATE_NOOP("Value", "human-rights group"),
    "student_group": QT_TRANSLATE_NOOP("Value", "student group"),
    # relationship
    "ally": QT_TRANSLATE_NOOP("Value", "ally"),
    "partner": QT_TRANSLATE_NOOP("Value", "partner"),
    "observer": QT_TRANSLATE_NOOP("Value", "observer"),
    # chapter kinds
    "local": QT_TRANSLATE_NOOP("Value", "local chapter"),
    "working_group": QT_TRANSLATE_NOOP("Value", "working group"),
    "project": QT_TRANSLATE_NOOP("Value", "project"),
    # event kinds
    "demonstration": QT_TRANSLATE_NOOP("Value", "demonstration"),
    "picket": QT_TRANSLATE_NOOP("Value", "picket"),
    "rally": QT_TRANSLATE_NOOP("Value", "rally"),
    "forum": QT_TRANSLATE_NOOP("Value", "forum"),
    "congress": QT_TRANSLATE_NOOP("Value", "congress"),
    "camp": QT_TRANSLATE_NOOP("Value", "camp"),
    "meeting": QT_TRANSLATE_NOOP("Value", "meeting"),
    "presentation": QT_TRANSLATE_NOOP("Value", "presentation"),
    "strike_support": QT_TRANSLATE_NOOP("Value", "strike support"),
    # attendance
    "invited": QT_TRANSLATE_NOOP("Value", "invited"),
    "registered": QT_TRANSLATE_NOOP("Value", "registered"),
    "checked_in": QT_TRANSLATE_NOOP("Value", "checked in"),
    "no_show": QT_TRANSLATE_NOOP("Value", "no-show"),
    "cancelled": QT_TRANSLATE_NOOP("Value", "cancelled"),
    "participant": QT_TRANSLATE_NOOP("Value", "participant"),
    "speaker": QT_TRANSLATE_NOOP("Value", "speaker"),
    "delegate": QT_TRANSLATE_NOOP("Value", "delegate"),
    # coalition roles (also member, observer, delegate above)
    "coordinator": QT_TRANSLATE_NOOP("Value", "coordinator"),
    "spokesperson": QT_TRANSLATE_NOOP("Value", "spokesperson"),
    "treasurer": QT_TRANSLATE_NOOP("Value", "treasurer"),
    # links
    "member_of": QT_TRANSLATE_NOOP("Value", "member of"),
    "contact_person_for": QT_TRANSLATE_NOOP("Value", "contact person for"),
    "works_with": QT_TRANSLATE_NOOP("Value", "works with"),
}

_KINDS = {
    Kind.PERSON: (QT_TRANSLATE_NOOP("Kind", "Person"), QT_TRANSLATE_NOOP("Kind", "People")),
    Kind.ORGANISATION: (
        QT_TRANSLATE_NOOP("Kind", "Organisation"),
        QT_TRANSLATE_NOOP("Kind", "Organisations"),
    ),
    Kind.COALITION: (
        QT_TRANSLATE_NOOP("Kind", "Coalition"),
        QT_TRANSLATE_NOOP("Kind", "Coalitions"),
    ),
    Kind.CHAPTER: (QT_TRANSLATE_NOOP("Kind", "Chapter"), QT_TRANSLATE_NOOP("Kind", "Chapters")),
    Kind.EVENT: (QT_TRANSLATE_NOOP("Kind", "Event"), QT_TRANSLATE_NOOP("Kind", "Events")),
    Kind.TAG: (QT_TRANSLATE_NOOP("Kind", "Tag"), QT_TRANSLATE_NOOP("Kind", "Tags")),
    Kind.COALITION_MEMBER: (
        QT_TRANSLATE_NOOP("Kind", "Coalition membership"),
        QT_TRANSLATE_NOOP("Kind", "Coalition memberships"),
    ),
    Kind.ATTENDANCE: (
        QT_TRANSLATE_NOOP("Kind", "Attendance"),
        QT_TRANSLATE_NOOP("Kind", "Attendances"),
    ),
    Kind.LINK: (QT_TRANSLATE_NOOP("Kind", "Link"), QT_TRANSLATE_NOOP("Kind", "Links")),
}


def _tr(context: str, text: object) -> str:
    return QCoreApplication.translate(context, str(text))


def field_label(name: str) -> str:
    return _tr("Field", _FIELDS.get(name, name.replace("_", " ").capitalize()))


def value_label(value: str) -> str:
    source = _VALUES.get(value)
    return _tr("Value", source) if source else value.replace("_", " ")


def kind_label(kind: Kind, *, plural: bool = False) -> str:
    one, many = _KINDS.get(kind, (kind.value, kind.value))
    return _tr("Kind", many if plural else one)


def kind_count(kind: Kind, n: int) -> str:
    """ "3 people", "1 attendance record": a number of records of one kind, mid-sentence,
    in the plural form the language needs for that number (%n forms in the `.ts`)."""
    text = _kind_count(kind, n)
    if "(s)" in text:  # no translation loaded (no `.qm` built): plain English
        text = text.replace("(s)", "" if n == 1 else "s").replace("persons", "people")
    return text


def _kind_count(kind: Kind, n: int) -> str:
    translate = QCoreApplication.translate
    if kind == Kind.PERSON:
        return translate("KindCount", "%n person(s)", None, n)
    if kind == Kind.ORGANISATION:
        return translate("KindCount", "%n organisation(s)", None, n)
    if kind == Kind.COALITION:
        return translate("KindCount", "%n coalition(s)", None, n)
    if kind == Kind.COALITION_MEMBER:
        return translate("KindCount", "%n coalition membership(s)", None, n)
    if kind == Kind.CHAPTER:
        return translate("KindCount", "%n chapter(s)", None, n)
    if kind == Kind.EVENT:
        return translate("KindCount", "%n event(s)", None, n)
    if kind == Kind.ATTENDANCE:
        return translate("KindCount", "%n attendance record(s)", None, n)
    if kind == Kind.LINK:
        return translate("KindCount", "%n link(s) between records", None, n)
    return translate("KindCount", "%n tag(s)", None, n)
