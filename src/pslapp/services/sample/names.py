"""Invented people's names for sample data: given and family names per origin, combined at
random, in Cyrillic or in one of three Latin transliterations (English, German, French), the
way emigrants' names really arrive in a chapter's lists ("Шевченко", "Shevchenko",
"Schewtschenko", "Chevtchenko"). Pools hold common names only; a denylist keeps famous real
combinations (politicians, writers, prisoners whose names people know) out."""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass
from enum import StrEnum


class Scheme(StrEnum):
    """How a Cyrillic name is written in Latin letters; German and French officials and
    the people themselves chose differently, so a vault holds all of them."""

    CYRILLIC = "cyrillic"
    EN = "en"
    DE = "de"
    FR = "fr"


@dataclass(frozen=True)
class Origin:
    country: str
    language: str  # the first language of most people from there
    cyrillic: bool  # names are at home written in Cyrillic
    male: tuple[str, ...]
    female: tuple[str, ...]
    family: tuple[str, ...]  # male form; feminine forms are derived by _feminine


def _t(text: str) -> tuple[str, ...]:
    return tuple(text.split())


ORIGINS: dict[str, Origin] = {
    "ru": Origin(
        "Russia",
        "ru",
        True,
        _t(
            "Александр Алексей Дмитрий Иван Михаил Сергей Андрей Никита Павел Кирилл Илья "
            "Егор Артём Максим Глеб Роман Николай Фёдор Тимур Денис"
        ),
        _t(
            "Анна Мария Екатерина Ольга Наталья Дарья Алина Полина Ксения Вера Софья Юлия "
            "Евгения Татьяна Ирина Елена Марина Светлана Варвара Людмила"
        ),
        _t(
            "Иванов Смирнов Кузнецов Попов Соколов Лебедев Козлов Новиков Морозов Волков "
            "Соловьёв Васильев Зайцев Павлов Семёнов Голубев Виноградов Богданов Воробьёв "
            "Фёдоров Медведев Ершов Никитин Орлов Беляев Тарасов Жуков Крылов Комаров Щербаков "
            "Белов Рябов Гусев Киселёв Макаров Андреев Ковалёв Ильин Степанов Николаев "
            "Ветров Громов Журавлёв Сорокин Чернов Полянский Ливанов Юдин"
        ),
    ),
    "uk": Origin(
        "Ukraine",
        "uk",
        True,
        _t(
            "Олександр Андрій Тарас Богдан Остап Дмитро Микола Сергій Василь Юрій Ярослав "
            "Олег Іван Петро Роман Віталій"
        ),
        _t(
            "Олена Оксана Наталія Ірина Ганна Марія Катерина Софія Юлія Христина Леся Дарина "
            "Ярина Галина Людмила Вікторія"
        ),
        _t(
            "Шевченко Коваленко Бондаренко Ткаченко Кравченко Олійник Мельник Шевчук Поліщук "
            "Бойко Ковальчук Лисенко Марченко Руденко Савченко Петренко Гончаренко Кузьменко "
            "Іваненко Павленко Ковальський Мороз Гнатюк Дячук Левченко Костенко Семенко Онищенко"
        ),
    ),
    "be": Origin(
        "Belarus",
        "be",
        True,
        _t("Алесь Андрэй Дзмітрый Сяргей Павел Мікалай Віктар Максім Уладзімір Янка Зміцер"),
        _t("Вольга Алена Наталля Ганна Марына Таццяна Святлана Кацярына Юлія Дар'я Алеся"),
        _t(
            "Навіцкі Шыманскі Кавалёў Лукьяненка Мароз Бабровіч Гаркуша Казловіч Данілевіч "
            "Радзевіч Петрашэвіч Грыневіч Сіняк Жук Макарэвіч Каляда Станкевіч Малашэвіч"
        ),
    ),
    "kk": Origin(
        "Kazakhstan",
        "kk",
        True,
        _t("Ерлан Нурлан Даурен Бауыржан Асхат Ермек Арман Тимур Серик Дамир"),
        _t("Айгерим Асель Жанар Динара Гульнара Мадина Аружан Сауле Алия Камила"),
        _t(
            "Ахметов Жумабаев Касымов Сейткали Омаров Абенов Сулейменов Искаков Нургалиев "
            "Байжанов Тулегенов Есенов"
        ),
    ),
    "ky": Origin(
        "Kyrgyzstan",
        "ky",
        True,
        _t("Айбек Бакыт Эрмек Нурбек Азамат Улан Талант"),
        _t("Жылдыз Айпери Нурия Гулжан Айжан Бермет Чолпон"),
        _t("Абдыкадыров Осмонов Турдубаев Асанов Жолдошев Маматов Сыдыков"),
    ),
    "uz": Origin(
        "Uzbekistan",
        "uz",
        True,
        _t("Азиз Рустам Отабек Шерзод Бахтиёр Жасур Санжар"),
        _t("Дилноза Шахноза Гулноза Нигора Малика Зарина Севара"),
        _t("Юсупов Рахимов Турсунов Алимов Саидов Хасанов Эргашев"),
    ),
    "tg": Origin(
        "Tajikistan",
        "tg",
        True,
        _t("Парвиз Манучехр Фаридун Далер Шахром Сухроб"),
        _t("Фируза Мехрангиз Шабнам Тахмина Зарина Нилуфар"),
        _t("Назаров Сафаров Давлатов Шарипов Холов Мирзоев"),
    ),
    "ka": Origin(
        "Georgia",
        "ka",
        True,
        _t("Гиорги Давит Лаша Леван Ираклий Ника Сандро"),
        _t("Нино Тамар Мариам Кетеван Натия Эка Саломе"),
        _t("Беридзе Гелашвили Кипиани Мамаладзе Чиковани Лолишвили Цинцадзе Хуцишвили"),
    ),
    "hy": Origin(
        "Armenia",
        "hy",
        True,
        _t("Арам Тигран Нарек Ашот Армен Давид Гор"),
        _t("Ани Гаяне Лусине Ануш Мариам Нарине Сона"),
        _t("Саргсян Аветисян Погосян Манукян Григорян Акопян Мартиросян Варданян"),
    ),
    "ro": Origin(
        "Moldova",
        "ro",
        False,
        _t("Ion Mihai Andrei Vasile Sergiu Victor Dorin"),
        _t("Elena Ana Cristina Maria Irina Doina Natalia"),
        _t("Rusu Ceban Ciobanu Lungu Munteanu Cojocaru Moraru Bălan Turcanu"),
    ),
    "de": Origin(
        "Germany",
        "de",
        False,
        _t("Lukas Jonas Felix Tobias Moritz Jan Paul Niklas Simon Florian"),
        _t("Anna Lena Miriam Katharina Jana Sophie Lea Johanna Marie Franziska"),
        _t(
            "Becker Hoffmann Schäfer Wagner Keller Vogt Krüger Brandt Lorenz Kühn Wolff "
            "Hartmann Busch Sommer Winkler Pohl Jäger Seidel"
        ),
    ),
    "fr": Origin(
        "France",
        "fr",
        False,
        _t("Julien Mathieu Théo Nicolas Hugo Antoine Bastien Rémi Maxime Lucas"),
        _t("Camille Élodie Chloé Manon Léa Clémence Inès Margaux Pauline Zoé"),
        _t(
            "Martin Bernard Dubois Lefèvre Moreau Girard Fontaine Mercier Blanchard Garnier "
            "Chevalier Lambert Faure Roussel Perrin Gauthier"
        ),
    ),
}

