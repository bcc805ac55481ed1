"""Every closed set of values, once. Values are lower snake case on the CLI, in JSON and
in bundles; the GUI translates them for display."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    COALITION = "coalition"
    COALITION_MEMBER = "coalition_member"
    CHAPTER = "chapter"
    EVENT = "event"
    ATTENDANCE = "attendance"
    LINK = "link"
    TAG = "tag"


class Sensitivity(StrEnum):
    NORMAL = "normal"
    SENSITIVE = "sensitive"
    RESTRICTED = "restricted"

    @property
    def level(self) -> int:
        return list(Sensitivity).index(self)


class PersonRole(StrEnum):
    MEMBER = "member"
    SUPPORTER = "supporter"
    VOLUNTEER = "volunteer"
    CONTACT = "contact"
    PRESS = "press"
    LAWYER = "lawyer"
    ORGANISER = "organiser"
    OTHER = "other"


class ChannelKind(StrEnum):
    SIGNAL = "signal"
    TELEGRAM = "telegram"
    EMAIL = "email"
    PHONE = "phone"
    MATRIX = "matrix"
    OTHER = "other"


class OrgKind(StrEnum):
    PARTY = "party"
    UNION = "union"
    NGO = "ngo"
    COLLECTIVE = "collective"
    INITIATIVE = "initiative"
    MEDIA = "media"
    HUMAN_RIGHTS = "human_rights"
    STUDENT_GROUP = "student_group"
    OTHER = "other"


class Relationship(StrEnum):
    ALLY = "ally"
    PARTNER = "partner"
    CONTACT = "contact"
    OBSERVER = "observer"


class ChapterKind(StrEnum):
    LOCAL = "local"
    WORKING_GROUP = "working_group"
    PROJECT = "project"


class EventKind(StrEnum):
    DEMONSTRATION = "demonstration"
    PICKET = "picket"
    RALLY = "rally"
    FORUM = "forum"
    CONGRESS = "congress"
    CAMP = "camp"
    MEETING = "meeting"
    PRESENTATION = "presentation"
    STRIKE_SUPPORT = "strike_support"
    OTHER = "other"


class AttendanceStatus(StrEnum):
    INVITED = "invited"
    REGISTERED = "registered"
    CHECKED_IN = "checked_in"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class AttendanceRole(StrEnum):
    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    ORGANISER = "organiser"
    VOLUNTEER = "volunteer"
    PRESS = "press"
    DELEGATE = "delegate"


class CoalitionRole(StrEnum):
    """The roles the app offers for a coalition member, shown translated. The field itself
    stays text (core/fields.py): a role written in words, here before or by a peer, travels
    and is shown as written, so vaults of every version keep exchanging members."""

    MEMBER = "member"
    OBSERVER = "observer"
    DELEGATE = "delegate"
    COORDINATOR = "coordinator"
    SPOKESPERSON = "spokesperson"
    TREASURER = "treasurer"


class LinkKind(StrEnum):
    MEMBER_OF = "member_of"
    CONTACT_PERSON_FOR = "contact_person_for"
    WORKS_WITH = "works_with"
