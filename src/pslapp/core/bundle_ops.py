"""The records a bundle carries, in columnar blocks: one JSON line per block of up to
`BLOCK_RECORDS` records of one kind.

    [kind, authors, ids, created, stamps, columns, proofs]

- `authors`: {"n": fingerprint} for every author number the block's stamps use;
- `ids`, `created`: one canonical UUID and one creation time (ms) per record;
- `stamps`: one map per record, `{"*": [hlc, n, past], field: [hlc, n, past], ...}`: the
  record's registers as the sender stores them (a default stamp, and the fields that differ);
  `past` is the write's causal past `[[n, hlc], ...]` (`core/stamps.py`), or a number: 0 for
  none, or the base of a stamp from before causal history;
- `columns`: {field: [one value per record]} for every field sent, and `_deleted`;
- `proofs`: one list per record, `[n, hlc, change, disclosure]` for each write whose
  registers the record carries: the write's author and HLC (its dot), the index of the
  author's change set among the bundle's `changes` lines, and what proves the registers to
  that change set's leaf (`core/attest.py`).

A record's registers are its fields with a stamp, plus `_deleted` and `_cleared` (see
`merge.register_ops`). Column by column, a block is validated with one pattern or one set
per column where it can be (names, ids, enum members, dates), which makes reading a large
bundle several times faster than record by record, and it is written from the sender's rows
without decoding them. Reading is strict: every value must pass the validation of a local
edit and be in canonical form, so what is applied is exactly what the sender's vault held.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pslapp.core.enums import Kind
from pslapp.core.merge import CLEARED, FieldOp, RecordState, register_ops
from pslapp.core.op_checks import SPECS, OpInvalid, canonical_ids, check_column
from pslapp.core.stamp_checks import MAX_HLC, MAX_STAMPS_PER_RECORD, stamp_maps
from pslapp.core.stamps import DEFAULT_KEY, DELETED, FieldStamps

__all__ = [
    "Block",
    "OpInvalid",
    "RecordOp",
    "decode_block",
    "decode_lost",
    "encode_block",
    "fewer_collections",
    "load_line",
]

BLOCK_RECORDS = 2000
LOST_LINE = (
    b'["lost",'  # a block of conflicts' losing writes, sent on (`services/bundles/lost_writes.py`)
)
MAX_AUTHORS_PER_BLOCK = 4096
MAX_CREATED = (1 << 48) - 1
_KINDS = {kind.value: kind for kind in Kind}
_DIGITS = frozenset("0123456789")


@dataclass(frozen=True)
class RecordOp:
    """One record's registers as a bundle carries them."""

    kind: Kind
    id: str
    created: int
    fields: Mapping[str, FieldOp]

    def authors(self) -> set[str]:
        return {op.stamp.author for op in self.fields.values()}


# --- writing --------------------------------------------------------------------------------

# One encoder for every column: json.dumps with options builds a new encoder on each call.
json_column = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def encode_block(
    kind: Kind,
    *,
    authors: Mapping[int, str],
    ids: Sequence[str],
    created: Sequence[int],
    stamps: Sequence[str],
    columns: Mapping[str, str],
    proofs: Sequence[str],
    coded_proofs: str | None = None,
) -> bytes:
    """One block's line from pieces already in JSON: each stamp map, each column as a
    JSON array (`columns` must include `_deleted`), and each record's proof list."""
    parts = [
        '["',
        kind.value,
        '",',
        json_column({str(n): fp for n, fp in authors.items()}),
        ",",
        json_column(list(ids)),
        ",",
        json_column(list(created)),
        ",[",
        ",".join(stamps),
        "],{",
        ",".join(f'"{name}":{column}' for name, column in columns.items()),
        "},",
        coded_proofs if coded_proofs is not None else "[" + ",".join(proofs) + "]",
        "]",
    ]
    return "".join(parts).encode("utf-8")


def json_texts(texts: Sequence[str]) -> str:
    """A JSON array of values that are already JSON texts (stored lists and maps)."""
    return "[" + ",".join(texts) + "]"


CODED_AT_MOST = 0.25  # distinct values per record, for a column to be sent coded


def encode_column(values: Sequence[Any], *, texts: bool = False) -> str:
    """One column of a block as JSON. A column with few distinct values (statuses, roles,
    chapters, languages, empty lists) is coded: `{"values": [distinct], "codes": [index per
    record]}`, which is smaller and quicker to read and check. `texts`: the values are
    JSON texts already (stored lists)."""
    encode = json_texts if texts else json_column
    if len(values) >= 16:
        index: dict[Any, int] = {}
        codes = [index.setdefault(v, len(index)) for v in values]
        if len(index) <= CODED_AT_MOST * len(values):
            distinct = list(index)
            return f'{{"codes":{json_column(codes)},"values":{encode(distinct)}}}'
    return encode(list(values))


