"""The open conflicts of the records an import merges, so that what is listed depends only on
the writes a replica has met, never on the order they came in.

A field's open losers are writes as real as its value: whatever one of them had seen is not
lost either (its author saw it and wrote again), and an open loser that a newer write (the
new value, a losing one, or a deletion) had seen is settled, since that write's author knew
it. With this, every replica that has met the same writes lists the same open conflicts
(`tests/services/test_bundles_replicas.py`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection

from pslapp.core.merge import Conflict, FieldOp
from pslapp.core.stamps import DELETED, Stamp
from pslapp.storage import conflicts as conflicts_store


def lost_stamp(hlc: int, author: str, proof_text: str | None) -> Stamp:
    """A listed loser's stamp with its causal past (kept with its proof; none before)."""
    past = json.loads(proof_text)["past"] if proof_text else 0
    if type(past) is list:
        return Stamp(hlc, author, 0, tuple((fp, h) for fp, h in past))
    return Stamp(hlc, author, past)


@dataclass
class OpenConflicts:
    """Open losers by (record id, field), loaded a batch of records at a time, and only
    when the vault has any (most imports: none)."""

    any_open: bool
    losers: dict[tuple[str, str], list[tuple[int, Stamp]]] = field(default_factory=dict)
    settled: set[int] = field(default_factory=set)

    @classmethod
    def of_vault(cls, conn: Connection) -> OpenConflicts:
        return cls(conflicts_store.any_open(conn))

    def load(self, conn: Connection, record_ids: Sequence[str]) -> None:
        self.losers = {}
        if not self.any_open:
            return
        for cid, rid, name, hlc, author, proof in conflicts_store.open_losers(conn, record_ids):
            stamp = lost_stamp(hlc, author, proof)
            self.losers.setdefault((rid, name), []).append((cid, stamp))

    def weigh(
        self, record_id: str, incoming: Mapping[str, FieldOp], found: list[Conflict]
    ) -> list[Conflict]:
        """`found` without what an open loser had seen; open losers that an incoming
        write had seen are marked settled."""
        if not self.losers:
            return found
        deletion = incoming.get(DELETED)
        deleted_by = deletion.stamp if deletion is not None and deletion.value else None
        for (rid, name), losers in self.losers.items():
            if rid != record_id:
                continue
            op = incoming.get(name)
            for cid, loser in losers:
                for stamp in (op.stamp if op is not None else None, deleted_by):
                    if stamp is not None and _other(stamp, loser) and stamp.saw(loser):
                        self.settled.add(cid)
        return [c for c in found if not self._seen_by_a_loser(record_id, c)]

    def _seen_by_a_loser(self, record_id: str, c: Conflict) -> bool:
        losers = self.losers.get((record_id, c.field), ())
        return any(_other(loser, c.lost) and loser.saw(c.lost) for _, loser in losers)

    def write(self, conn: Connection) -> None:
        conflicts_store.resolve(conn, self.settled)
        self.settled.clear()


def _other(a: Stamp, b: Stamp) -> bool:
    return (a.hlc, a.author) != (b.hlc, b.author)
