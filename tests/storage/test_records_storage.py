"""How list fields are stored: one canonical JSON text, whichever encoder writes it."""

from __future__ import annotations

import json

import pytest

from pslapp.storage.record_rows import dump_list as _dump_list

CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode


@pytest.mark.parametrize(
    "value",
    [
        ["ru", "uk"],
        ["Шевченко", 'a "quoted" \\ back\nslash', "\u2028", "😀"],
        [{"value": "+49 170 0000000", "kind": "phone"}, {"kind": "email", "value": "a@b.example"}],
    ],
)
def test_a_stored_list_is_canonical_json(value):
    assert _dump_list(value) == CANONICAL(value)


def test_an_empty_list_is_stored_as_brackets():
    assert _dump_list([]) == "[]"
    assert _dump_list(None) == "[]"
