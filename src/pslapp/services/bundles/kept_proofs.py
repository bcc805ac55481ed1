"""What an import keeps of the proofs that came with each write, so that this vault can
relay the write later exactly as its author signed it; and which change sets it refuses
(by an author revoked here, signed after the revocation's position in their chain)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from pslapp.core import attest
from pslapp.core.bundle_ops import Block, json_column
from pslapp.core.enums import Kind
from pslapp.core.merge import Conflict, RecordState
from pslapp.core.record import Record
from pslapp.crypto.identity import format_fingerprint
from pslapp.services.bundles.provenance import CheckedRecord, Provenance
from pslapp.services.vault import Vault
from pslapp.storage import authorship, changesets


@dataclass
class ProofKeeper:
    vault: Vault
    provenance: Provenance
    write: bool
    warnings: list[str] = field(default_factory=list)
    _refused: set[int] = field(default_factory=set)
    _judged: int = 0  # change lines looked at so far
    _local: dict[int, int] = field(default_factory=dict)  # change index -> change_sets id
    _revoked: dict[str, int] | None = None
    _forks: set[str] = field(default_factory=set)
    # (author, number) -> digests of the change sets this bundle brought: a fork inside it
    _in_bundle: dict[tuple[str, int], set[str]] = field(default_factory=dict)

    def refused(self, conn: Connection) -> set[int]:
        """The change lines read so far whose writes are left out."""
        changes = self.provenance.changes
        if self._revoked is None:
            self._revoked = authorship.revoked_positions(conn)
        for line in changes[self._judged :]:
            versions = changesets.versions(conn, line.author, line.seq)
            versions |= self._in_bundle.setdefault((line.author, line.seq), set())
            self._in_bundle[(line.author, line.seq)].add(line.digest)
            if versions - {line.digest} and line.author not in self._forks:
                self._forks.add(line.author)
                self.warnings.append(
                    f"change set number {line.seq} of {self._name(line.author)} exists "
                    "here in another version: their vault may have been restored from a "
                    "backup or copied, or they show different histories to different peers"
                )
            after = self._revoked.get(line.author)
            if after is not None:
                held = changesets.chain_of(conn, line.author)  # rare: a revoked author
                known = {digest for _, digest, _ in held}
                known |= {json.loads(st)["prev"] for _, _, st in held if st}
                if line.seq > after or line.digest not in known:
                    self._refused.add(line.index)
        self._judged = len(changes)
        return self._refused

    def _name(self, fingerprint: str) -> str:
        card = self.provenance.cards.get(fingerprint)
        name = card[0].name if card else "an author"
        return f"{name} ({format_fingerprint(fingerprint)[:17]}…)"

    def change_id(self, conn: Connection, index: int) -> int:
        found = self._local.get(index)
        if found is None:
            line = self.provenance.changes[index]
            found = self._local[index] = changesets.store(
                conn,
                author=line.author,
                seq=line.seq,
                digest=line.digest,
                statement=line.statement,
                signature=line.signature,
            )
        return found

    def plain_texts(self, conn: Connection, block: Block, indexes: list[int]) -> list[str]:
        """The stored proofs of plain records (one write each), as they came."""
        if block.proofs is None:
            assert block.seeds is not None
            assert block.changes is not None
            seeds, changes, stamps = block.seeds, block.changes, block.stamps
            ((number, author),) = block.authors.items()
            local = self.vault.authors.id_of(conn, author)
            cs_ids = {c: self.change_id(conn, c) for c in set(changes)}
            return [
                f'[[{local},{stamps[i]["*"][0]},{cs_ids[changes[i]]},"{seeds[i]}"]]'
                for i in indexes
            ]
        entries = [block.proofs[i][0] for i in indexes]
        heads: dict[tuple[int, int], tuple[str, str]] = {}  # (author, change) -> pieces
        for number, _, change, _ in entries:
            if (number, change) not in heads:
                local = self.vault.authors.id_of(conn, block.authors[number])
                heads[(number, change)] = (f"[[{local},", f",{self.change_id(conn, change)},")
        return [
            f'{head}{hlc}{tail}"{disclosure}"]]'  # a seed: base64, checked on reading
            if type(disclosure) is str
            else f"{head}{hlc}{tail}{json_column(disclosure)}]]"
            for number, hlc, change, disclosure in entries
            for head, tail in (heads[(number, change)],)
        ]

    def entries(
        self,
        conn: Connection,
        kind: Kind,
        checked: CheckedRecord,
        state: RecordState,
    ) -> list[list[Any]]:
        """Proof entries for the writes of `checked` that the merged record holds, each
        narrowed to the registers it holds (the rest as digests)."""
        held = attest.writes_of(kind, state.values, state.stamps, state.deleted)
        out: list[list[Any]] = []
        for author, hlc, change, came, arrived in checked.proofs:
            registers = held.get((author, hlc))
            if not registers or not arrived.keys() >= registers.keys():
                continue  # nothing of it held, or held from an earlier, fuller arrival
            gone = frozenset(arrived).difference(registers)
            disclosure = came
            if gone:
                try:
                    disclosure, _ = attest.narrow(kind, came, arrived, leave_out=gone)
                except attest.ProofInvalid:
                    continue  # the sender's own proof does not fit: nothing to relay
            number = self.vault.authors.id_of(conn, author)
            out.append([number, hlc, self.change_id(conn, change), disclosure])
        return out

    def lost_proof(
        self,
        conn: Connection,
        kind: Kind,
        checked: CheckedRecord,
        record: Record | None,
        lost: Conflict,
    ) -> str | None:
        """What proves the losing side of a conflict, narrowed to its one register, so that
        the loss can be sent on (`services/bundles/lost_writes.py`): from the proof that came with
        it, or from the record's own stored proofs when the loser was the value held here.
        None when there is none (a value from before format 3)."""
        dot = (lost.lost.author, lost.lost.hlc)
        for author, hlc, change, came, arrived in checked.proofs:
            if (author, hlc) == dot and lost.field in arrived:
                return self._narrowed(kind, came, arrived, lost, self.change_id(conn, change))
        if record is None or not record.proofs:
            return None
        held = attest.writes_of(kind, record.values, record.stamps, record.deleted).get(dot)
        by_id = self.vault.authors.by_id
        for number, hlc, cs_id, disclosure in record.proofs:
            if held and (by_id.get(number), hlc) == dot and lost.field in held:
                return self._narrowed(kind, disclosure, held, lost, cs_id)
        return None

    @staticmethod
    def _narrowed(
        kind: Kind,
        disclosure: Any,
        registers: dict[str, attest.Register],
        lost: Conflict,
        cs_id: int,
    ) -> str | None:
        others = frozenset(registers).difference([lost.field])
        try:
            narrowed, _ = attest.narrow(kind, disclosure, registers, leave_out=others)
        except attest.ProofInvalid:
            return None
        past: Any = [list(pair) for pair in lost.lost.seen] or lost.lost.base
        return json_column({"change": cs_id, "disclosure": narrowed, "past": past})

    def remember_authors(self, conn: Connection) -> None:
        """Keep the cards of authors who are not peers and whose writes this vault now
        holds, with the peer who introduced them. Nobody else is stored."""
        known = self.vault.authors.by_fingerprint
        skip = authorship.peer_fingerprints(conn) | {self.vault.fingerprint}
        for fingerprint, (_, card) in self.provenance.cards.items():
            if fingerprint in known and fingerprint not in skip:
                authorship.introduce(conn, fingerprint, card, self.provenance.sender)
