"""Reading a block of records from a bundle: everything checked, column by column, and the
whole-column checks never laxer than checking each value the way a local edit is checked."""

from __future__ import annotations

import json
import re
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pslapp.core.bundle_ops import (
    BLOCK_RECORDS,
    OpInvalid,
    decode_block,
    encode_block,
    encode_column,
)
from pslapp.core.enums import Kind
from pslapp.core.fields import FIELDS, FieldType
from pslapp.core.op_checks import _LINE, COLUMN_CHECKS, check_value

FP = "1" * 60
ID = "00000000-0000-4000-8000-000000000001"
SEED = "A" * 22 + "=="


def line(**parts: Any) -> bytes:
    """A valid one-person block, with the parts a test replaces."""
    doc = {
        "kind": "person",
        "authors": {"1": FP},
        "ids": [ID],
        "created": [1],
        "stamps": [{"*": [5, 1, 0]}],
        "columns": {"_deleted": [False], "display_name": ["Asel"]},
    }
    doc.update(parts)
    doc["proofs"] = parts.get("proofs", proofs_for(doc["stamps"]))
    return json.dumps(list(doc.values()), ensure_ascii=False).encode()


def proofs_for(stamps: Any) -> Any:
    """A proof entry for each write the stamp maps name (shapes only: decoding checks no
    more; what a disclosure proves is checked against change sets on import)."""
    if type(stamps) is not list:
        return []
    out = []
    for m in stamps:
        dots = []
        for stamp in m.values() if type(m) is dict else []:
            if type(stamp) is list and len(stamp) == 3 and stamp[0]:
                dot = [stamp[1], stamp[0]]
                if dot not in dots:
                    dots.append(dot)
        out.append([[*dot, 0, SEED] for dot in dots])
    return out


def columns(**values: list[Any]) -> dict[str, list[Any]]:
    return {"_deleted": [False], "display_name": ["Asel"], **values}


def test_a_valid_block_reads_back_as_registers():
    block = decode_block(line(columns=columns(city=["Köln"], tags=[["forum"]])))
    assert block.kind is Kind.PERSON and block.ids == [ID] and block.max_hlc == 5
    assert block.plain == [0]  # one stamp for everything: inserted as it came
    (op,) = block.record_ops()
    assert op.fields["city"].value == "Köln"
    assert op.fields["tags"].value == ["forum"]
    assert op.fields["_deleted"].value is False
    assert {f.stamp.author for f in op.fields.values()} == {FP}


def test_what_a_sender_encodes_reads_back():
    written = encode_block(
        Kind.PERSON,
        authors={7: FP},
        ids=[ID],
        created=[3],
        stamps=['{"*":[9,7,0],"city":[11,7,9]}'],
        columns={
            "_deleted": "[false]",
            "display_name": '["Тарас Шевченко"]',
            "city": '["Київ"]',
            "notes": '["line one\\nline two"]',
        },
        proofs=[f'[[7,9,0,"{SEED}"],[7,11,0,"{SEED}"]]'],
    )
    block = decode_block(written)
    op = block.record_op(0)
    assert op.fields["city"].stamp.hlc == 11 and op.fields["city"].stamp.base == 9
    assert op.fields["display_name"].stamp.hlc == 9
    assert op.fields["notes"].value == "line one\nline two"
    assert block.plain == []  # two stamps: merged, not inserted as they came


