"""What an author signs about a write, so that whoever relays it can leave fields out
without breaking the author's signature (salted digests, as SD-JWT does). Pure: hashlib only.

A *write* is one author's change to one record at one HLC: its dot `(author, hlc)`. Its
registers (the fields it stamped, and `_deleted` / `_cleared`) are committed in a *leaf*;
an author signs the leaves of many writes at once in a change set (`crypto/changeset.py`).

    leaf    = SHA-256("pslapp leaf v3" 0 kind 0 id 0 created 0 hlc (0 group 0 d_group)*)
    d_group = SHA-256("pslapp group v3" 0 group (0 name 0 d_field)*)       names sorted
    d_field = SHA-256(salt 0 name 0 past 0 JSON(value))
    past    = the base as digits, or "author:hlc" pairs joined by ";" (`Register.context`)
    channels: JSON(value) is replaced by the entry digests, SHA-256(entry salt JSON(entry))

The groups are "o" (open fields and the pseudo-fields), "c" (channels, whose phone entries
may stay home) and "r" (restricted fields). Salts come from one random seed per leaf, each
through its own keyed BLAKE2b: seed -> group seed -> field salt or entry salt. Whoever gets
a field's salt learns nothing about any other salt, so a digest that travels without its
value never lets anyone confirm a guess (a phone number, a superseded name).

A *disclosure* says how a leaf's registers travel; it is what bundles carry and what a
vault stores to relay a write later (JSON):

    "<seed>"                       everything: the receiver derives every salt
    {"o": G, "c": G, "r": G}       per group, each G one of:
        "<group seed>"             the whole group
        {"d": "<d_group>"}         none of it (the group stays home)
        {"s": {name: salt}, "w": {name: d_field}, "e": [salt or {"d": entry digest}]}
                                   some fields (`s`, their values travel), the others as
                                   digests (`w`); `e` only for channels with entries left out
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from pslapp.core.enums import Kind
from pslapp.core.fields import FIELDS, FieldType, field_names
from pslapp.core.merge import CLEARED, PSEUDO_FIELDS, FieldOp, RecordState, register_ops
from pslapp.core.stamps import FieldStamps, Seen

GROUPS = ("o", "c", "r")
LEAVES_PER_CHANGE_SET = 2000  # one block's records: relaying a write carries no more
SEED_BYTES = 16
DIGEST_BYTES = 32
_LEAF = b"pslapp leaf v3"
_GROUP = b"pslapp group v3"
_sha = hashlib.sha256
_blake = hashlib.blake2b
_canonical = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode


def _group_of(kind: Kind) -> dict[str, str]:
    out = {}
    for spec in FIELDS[kind]:
        if spec.type is FieldType.CHANNELS:
            out[spec.name] = "c"
        elif spec.restricted:
            out[spec.name] = "r"
        else:
            out[spec.name] = "o"
    return out


GROUP_OF: dict[Kind, dict[str, str]] = {kind: _group_of(kind) for kind in Kind}
CHANNEL_FIELDS = frozenset(
    spec.name for kind in Kind for spec in FIELDS[kind] if spec.type is FieldType.CHANNELS
)


class ProofInvalid(ValueError):
    """A disclosure is malformed or does not fit the registers it is meant to prove."""


@dataclass(frozen=True, slots=True)
class Register:
    value: Any
    base: int  # a stamp from before causal history
    seen: Seen = ()

    def context(self) -> bytes:
        """What the digest commits to about the write's causal past: the base as digits,
        or `author:hlc` pairs joined by `;` (authors ascending)."""
        if not self.seen:
            return b"%d" % self.base
        return ";".join(f"{author}:{hlc}" for author, hlc in self.seen).encode()


Registers = Mapping[str, Register]  # one write's registers: name -> value and base


@dataclass(frozen=True, slots=True)
class Write:
    """Which write a leaf is about: a record and the HLC its author stamped."""

    kind: Kind
    record_id: str
    created: int
    hlc: int


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def unb64(text: Any, size: int) -> bytes:
    if type(text) is not str or len(text) != (size + 2) // 3 * 4:
        raise ProofInvalid("a salt or digest has the wrong length")
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ProofInvalid("a salt or digest is not base64") from None
    if len(raw) != size or b64(raw) != text:
        raise ProofInvalid("a salt or digest is not in canonical form")
    return raw


def _prf(key: bytes, label: str) -> bytes:
    return _blake(label.encode(), key=key, digest_size=SEED_BYTES).digest()


def group_seed(seed: bytes, group: str) -> bytes:
    return _prf(seed, "group:" + group)


def field_salt(gseed: bytes, name: str) -> bytes:
    return _prf(gseed, "field:" + name)


def entry_salt(gseed: bytes, index: int) -> bytes:
    return _prf(gseed, f"entry:{index}")


def entry_digest(salt: bytes, entry: Any) -> bytes:
    return _sha(salt + _canonical(entry).encode()).digest()


def field_digest(salt: bytes, name: str, register: Register, entries: bytes | None = None) -> bytes:
    """`entries`: for channels, the concatenated entry digests instead of the value."""
    body = _canonical(register.value).encode() if entries is None else entries
    return _sha(b"%s\0%s\0%s\0%s" % (salt, name.encode(), register.context(), body)).digest()


def group_digest(group: str, fields: Mapping[str, bytes]) -> bytes:
    parts = [_GROUP, group.encode()]
    for name in sorted(fields):
        parts += [name.encode(), fields[name]]
    return _sha(b"\0".join(parts)).digest()


def leaf_hash(write: Write, groups: Mapping[str, bytes]) -> bytes:
    parts = [_LEAF, write.kind.value.encode(), write.record_id.encode()]
    parts += [b"%d" % write.created, b"%d" % write.hlc]
    for group in GROUPS:
        parts += [group.encode(), groups[group]]
    return _sha(b"\0".join(parts)).digest()


def split(kind: Kind, registers: Registers) -> dict[str, dict[str, Register]]:
    groups: dict[str, dict[str, Register]] = {g: {} for g in GROUPS}
    of = GROUP_OF[kind]
    for name, register in registers.items():
        groups[of.get(name, "o")][name] = register
    return groups


Dot = tuple[str, int]  # (author fingerprint, hlc): one write


def writes_in(ops: Mapping[str, FieldOp]) -> dict[Dot, dict[str, Register]]:
    """Registers (as `merge.register_ops` makes them) grouped by the write that made them
    (its dot). A register older than the record's own `_cleared` is void: a deletion
    cleared it, so it has no value and nothing to prove."""
    cleared = ops.get(CLEARED)
    void_before = cleared.stamp.hlc if cleared is not None else 0
    out: dict[Dot, dict[str, Register]] = {}
    for name, op in ops.items():
        stamp = op.stamp
        if stamp.hlc == 0:
            continue  # never written (a `_deleted` marker nobody set)
        if stamp.hlc < void_before and name not in PSEUDO_FIELDS:
            continue
        out.setdefault((stamp.author, stamp.hlc), {})[name] = Register(
            op.value, stamp.base, stamp.seen
        )
    return out


def writes_of(
    kind: Kind, values: Mapping[str, Any], stamps: FieldStamps, deleted: bool
) -> dict[Dot, dict[str, Register]]:
    """A stored record's registers grouped by the write that made them."""
    state = RecordState(dict(values), stamps, deleted)
    return writes_in(register_ops(state, field_names(kind)))


