"""The order in which a reader expects names: ICU's collation (CLDR), not code points, so
"Айгерим" comes before "Ірина", "Ärger" beside "Arbeit", and Cyrillic and Latin names are
each in their alphabet's order.

Lists are sorted by a stored sort key (a byte string that compares like the names), so a
list of 100 000 people is paged by an index. The five languages of the app need two
orders: English, German and French readers expect the root order (Latin first; German's
dictionary order is the root's, ä as a), Russian and Ukrainian readers expect Cyrillic
first, in the Ukrainian alphabet's order (і, ї after и; Russian has neither, so its own
order is the same for its letters)."""

from __future__ import annotations

import enum
import threading
from collections.abc import Iterable, Iterator

import icu


class NameOrder(enum.StrEnum):
    LATIN = "latin"  # CLDR root: en, de, fr
    CYRILLIC = "cyrillic"  # CLDR uk (Cyrillic first): ru, uk


_LOCALES = {NameOrder.LATIN: "root", NameOrder.CYRILLIC: "uk"}
_BY_LANGUAGE = {"ru": NameOrder.CYRILLIC, "uk": NameOrder.CYRILLIC}
_local = threading.local()  # an ICU collator is not to be shared between threads


def order_for(language: str) -> NameOrder:
    """The order a reader of `language` (an app language code) expects."""
    return _BY_LANGUAGE.get(language, NameOrder.LATIN)


def _collators() -> tuple[icu.Collator, icu.Collator]:
    """This thread's collators, in NameOrder's order (latin, cyrillic)."""
    pair: tuple[icu.Collator, icu.Collator] | None = getattr(_local, "pair", None)
    if pair is None:
        make = icu.Collator.createInstance
        pair = _local.pair = (
            make(icu.Locale(_LOCALES[NameOrder.LATIN])),
            make(icu.Locale(_LOCALES[NameOrder.CYRILLIC])),
        )
    return pair


def sort_key(order: NameOrder, text: str | None) -> bytes:
    """Bytes that compare as `text` sorts in `order` (empty text: first)."""
    latin, cyrillic = sort_keys(text)
    return latin if order is NameOrder.LATIN else cyrillic


def sort_keys(text: str | None) -> tuple[bytes, bytes]:
    """The keys of `text` in both orders, as stored: (latin, cyrillic). Texts are NFC
    already (every value is normalised when it is validated, core/validation.py)."""
    if not text:
        return b"", b""
    latin, cyrillic = _collators()
    return latin.getSortKey(text), cyrillic.getSortKey(text)


def sort_keys_of(texts: Iterable[str | None]) -> Iterator[tuple[bytes, bytes]]:
    """`sort_keys` of many texts, with this thread's collators looked up once."""
    latin, cyrillic = _collators()
    latin_key, cyrillic_key = latin.getSortKey, cyrillic.getSortKey
    for text in texts:
        yield (latin_key(text), cyrillic_key(text)) if text else (b"", b"")


def keys_in(order: NameOrder, texts: Iterable[str]) -> dict[str, bytes]:
    """The key of each distinct one of `texts` in `order` (empty text: first)."""
    collator = _collators()[0 if order is NameOrder.LATIN else 1]
    key = collator.getSortKey
    return {text: key(text) if text else b"" for text in set(texts)}
