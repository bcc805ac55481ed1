"""Everything sample records are made of besides people's names: places, chapters, skills,
organisation and event names, notes, tags. All invented; contact details only in ranges that
cannot reach anyone (example.* domains, phone blocks kept for fiction)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class City:
    name: str  # as locals write it: Köln, Praha, Warszawa
    country: str
    language: str
    phone: str  # a fictional number pattern; each # is a random digit


_DE = "Germany"
CITIES: dict[str, City] = {
    c.name: c
    for c in (
        # German numbers in a 5555 block, as the project asked; French ones in the ranges
        # ARCEP keeps for fiction (01 99 00, 06 39 98); British in Ofcom's 07700 900.
        City("Köln", _DE, "de", "+49 221 5555 ####"),
        City("Bonn", _DE, "de", "+49 228 5555 ####"),
        City("Düsseldorf", _DE, "de", "+49 211 5555 ####"),
        City("Berlin", _DE, "de", "+49 30 5555 ####"),
        City("Potsdam", _DE, "de", "+49 331 5555 ####"),
        City("Hamburg", _DE, "de", "+49 40 5555 ####"),
        City("Lübeck", _DE, "de", "+49 451 5555 ####"),
        City("München", _DE, "de", "+49 89 5555 ####"),
        City("Leipzig", _DE, "de", "+49 341 5555 ####"),
        City("Paris", "France", "fr", "+33 1 99 00 ## ##"),
        City("Montreuil", "France", "fr", "+33 1 99 00 ## ##"),
        City("Lyon", "France", "fr", "+33 6 39 98 ## ##"),
        City("Wien", "Austria", "de", "+43 1 5555 ####"),
        City("Praha", "Czechia", "cs", "+420 2 5555 ####"),
        City("Warszawa", "Poland", "pl", "+48 22 5555 ###"),
        City("Vilnius", "Lithuania", "lt", "+370 5 5555 ###"),
        City("Tbilisi", "Georgia", "ka", "+995 32 5555 ###"),
        City("London", "United Kingdom", "en", "+44 7700 900###"),
    )
}


@dataclass(frozen=True)
class ChapterSpec:
    name: str
    kind: str  # a ChapterKind value
    city: str | None  # None: a working group spread over every city
    nearby: tuple[str, ...] = ()
    weight: int = 10  # relative number of people


BASE_CHAPTERS = (
    ChapterSpec("Cologne", "local", "Köln", ("Bonn", "Düsseldorf"), 18),
    ChapterSpec("Paris", "local", "Paris", ("Montreuil",), 16),
    ChapterSpec("Berlin", "local", "Berlin", ("Potsdam",), 20),
    ChapterSpec("Hamburg", "local", "Hamburg", ("Lübeck",), 12),
    ChapterSpec("Migrant workers' rights collective", "working_group", None, (), 5),
    ChapterSpec("Political prisoners support", "working_group", None, (), 5),
)
# Larger networks have more local chapters; one is added per 2 000 people.
EXTRA_CHAPTERS = (
    ChapterSpec("Vienna", "local", "Wien"),
    ChapterSpec("Prague", "local", "Praha"),
    ChapterSpec("Warsaw", "local", "Warszawa"),
    ChapterSpec("Vilnius", "local", "Vilnius"),
    ChapterSpec("Lyon", "local", "Lyon"),
    ChapterSpec("Munich", "local", "München"),
    ChapterSpec("Leipzig", "local", "Leipzig"),
    ChapterSpec("Tbilisi", "local", "Tbilisi"),
)

# Origin key (see names.ORIGINS) -> share of emigrants; locals are added per chapter.
ORIGIN_WEIGHTS = {
    "ru": 35, "uk": 20, "be": 12, "kk": 7, "ka": 3, "hy": 3, "ky": 3, "uz": 3, "tg": 2, "ro": 2,
}  # fmt: skip

SKILLS = (
    "design", "video", "writing", "translation", "IT", "EU labour law", "legal aid",
    "photography", "social media", "logistics", "first aid", "fundraising", "accounting",
    "interpreting ru-de", "interpreting uk-fr", "childcare", "driving licence", "podcasting",
    "web development", "research", "security training", "public speaking", "cooking",
)  # fmt: skip

PRONOUNS = ("she/her", "he/him", "they/them", "она/её", "он/его", "sie/ihr", "elle")
EMAIL_DOMAINS = ("example.org", "example.net", "example.com")
CONSENT_HOW = (
    "paper form at the forum", "Signal message", "in person", "by email", "registration form",
    "устно на встрече", "Anmeldeformular", "formulaire papier",
)  # fmt: skip

NOTES = (
    "Готова помогать с переводами на встречах.",
    "Может взять на себя закупки для лагеря.",
    "Просил(а) не публиковать фото с акций.",
    "Знает юристов по миграционному праву в городе.",
    "Can drive the van for demonstrations.",
    "Offered a spare room for people arriving from Tbilisi.",
    "Prefers Signal; do not call during work hours.",
    "Met at the picket, wants to join the reading group.",
    "Hat Erfahrung mit Arbeitsrecht, bitte bei Schichtarbeit fragen.",
    "Kann Plakate gestalten und drucken lassen.",
    "Spricht auch Polnisch, hilft bei Behördengängen.",
    "Disponible pour traduire des tracts en russe.",
)

TAGS = (
    ("volunteer", "#2e7d32"),
    ("forum-2025", "#c62828"),
    ("translator", "#1565c0"),
    ("press-contact", "#6a1b9a"),
    ("legal", "#ef6c00"),
    ("donor", "#00838f"),
    ("newcomer", "#9e9d24"),
    ("coordinator", "#ad1457"),
    ("needs-housing", "#5d4037"),
    ("first-aid", "#d84315"),
    ("reading-group", "#283593"),
    ("strike-fund", "#455a64"),
)

# (OrgKind value, name patterns); a pattern starts with its language ("de:", "fr:") when it
# only fits a city of that language; {city} and {word} (ORG_WORDS, or ORG_WORDS_CYRILLIC
# inside «») are filled in.
ORG_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("union", (
        "de:Basisgewerkschaft {word} {city}", "fr:Syndicat des travailleurs {word} de {city}",
        "Независимый профсоюз «{word}»", "Couriers' Union {city}",
        "de:Unabhängige Pflegegewerkschaft {city}",
    )),
    ("ngo", (
        "de:Verein Exil und Solidarität {city}", "fr:Association Passerelles {city}",
        "Фонд «{word}»", "Bridges East-West {city}",
    )),
    ("collective", (
        "de:Kollektiv {word} {city}", "fr:Collectif {word}", "Коллектив «{word}»",
        "Kitchen Collective {city}",
    )),
    ("initiative", (
        "de:Initiative Solidarität ohne Grenzen {city}", "Инициатива «{word}»",
        "Initiative {word}",
    )),
    ("media", (
        "Журнал «{word}»", "Podcast {word}", "Radio {word} {city}", "fr:Revue {word}",
    )),
    ("human_rights", (
        "Правозащитный центр «{word}»", "de:Gefangenenhilfe Osteuropa {city}",
        "fr:Comité de soutien aux prisonniers {city}", "Human Rights Watchpost {word}",
    )),
    ("student_group", (
        "de:Studierende gegen Krieg {city}", "fr:Union des étudiants exilés de {city}",
        "Студенческий кружок «{word}»",
    )),
    ("party", ("de:Linke Liste {word}", "fr:Parti de la solidarité {word}")),
)  # fmt: skip
ORG_WORDS_CYRILLIC = (
    "Берёза", "Маяк", "Полынь", "Перекличка", "Мост", "Рассвет", "Огонёк", "Ветер",
)  # fmt: skip
ORG_WORDS = (
    "Rote Birke", "Steppe", "Tisza", "Horizont", "Passage", "Lueur", "Boussole", "Fil rouge",
    "Nordwind", "Grenzgänger", "Kompass", "Samizdat", "Dnipro-Rhein", "Saule",
)  # fmt: skip
ORG_KIND_WEIGHTS = (18, 16, 16, 12, 12, 12, 8, 6)  # in ORG_PATTERNS order
ORG_SECTIONS = ("Nord", "Süd", "Ost", "West", "Centre", "Section 2", "Section 3", "Секция 2")

COALITIONS = (
    ("Internationalist Coalition Against War and Repression", "2022-04-09",
     "Коалиция организаций эмиграции и местных союзников против войны и политических "
     "репрессий. Coordinates joint demonstrations and prisoner support across Europe."),
    ("Bündnis Faire Arbeit für Migrant*innen", "2023-02-18",
     "Gemeinsame Kampagnen gegen Lohnraub und für Arbeitsrechte von Migrant*innen."),
    ("Réseau de solidarité avec les prisonniers politiques", "2023-10-07",
     "Lettres, colis, observation des procès, soutien juridique."),
    ("Coalition for Safe Passage", "2024-06-01",
     "Housing, visas and first steps for people leaving Russia, Belarus and Central Asia."),
    ("Мост солидарности", "2025-01-25", "Сеть взаимопомощи между отделениями."),
)  # fmt: skip

# Event kind value -> (titles, base size range); {city}, {year}, {month} are filled in.
EVENT_TITLES: dict[str, tuple[str, ...]] = {
    "forum": ("Internationalist Forum {year}", "Форум интернационалистов {year}"),
    "congress": ("Network congress {year}", "Съезд сети {year}"),
    "demonstration": (
        "Demonstration: freedom for political prisoners", "Демонстрация против войны",
        "Manifestation contre la guerre", "Demo: Bleiberecht für alle",
    ),
    "picket": (
        "Picket at the consulate", "Пикет в поддержку политзаключённых",
        "Mahnwache {city}", "Rassemblement devant l'ambassade",
    ),
    "rally": ("Rally: no deportations", "Kundgebung gegen Abschiebungen"),
    "meeting": ("Chapter meeting {city} {month}", "Собрание отделения {month}",
                "Plenum {city} {month}"),
    "presentation": ("Book presentation: letters from prison", "Презентация зина «{month}»",
                     "Soirée de présentation"),
    "camp": ("Summer camp {year}", "Летний лагерь {year}"),
    "strike_support": ("Support for striking couriers", "Solidarität mit dem Pflegestreik"),
}  # fmt: skip
VENUES = (
    "Bürgerhaus Nord", "Gemeindezentrum Rheinblick", "Salle des fêtes", "Union hall",
    "Café Kollektiv", "Library reading room", "Hof der Werkstatt", "Maison des associations",
)  # fmt: skip
OUTDOOR_VENUES = ("In front of the consulate", "Town hall square", "Central station forecourt")
OUTDOOR_KINDS = frozenset({"demonstration", "picket", "rally", "strike_support"})
EVENT_DESCRIPTIONS = (
    "Bring warm clothes; stewards wear orange armbands.",
    "Синхронный перевод на русский и немецкий.",
    "Traduction chuchotée en russe et en français.",
    "Kinderbetreuung vor Ort, bitte vorher anmelden.",
    "Сбор подписей и писем политзаключённым.",
    "Open to newcomers; coffee from 30 minutes before.",
)