# --- making a leaf --------------------------------------------------------------------------


def _whole_group(gseed: bytes, registers: Mapping[str, Register]) -> dict[str, bytes]:
    out = {}
    for name, register in registers.items():
        salt = field_salt(gseed, name)
        if name in CHANNEL_FIELDS:
            entries = b"".join(
                entry_digest(entry_salt(gseed, i), e) for i, e in enumerate(register.value or [])
            )
            out[name] = field_digest(salt, name, register, entries)
        else:
            out[name] = field_digest(salt, name, register)
    return out


def leaf_of(write: Write, seed: bytes, registers: Registers) -> bytes:
    """The leaf an author signs for a write whose registers they hold in full."""
    groups = split(write.kind, registers)
    digests = {}
    for group in GROUPS:
        gseed = group_seed(seed, group)
        digests[group] = group_digest(group, _whole_group(gseed, groups[group]))
    return leaf_hash(write, digests)


# --- checking a disclosure ------------------------------------------------------------------


def _expect_keys(doc: Mapping[str, Any], allowed: frozenset[str]) -> None:
    if not set(doc) <= allowed:
        raise ProofInvalid("a disclosure has unknown parts")


_PARTIAL_KEYS = frozenset({"s", "w", "e"})


def _partial_group(
    group: str, doc: Mapping[str, Any], registers: Mapping[str, Register]
) -> dict[str, bytes]:
    _expect_keys(doc, _PARTIAL_KEYS)
    salts, withheld = doc.get("s", {}), doc.get("w", {})
    if type(salts) is not dict or type(withheld) is not dict:
        raise ProofInvalid("a partial disclosure is malformed")
    if set(salts) != set(registers) or not set(withheld).isdisjoint(salts):
        raise ProofInvalid("a disclosure does not match the fields that came")
    out = {name: unb64(d, DIGEST_BYTES) for name, d in withheld.items()}
    if len(out) + len(salts) > 64 or any(type(n) is not str or len(n) > 64 for n in out):
        raise ProofInvalid("a disclosure names too many fields")
    entries_doc = doc.get("e")
    for name, register in registers.items():
        salt = unb64(salts[name], SEED_BYTES)
        if name in CHANNEL_FIELDS:  # always through its entry digests
            if entries_doc is None:
                raise ProofInvalid("a channels disclosure lacks its entries")
            out[name] = field_digest(salt, name, register, _entries(entries_doc, register))
        else:
            out[name] = field_digest(salt, name, register)
    if entries_doc is not None and not CHANNEL_FIELDS.intersection(registers):
        raise ProofInvalid("a disclosure lists entries of no channels")
    return out


