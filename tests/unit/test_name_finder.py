"""The door's in-memory matching: every typed word must start a word of the name in one
of its spellings; the spelling as typed ranks first, then another spelling, then a near
one; one typed letter is not yet a search."""

from __future__ import annotations

from pslapp.core.name_finder import NameFinder, Tier, name_lines

NAMES = ["Yulia Marchetti", "Юлія Марченко", "Yuliia Marchuk", "Joanna Berg", "Anna Sokolova"]


def _finder() -> NameFinder:
    return NameFinder([name_lines(n) for n in NAMES])


def _found(text: str) -> list[tuple[str, Tier]]:
    found = _finder().find(text)
    assert found is not None
    return [(NAMES[f.index], f.tier) for f in found]


def test_the_typed_spelling_first_then_other_spellings_then_near_ones():
    assert _found("yuliia") == [
        ("Yuliia Marchuk", Tier.TYPED),
        ("Юлія Марченко", Tier.SPELLING),
        ("Yulia Marchetti", Tier.SOUND),
    ]


def test_every_word_must_match_and_a_name_ranks_by_its_worst_word():
    assert _found("yulia marchenko") == [("Юлія Марченко", Tier.SOUND)]
    assert _found("юлія марч") == [
        ("Юлія Марченко", Tier.TYPED),
        ("Yuliia Marchuk", Tier.SPELLING),
        ("Yulia Marchetti", Tier.SOUND),
    ]


def test_a_word_matches_at_the_start_of_a_word_only():
    assert _found("anna") == [("Anna Sokolova", Tier.TYPED)]  # not Joanna
    assert _found("sokol") == [("Anna Sokolova", Tier.TYPED)]


def test_one_letter_is_not_yet_a_search():
    assert _finder().find("a") is None
    assert _finder().find("  ") is None
