"""The order of an enum column as its reader sees it: the vault stores codes ("ngo",
"party", "union"), the list shows their labels in the interface language ("Gewerkschaft",
"NGO", "Partei"; "НКО", "партия", "профсоюз"), and a click on the header sorts by those
labels in that language's collation (core/collation.py), not by the codes."""

from __future__ import annotations

from pslapp.core.collation import keys_in, order_for
from pslapp.core.fields import Field
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