def _entries(doc: Any, register: Register) -> bytes:
    """The entry digests of a channels value of which some entries stayed home."""
    if type(doc) is not list or len(doc) > 200:
        raise ProofInvalid("a channels disclosure is malformed")
    values = list(register.value or [])
    shown = iter(values)
    out = []
    for item in doc:
        if type(item) is dict:
            _expect_keys(item, frozenset({"d"}))
            out.append(unb64(item.get("d"), DIGEST_BYTES))
        else:
            entry = next(shown, None)
            if entry is None:
                raise ProofInvalid("a channels disclosure lists more entries than came")
            out.append(entry_digest(unb64(item, SEED_BYTES), entry))
    if next(shown, None) is not None:
        raise ProofInvalid("a channels disclosure lists fewer entries than came")
    return b"".join(out)


def disclosed_leaf(write: Write, disclosure: Any, registers: Registers) -> bytes:
    """The leaf that `registers` (the write's registers that came) and `disclosure` prove.
    Raises ProofInvalid when they do not fit together; the caller then compares the leaf
    with the author's signed change set."""
    groups = split(write.kind, registers)
    if type(disclosure) is str:
        return leaf_of(write, unb64(disclosure, SEED_BYTES), registers)
    if type(disclosure) is not dict or set(disclosure) != set(GROUPS):
        raise ProofInvalid("a disclosure is malformed")
    digests = {}
    for group in GROUPS:
        doc, present = disclosure[group], groups[group]
        if type(doc) is str:
            digests[group] = group_digest(group, _whole_group(group_seed_of(doc), present))
        elif type(doc) is dict and set(doc) == {"d"}:
            if present:
                raise ProofInvalid("a disclosure withholds fields that came")
            digests[group] = unb64(doc["d"], DIGEST_BYTES)
        elif type(doc) is dict:
            digests[group] = group_digest(group, _partial_group(group, doc, present))
        else:
            raise ProofInvalid("a disclosure is malformed")
    return leaf_hash(write, digests)


