"""What goes into the full-text index for a record, and how a typed query becomes an FTS5
query. Names are also indexed as an ASCII folding, and query words are folded too, so
"shevch" finds "Шевченко", "Шевченко" finds "Shevchenko", and "koln" finds "Köln"."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from anyascii import anyascii

from pslapp.core.enums import Kind
from pslapp.core.fields import FIELDS, FieldType

MAX_QUERY_WORDS = 8
MIN_WORD = 2
_WORD = re.compile(r"\w+", re.UNICODE)


@functools.lru_cache(maxsize=65_536)  # names and cities repeat; folding is the slow part
def fold(text: str) -> str:
    """Lower-case ASCII approximation of `text` (Cyrillic, accents, ligatures)."""
    return anyascii(unicodedata.normalize("NFC", text)).lower()


# Per kind, the searchable fields in order: (name, is a list of texts, also folded).
_SEARCH_PLAN = {
    kind: tuple(
        (spec.name, spec.type is FieldType.TEXT_LIST, spec.folded)
        for spec in FIELDS[kind]
        if spec.searchable
    )
    for kind in Kind
}


def _body(values: Iterable[tuple[Any, bool, bool]]) -> str:
    parts: list[str] = []
    folded: list[str] = []
    for value, is_list, also_folded in values:
        if not value:
            continue
        texts = value if is_list else [str(value)]
        parts.extend(texts)
        if also_folded:
            for text in texts:
                f = _folded(text)
                if f and f not in folded:
                    folded.append(f)
    return "\n".join(parts + folded)


def index_text(kind: Kind, values: Mapping[str, Any]) -> str:
    """The text indexed for one record: searchable values, then foldings of names."""
    return _body((values.get(name), is_list, f) for name, is_list, f in _SEARCH_PLAN[kind])


def index_texts(kind: Kind, columns: Mapping[str, Sequence[Any]], count: int) -> list[str]:
    """`index_text` of `count` records given as columns (a missing column: no value),
    a column at a time: the same texts, without a dict per record."""
    parts: list[Sequence[Any]] = []
    folds: list[list[str | None]] = []
    for name, is_list, also_folded in _SEARCH_PLAN[kind]:
        column = columns.get(name)
        if column is None:
            continue
        parts.append(["\n".join(v) if v else None for v in column] if is_list else column)
        if also_folded:
            assert not is_list, name  # names are one-line texts
            folds.append(list(map(_folded, column)))
    if not parts:
        return [""] * count
    if not folds:
        return ["\n".join(filter(None, row)) for row in zip(*parts, strict=True)]
    out = []
    for row, folded_row in zip(zip(*parts, strict=True), zip(*folds, strict=True), strict=True):
        folded = [f for f in folded_row if f]
        if len(folded) > 1:
            folded = list(dict.fromkeys(folded))
        out.append("\n".join(filter(None, (*row, *folded))))
    return out


def _folded(text: str | None) -> str | None:
    """The folding of a name when it adds something to the index."""
    if not text:
        return None
    f = fold(text)
    return f if f and f != text.lower() else None


def fts_query(text: str) -> str | None:
    """Every word must match as a prefix, in its own script or folded to ASCII.
    Returns None when nothing searchable was typed.

    Words start counting at two letters: a one-letter prefix matches a large share of
    100 000 names, costs more than the whole list, and tells the user nothing yet."""
    typed = _WORD.findall(unicodedata.normalize("NFC", text))
    words = [w for w in typed if len(w) >= MIN_WORD][:MAX_QUERY_WORDS]
    clauses = []
    for word in words:
        forms = {word.lower()}
        forms.update(_WORD.findall(fold(word)))
        alternatives = " OR ".join(f'"{form}"*' for form in sorted(forms) if form)
        clauses.append(f"({alternatives})")
    return " AND ".join(clauses) or None
