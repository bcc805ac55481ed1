"""Which column of a registration list holds what: header names as form services write
them in English, Russian, Ukrainian, German and French, and `--map COLUMN=FIELD` on top."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from pslapp.core.errors import ImportRejected


class Target(StrEnum):
    """What a column can feed. Most are person fields; some are parts of one."""

    DISPLAY_NAME = "display_name"
    GIVEN_NAME = "given_name"
    FAMILY_NAME = "family_name"
    ALIAS = "alias"
    LEGAL_NAME = "legal_name"
    PRONOUNS = "pronouns"
    LANGUAGES = "languages"
    CITY = "city"
    COUNTRY_OF_ORIGIN = "country_of_origin"
    CHAPTER = "chapter"
    SKILLS = "skills"
    EMAIL = "email"
    PHONE = "phone"
    SIGNAL = "signal"
    TELEGRAM = "telegram"
    MATRIX = "matrix"
    CONSENT = "consent_contact"
    NOTES = "notes"
    TAGS = "tags"
    ORGANISATION = "organisation"  # -> attendance.delegate_of, or its notes
    ROLE = "role"  # attendance role; only through --map, forms write free text here
    IGNORE = "ignore"


# fmt: off
_ALIASES: dict[Target, tuple[str, ...]] = {
    Target.DISPLAY_NAME: (
        "name", "full name", "your name", "first and last name", "name and surname",
        "имя и фамилия", "фамилия и имя", "фио", "полное имя", "ваше имя",
        "імя та прізвище", "прізвище та імя", "піб", "повне імя", "ваше імя",
        "vollständiger name", "vor und nachname", "ihr name", "dein name",
        "nom complet", "prénom et nom", "nom et prénom", "votre nom",
    ),
    Target.GIVEN_NAME: (
        "first name", "given name", "forename", "имя", "імя", "vorname", "prénom", "prenom",
    ),
    Target.FAMILY_NAME: (
        "last name", "family name", "surname", "фамилия", "прізвище", "nachname",
        "familienname", "nom", "nom de famille",
    ),
    Target.ALIAS: (
        "alias", "nickname", "pseudonym", "псевдоним", "никнейм", "псевдонім",
        "spitzname", "pseudonyme", "surnom",
    ),
    Target.PRONOUNS: ("pronouns", "местоимения", "займенники", "pronomen", "pronoms"),
    Target.LANGUAGES: (
        "language", "languages", "язык", "языки", "мова", "мови", "sprache", "sprachen",
        "langue", "langues",
    ),
    Target.CITY: ("city", "town", "город", "місто", "stadt", "wohnort", "ort", "ville"),
    Target.COUNTRY_OF_ORIGIN: (
        "country of origin", "country", "from", "страна", "страна происхождения",
        "откуда вы", "країна", "країна походження", "herkunftsland", "land",
        "pays", "pays dorigine",
    ),
    Target.CHAPTER: (
        "chapter", "local group", "group", "отделение", "ячейка", "группа", "осередок",
        "група", "ortsgruppe", "gruppe", "section", "groupe local",
    ),
    Target.SKILLS: (
        "skills", "skill", "навыки", "навички", "fähigkeiten", "kenntnisse", "compétences",
    ),
    Target.EMAIL: (
        "email", "e mail", "email address", "e mail address", "mail", "электронная почта",
        "почта", "емейл", "имейл", "електронна пошта", "пошта", "e mail adresse",
        "emailadresse", "courriel", "adresse email", "adresse e mail", "adresse mail",
    ),
    Target.PHONE: (
        "phone", "phone number", "mobile", "mobile phone", "cell", "телефон",
        "номер телефона", "мобильный", "номер телефону", "мобільний", "telefon",
        "telefonnummer", "handy", "handynummer", "mobilnummer", "téléphone", "telephone",
        "portable", "numéro de téléphone",
    ),
    Target.SIGNAL: ("signal", "signal number", "signal username", "сигнал"),
    Target.TELEGRAM: ("telegram", "telegram username", "telegram handle", "телеграм", "tg"),
    Target.MATRIX: ("matrix", "matrix id"),
    Target.CONSENT: (
        "consent", "consent to be contacted", "i agree to be contacted", "gdpr consent",
        "согласие", "согласие на связь", "согласие на обработку данных", "згода",
        "згода на звязок", "einwilligung", "einverständnis", "datenschutz",
        "consentement", "accord",
    ),
    Target.NOTES: (
        "notes", "note", "comment", "comments", "remarks", "anything else",
        "комментарий", "примечание", "коментар", "примітка", "kommentar", "anmerkungen",
        "bemerkungen", "commentaire", "remarques",
    ),
    Target.TAGS: ("tags", "теги", "теґи", "schlagworte"),
    Target.ORGANISATION: (
        "organisation", "organization", "organisation name", "affiliation",
        "организация", "організація", "organisation", "verein", "organisme",
        "association",
    ),
    Target.IGNORE: (
        "timestamp", "submitted at", "submit date utc", "start date utc", "network id",
        "submission id", "respondent id", "response id", "id", "отметка времени",
        "позначка часу", "zeitstempel", "horodateur",
    ),
}
# fmt: on
# Words a question often wraps a field name in: "Your e-mail", "Ваш телефон", "Votre ville".
_FILLER = frozenset(
    [
        "your",
        "ваш",
        "ваша",
        "ваше",
        "твой",
        "твоя",
        "твій",
        "твоя",
        "ihr",
        "ihre",
        "dein",
        "deine",
        "votre",
        "ton",
        "ta",
    ]
)
_KEYWORDS: tuple[tuple[str, Target], ...] = (
    ("email", Target.EMAIL),
    ("mail", Target.EMAIL),
    ("почт", Target.EMAIL),
    ("пошт", Target.EMAIL),
    ("telegram", Target.TELEGRAM),
    ("телеграм", Target.TELEGRAM),
    ("phone", Target.PHONE),
    ("телефон", Target.PHONE),
    ("telefon", Target.PHONE),
    ("téléphone", Target.PHONE),
    ("consent", Target.CONSENT),
    ("соглас", Target.CONSENT),
    ("згод", Target.CONSENT),
    ("einwillig", Target.CONSENT),
)


def normalise(header: str) -> str:
    """Case, accents kept but composed, punctuation and spacing dropped: "E-Mail:" -> "e mail",
    "Ім'я" -> "імя"."""
    text = unicodedata.normalize("NFC", header).casefold().replace("ё", "е")
    text = re.sub(r"[\u0027\u2019\u02bc\u0060]", "", text)  # apostrophes inside words
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.replace("_", " ").split())


_LOOKUP: dict[str, Target] = {
    normalise(alias): target for target, aliases in _ALIASES.items() for alias in aliases
}


def recognise(header: str) -> Target | None:
    key = normalise(header)
    if key in _LOOKUP:
        return _LOOKUP[key]
    words = [w for w in key.split() if w not in _FILLER]
    trimmed = " ".join(words)
    if trimmed in _LOOKUP:
        return _LOOKUP[trimmed]
    for keyword, target in _KEYWORDS:
        if keyword in key:
            return target
    return None


@dataclass(frozen=True)
class ColumnMap:
    targets: list[Target | None]  # one per column; None: not recognised, left out

    def columns(self, target: Target) -> list[int]:
        return [i for i, t in enumerate(self.targets) if t is target]

    def has(self, target: Target) -> bool:
        return target in self.targets


def map_columns(name: str, header: Sequence[str], overrides: Mapping[str, str]) -> ColumnMap:
    """Recognise every column; `overrides` (column header -> field) win. Raises
    ImportRejected when an override names an unknown column or field, or no column holds
    a name."""
    targets: list[Target | None] = [recognise(h) for h in header]
    by_key = {normalise(h): i for i, h in reversed(list(enumerate(header)))}
    allowed = ", ".join(t.value for t in Target)
    for column, field in overrides.items():
        index = by_key.get(normalise(column))
        if index is None:
            raise ImportRejected(name, f"--map: there is no column {column!r} in the header")
        try:
            targets[index] = Target(field.strip().lower())
        except ValueError:
            raise ImportRejected(
                name, f"--map: {field!r} is not a field; one of: {allowed}"
            ) from None
    if (
        targets.count(Target.DISPLAY_NAME) == 1
        and Target.GIVEN_NAME in targets
        and Target.FAMILY_NAME not in targets
        and normalise(header[targets.index(Target.DISPLAY_NAME)]) in {"name", "nom"}
    ):  # "Vorname" + "Name": the German form's "Name" is the family name
        targets[targets.index(Target.DISPLAY_NAME)] = Target.FAMILY_NAME
    if not {Target.DISPLAY_NAME, Target.GIVEN_NAME, Target.FAMILY_NAME} & set(targets):
        shown = ", ".join(repr(h) for h in header[:8])
        raise ImportRejected(
            name,
            f"no column holds a name (the header reads {shown}). Is the first line a "
            "header? Name the columns with --map COLUMN=display_name (or given_name, "
            "family_name).",
        )
    return ColumnMap(targets)