BAD = {
    "not a list": b'{"a": 1}',
    "five items": json.dumps(["person", {}, [ID], [1], [{}]]).encode(),
    "unknown kind": line(kind="password"),
    "author key not canonical": line(authors={"01": FP}),
    "author not a fingerprint": line(authors={"1": "12345"}),
    "author with letters": line(authors={"1": "a" * 60}),
    "no records": line(ids=[], created=[], stamps=[], columns={"_deleted": []}),
    "upper-case id": line(ids=["0000000A-0000-4000-8000-00000000000B"]),
    "id not text": line(ids=[5]),
    "too many records": line(ids=[ID] * (BLOCK_RECORDS + 1)),
    "created as text": line(created=["1"]),
    "created as bool": line(created=[True]),
    "created negative": line(created=[-1]),
    "created count": line(created=[1, 2]),
    "no _deleted": line(columns={"display_name": ["Asel"]}),
    "_deleted as 0": line(columns={"_deleted": [0], "display_name": ["Asel"]}),
    "unknown field": line(columns=columns(password=["x"])),
    "short column": line(columns=columns(city=[])),
    "padded text": line(columns=columns(city=[" Köln"])),
    "double space": line(columns=columns(city=["Bad  Honnef"])),
    "line separator": line(columns=columns(city=["Köln\u2028Bonn"])),
    "no-break space": line(columns=columns(city=["Bad\u00a0Honnef"])),
    "bidi override": line(columns=columns(city=["Köln\u202e"])),
    "not NFC": line(columns=columns(city=["Ko\u0308ln"])),
    "empty text": line(columns=columns(city=[""])),
    "too long": line(columns=columns(city=["x" * 201])),
    "text as number": line(columns=columns(city=[5])),
    "bad enum": line(columns=columns(sensitivity=["secret"])),
    "enum as list": line(columns=columns(sensitivity=[["normal"]])),
    "bad date": line(columns=columns(consent_date=["2024-1-5"])),
    "bool as 1": line(columns=columns(consent_contact=[1])),
    "list with twins": line(columns=columns(tags=[["a", "a"]])),
    "list as null": line(columns=columns(tags=[None])),
    "bad channel": line(columns=columns(channels=[[{"kind": "email", "value": "no-at"}]])),
    "stamps count": line(stamps=[]),
    "empty stamp map": line(stamps=[{}]),
    "stamp for a field not sent": line(stamps=[{"*": [5, 1, 0], "legal_name": [6, 1, 5]}]),
    "stamp of two": line(stamps=[{"*": [5, 1]}]),
    "negative clock": line(stamps=[{"*": [-5, 1, 0]}]),
    "clock as text": line(stamps=[{"*": ["5", 1, 0]}]),
    "unlisted author": line(stamps=[{"*": [5, 2, 0]}]),
    "huge base": line(stamps=[{"*": [5, 1, 1 << 63]}]),
    "nothing written": line(stamps=[{"*": [0, 1, 0]}]),
    "too many stamps": line(stamps=[{"*": [5, 1, 0], **{f"x{i}": [1, 1, 0] for i in range(64)}}]),
    "code out of range": line(columns=columns(city={"values": ["Köln"], "codes": [1]})),
    "negative code": line(columns=columns(city={"values": ["Köln"], "codes": [-1]})),
    "code as bool": line(columns=columns(city={"values": ["Köln"], "codes": [False]})),
    "codes count": line(columns=columns(city={"values": ["Köln"], "codes": [0, 0]})),
    "no values": line(columns=columns(city={"values": [], "codes": [0]})),
    "coded extra key": line(columns=columns(city={"values": ["Köln"], "codes": [0], "x": 1})),
    "coded bad value": line(columns=columns(city={"values": [" Köln"], "codes": [0]})),
    "coded bad marker": line(columns={"_deleted": {"values": [0], "codes": [0]}}),
}


@pytest.mark.parametrize("data", BAD.values(), ids=BAD.keys())
def test_a_malformed_block_is_refused(data):
    with pytest.raises(OpInvalid):
        decode_block(data)


def test_two_values_in_one_cannot_pass_for_two_values():
    first, second = ID, ID.replace("1", "2")
    assert not COLUMN_CHECKS[Kind.ATTENDANCE]["person_id"]([f"{first}\n{second}"])
    assert not COLUMN_CHECKS[Kind.PERSON]["city"](["Köln\nBonn"])
    assert not COLUMN_CHECKS[Kind.PERSON]["languages"]([["ru\nuk"]])
    with pytest.raises(OpInvalid):
        decode_block(line(ids=[f"{first}\n{second}"]))