# Famous real people, by the combinations the pools could produce (and a few more so that
# widening a pool later cannot bring them in), written as the pools write them: the check
# runs before transliteration, so one spelling covers every scheme.
DENYLIST = frozenset(
    (
        "Тарас Шевченко",
        "Владимир Путин",
        "Алексей Навальный",
        "Юлия Навальная",
        "Дмитрий Медведев",
        "Сергей Лавров",
        "Михаил Горбачёв",
        "Борис Ельцин",
        "Борис Немцов",
        "Анна Политковская",
        "Лев Толстой",
        "Фёдор Достоевский",
        "Александр Пушкин",
        "Антон Чехов",
        "Андрей Сахаров",
        "Надежда Толоконникова",
        "Мария Алёхина",
        "Владимир Ленин",
        "Лев Троцкий",
        "Нестор Махно",
        "Олег Сенцов",
        "Михаил Ходорковский",
        "Володимир Зеленський",
        "Юлія Тимошенко",
        "Петро Порошенко",
        "Іван Франко",
        "Леся Українка",
        "Сергій Жадан",
        "Аляксандр Лукашэнка",
        "Святлана Ціханоўская",
        "Марыя Калеснікава",
        "Алесь Бяляцкі",
        "Віктар Бабарыка",
        "Нурсултан Назарбаев",
        "Ислам Каримов",
        "Эмомали Рахмон",
        "Karl Marx",
        "Rosa Luxemburg",
        "Clara Zetkin",
        "Angela Merkel",
        "Olaf Scholz",
        "Emmanuel Macron",
        "Jean Jaurès",
    )
)

# Diminutives used as aliases: how friends and chat handles name people.
DIMINUTIVES: dict[str, str] = {
    "Александр": "Саша",
    "Алексей": "Лёша",
    "Дмитрий": "Дима",
    "Михаил": "Миша",
    "Сергей": "Серёжа",
    "Николай": "Коля",
    "Павел": "Паша",
    "Екатерина": "Катя",
    "Мария": "Маша",
    "Наталья": "Наташа",
    "Дарья": "Даша",
    "Евгения": "Женя",
    "Татьяна": "Таня",
    "Ирина": "Ира",
    "Светлана": "Света",
    "Олександр": "Сашко",
    "Дмитро": "Дмитрик",
    "Катерина": "Катруся",
    "Христина": "Христя",
    "Кацярына": "Каця",
    "Уладзімір": "Валодзя",
    "Айгерим": "Айка",
    "Julien": "Ju",
    "Katharina": "Kathi",
}

