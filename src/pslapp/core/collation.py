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
import unicodedata

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


def _collator(order: NameOrder) -> icu.Collator:
    collators: dict[NameOrder, icu.Collator] | None = getattr(_local, "collators", None)
    if collators is None:
        collators = _local.collators = {}
    collator = collators.get(order)
    if collator is None:
        collator = collators[order] = icu.Collator.createInstance(icu.Locale(_LOCALES[order]))
    return collator


def sort_key(order: NameOrder, text: str | None) -> bytes:
    """Bytes that compare as `text` sorts in `order` (empty text: first)."""
    if not text:
        return b""
    return bytes(_collator(order).getSortKey(unicodedata.normalize("NFC", text)))


def sort_keys(text: str | None) -> tuple[bytes, bytes]:
    """The keys of `text` in both orders, as stored: (latin, cyrillic)."""
    return sort_key(NameOrder.LATIN, text), sort_key(NameOrder.CYRILLIC, text)
