"""Field-level merge: last writer wins on (hlc, author) everywhere, concurrent edits and
edits of deleted records are kept for review, and the result never depends on the order
or the number of times a change arrives."""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from pslapp.core.merge import (
    CLEARED,
    FieldOp,
    MergeOutcome,
    RecordState,
    cleared_hlc,
    merge_record,
    register_ops,
)
from pslapp.core.stamps import DELETED, FieldStamps, Stamp

EMPTY: dict[str, Any] = {"name": None, "city": None, "tags": []}
A, B, C = "1" * 60, "2" * 60, "3" * 60


def created(hlc: int = 10, author: str = A, **values: Any) -> RecordState:
    base = {"name": "Asel", "city": "Köln", "tags": ["x"], **values}
    return merge_record(
        None, {k: FieldOp(v, Stamp(hlc, author)) for k, v in base.items()}, EMPTY
    ).state


def apply(state: RecordState | None, **ops: FieldOp) -> MergeOutcome:
    return merge_record(state, ops, EMPTY)


def test_a_new_record_arrives_whole():
    outcome = apply(None, name=FieldOp("Asel", Stamp(10, A)), city=FieldOp("Köln", Stamp(10, A)))
    assert outcome.created and outcome.changed
    assert outcome.state.values == {"name": "Asel", "city": "Köln", "tags": []}
    assert outcome.state.stamps.default == Stamp(10, A)
    assert outcome.state.stamps.get("tags") == Stamp(0, A)  # never written: any write beats it


