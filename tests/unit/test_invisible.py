"""The invisible-character set is what docs/decisions.md says, and its table is Unicode's."""

from __future__ import annotations

import unicodedata

import pytest

from pslapp.core import invisible

CATEGORIES = {"Cc", "Cs", "Co", "Cn", "Zl", "Zp"}


@pytest.mark.skipif(
    unicodedata.unidata_version != invisible.UNICODE_VERSION, reason="another Unicode version"
)
def test_the_category_table_is_unicodes_own():
    expected = invisible.merged(
        *(((cp, cp),) for cp in range(0x110000) if unicodedata.category(chr(cp)) in CATEGORIES)
    )
    assert expected == invisible.CATEGORY_RANGES


def test_bidi_controls_are_default_ignorable_and_the_examples_of_the_issue_are_in():
    for low, high in invisible.BIDI_CONTROL:
        assert all(invisible.is_invisible(cp, invisible.DEFAULT_IGNORABLE) for cp in (low, high))
    for cp in (
        0x200B,
        0x200D,
        0x2060,
        0x200E,
        0x200F,
        0x061C,
        0xFEFF,
        0xAD,
        0xE0041,
        0xE000,
        0x9B,
        0x2028,
        0xD800,
    ):
        assert invisible.is_invisible(cp), hex(cp)
    for text in "AzЯЖіїə ,.-'’":
        assert not invisible.is_invisible(ord(text)), text


def test_the_quick_class_suspects_everything_the_complete_set_holds():
    quick = invisible.within_bmp(invisible.INVISIBLE_RANGES)
    for low, high in invisible.INVISIBLE_RANGES:
        for cp in (low, high):
            assert invisible.is_invisible(cp, quick)
