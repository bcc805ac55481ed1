"""The losing sides of this vault's open conflicts, sent on in its bundles as their authors
signed them, so that every replica that holds the record weighs them too and lists the same
conflicts, whichever replica saw the loss first (docs/bundle-format.md, "Lost writes").

Each goes as a `["lost", ...]` line: a one-record block whose only register is the lost one
(its `*` stamp unwritten), with the proof of that one register. The receiver merges it only
into a record it holds; there it loses again (and is listed), or is already seen.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection

from pslapp.core import attest
from pslapp.core.bundle_ops import LOST_LINE, encode_block, encode_column, json_column
from pslapp.core.enums import Kind
from pslapp.core.fields import field_names
from pslapp.services.bundles.outgoing_proofs import OutgoingProofs, phone_filter
from pslapp.services.bundles.scope import Scope
from pslapp.services.vault import Vault
from pslapp.storage import conflicts as conflicts_store
from pslapp.storage import outgoing


def lost_lines(
    conn: Connection, vault: Vault, scope: Scope, proofs: OutgoingProofs
) -> Iterator[tuple[Kind, bytes, list[bytes]]]:
    """(kind, line, preface) for each open conflict's lost write that may go to these
    recipients: its field and record in scope, its authors' cards kept here."""
    rows = conflicts_store.open_lost_writes(conn)
    sent: set[tuple[str, str, int, str]] = set()
    keep_channels = phone_filter(scope.include_restricted)
    for kind_name, record_id, name, value_text, hlc, author, proof_text in rows:
        kind = Kind(kind_name)
        key = (record_id, name, hlc, author)
        if key in sent or kind not in scope.kinds or name not in scope.fields(kind):
            continue
        created = _created_in_scope(conn, kind, record_id, scope)
        if created is None:
            continue
        proof = json.loads(proof_text)
        past = proof["past"]
        seen = tuple((fp, h) for fp, h in past) if type(past) is list else ()
        register = attest.Register(json.loads(value_text), 0 if seen else past, seen)
        if not proofs.can_name(author, {name: register}):
            continue
        try:
            disclosure, going = attest.narrow(
                kind, proof["disclosure"], {name: register}, keep_entry=keep_channels
            )
        except attest.ProofInvalid:
            continue
        sent.add(key)
        ids = vault.authors.by_fingerprint
        numbers = {ids[author]: author, **{ids[fp]: fp for fp, _ in seen}}
        stamp = {"*": [0, ids[author], 0], name: [hlc, ids[author], proofs.past_of(register)]}
        value = going[name].value
        change = proofs.change_index(proof["change"])
        line = encode_block(
            kind,
            authors=dict(sorted(numbers.items())),
            ids=[record_id],
            created=[created],
            stamps=[json_column(stamp)],
            columns={"_deleted": encode_column([False]), name: encode_column([value])},
            proofs=[json_column([[ids[author], hlc, change, disclosure]])],
        )
        preface = proofs.preface(list(numbers.values()))
        yield kind, LOST_LINE + line[1:], preface


def _created_in_scope(conn: Connection, kind: Kind, record_id: str, scope: Scope) -> int | None:
    """The record's creation time if it may go in this bundle (its row passes the scope's
    filters, restricted people and what points at them included); else None."""
    names = ("id", "created", "deleted", *field_names(kind))
    row: Any = outgoing.stored_row(conn, kind, names, record_id)
    if row is None:
        return None
    keep = scope.row_filter(kind, {n: i for i, n in enumerate(names)})
    if keep is not None and not keep(row):
        return None
    return int(row[1])
