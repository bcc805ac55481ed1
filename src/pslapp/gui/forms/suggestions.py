"""Suggestions while typing into free-text fields that statistics group by: chapter names
from the vault's chapters (and the spellings people already carry), organisation names, and
CLDR country names, so "Köln", "Koeln" and "Cologne" do not become three chapters."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from pslapp.core.enums import Kind
from pslapp.gui.cldr_names import COUNTRY_FIELDS, country_names
from pslapp.services import records
from pslapp.services.vault import Vault

LIMIT = 10_000


def _names(vault: Vault, kind: Kind, field: str) -> list[str]:
    return [str(r.values[field]) for r in records.page(vault, kind, limit=LIMIT) if r.values[field]]


def chapter_names(vault: Vault) -> list[str]:
    return sorted(set(_names(vault, Kind.CHAPTER, "name")), key=str.casefold)


def organisation_names(vault: Vault) -> list[str]:
    return sorted(set(_names(vault, Kind.ORGANISATION, "name")), key=str.casefold)


def for_form(vault: Vault, kind: Kind) -> dict[str, list[str]]:
    """Field name -> suggestions, for the record form of `kind`."""
    found: dict[str, list[str]] = {field: country_names() for field in COUNTRY_FIELDS}
    if kind is Kind.PERSON:
        found["chapter"] = chapter_names(vault)
    return found


def suggest(line: QLineEdit, names: Iterable[str]) -> QCompleter:
    """Offer `names` under `line` as it is typed: any part, any case. Typing something
    else stays possible (a new chapter is a new name)."""
    completer = QCompleter(line)
    completer.setModel(QStringListModel(list(names), completer))  # owned, or Python drops it
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    line.setCompleter(completer)
    return completer
