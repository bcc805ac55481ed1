"""The record rules an import shares with local edits."""

from __future__ import annotations


def test_attendance_ids_a_column_at_a_time_are_the_derived_ones():
    import uuid

    from pslapp.core import record_rules

    events = [str(uuid.uuid4()) for _ in range(200)]
    people = [str(uuid.uuid4()) for _ in range(200)]
    expected = [record_rules.attendance_id(e, p) for e, p in zip(events, people, strict=True)]
    assert record_rules.attendance_ids(events, people) == expected
