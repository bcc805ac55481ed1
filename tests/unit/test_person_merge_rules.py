"""The pure rules of merging people: what the kept record becomes, how two attendances of
one event fold, and where chains and cycles of merges end, the same on every laptop."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pslapp.core.person_merge import Pointer, folded_attendance, merged_person, roots
from pslapp.core.stamps import Stamp


def test_the_other_spelling_of_the_name_goes_to_the_alias_once() -> None:
    kept = {"display_name": "Тарас Шевченко", "alias": "Kobzar"}
    other = {"display_name": "Taras Shevchenko", "alias": "Kobzar"}
    assert merged_person(kept, other)["alias"] == "Kobzar, Taras Shevchenko"
    # taking the other's name keeps the kept one's as the alias
    taken = merged_person(kept, other, ["display_name"])
    assert taken["display_name"] == "Taras Shevchenko"
    assert taken["alias"] == "Kobzar, Тарас Шевченко"


def test_a_merge_never_lowers_the_sensitivity_even_when_asked() -> None:
    kept = {"display_name": "A", "sensitivity": "restricted"}
    other = {"display_name": "B", "sensitivity": "normal"}
    assert merged_person(kept, other, ["sensitivity"])["sensitivity"] == "restricted"


def test_checked_in_under_either_record_means_checked_in() -> None:
    kept = {"status": "registered", "role": "participant", "checked_in_at": None}
    moved = {"status": "checked_in", "role": "speaker", "checked_in_at": "2026-05-01T18:05"}
    folded = folded_attendance(kept, moved)
    assert (folded["status"], folded["role"], folded["checked_in_at"]) == (
        "checked_in",
        "speaker",
        "2026-05-01T18:05",
    )
    assert folded_attendance(moved, kept)["status"] == "checked_in"
    both = folded_attendance(
        {**moved, "checked_in_at": "2026-05-01T18:20"}, {**moved, "walk_in": True}
    )
    assert both["checked_in_at"] == "2026-05-01T18:05"  # the earlier arrival
    assert both["walk_in"] is False  # one of them had registered


def _p(into: str, hlc: int, author: str = "a") -> Pointer:
    return Pointer(into, Stamp(hlc, author))


def test_a_chain_ends_in_its_live_record() -> None:
    found = roots({"x": _p("y", 1), "y": _p("z", 2)}, live={"z"})
    assert found.root == {"x": "z", "y": "z"}
    assert found.revive == [] and found.stranded == []


def test_opposite_merges_undo_the_oldest() -> None:
    found = roots({"a": _p("b", 5), "b": _p("a", 3)}, live=set())
    assert found.revive == ["b"]  # b's merge (hlc 3) is the oldest: b comes back
    assert found.root == {"a": "b"}


def test_a_ring_of_three_and_a_tail_into_it() -> None:
    pointers = {"a": _p("b", 4), "b": _p("c", 2), "c": _p("a", 9), "t": _p("a", 1)}
    found = roots(pointers, live=set())
    assert found.revive == ["b"]
    assert found.root == {"a": "b", "c": "b", "t": "b"}


def test_a_pointer_to_nobody_held_is_stranded() -> None:
    found = roots({"x": _p("gone", 1)}, live={"y"})
    assert found.root == {} and found.stranded == ["x"]


pointer_sets = st.dictionaries(
    st.sampled_from("abcdefg"),
    st.tuples(st.sampled_from("abcdefgh"), st.integers(1, 50), st.sampled_from("pq")),
    max_size=7,
)


@given(pointer_sets, st.sets(st.sampled_from("abcdefgh")), st.randoms())
def test_where_merges_end_does_not_depend_on_the_order_they_are_read(
    raw: dict[str, tuple[str, int, str]], live: set[str], rnd: object
) -> None:
    pointers = {k: _p(into, hlc, author) for k, (into, hlc, author) in raw.items() if into != k}
    live = live - set(pointers)
    items = list(pointers.items())
    rnd.shuffle(items)  # type: ignore[attr-defined]
    one, two = roots(pointers, live), roots(dict(items), live)
    assert one == two
    for start, end in one.root.items():  # every chain ends in a live or revived record
        assert end in live or end in one.revive
        assert start not in one.revive
