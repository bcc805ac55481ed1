"""Country and language names as the user's language writes them, from the Unicode CLDR
(through Babel) rather than a hand list. The vault keeps what was typed or imported ("Russia",
"Россия", "RU", "ru"); what is shown is the CLDR name in the interface language when the
value is recognised as one, and the value itself otherwise."""

from __future__ import annotations

from functools import cache

from babel import Locale

from pslapp.gui import i18n

COUNTRY_FIELDS = frozenset({"country", "country_of_origin"})
LANGUAGE_FIELDS = frozenset({"languages"})


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(language)


@cache
def _country_codes() -> dict[str, str]:
    """A country's name in any of our five languages, or its ISO 3166 code, casefolded ->
    the code."""
    found: dict[str, str] = {}
    for language in i18n.LANGUAGES:
        for code, name in _locale(language).territories.items():
            if len(code) == 2 and code.isalpha():
                found.setdefault(name.casefold(), code)
                found.setdefault(code.casefold(), code)
    return found


@cache
def _language_codes() -> dict[str, str]:
    found: dict[str, str] = {}
    for language in i18n.LANGUAGES:
        for code, name in _locale(language).languages.items():
            if "_" not in code:
                found.setdefault(name.casefold(), code)
                found.setdefault(code.casefold(), code)
    return found


def country_code(text: str) -> str | None:
    return _country_codes().get(text.strip().casefold())


def country_name(text: str, language: str | None = None) -> str:
    code = country_code(text)
    if code is None:
        return text
    return str(_locale(language or i18n.current()).territories.get(code, text))


def language_name(text: str, language: str | None = None) -> str:
    code = _language_codes().get(text.strip().casefold())
    if code is None:
        return text
    return str(_locale(language or i18n.current()).languages.get(code, text))


def country_names(language: str | None = None) -> list[str]:
    """Every country's name in the interface language, sorted: suggestions for a field."""
    territories = _locale(language or i18n.current()).territories
    return sorted(
        (str(n) for c, n in territories.items() if len(c) == 2 and c.isalpha()), key=str.casefold
    )
