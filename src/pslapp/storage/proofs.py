"""Keeping each record's proofs (core/record.Record.proofs) in step with its registers on
every write: a write of this vault's own gets a leaf in the vault's pending change set; a
write that a newer one supersedes keeps proving what is left of it, the superseded fields
as digests only; a write with nothing left here is forgotten."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from pslapp.core import attest
from pslapp.core.record import Record
from pslapp.storage import changesets

_dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@dataclass
class PendingChangeSet:
    row_id: int
    seq: int
    leaves: list[bytes] = field(default_factory=list)


@dataclass
class OwnWrites:
    """The leaves of this vault's own writes in the current transaction, signed when it
    ends (services/vault.py). `fingerprint` None: a vault that signs nothing (tests of the
    storage layer alone)."""

    fingerprint: str | None = None
    pending: list[PendingChangeSet] = field(default_factory=list)

    def add(self, conn: Connection, leaf: bytes) -> int:
        assert self.fingerprint is not None
        if not self.pending or len(self.pending[-1].leaves) >= attest.LEAVES_PER_CHANGE_SET:
            row_id, seq = changesets.allocate(conn, self.fingerprint)
            self.pending.append(PendingChangeSet(row_id, seq))
        self.pending[-1].leaves.append(leaf)
        return self.pending[-1].row_id


def proofs_text(
    conn: Connection,
    record: Record,
    *,
    by_id: dict[int, str],
    own_number: int | None,
    own: OwnWrites,
    before: Record | None,
) -> str | None:
    """The stored proofs of `record` as it is about to be written (`before`: the row as it
    was, for an update of a record that had proofs)."""
    kind = record.kind
    writes = attest.writes_of(kind, record.values, record.stamps, record.deleted)
    old_writes: dict[attest.Dot, dict[str, attest.Register]] = {}
    old_keys: set[tuple[Any, ...]] = set()
    if before is not None and before.proofs:
        old_writes = attest.writes_of(kind, before.values, before.stamps, before.deleted)
        old_keys = {tuple(e[:3]) for e in before.proofs}
    entries: list[list[Any]] = []
    covered: set[attest.Dot] = set()
    for number, hlc, cs_id, stored in record.proofs or []:
        disclosure = stored
        author = by_id.get(number)
        dot = (author or "", hlc)
        held = writes.get(dot)
        if author is None or not held or dot in covered:
            continue  # nothing of this write is left here, or it is proved already
        if (number, hlc, cs_id) in old_keys:
            was = old_writes.get(dot, {})
            gone = frozenset(was).difference(held)
            if gone and author == own.fingerprint:
                continue  # its author signs what is left of it afresh, below: smaller
            if gone:
                try:
                    disclosure, _ = attest.narrow(kind, disclosure, was, leave_out=gone)
                except attest.ProofInvalid:
                    continue  # it never fitted (a sender's own, unchecked): not relayable
        covered.add(dot)
        entries.append([number, hlc, cs_id, disclosure])
    if own.fingerprint is not None and own_number is not None:
        for dot, registers in writes.items():
            if dot[0] == own.fingerprint and dot not in covered:
                seed = os.urandom(attest.SEED_BYTES)
                write = attest.Write(kind, record.id, record.created, dot[1])
                leaf = attest.leaf_of(write, seed, registers)
                entries.append([own_number, dot[1], own.add(conn, leaf), attest.b64(seed)])
    record.proofs = entries or None
    return _dump(entries) if entries else None