# --- reading --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Block:
    """One validated block. `stamps` hold author numbers that `authors` resolves."""

    kind: Kind
    authors: dict[int, str]
    ids: list[str]
    created: list[int]
    stamps: list[dict[str, list[int]]]
    columns: dict[str, list[Any]]  # fields sent, without `_deleted`
    deleted: list[bool]
    max_hlc: int
    plain: list[int]  # live records written in one go: their map is just a real `*` stamp
    # Per record: [n, hlc, change index, disclosure] per write (`proof_list`). A block of
    # records written in one go each, by one author, comes coded: one seed and one change
    # index per record (`seeds`, `changes`), the write being the record's `*` stamp.
    proofs: list[list[list[Any]]] | None
    seeds: list[str] | None = None
    changes: list[int] | None = None
    lost: bool = False  # a `["lost", ...]` line: merged only into records held here

    def __len__(self) -> int:
        return len(self.ids)

    def field_stamps(self, i: int) -> FieldStamps:
        return FieldStamps.from_json(self.stamps[i], self.authors)

    def proof_list(self, i: int) -> list[list[Any]]:
        if self.proofs is not None:
            return self.proofs[i]
        assert self.seeds is not None
        assert self.changes is not None
        hlc, number, _ = self.stamps[i][DEFAULT_KEY]
        return [[number, hlc, self.changes[i], self.seeds[i]]]

    def record_op(self, i: int) -> RecordOp:
        """Record `i` as registers: what the sender's `register_ops` made of its row."""
        values = {name: column[i] for name, column in self.columns.items()}
        state = RecordState(values, self.field_stamps(i), self.deleted[i])
        return RecordOp(self.kind, self.ids[i], self.created[i], register_ops(state, values))

    def record_ops(self) -> Iterator[RecordOp]:
        return (self.record_op(i) for i in range(len(self.ids)))


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    doc = dict(pairs)
    if len(doc) != len(pairs):
        raise OpInvalid("a JSON object in a payload line names a key twice")
    return doc


def _no_constant(name: str) -> Any:
    raise OpInvalid(f"a payload line holds {name[:9]}, which JSON does not have")


def _no_float(text: str) -> Any:
    raise OpInvalid("a payload line holds a number with a fraction, which no block has")


# Strict JSON: no NaN or Infinity (nor 1e999, which would read as infinity: a block holds
# no fractions at all), no key twice (else the last one would silently win).
_strict = json.JSONDecoder(
    object_pairs_hook=_unique_keys, parse_constant=_no_constant, parse_float=_no_float
).decode


def _load(line: bytes) -> Any:
    """A block is at most a few levels deep; deeper nesting stops at the decoder's own
    recursion guard and is refused like any other line that is not a block."""
    try:
        return _strict(line.decode("utf-8"))
    except RecursionError:
        raise OpInvalid("a payload line is nested too deeply") from None
    except (UnicodeDecodeError, ValueError) as exc:
        if isinstance(exc, OpInvalid):
            raise
        raise OpInvalid("a payload line is not JSON") from None


def load_line(line: bytes) -> Any:
    """Any payload line, read as strictly as a block."""
    return _load(line)


def _authors(doc: Any) -> dict[int, str]:
    if type(doc) is not dict or len(doc) > MAX_AUTHORS_PER_BLOCK:
        raise OpInvalid("a block's authors are invalid")
    out: dict[int, str] = {}
    for key, fingerprint in doc.items():
        if not key or len(key) > 9 or not _DIGITS.issuperset(key) or str(int(key)) != key:
            raise OpInvalid("an author number is invalid")
        if type(fingerprint) is not str or len(fingerprint) != 60:
            raise OpInvalid("a stamp's author is not a fingerprint")
        if not _DIGITS.issuperset(fingerprint):
            raise OpInvalid("a stamp's author is not a fingerprint")
        out[int(key)] = fingerprint
    return out


def _ints(values: Any, n: int, high: int, what: str) -> list[int]:
    if type(values) is not list or len(values) != n:
        raise OpInvalid(f"the block's {what} do not match its records")
    if values and (not set(map(type, values)) <= {int} or min(values) < 0 or max(values) > high):
        raise OpInvalid(f"a {what[:-1]} is out of range")
    return values