def test_a_coded_column_reads_as_the_column_it_stands_for():
    people = 10
    ids = [f"00000000-0000-4000-8000-{d:012x}" for d in range(people)]
    written = encode_block(
        Kind.PERSON,
        authors={1: FP},
        ids=ids,
        created=[1] * people,
        stamps=['{"*":[5,1,0]}'] * people,
        columns={
            "_deleted": encode_column([False] * people),
            "display_name": encode_column([f"P{i}" for i in range(people)]),
            "city": encode_column(["Köln", "Bonn"] * (people // 2)),
        },
        proofs=[f'[[1,5,0,"{SEED}"]]'] * people,
    )
    assert b'"codes"' not in written  # ten records: too few to code
    assert decode_block(written).columns["city"] == ["Köln", "Bonn"] * (people // 2)
    big = 40
    coded = encode_column(["Köln", None, "Bonn", "Köln"] * (big // 4))
    assert json.loads(coded) == {
        "codes": [0, 1, 2, 0] * (big // 4),
        "values": ["Köln", None, "Bonn"],
    }
    lists = encode_column(['["ru"]', "[]"] * (big // 2), texts=True)
    assert json.loads(lists)["values"] == [["ru"], []]
    block = decode_block(
        line(
            ids=[f"00000000-0000-4000-8000-{d:012x}" for d in range(big)],
            created=[1] * big,
            stamps=[{"*": [5, 1, 0]}] * big,
            columns={
                "_deleted": json.loads(encode_column([False] * big)),
                "display_name": [f"P{i}" for i in range(big)],
                "city": json.loads(coded),
                "languages": json.loads(lists),
            },
        )
    )
    assert block.columns["city"] == ["Köln", None, "Bonn", "Köln"] * (big // 4)
    assert block.columns["languages"] == [["ru"], []] * (big // 2)
    assert block.deleted == [False] * big and len(block.plain) == big


def test_a_refusal_names_the_field_but_never_the_value():
    with pytest.raises(OpInvalid) as caught:
        decode_block(line(columns=columns(city=["Секретний  Київ"])))
    assert "city" in str(caught.value)
    assert "Секретний" not in str(caught.value)


def test_no_whitespace_but_a_single_space_passes_the_one_line_column_pattern():
    spaces = [c for c in range(sys.maxunicode + 1) if chr(c).isspace() and c != 0x20]
    assert len(spaces) > 20
    one_line = re.compile(_LINE)
    for c in spaces:
        assert one_line.fullmatch(f"a{chr(c)}b") is None, hex(c)


# Text that is often almost canonical: every kind of space, controls, combining marks.
_TRICKY = st.sampled_from(
    [" ", "  ", "\t", "\n", "\r", "\u00a0", "\u2028", "\u202e", "\x00", "\x85", "\u0308"]
)
_TEXT = st.lists(
    st.one_of(st.text(min_size=1, max_size=6), _TRICKY, st.sampled_from(["Köln", "Київ"])),
    max_size=5,
).map("".join)
_TEXT_FIELDS = [
    (kind, spec.name)
    for kind in Kind
    for spec in FIELDS[kind]
    if spec.type in (FieldType.TEXT, FieldType.LONG_TEXT)
]


@settings(max_examples=300, deadline=None)
@given(
    field=st.sampled_from(_TEXT_FIELDS), values=st.lists(st.one_of(st.none(), _TEXT), max_size=6)
)
def test_a_column_check_is_never_laxer_than_each_value_checked_alone(field, values):
    kind, name = field
    if COLUMN_CHECKS[kind][name](values):
        for value in values:
            check_value(kind, name, value)  # raises if the column check let it through


_LIST_FIELDS = [
    (kind, spec.name)
    for kind in Kind
    for spec in FIELDS[kind]
    if spec.type in (FieldType.TEXT_LIST, FieldType.ENUM_LIST)
]
_ITEM = st.one_of(
    st.none(), _TEXT, st.sampled_from(["en", "ru", "member", "volunteer", 1, [], "a"])
)


@settings(max_examples=300, deadline=None)
@given(
    field=st.sampled_from(_LIST_FIELDS),
    values=st.lists(st.one_of(st.lists(_ITEM, max_size=4), st.none(), _TEXT), max_size=5),
)
def test_a_list_column_check_is_never_laxer_than_each_list_checked_alone(field, values):
    kind, name = field
    if COLUMN_CHECKS[kind][name](values):
        for value in values:
            check_value(kind, name, value)


_CHANNEL = st.one_of(
    st.fixed_dictionaries(
        {
            "kind": st.sampled_from(["email", "phone", "signal", "telegram", "fax", 1]),
            "value": st.one_of(
                _TEXT, st.sampled_from(["a@b.example", "+49 170 1", "+49 170 12345", None])
            ),
        }
    ),
    st.sampled_from([{"kind": "email"}, {"kind": "email", "value": "a@b.example", "x": 1}, "a"]),
)


@settings(max_examples=300, deadline=None)
@given(values=st.lists(st.one_of(st.lists(_CHANNEL, max_size=3), st.none()), max_size=4))
def test_a_channels_column_check_is_never_laxer_than_each_list_checked_alone(values):
    if COLUMN_CHECKS[Kind.PERSON]["channels"](values):
        for value in values:
            check_value(Kind.PERSON, "channels", value)


@settings(max_examples=200, deadline=None)
@given(
    values=st.lists(
        st.one_of(
            st.none(),
            st.sampled_from(
                ["2024-05-01", "2024-5-1", "2024-02-30", "2024-05-01T10:00", "", "x", 5, True, [1]]
            ),
        ),
        max_size=6,
    )
)
def test_date_and_enum_columns_agree_with_each_value(values):
    for name in ("consent_date", "sensitivity", "consent_contact"):
        if COLUMN_CHECKS[Kind.PERSON][name](values):
            for value in values:
                check_value(Kind.PERSON, name, value)


_TIMES = st.one_of(
    st.none(),
    st.builds(
        "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}".format,
        st.integers(0, 10000),
        st.integers(0, 13),
        st.integers(0, 32),
        st.integers(0, 25),
        st.integers(0, 61),
    ),
    st.sampled_from(["2024-05-01T10:00:00", "2024-05-01 10:00", "2024-05-01T10:00\n", 5]),
    _TEXT,
)


@settings(max_examples=300, deadline=None)
@given(values=st.lists(_TIMES, max_size=6))
def test_a_datetime_column_agrees_with_each_value(values):
    if COLUMN_CHECKS[Kind.ATTENDANCE]["checked_in_at"](values):
        for value in values:
            check_value(Kind.ATTENDANCE, "checked_in_at", value)


def test_usual_datetimes_pass_as_a_column():
    assert COLUMN_CHECKS[Kind.EVENT]["start"](["2024-05-01T10:00", None, "2024-02-29T23:59"])
    assert not COLUMN_CHECKS[Kind.EVENT]["start"](["2023-02-29T10:00"])