PSEUDONYMS = _t(
    "Лиса Ветер Сокол Север Полынь Рысь Ворон Nord Rook Wren Linde Birke Moineau Mistral "
    "Comet Tramontane Пилигрим Оса Luchs Falke"
)

_CYRILLIC_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўәғқңөұүһ"


def _table(latin: str) -> dict[str, str]:
    """One Latin spelling per letter of _CYRILLIC_LETTERS, in order; "-" drops the letter."""
    return dict(zip(_CYRILLIC_LETTERS, _t(latin), strict=True))


_BASE: dict[Scheme, dict[str, str]] = {
    Scheme.EN: _table(
        "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya "
        "i yi ye g w a g k ng o u u h"
    ),
    Scheme.DE: _table(
        "a b w g d e jo sch s i j k l m n o p r s t u f ch z tsch sch schtsch - y - e ju ja "
        "i ji je g w ä g k ng ö u ü h"
    ),
    Scheme.FR: _table(
        "a b v g d e io j z i ï k l m n o p r s t ou f kh ts tch ch chtch - y - e iou ia "
        "i ï ie g ou a g k ng o ou u h"
    ),
}
# Ukrainian and Belarusian letters that read differently from Russian ones.
_BY_LANGUAGE: dict[str, dict[str, str]] = {
    "uk": {"и": "y", "г": "h"},
    "be": {"г": "h"},
}
_ENDINGS: dict[Scheme, tuple[tuple[str, str], ...]] = {
    Scheme.EN: (("ий", "iy"), ("ый", "y"), ("ій", "iy")),
    Scheme.DE: (("ий", "ij"), ("ый", "y"), ("ій", "ij")),
    Scheme.FR: (("ий", "i"), ("ый", "y"), ("ій", "i")),
}
_VOWELS = frozenset("аеёиоуыэюяіїєў")


def transliterate(text: str, scheme: Scheme, language: str = "ru") -> str:
    """Write Cyrillic `text` in Latin letters the way `scheme` would; other letters stay."""
    if scheme is Scheme.CYRILLIC:
        return text
    return " ".join(_transliterate_word(word, scheme, language) for word in text.split(" "))


@functools.lru_cache(maxsize=4096)
def _transliterate_word(word: str, scheme: Scheme, language: str) -> str:
    """Cached: the pools are small, and 100 000 people repeat the same words."""
    table = {**_BASE[scheme], **_BY_LANGUAGE.get(language, {})}
    lower = word.lower()
    tail = ""
    for ending, latin in _ENDINGS[scheme]:
        if lower.endswith(ending) and len(lower) > 3:
            lower, tail = lower[: -len(ending)], latin
            break
    out = []
    for i, ch in enumerate(lower):
        latin = table.get(ch, ch)
        if latin == "-" or ch == "'":
            continue
        between_vowels = 0 < i < len(lower) - 1 and {lower[i - 1], lower[i + 1]} <= _VOWELS
        if ch == "с" and scheme is not Scheme.EN and between_vowels:
            latin = "ss"  # German and French read a lone s between vowels as z
        out.append(latin)
    latin_word = "".join(out) + tail
    return latin_word[:1].upper() + latin_word[1:]


_FEMININE_ENDINGS = (
    ("ский", "ская"),
    ("цкий", "цкая"),
    ("ський", "ська"),
    ("скі", "ская"),
    ("цкі", "цкая"),
    ("оў", "ова"),
    ("ёў", "ёва"),
    ("ой", "ая"),
)


def _feminine(family: str) -> str:
    """Russian-style family names change for women; -енко, -дзе, -ян, -ич do not."""
    for male, female in _FEMININE_ENDINGS:
        if family.endswith(male):
            return family[: -len(male)] + female
    if family.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return family + "а"
    return family


@dataclass(frozen=True)
class Name:
    given: str  # in the origin's own script
    family: str
    origin: str  # key of ORIGINS
    female: bool
    scheme: Scheme  # how the person's name is written in the vault

    @property
    def native(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def written(self) -> str:
        """The name as it appears in this vault."""
        if not ORIGINS[self.origin].cyrillic:
            return self.native
        return transliterate(self.native, self.scheme, self.origin)

    @property
    def latin(self) -> str:
        """A Latin spelling for email addresses and legal names (never Cyrillic)."""
        scheme = Scheme.EN if self.scheme is Scheme.CYRILLIC else self.scheme
        return transliterate(self.native, scheme, self.origin)


def compose_name(rng: random.Random, origin: str, scheme: Scheme) -> Name:
    """A random given + family name of `origin`, never one on the denylist."""
    spec = ORIGINS[origin]
    while True:
        female = rng.random() < 0.5
        given = rng.choice(spec.female if female else spec.male)
        family = rng.choice(spec.family)
        if female and spec.cyrillic:
            family = _feminine(family)
        if f"{given} {family}" not in DENYLIST:
            return Name(given, family, origin, female, scheme if spec.cyrillic else Scheme.EN)
