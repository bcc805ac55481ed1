"""The order of a column as its reader sees it, where that is not what the vault stores:
an enum's codes ("ngo", "party", "union") are shown as labels in the interface language
("Gewerkschaft", "NGO", "Partei"; "НКО", "партия", "профсоюз"), a country as typed or
imported ("DE", "Germany", "Россия") by its CLDR name. A click on the header sorts by
what is shown, in that language's collation (core/collation.py)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from pslapp.core.collation import keys_in, order_for
from pslapp.core.fields import Field
from pslapp.gui.cldr_names import COUNTRY_FIELDS, LANGUAGE_FIELDS, country_name, language_name
from pslapp.gui.labels import value_label


def label_ranks(spec: Field, language: str) -> dict[str, int]:
    """Each code of the enum field `spec` -> its place among the codes ordered by their
    labels as now translated, in the order a reader of `language` expects; labels that
    compare equal are in code order. Made on the UI thread (the labels are translated
    there) for `services.records.pks_by_label`."""
    if spec.enum is None:
        raise ValueError(f"{spec.name} is not an enum field")
    labels = {str(member.value): value_label(str(member.value)) for member in spec.enum}
    keys = keys_in(order_for(language), labels.values())
    ordered = sorted(labels, key=lambda code: (keys[labels[code]], code))
    return {code: place for place, code in enumerate(ordered)}


def names_shown(column: str, language: str) -> Callable[[Any], str] | None:
    """For a country or language column, the text shown for a stored value in `language`
    (as models/display.py shows it), to sort by; None where the value is what is shown.
    It reads CLDR data through Babel only, so it may run beside the UI thread."""
    if column in COUNTRY_FIELDS:
        return partial(_country, language=language)
    if column in LANGUAGE_FIELDS:
        return partial(_languages, language=language)
    return None


def _country(value: Any, *, language: str) -> str:
    return country_name(str(value), language)


def _languages(value: Any, *, language: str) -> str:
    return ", ".join(language_name(str(v), language) for v in value)
