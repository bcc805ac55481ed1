"""The proofs a bundle carries for each write it sends (docs/bundle-format.md, format 3):
what this vault stored for the write, narrowed to what the bundle's scope lets leave (no
restricted fields, no phone numbers unless restricted data is included), and the authors'
cards and change sets those proofs need, each once per bundle, before the first block
that uses it.

A write of this vault's own is sent with the proof it made when writing. A write by
someone else is checked against its author's change set before it is relayed; one that
has no proof here (values from before bundle format 3) or whose proof does not check is
left out, never sent in someone's name without their signature.
"""

from __future__ import annotations

import base64
import json
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from pslapp.core import attest
from pslapp.core.bundle_ops import encode_column
from pslapp.core.enums import ChannelKind, Kind
from pslapp.core.fields import FIELDS, LIST_TYPES, FieldType, field_names
from pslapp.core.merge import CLEARED
from pslapp.core.stamps import DEFAULT_KEY, DELETED, FieldStamps, pack_seen
from pslapp.crypto.card import make_card
from pslapp.crypto.changeset import parse_change_set
from pslapp.services.vault import Vault
from pslapp.storage import authorship, changesets

log = logging.getLogger(__name__)
_dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_RESTRICTED = {kind: frozenset(f.name for f in FIELDS[kind] if f.restricted) for kind in Kind}
_LISTS = {kind: frozenset(f.name for f in FIELDS[kind] if f.type in LIST_TYPES) for kind in Kind}
_BOOLS = {
    kind: frozenset(f.name for f in FIELDS[kind] if f.type is FieldType.BOOL) for kind in Kind
}
_AS_BOOL = {0: False, 1: True, None: None}
_PHONE = ChannelKind.PHONE.value
# Kinds with something that may stay home (a restricted field, phone channels).
_HOME = {
    kind: bool(_RESTRICTED[kind] or attest.CHANNEL_FIELDS & set(field_names(kind))) for kind in Kind
}


# A stored proof list of one write with a full disclosure, and a stamp map's default.
_ONE_PROOF = re.compile(r'\[\[(\d+),(\d+),(\d+),("[A-Za-z0-9+/]{22}==")\]\]')
# A stamp map of one write: the default, and zero stamps for the fields nobody wrote.
_ONE_WRITE = re.compile(r'\{"\*":\[([1-9]\d*),(\d+),\d+\](?:,"[a-z_]+":\[0,\d+,0\])*\}')


def _no_phone(entry: Any) -> bool:
    return not (type(entry) is dict and entry.get("kind") == _PHONE)


@dataclass
class OutgoingRecord:
    stamps: str  # the stamp map to send (JSON)
    proofs: str  # the record's proof list (JSON)
    values: dict[str, Any] | None  # values to send instead of the row's, or None: as stored


