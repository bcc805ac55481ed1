"""How one field value reads in a table cell or a detail pane: plain text, translated."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication

from pslapp.core.fields import Field, FieldType
from pslapp.gui.cldr_names import COUNTRY_FIELDS, LANGUAGE_FIELDS, country_name, language_name
from pslapp.gui.labels import value_label


def display_text(spec: Field, value: Any) -> str:
    if value is None or value in ([], ""):
        return ""
    if spec.type is FieldType.ENUM:
        return value_label(str(value))
    if spec.type is FieldType.ENUM_LIST:
        return ", ".join(value_label(str(v)) for v in value)
    if spec.name in LANGUAGE_FIELDS:
        return ", ".join(language_name(str(v)) for v in value)
    if spec.type is FieldType.TEXT_LIST:
        return ", ".join(str(v) for v in value)
    if spec.type is FieldType.CHANNELS:
        return ", ".join(f"{value_label(c['kind'])}: {c['value']}" for c in value)
    if spec.type is FieldType.BOOL:
        return (
            QCoreApplication.translate("Value", "yes")
            if value
            else QCoreApplication.translate("Value", "no")
        )
    if spec.type is FieldType.DATETIME:
        return str(value).replace("T", " ")
    if spec.name in COUNTRY_FIELDS:
        return country_name(str(value))
    return str(value)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as it is: tooltips guess rich text from tags, and names
    may come from bundles, so the text is escaped inside a paragraph."""
    return f"<p>{html.escape(text)}</p>"
