"""Who wrote what a bundle carries. Besides its blocks, a format-3 payload brings the cards
of the authors it names and their signed change sets:

    ["author", card]                           an author's public identity card
    ["changes", fingerprint, statement, sig]   a change set (base64), index = its order

Every write in a block names its author and change set (`core/bundle_ops.Block.proofs`). A
write by the sender itself is vouched for by the bundle's signature and kept with its proof
as it came (it is checked when this vault relays it on); a write by anyone else must prove
itself against its author's signed change set, or the bundle is refused. A write whose
change set its author signed after this vault revoked them is left out, whoever relays it.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pslapp.core import attest
from pslapp.core.bundle_ops import Block, OpInvalid, RecordOp
from pslapp.core.errors import BundleRejected, RejectionCode
from pslapp.core.merge import FieldOp
from pslapp.crypto.card import CardInvalid, parse_card
from pslapp.crypto.changeset import (
    ChangeSetInvalid,
    change_set_id,
    parse_change_set,
    verify_change_set,
)
from pslapp.crypto.identity import PublicIdentity, format_fingerprint
from pslapp.services.bundles.container import malformed

MAX_AUTHORS = 4096
MAX_CHANGES = 1 << 16
AUTHOR_LINE = b'["author",'
CHANGES_LINE = b'["changes",'


@dataclass(frozen=True)
class ChangeLine:
    """A change set as it came, checked. Its leaves are read from the statement again when
    a write needs them (most bundles prove nothing against them: the sender's own)."""

    index: int
    author: str
    seq: int
    digest: str
    statement: bytes
    signature: bytes

    def leaf_set(self) -> frozenset[bytes]:
        return parse_change_set(self.statement).leaf_set()


@dataclass
class Provenance:
    """The authors and change sets of one bundle, read as its payload streams by."""

    sender: str
    cards: dict[str, tuple[PublicIdentity, str]] = field(default_factory=dict)
    changes: list[ChangeLine] = field(default_factory=list)
    _leaves: dict[int, frozenset[bytes]] = field(default_factory=dict)

    def read(self, line: bytes, doc: Any) -> None:
        """An `author` or `changes` line (`doc`: its parsed JSON)."""
        if line.startswith(AUTHOR_LINE):
            self._author(doc)
        else:
            self._change(doc)

    def _author(self, doc: Any) -> None:
        if type(doc) is not list or len(doc) != 2 or type(doc[1]) is not str:
            raise OpInvalid("an author line is invalid")
        if len(self.cards) >= MAX_AUTHORS:
            raise OpInvalid("a bundle names too many authors")
        try:
            identity = parse_card(doc[1].encode("utf-8"))
        except (CardInvalid, UnicodeEncodeError):
            raise OpInvalid("an author's card is invalid") from None
        if identity.fingerprint in self.cards:
            raise OpInvalid("an author's card appears twice")
        self.cards[identity.fingerprint] = (identity, doc[1])

    def _change(self, doc: Any) -> None:
        if type(doc) is not list or len(doc) != 4 or len(self.changes) >= MAX_CHANGES:
            raise OpInvalid("a change set line is invalid")
        _, author, statement_text, signature_text = doc
        card = self.cards.get(author) if type(author) is str else None
        if card is None:
            raise OpInvalid("a change set comes before its author's card")
        try:
            statement = base64.b64decode(statement_text, validate=True)
            signature = base64.b64decode(signature_text, validate=True)
        except (binascii.Error, ValueError, TypeError):
            raise OpInvalid("a change set line is not base64") from None
        try:
            change = verify_change_set(statement, signature, card[0].signing_key)
        except ChangeSetInvalid as exc:
            raise BundleRejected(
                f"a change set said to be by {_who(self, author)} is not signed by them ({exc})",
                RejectionCode.NOT_SIGNED_BY_AUTHOR,
            ) from None
        if change.author != author:
            raise OpInvalid("a change set's author differs from its line")
        index = len(self.changes)
        digest = change_set_id(statement)
        self.changes.append(ChangeLine(index, author, change.seq, digest, statement, signature))

    def check_block(self, block: Block) -> None:
        """Every author of the block has come with a card; every proof names a change set
        that came before, by that author."""
        for fingerprint in block.authors.values():
            if fingerprint not in self.cards:
                raise OpInvalid("a block names an author whose card did not come")
        count = len(self.changes)
        authors = block.authors
        if block.proofs is None:  # coded: one author
            assert block.changes is not None
            (number,) = block.authors
            named = {(number, change) for change in set(block.changes)}
        else:
            named = {(entry[0], entry[2]) for entries in block.proofs for entry in entries}
        for number, change in named:
            if change >= count or self.changes[change].author != authors[number]:
                raise OpInvalid("a proof names a change set that did not come, or another's")

    def leaves(self, index: int) -> frozenset[bytes]:
        found = self._leaves.get(index)
        if found is None:
            found = self._leaves[index] = self.changes[index].leaf_set()
        return found


def _who(provenance: Provenance, fingerprint: str) -> str:
    card = provenance.cards.get(fingerprint)
    name = card[0].name if card else "an unknown author"
    return f"{name} ({format_fingerprint(fingerprint)[:17]}…)"


@dataclass
class CheckedRecord:
    """One record's registers that may be merged, and the proofs to keep for them:
    (author, hlc, change index, disclosure, the registers that came)."""

    op: RecordOp
    proofs: list[tuple[str, int, int, Any, dict[str, attest.Register]]]
    refused: int  # registers left out: their change set came after a revocation


def check_record(
    block: Block,
    i: int,
    provenance: Provenance,
    refused_changes: set[int],
) -> CheckedRecord:
    """Record `i` of `block`, every write proved (or refused): see the module docstring."""
    op = block.record_op(i)
    writes = attest.writes_in(op.fields)  # void registers dropped: a deletion cleared them
    authors = block.authors
    by_dot = {
        (authors[n], hlc): (change, disclosure)
        for n, hlc, change, disclosure in block.proof_list(i)
    }
    if set(by_dot) != set(writes):
        raise malformed(f"the proofs of {op.kind.value} {op.id} do not match its writes")
    keep: dict[str, FieldOp] = {}
    proofs = []
    refused = 0
    for dot, registers in writes.items():
        change, disclosure = by_dot[dot]
        if change in refused_changes:
            refused += len(registers)
            continue
        if dot[0] != provenance.sender:
            _prove(op, dot, registers, disclosure, provenance=provenance, change=change)
        proofs.append((dot[0], dot[1], change, disclosure, dict(registers)))
        for name in registers:
            keep[name] = op.fields[name]
    return CheckedRecord(RecordOp(op.kind, op.id, op.created, keep), proofs, refused)


def _prove(
    op: RecordOp,
    dot: attest.Dot,
    registers: Mapping[str, attest.Register],
    disclosure: Any,
    *,
    provenance: Provenance,
    change: int,
) -> None:
    write = attest.Write(op.kind, op.id, op.created, dot[1])
    try:
        leaf = attest.disclosed_leaf(write, disclosure, registers)
    except attest.ProofInvalid:
        leaf = b""
    if leaf not in provenance.leaves(change):
        raise BundleRejected(
            f"a change to {op.kind.value} {op.id} said to be by {_who(provenance, dot[0])} "
            "is not signed by them: someone altered it or wrote it in their name",
            RejectionCode.NOT_SIGNED_BY_AUTHOR,
        )