@dataclass
class OutgoingProofs:
    conn: Connection
    vault: Vault
    include_restricted: bool
    _cards: dict[str, str] = field(default_factory=dict)
    _sent_authors: set[str] = field(default_factory=set)
    _changes: dict[int, int] = field(default_factory=dict)  # change_sets id -> line index
    _leaves: dict[int, frozenset[bytes]] = field(default_factory=dict)
    _preface: list[bytes] = field(default_factory=list)
    _own_number: int | None = None
    _last: changesets.StoredChangeSet | None = None
    left_out: int = 0  # writes not sent: no proof here, or one that does not check

    def __post_init__(self) -> None:
        self._own_number = self.vault.authors.by_fingerprint.get(self.vault.fingerprint)
        self._cards[self.vault.fingerprint] = make_card(self.vault.own_identity())
        for fp, card in authorship.cards(self.conn).items():
            self._cards.setdefault(fp, card)

    # --- the lines before a block -------------------------------------------------------

    def preface(self, authors: Sequence[str]) -> list[bytes]:
        """The author and change set lines the next block needs (each sent once)."""
        for fp in authors:
            if fp not in self._sent_authors:
                self._sent_authors.add(fp)
                self._preface.insert(0, _dump(["author", self._cards[fp]]).encode())
        out, self._preface = self._preface, []
        return out

    def change_index(self, cs_id: int) -> int:
        index = self._changes.get(cs_id)
        if index is None:
            stored = self._stored(cs_id)
            index = self._changes[cs_id] = len(self._changes)
            line = [
                "changes",
                stored.author,
                base64.b64encode(stored.statement).decode("ascii"),
                base64.b64encode(stored.signature).decode("ascii"),
            ]
            self._preface.append(_dump(line).encode())
        return index

    def has_card(self, fingerprint: str) -> bool:
        return fingerprint in self._cards

    def _leaf_set(self, cs_id: int) -> frozenset[bytes]:
        found = self._leaves.get(cs_id)
        if found is None:
            statement = self._stored(cs_id).statement
            found = self._leaves[cs_id] = parse_change_set(statement).leaf_set()
        return found

    def _stored(self, cs_id: int) -> changesets.StoredChangeSet:
        """A stored change set, read once for both its check and its line (the last one
        read is kept: a relayed write is checked, then its change set is sent)."""
        if self._last is None or self._last.id != cs_id:
            self._last = changesets.load(self.conn, [cs_id])[cs_id]
        return self._last

    # --- one record -----------------------------------------------------------------------

    def quick(self, kind: Kind, stamps_text: str, proofs_text: str | None) -> str | None:
        """The proof list of a record of this vault's own, written in one go, when it can
        travel as it is stored (nothing in it stays home): None if it cannot. Read from the
        stored texts without decoding them: most records of a full export are these."""
        if proofs_text is None or (_HOME[kind] and not self.include_restricted):
            return None
        proof = _ONE_PROOF.fullmatch(proofs_text)
        star = _ONE_WRITE.fullmatch(stamps_text)
        if proof is None or star is None:
            return None
        number, hlc, cs_id, disclosure = proof.groups()
        if star[1] != hlc or star[2] != number or int(number) != self._own_number:
            return None
        index = self._changes.get(int(cs_id))
        if index is None:
            index = self.change_index(int(cs_id))
        return f"[[{number},{hlc},{index},{disclosure}]]"

    def can_name(self, author: str, registers: Mapping[str, attest.Register]) -> bool:
        """Can the receiver be told who everyone in a write is: its author and the
        authors of its causal past (a block names no author without their card)?"""
        if author not in self._cards:
            return False
        return all(a in self._cards for r in registers.values() for a, _ in r.seen)

    def past_of(self, register: attest.Register) -> Any:
        """A register's causal past as a stamp carries it, with local author numbers."""
        if not register.seen:
            return register.base
        return pack_seen(register.seen, self.vault.authors.by_fingerprint)

    def full(
        self,
        kind: Kind,
        *,
        row: dict[str, Any],
        stamps_text: str,
        proofs_text: str | None,
        sent: Sequence[str],
        keep_channels: Callable[[Any], bool] | None,
    ) -> OutgoingRecord | None:
        """Any record: every write checked, narrowed to what may leave, and the stamp map
        rebuilt without the writes that cannot go. None: nothing of it can go."""
        by_id = self.vault.authors.by_id
        values = {name: _stored_value(kind, name, row.get(name)) for name in field_names(kind)}
        stamps = FieldStamps.from_json(json.loads(stamps_text), by_id)
        deleted = bool(row["deleted"])
        writes = attest.writes_of(kind, values, stamps, deleted)
        entries = {(by_id.get(n), h): (n, cs, d) for n, h, cs, d in json.loads(proofs_text or "[]")}
        leave_out = frozenset(n for n in field_names(kind) if n not in sent)
        out_stamps: dict[str, list[Any]] = {}
        out_values: dict[str, Any] = {}
        proofs: list[list[Any]] = []
        for dot, registers in writes.items():
            entry = entries.get(dot)
            if entry is None or not self.can_name(dot[0], registers):
                self.left_out += 1
                continue
            number, cs_id, disclosure = entry
            if dot[0] != self.vault.fingerprint and not self._checks(
                attest.Write(kind, row["id"], row["created"], dot[1]), disclosure, registers, cs_id
            ):
                self.left_out += 1
                continue
            try:
                narrowed, going = attest.narrow(
                    kind, disclosure, registers, leave_out=leave_out, keep_entry=keep_channels
                )
            except attest.ProofInvalid:
                self.left_out += 1
                continue
            if not going:
                continue
            proofs.append([number, dot[1], self.change_index(cs_id), narrowed])
            for name, register in going.items():
                out_stamps[name] = [dot[1], number, self.past_of(register)]
                if name not in (DELETED, CLEARED):
                    out_values[name] = register.value
        if not proofs or (deleted and DELETED not in out_stamps):
            return None  # nothing provable, or a tombstone that cannot show it is one
        own = self.vault.authors.by_fingerprint[self.vault.fingerprint]
        if DELETED not in out_stamps:
            out_stamps[DELETED] = [0, own, 0]
        for name in sent:
            if name not in out_stamps:
                out_stamps[name] = [0, own, 0]
                out_values[name] = [] if name in _LISTS[kind] else None
        return OutgoingRecord(_compact(out_stamps), _dump(proofs), out_values)

    def _checks(
        self, write: attest.Write, disclosure: Any, registers: attest.Registers, cs_id: int
    ) -> bool:
        try:
            leaf = attest.disclosed_leaf(write, disclosure, registers)
        except attest.ProofInvalid:
            return False
        if leaf in self._leaf_set(cs_id):
            return True
        log.warning("a stored proof does not check; the write is not relayed")
        return False


def _compact(stamps: dict[str, list[Any]]) -> str:
    """The map with its most common stamp as the default `*` (a write in one go: just
    that), the others listed; `_cleared` always listed (it is no field `*` covers)."""
    counts: dict[str, tuple[int, list[Any]]] = {}
    for name, stamp in stamps.items():
        if name != CLEARED:
            key = _dump(stamp)
            counts[key] = (counts.get(key, (0, stamp))[0] + 1, stamp)
    default = max(counts.values(), key=lambda item: item[0])[1]
    out: dict[str, list[Any]] = {DEFAULT_KEY: default}
    out.update({n: s for n, s in stamps.items() if s != default or n == CLEARED})
    return _dump(out)


def coded_proofs(proofs: list[str], stamps: list[str]) -> str | None:
    """A block's proofs coded (a seed and a change index per record) when every record is
    one write fully disclosed, its map's only written stamp `*`; None when one is not (the
    list form then)."""
    if not all(_ONE_WRITE.fullmatch(text) for text in stamps):
        return None
    found = [_ONE_PROOF.fullmatch(p) for p in proofs]
    if not all(found):
        return None
    changes = [int(m[3]) for m in found if m is not None]
    seeds = ",".join(m[4] for m in found if m is not None)
    return f'{{"changes":{encode_column(changes)},"seeds":[{seeds}]}}'


def _stored_value(kind: Kind, name: str, raw: Any) -> Any:
    if name in _LISTS[kind]:
        return [] if raw in (None, "[]") else json.loads(raw)
    if name in _BOOLS[kind]:
        return _AS_BOOL[raw]
    return raw


def phone_filter(include_restricted: bool) -> Callable[[Any], bool] | None:
    return None if include_restricted else _no_phone