_CODED_KEYS = frozenset({"values", "codes"})


def _decoded(coded: dict[str, Any], n: int) -> tuple[list[Any], list[Any]]:
    """A coded column's distinct values, and the column they stand for."""
    values, codes = coded.get("values"), coded.get("codes")
    if coded.keys() != _CODED_KEYS or type(values) is not list or type(codes) is not list:
        raise OpInvalid("a coded column is invalid")
    if not 0 < len(values) <= n or len(codes) != n:
        raise OpInvalid("a coded column does not match the block's records")
    if not set(map(type, codes)) <= {int} or min(codes) < 0 or max(codes) >= len(values):
        raise OpInvalid("a coded column's codes are out of range")
    return values, list(map(values.__getitem__, codes))


def decode_lost(line: bytes, *, checked: bool = False) -> Block:
    """A `["lost", ...]` line: a block of one record whose only register is one field (the
    losing side of a conflict, sent on), its `*` stamp unwritten and the record live."""
    block = decode_block(b"[" + line[len(LOST_LINE) :], checked=checked)
    if len(block) != 1 or block.deleted[0] or len(block.columns) != 1:
        raise OpInvalid("a lost write is not one field of one live record")
    (name,) = block.columns
    stamps = block.stamps[0]
    if stamps.keys() != {DEFAULT_KEY, name} or stamps[DEFAULT_KEY][0] != 0:
        raise OpInvalid("a lost write's stamps are not its one register's")
    return dataclasses.replace(block, lost=True)


def decode_block(line: bytes, *, checked: bool = False) -> Block:
    """One block, checked column by column against the schema. `checked`: these very
    bytes passed `decode_block` before (a review's dry run, in memory since): read
    without checking each value against its field again (its shape is still checked)."""
    doc = _load(line)
    if type(doc) is not list or len(doc) != 7:
        raise OpInvalid("a block is not a 7-item list")
    kind_name, authors_doc, ids, created, maps, columns, proofs = doc
    kind = _KINDS.get(kind_name) if type(kind_name) is str else None
    if kind is None:
        raise OpInvalid("a block has an unknown record kind")
    authors = _authors(authors_doc)
    if type(ids) is not list or not 0 < len(ids) <= BLOCK_RECORDS:
        raise OpInvalid("a block's record count is invalid")
    if not checked and not canonical_ids(ids):
        raise OpInvalid("a record id is invalid or not in canonical form")
    n = len(ids)
    _ints(created, n, MAX_CREATED, "creation times")
    if type(columns) is not dict or DELETED not in columns:
        raise OpInvalid("a block's columns are invalid")
    specs = SPECS[kind]
    for name, column in list(columns.items()):
        if name != DELETED and name not in specs:
            raise OpInvalid(f"{name[:40]!r} is not a field of {kind.value}")
        if type(column) is dict:  # coded: each distinct value checked once
            values, columns[name] = _decoded(column, n)
            if not checked:
                check_column(kind, name, values)
            continue
        if type(column) is not list or len(column) != n:
            raise OpInvalid("a column does not match the block's records")
        if not checked:
            check_column(kind, name, column)
    deleted = columns.pop(DELETED)
    allowed = frozenset((*columns, DEFAULT_KEY, DELETED, CLEARED))
    single, top = stamp_maps(maps, n, authors, allowed)
    plain = [i for i in single if not deleted[i]]
    if type(proofs) is dict:  # coded: one write each, one author, seeds
        others = set(range(n)).difference(single)
        one_write = all(_one_write(maps[i]) for i in others)
        seeds, changes = _coded_proofs(proofs, n, n if one_write else 0, len(authors))
        return Block(
            kind, authors, ids, created, maps, columns, deleted, top, plain, None, seeds, changes
        )
    _proof_lists(proofs, n, authors)
    named = [  # one write: exactly its proof, [n, hlc, ...] as the `*` stamp [hlc, n, base]
        len(proofs[i]) == 1 and proofs[i][0][:2] == maps[i][DEFAULT_KEY][1::-1] for i in single
    ]
    if not all(named):
        raise OpInvalid("a record's proof does not name the write that made it")
    return Block(kind, authors, ids, created, maps, columns, deleted, top, plain, proofs)


_CODED_PROOF_KEYS = frozenset({"seeds", "changes"})