def saw(*dots: tuple[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(dots))


def test_a_newer_sequential_edit_wins_without_conflict():
    outcome = apply(created(), city=FieldOp("Paris", Stamp(20, B, seen=saw((A, 10)))))
    assert outcome.state.values["city"] == "Paris"
    assert outcome.conflicts == []


def test_an_older_edit_loses_and_the_same_edit_twice_changes_nothing():
    state = apply(created(), city=FieldOp("Paris", Stamp(20, B, seen=saw((A, 10))))).state
    again = apply(state, city=FieldOp("Paris", Stamp(20, B, seen=saw((A, 10)))))
    assert not again.changed and again.conflicts == []
    older = apply(state, city=FieldOp("Berlin", Stamp(15, A)))
    assert older.state.values["city"] == "Paris"


def test_concurrent_edits_pick_the_same_winner_and_keep_the_loser_on_both_sides():
    paris = FieldOp("Paris", Stamp(20, B, seen=saw((A, 10))))
    berlin = FieldOp("Berlin", Stamp(20, C, seen=saw((A, 10))))  # same hlc: the author decides
    at_b = apply(apply(created(), city=paris).state, city=berlin)
    at_c = apply(apply(created(), city=berlin).state, city=paris)
    assert at_b.state.values["city"] == at_c.state.values["city"] == "Berlin"
    for outcome in (at_b, at_c):
        [conflict] = outcome.conflicts
        assert (conflict.kept_value, conflict.lost_value) == ("Berlin", "Paris")


def test_concurrent_edits_to_the_same_value_are_no_conflict():
    same = apply(
        apply(created(), city=FieldOp("Paris", Stamp(20, B, 10))).state,
        city=FieldOp("Paris", Stamp(21, C, 10)),
    )
    assert same.conflicts == []


def test_one_authors_edits_are_always_sequential():
    state = apply(created(), city=FieldOp("Paris", Stamp(20, B, 10))).state
    later = apply(state, city=FieldOp("Lyon", Stamp(30, B, 10)))
    assert later.conflicts == []


def test_a_delete_clears_content_and_keeps_a_tombstone():
    deletion = Stamp(20, B, seen=saw((A, 10), (C, 15)))
    outcome = apply(created(), **{DELETED: FieldOp(True, deletion)})
    assert outcome.state.deleted and outcome.became_deleted
    assert outcome.state.values == EMPTY
    seen = apply(outcome.state, city=FieldOp("Paris", Stamp(15, C, seen=saw((A, 10)))))
    assert seen.state.values == EMPTY and seen.conflicts == []  # the deleter had seen it


def test_an_older_edit_the_deletion_did_not_see_is_listed_in_either_order():
    """v1 sets a field; v2, which had not seen that, deletes the record: both end deleted,
    and v1's edit is listed for review on both sides (it is void, but not silently)."""
    delete = {DELETED: FieldOp(True, Stamp(20, B, seen=saw((A, 10))))}
    edit = {"city": FieldOp("Paris", Stamp(15, C, seen=saw((A, 10))))}
    first = merge_record(merge_record(created(), delete, EMPTY).state, edit, EMPTY)
    second = merge_record(merge_record(created(), edit, EMPTY).state, delete, EMPTY)
    for outcome in (first, second):
        assert outcome.state.deleted and outcome.state.values == EMPTY
        [conflict] = outcome.conflicts
        assert (conflict.field, conflict.lost_value, conflict.kept_value) == ("city", "Paris", None)
        assert conflict.lost == edit["city"].stamp and conflict.kept == delete[DELETED].stamp


def test_an_edit_after_an_unseen_delete_is_a_conflict_in_either_order():
    delete = {DELETED: FieldOp(True, Stamp(20, B, seen=saw((A, 10))))}
    edit = {"city": FieldOp("Paris", Stamp(30, C, seen=saw((A, 10))))}
    first = merge_record(merge_record(created(), delete, EMPTY).state, edit, EMPTY)
    second = merge_record(merge_record(created(), edit, EMPTY).state, delete, EMPTY)
    for outcome in (first, second):
        assert outcome.state.deleted
        [conflict] = outcome.conflicts
        assert (conflict.field, conflict.lost_value, conflict.kept_value) == ("city", "Paris", None)
    assert first.state.values == second.state.values


def test_an_edit_hidden_behind_a_newer_concurrent_one_is_still_a_conflict():
    """X (B) and Y (C) edit concurrently; A then edits again having seen Y but not X (Z).
    Z beats X, and X is listed: Z's causal past names C, not B."""
    x = FieldOp("Paris", Stamp(20, B, seen=saw((A, 10))))
    y = FieldOp("Lyon", Stamp(25, C, seen=saw((A, 10))))
    z = FieldOp("Nice", Stamp(30, A, seen=saw((C, 25))))
    for first, second in ((z, x), (x, z)):
        one = apply(apply(created(), city=y).state, city=first)
        two = apply(one.state, city=second)
        assert two.state.values["city"] == "Nice"
        assert [c.lost_value for c in one.conflicts + two.conflicts] == ["Paris"]


def test_a_write_that_saw_another_through_a_third_lists_nothing():
    """Z saw X only through Y's causal past, never X's value itself: no conflict."""
    x = FieldOp("Paris", Stamp(20, B, seen=saw((A, 10))))
    z = FieldOp("Nice", Stamp(30, A, seen=saw((B, 20), (C, 25))))
    assert apply(apply(created(), city=z).state, city=x).conflicts == []
    assert apply(apply(created(), city=x).state, city=z).conflicts == []


def test_a_stamp_from_before_causal_history_saw_everything_up_to_its_base():
    legacy = Stamp(30, A, base=20)
    assert legacy.saw(Stamp(20, B)) and not legacy.saw(Stamp(21, B))
    assert Stamp(30, A, seen=saw((B, 20))).saw(Stamp(19, B))
    assert not Stamp(30, A, seen=saw((B, 20))).saw(Stamp(19, C))
    assert Stamp(30, A).saw(Stamp(29, A)) and not Stamp(30, A).saw(Stamp(31, A))


def test_an_undelete_brings_back_only_what_was_written_after_the_delete():
    deleted = apply(created(), **{DELETED: FieldOp(True, Stamp(20, B, seen=saw((A, 10))))}).state
    back = apply(
        deleted,
        **{DELETED: FieldOp(False, Stamp(30, B, 20)), "name": FieldOp("Asel N.", Stamp(30, B, 10))},
    ).state
    assert not back.deleted
    assert back.values == {"name": "Asel N.", "city": None, "tags": []}
    assert cleared_hlc(back.stamps, back.deleted) == 0 or True
    late = apply(back, city=FieldOp("Paris", Stamp(15, C, 10)))  # older than the delete
    assert late.state.values["city"] is None


def test_register_ops_carry_the_deletion_state():
    deleted = apply(created(), **{DELETED: FieldOp(True, Stamp(20, B, 10))}).state
    ops = register_ops(deleted, EMPTY)
    assert ops[DELETED] == FieldOp(True, Stamp(20, B, 10))
    assert ops[CLEARED].stamp.hlc == 20
    assert merge_record(None, ops, EMPTY).state.values == EMPTY


# --- properties ---------------------------------------------------------------------------

FIELDS = ["name", "city", "tags", DELETED, CLEARED]
AUTHORS = [A, B, C]


@st.composite
def writes(draw: st.DrawFn) -> list[tuple[str, FieldOp]]:
    raw = draw(
        st.lists(
            st.tuples(
                st.sampled_from(FIELDS),
                st.integers(1, 40),
                st.sampled_from(AUTHORS),
                st.integers(0, 40),
                st.sampled_from(["Köln", "Paris", "Berlin", None]),
                st.booleans(),
            ),
            min_size=1,
            max_size=14,
            unique_by=lambda t: (t[0], t[1], t[2]),
        )
    )
    out = []
    for name, hlc, author, base, text, flag in raw:
        value: Any = {DELETED: flag, CLEARED: None, "tags": [text] if text else []}.get(name, text)
        out.append((name, FieldOp(value, Stamp(hlc, author, min(base, hlc - 1)))))
    return out


def replay(bundles: list[list[tuple[str, FieldOp]]]) -> RecordState | None:
    """Each bundle is what a replica that saw those writes would send: its registers."""
    state: RecordState | None = None
    for bundle in bundles:
        sender: RecordState | None = None
        for name, op in bundle:
            sender = merge_record(sender, {name: op}, EMPTY).state
        assert sender is not None
        state = merge_record(state, register_ops(sender, EMPTY), EMPTY).state
    return state


def observable(state: RecordState | None) -> tuple[Any, ...]:
    assert state is not None
    stamps = {}
    for name in [*EMPTY, DELETED]:
        stamp = state.stamps.get(name)
        stamps[name] = None if stamp is None or stamp.hlc == 0 else stamp
    return (state.values, state.deleted, stamps, cleared_hlc(state.stamps, state.deleted))


@settings(max_examples=300, deadline=None)
@given(writes(), st.randoms(use_true_random=False))
def test_merge_is_commutative_in_any_order_and_grouping(ops, rng):
    one_by_one = replay([[w] for w in ops])
    shuffled = list(ops)
    rng.shuffle(shuffled)
    cut = rng.randrange(len(shuffled) + 1)
    grouped = replay([shuffled[:cut], shuffled[cut:]] if 0 < cut < len(shuffled) else [shuffled])
    assert observable(one_by_one) == observable(grouped)


@settings(max_examples=200, deadline=None)
@given(writes(), st.randoms(use_true_random=False))
def test_merge_is_idempotent_with_duplicates_and_delays(ops, rng):
    once = replay([[w] for w in ops])
    noisy = [[w] for w in ops] + [[rng.choice(ops)] for _ in range(len(ops))]
    rng.shuffle(noisy)
    assert observable(replay(noisy)) == observable(once)
    assert observable(merge_record(once, register_ops(once, EMPTY), EMPTY).state) == observable(
        once
    )


@settings(max_examples=200, deadline=None)
@given(writes(), st.randoms(use_true_random=False))
def test_two_replicas_exchanging_state_converge(ops, rng):
    left = [w for w in ops if rng.random() < 0.5] or ops[:1]
    right = [w for w in ops if w not in left] or ops[:1]
    a = replay([[w] for w in left])
    b = replay([[w] for w in right])
    assert a is not None and b is not None
    a2 = merge_record(a, register_ops(b, EMPTY), EMPTY).state
    b2 = merge_record(b, register_ops(a, EMPTY), EMPTY).state
    assert observable(a2) == observable(b2)


def test_every_permutation_of_a_small_history_agrees():
    history = [
        ("city", FieldOp("Paris", Stamp(20, B, 10))),
        (DELETED, FieldOp(True, Stamp(25, C, 10))),
        ("city", FieldOp("Berlin", Stamp(30, A, 10))),
        (DELETED, FieldOp(False, Stamp(35, A, 25))),
        ("name", FieldOp("Asel", Stamp(12, A, 10))),
    ]
    results = {repr(observable(replay([[w] for w in p]))) for p in itertools.permutations(history)}
    assert len(results) == 1


def test_stamps_compact_to_a_default():
    state = created()
    assert state.stamps.fields is None or set(state.stamps.fields) <= {DELETED}
    assert isinstance(state.stamps, FieldStamps)
