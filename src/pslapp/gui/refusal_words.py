"""Why a value was refused, in the interface language. `core.validation` and the
registration reader give English reasons (the CLI prints them); a form under a field and
the import's list of bad rows show these instead. A reason we do not know stays as it is."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from pslapp.gui.labels import field_label

QUOTED = re.compile(r"^(?P<value>'[^']*'|\"[^\"]*\") ")  # a reason that starts with the value
CELLS = re.compile(r"has (only )?(?P<cells>\d+) cells, the header has (?P<width>\d+)")


def refusal_text(message: str) -> str:
    """The reason alone, as shown under the field it is about."""
    quoted = QUOTED.match(message)
    value = quoted.group("value").strip("'\"") if quoted else ""
    if message in {"is required", "is empty"}:
        return QCoreApplication.translate("RecordForm", "This field is required.")
    if message == "must be a colour like #3366cc":
        return QCoreApplication.translate("RecordForm", "Use a colour like #3366cc.")
    if "is not a date like" in message:
        return QCoreApplication.translate("RecordForm", "Use a date like 2026-05-01.")
    if "is not a time like" in message:
        return QCoreApplication.translate(
            "RecordForm", "Use a date like 2026-05-01 or a time like 2026-05-01 18:30."
        )
    if "is not an email address" in message:
        return QCoreApplication.translate("RecordForm", "This does not look like an email address.")
    if "is not a phone number" in message:
        return QCoreApplication.translate("RecordForm", "This does not look like a phone number.")
    if "is longer than" in message:
        return QCoreApplication.translate("RecordForm", "This is too long.")
    if "is not yes or no" in message:
        return QCoreApplication.translate("RecordForm", "“%1” is neither yes nor no.").replace(
            "%1", value
        )
    cells = CELLS.search(message)
    if cells:
        return (
            QCoreApplication.translate("RecordForm", "%1 cells where the header has %2.")
            .replace("%1", cells.group("cells"))
            .replace("%2", cells.group("width"))
        )
    return message


def refused_field_text(field: str, message: str) -> str:
    """The reason with the field it is about, for a list of bad rows."""
    words = refusal_text(message)
    if field == "row":  # the row as a whole
        return words
    name = field_label("consent_contact" if field == "consent" else field)
    return (
        QCoreApplication.translate("RecordForm", "%1: %2").replace("%1", name).replace("%2", words)
    )