def _one_write(stamps: dict[str, list[int]]) -> bool:
    """A (checked) stamp map whose only written stamp is its default `*`."""
    star = stamps.get(DEFAULT_KEY)
    return (
        star is not None
        and star[0] > 0
        and all(v[0] == 0 for k, v in stamps.items() if k != DEFAULT_KEY)
    )


def _coded_proofs(
    doc: dict[str, Any], n: int, single: int, authors: int
) -> tuple[list[str], list[int]]:
    """`{"seeds": [seed per record], "changes": column}`, allowed where every record is one
    write (its map's only written stamp is `*`) and the block has one author."""
    seeds: Any = doc.get("seeds")
    changes: Any = doc.get("changes")
    distinct: Any
    if doc.keys() != _CODED_PROOF_KEYS or single != n or authors != 1:
        raise OpInvalid("coded proofs are invalid or do not fit the block")
    if type(changes) is dict:
        distinct, changes = _decoded(changes, n)
    else:
        distinct = changes
    if type(seeds) is not list or type(changes) is not list or len(seeds) != n:
        raise OpInvalid("coded proofs do not match the block's records")
    if len(changes) != n or not set(map(type, distinct)) <= {int}:
        raise OpInvalid("coded proofs do not match the block's records")
    if min(distinct) < 0 or max(distinct) >= MAX_PROOF_CHANGES:
        raise OpInvalid("a proof names an invalid change set")
    if set(map(type, seeds)) != {str} or _SEEDS.fullmatch("\n".join(seeds)) is None:
        raise OpInvalid("a proof's seed is not 16 bytes of base64")
    return seeds, changes


MAX_PROOF_CHANGES = 1 << 20


def _one_write_each(proofs: list[Any], authors: dict[int, str]) -> bool:
    """The common case checked a column at a time: each record one write, fully disclosed
    by a seed. False: look at each entry (which decides and names what is wrong)."""
    if set(map(type, proofs)) != {list} or set(map(len, proofs)) != {1}:
        return False
    entries = [p[0] for p in proofs]
    if set(map(type, entries)) != {list} or set(map(len, entries)) != {4}:
        return False
    numbers, hlcs, changes, seeds = zip(*entries, strict=True)
    if not set(map(type, numbers)) | set(map(type, hlcs)) | set(map(type, changes)) <= {int}:
        return False
    if set(map(type, seeds)) != {str} or not authors.keys() >= set(numbers):
        return False
    if min(hlcs) < 1 or max(hlcs) > MAX_HLC or min(changes) < 0:
        return False
    if max(changes) >= MAX_PROOF_CHANGES:
        return False
    return _SEEDS.fullmatch("\n".join(seeds)) is not None


_SEEDS = re.compile(r"[A-Za-z0-9+/]{22}==(?:\n[A-Za-z0-9+/]{22}==)*")


def _proof_lists(proofs: Any, n: int, authors: dict[int, str]) -> None:
    """Shapes only: which write each proof names and which change set; what the disclosure
    proves is checked against the change set (`core/attest.py`)."""
    if type(proofs) is not list or len(proofs) != n:
        raise OpInvalid("the block's proofs do not match its records")
    if _one_write_each(proofs, authors):
        return
    seeds: list[str] = []  # full disclosures, checked in one go
    for entries in proofs:
        if type(entries) is not list or not 0 < len(entries) <= MAX_STAMPS_PER_RECORD:
            raise OpInvalid("a record's proofs are invalid")
        dots = set()
        for entry in entries:
            if type(entry) is not list or len(entry) != 4:
                raise OpInvalid("a proof is invalid")
            number, hlc, change, disclosure = entry
            if type(number) is not int or number not in authors:
                raise OpInvalid("a proof's author is not among the block's authors")
            if type(hlc) is not int or not 0 < hlc <= MAX_HLC or (number, hlc) in dots:
                raise OpInvalid("a proof names an invalid or repeated write")
            if type(change) is not int or not 0 <= change < MAX_PROOF_CHANGES:
                raise OpInvalid("a proof names an invalid change set")
            if type(disclosure) is str:
                seeds.append(disclosure)
            elif type(disclosure) is not dict:
                raise OpInvalid("a proof's disclosure is invalid")
            dots.add((number, hlc))
    if seeds and _SEEDS.fullmatch("\n".join(seeds)) is None:
        raise OpInvalid("a proof's seed is not 16 bytes of base64")


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Importing or sealing makes millions of short-lived containers, none of them in
    cycles; many live long enough to reach the oldest generation, which makes the cyclic
    collector sweep the whole heap repeatedly. Collect rarely meanwhile, as before after."""
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], 100_000), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
