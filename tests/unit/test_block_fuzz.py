"""Seeded mutations of valid blocks: whatever a peer changes in one, reading it (and the
record rules an import applies to it) ends in a documented rejection or a valid block,
never in another exception. A few hundred cases by default, thousands under `-m slow`."""

from __future__ import annotations

import contextlib
import copy
import json
import random
from typing import Any

import pytest

from pslapp.core import record_rules
from pslapp.core.bundle_ops import OpInvalid, decode_block
from pslapp.core.errors import ValidationError
from pslapp.core.merge import RecordState

EVENT = "00000000-0000-4000-8000-000000000001"
PERSON = "00000000-0000-4000-8000-000000000002"
STAMP = [1 << 40, 1, 0]


def valid_blocks() -> list[list[Any]]:
    people = [
        "person",
        {"1": "1" * 60},
        [PERSON, "00000000-0000-4000-8000-000000000003"],
        [1_700_000_000_000, 1_700_000_000_001],
        [{"*": STAMP}, {"*": STAMP, "city": [(1 << 40) + 1, 1, 1 << 40]}],
        {
            "_deleted": [False, False],
            "display_name": ["Тарас Шевченко", "Asel"],
            "city": ["Köln", None],
            "tags": [["forum"], []],
            "channels": [[{"kind": "email", "value": "a@example.org"}], []],
            "sensitivity": {"codes": [0, 0], "values": ["normal"]},
            "consent_date": ["2026-05-01", None],
            "consent_contact": [True, None],
        },
    ]
    attendance = [
        "attendance",
        {"1": "1" * 60},
        [record_rules.attendance_id(EVENT, PERSON)],
        [1_700_000_000_000],
        [{"*": STAMP}],
        {
            "_deleted": [False],
            "event_id": [EVENT],
            "person_id": [PERSON],
            "status": ["checked_in"],
            "checked_in_at": ["2026-05-01T10:00"],
        },
    ]
    event = [
        "event",
        {"1": "1" * 60},
        [EVENT],
        [1_700_000_000_000],
        [{"*": STAMP}],
        {
            "_deleted": [False],
            "title": ["Forum"],
            "kind": ["forum"],
            "start": ["2026-05-01T10:00"],
            "end": ["2026-05-01T18:00"],
        },
    ]
    seed = "A" * 22 + "=="  # a proof's disclosure: shapes are what decoding checks
    people.append([[[1, STAMP[0], 0, seed]], [[1, STAMP[0], 0, seed], [1, STAMP[0] + 1, 0, seed]]])
    attendance.append([[[1, STAMP[0], 0, seed]]])
    event.append([[[1, STAMP[0], 0, seed]]])
    return [people, attendance, event]


def _deep(n: int) -> Any:
    value: Any = []
    for _ in range(n):
        value = [value]
    return value


HOSTILE: list[Any] = [
    None,
    "",
    0,
    -1,
    2**48,
    2**63,
    2**64,
    True,
    False,
    [],
    {},
    "x" * 300,
    "\ud800",
    "Ivan\u200b Petrov",
    "\u202eevil",
    "a\u2028b",
    "\x00",
    "2026-02-30",
    "2026-05-01T25:00",
    {"codes": [5], "values": []},
    {"kind": "email", "value": "nope"},
    [[]],
    [None],
    [{"*": [1, 1]}],
    "00000000-0000-4000-8000-00000000000X",
    _deep(300),
]


def _paths(doc: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(doc, list):
        for i, item in enumerate(doc):
            out += _paths(item, (*path, i))
    elif isinstance(doc, dict):
        for key, item in doc.items():
            out += _paths(item, (*path, key))
    return out


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return doc


def mutate(rng: random.Random, doc: Any) -> bytes:
    doc = copy.deepcopy(doc)
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(_paths(doc))
        what = rng.random()
        if what < 0.6:
            doc = _set(doc, path, copy.deepcopy(rng.choice(HOSTILE)))
        elif what < 0.75 and path:
            parent = doc
            for step in path[:-1]:
                parent = parent[step]
            del parent[path[-1]]
        elif what < 0.85 and path:
            parent = doc
            for step in path[:-1]:
                parent = parent[step]
            if isinstance(parent, list):
                parent.append(copy.deepcopy(parent[path[-1]]))
        else:
            doc = _set(doc, path, str(rng.random()))
    line = json.dumps(doc).encode()
    roll = rng.random()
    if roll < 0.1 and line:  # a byte changed
        i = rng.randrange(len(line))
        line = line[:i] + bytes([rng.randrange(256)]) + line[i + 1 :]
    elif roll < 0.15:  # raw JSON that json.dumps would not write
        line = line.replace(b"false", rng.choice([b"NaN", b"Infinity", b"1e999", b"-0.0"]), 1)
    elif roll < 0.2:
        line = line.replace(b'"_deleted": ', b'"_deleted": [true], "_deleted": ', 1)
    return line


def read_like_an_import(line: bytes) -> None:
    """What the importer does with a line before it writes: decode, then the record rules
    for each live record."""
    block = decode_block(line)
    for i in range(len(block)):
        op = block.record_op(i)
        if block.deleted[i]:
            continue
        values = {name: column[i] for name, column in block.columns.items()}
        state = RecordState(values, block.field_stamps(i), False)
        with contextlib.suppress(ValidationError):
            record_rules.check_incoming(block.kind, op.id, op.created, state.values)


def run(cases: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    blocks = valid_blocks()
    outcomes = {"refused": 0, "accepted": 0}
    for _ in range(cases):
        line = mutate(rng, rng.choice(blocks))
        try:
            read_like_an_import(line)
        except OpInvalid:
            outcomes["refused"] += 1
        else:
            outcomes["accepted"] += 1
    return outcomes


def test_the_valid_blocks_are_valid():
    for doc in valid_blocks():
        read_like_an_import(json.dumps(doc).encode())


def test_mutated_blocks_meet_only_documented_rejections():
    outcomes = run(400, seed=11)
    assert outcomes["refused"] > 200  # the mutations do hit something


@pytest.mark.slow
def test_thousands_of_mutated_blocks_meet_only_documented_rejections():
    for seed in range(10):
        run(2000, seed=1000 + seed)