def group_seed_of(text: str) -> bytes:
    return unb64(text, SEED_BYTES)


# --- narrowing a disclosure: what a relay sends, what a vault keeps ---------------------------


def _as_groups(disclosure: Any) -> dict[str, Any]:
    if type(disclosure) is str:
        seed = unb64(disclosure, SEED_BYTES)
        return {g: b64(group_seed(seed, g)) for g in GROUPS}
    return dict(disclosure)


def _partial_of(group_doc: Any, present: Mapping[str, Register]) -> dict[str, Any]:
    """Any group disclosure with `present` held, as the partial form."""
    if type(group_doc) is dict and set(group_doc) != {"d"}:
        return {
            "s": dict(group_doc.get("s", {})),
            "w": dict(group_doc.get("w", {})),
            **({"e": list(group_doc["e"])} if "e" in group_doc else {}),
        }
    gseed = group_seed_of(group_doc)
    out: dict[str, Any] = {"s": {n: b64(field_salt(gseed, n)) for n in present}, "w": {}}
    for name, register in present.items():
        if name in CHANNEL_FIELDS:
            out["e"] = [b64(entry_salt(gseed, i)) for i in range(len(register.value or []))]
    return out


def _digests_of(group: str, group_doc: Any, present: Mapping[str, Register]) -> dict[str, bytes]:
    if type(group_doc) is str:
        return _whole_group(group_seed_of(group_doc), present)
    return _partial_group(group, group_doc, present)


def narrow(
    kind: Kind,
    disclosure: Any,
    registers: Registers,
    *,
    leave_out: frozenset[str] = frozenset(),
    keep_entry: Callable[[Any], bool] | None = None,
) -> tuple[Any, dict[str, Register]]:
    """The disclosure for sending (or keeping) `registers` without the fields in
    `leave_out`, and without the channel entries `keep_entry` refuses. Returns it with the
    registers that then travel (channels filtered). The leaf it proves is unchanged."""
    left = {n for n in leave_out if n in registers}
    filtered: dict[str, Register] = {}
    if keep_entry is not None:
        for name in CHANNEL_FIELDS.intersection(registers).difference(left):
            value = registers[name].value or []
            kept = [e for e in value if keep_entry(e)]
            if len(kept) != len(value):
                filtered[name] = Register(kept, registers[name].base, registers[name].seen)
    if not left and not filtered:
        return disclosure, dict(registers)
    groups = _as_groups(disclosure)
    present = split(kind, registers)
    sent = {n: r for n, r in registers.items() if n not in left}
    for group in GROUPS:
        held = present[group]
        gone = left.intersection(held)
        cut = set(filtered).intersection(held)
        if not gone and not cut:
            continue
        if gone == set(held):
            groups[group] = {"d": b64(group_digest(group, _digests_of(group, groups[group], held)))}
            continue
        digests = _digests_of(group, groups[group], held) if gone else {}
        doc = _partial_of(groups[group], held)
        for name in gone:
            doc["s"].pop(name)
            doc["w"][name] = b64(digests[name])
        for name in cut:
            doc["e"] = _withhold_entries(doc["e"], held[name].value, keep_entry)
            sent[name] = filtered[name]
        if not any(n in CHANNEL_FIELDS for n in doc["s"]):
            doc.pop("e", None)
        groups[group] = doc
    return groups, sent


def _withhold_entries(
    doc: list[Any], value: list[Any], keep: Callable[[Any], bool] | None
) -> list[Any]:
    out: list[Any] = []
    shown = iter(value)
    for item in doc:
        if type(item) is dict:
            out.append(item)
            continue
        entry = next(shown)
        if keep is None or keep(entry):
            out.append(item)
        else:
            out.append({"d": b64(entry_digest(unb64(item, SEED_BYTES), entry))})
    return out
