"""The full-text index text of records given as columns (a bundle import) is exactly the
text of each record given alone (a local edit)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pslapp.core.enums import Kind
from pslapp.core.fields import FIELDS, FieldType
from pslapp.core.search import index_text, index_texts

_NAMES = st.sampled_from(
    ["Тарас Шевченко", "Taras Shevchenko", "Köln", "koln", "Олег", "Oleg", "Åsa", "Åsa", "x"]
)
_TEXT = st.one_of(st.none(), _NAMES, st.text(min_size=1, max_size=5))


def _value(kind: Kind, name: str) -> st.SearchStrategy[object]:
    spec = next(f for f in FIELDS[kind] if f.name == name)
    if spec.type is FieldType.TEXT_LIST:
        return st.lists(_NAMES, max_size=3, unique=True)
    return _TEXT


def _records(kind: Kind) -> st.SearchStrategy[list[dict[str, object]]]:
    names = [f.name for f in FIELDS[kind] if f.searchable]
    record = st.fixed_dictionaries({n: _value(kind, n) for n in names})
    return st.lists(record, max_size=6)


@settings(max_examples=400, deadline=None)
@given(kind=st.sampled_from(list(Kind)), data=st.data())
def test_columns_index_as_each_record_alone(kind, data):
    rows = data.draw(_records(kind))
    names = [f.name for f in FIELDS[kind] if f.searchable]
    dropped = data.draw(st.sets(st.sampled_from(names))) if names else set()
    columns = {n: [row[n] for row in rows] for n in names if n not in dropped}
    alone = [index_text(kind, {n: row[n] for n in columns}) for row in rows]
    assert index_texts(kind, columns, len(rows)) == alone
