"""Sealing a bundle: the records in scope that changed since the last bundle to these peers
(or everything in scope), signed by this vault, encrypted to each recipient's post-quantum
hybrid key, written atomically with mode 0600.

"Changed since" is decided by the local change counter, not by HLC: a change relayed from a
third vault can carry an older HLC than what the peer was last sent. Relayed ops keep their
original authors.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, insert, select, update

from pslapp.core.bundle_ops import RecordOp, encode_op, fewer_collections
from pslapp.core.enums import Kind
from pslapp.core.errors import NotFound, ValidationError
from pslapp.core.hlc import wall_ms
from pslapp.core.record import Record
from pslapp.crypto.age import HybridRecipient, Recipient, X25519Recipient, encrypt
from pslapp.crypto.bundle_format import (
    Manifest,
    PayloadWriter,
    Sender,
    canonical_json,
    signed_message,
    write_inner,
)
from pslapp.crypto.identity import format_fingerprint, parse_fingerprint
from pslapp.services import peers
from pslapp.services.bundle_scope import Scope
from pslapp.services.vault import Vault
from pslapp.storage.files import atomic_write
from pslapp.storage.records import decode
from pslapp.storage.state import CHANGE_SEQ, get_counter, set_counter
from pslapp.storage.tables import RECORD_TABLES, seen_bundles
from pslapp.storage.tables import peers as peers_table

log = logging.getLogger(__name__)

BUNDLE_SEQ = "bundle_seq"
SUFFIX = ".pslb"
Progress = Callable[[int, int], None]


def sent_counter(fingerprint: str) -> str:
    """The vault_state key counting bundles sent to one peer."""
    return f"to:{fingerprint}"


@dataclass(frozen=True)
class ExportReport:
    path: Path
    bundle_id: str
    recipients: list[str]
    sequence: int
    op_count: int
    per_kind: dict[str, int]
    raw_length: int
    compressed_length: int
    file_size: int

    def to_json(self) -> dict[str, object]:
        return {
            "file": str(self.path),
            "bundle_id": self.bundle_id,
            "recipients": [format_fingerprint(r) for r in self.recipients],
            "sequence": self.sequence,
            "ops": self.op_count,
            "per_kind": self.per_kind,
            "raw_bytes": self.raw_length,
            "compressed_bytes": self.compressed_length,
            "file_bytes": self.file_size,
        }


def recipients_of(conn: Connection, fingerprints: Sequence[str]) -> list[peers.Peer]:
    if not fingerprints:
        raise ValidationError("--to", "name at least one recipient")
    found = []
    for text in dict.fromkeys(fingerprints):
        try:
            compact = parse_fingerprint(text)
        except ValueError as exc:
            raise ValidationError("--to", str(exc)) from None
        peer = peers.find(conn, compact)
        if peer is None:
            raise NotFound("peer", format_fingerprint(compact))
        if peer.revoked_at is not None:
            raise ValidationError("--to", f"peer {peer.name} has been revoked")
        if not peer.verified:
            raise ValidationError(
                "--to",
                f"peer {peer.name} is not verified; compare the fingerprint with them, "
                "then run 'peer verify'",
            )
        found.append(peer)
    return found


def _age_recipient(peer: peers.Peer) -> Recipient:
    if peer.kem_recipient:
        return HybridRecipient.from_string(peer.kem_recipient)
    assert peer.x25519_recipient is not None
    return X25519Recipient.from_string(peer.x25519_recipient)


def _changed_records(conn: Connection, vault: Vault, kind: Kind, since: int) -> Iterator[Record]:
    table = RECORD_TABLES[kind]
    stmt = select(table).where(table.c.change_seq > since).order_by(table.c.change_seq)
    for row in conn.execution_options(yield_per=2000).execute(stmt):
        yield decode(kind, row, vault.authors)


def outgoing_ops(
    conn: Connection, vault: Vault, recipients: Sequence[peers.Peer], scope: Scope
) -> Iterator[RecordOp]:
    """What a bundle to `recipients` carries now: records in scope, changed since the last
    bundle to them (unless `scope.everything`), without what the only recipient wrote."""
    since = 0 if scope.everything else min(p.last_sent_seq for p in recipients)
    only_reader = {recipients[0].fingerprint} if len(recipients) == 1 else None
    for kind in Kind:
        if kind not in scope.kinds:
            continue
        for record in _changed_records(conn, vault, kind, since):
            if not scope.admits(record):
                continue
            ops = scope.ops(record)
            if not ops:
                continue
            op = RecordOp(kind, record.id, record.created, ops)
            if only_reader is not None and not scope.everything and op.authors() <= only_reader:
                continue  # the peer wrote all of it: it has it already
            yield op


def seal_bundle(
    vault: Vault,
    to: Sequence[str],
    out: Path,
    scope: Scope | None = None,
    *,
    progress: Progress | None = None,
) -> ExportReport:
    with fewer_collections():
        return _seal_bundle(vault, to, out, scope, progress=progress)


def _seal_bundle(
    vault: Vault,
    to: Sequence[str],
    out: Path,
    scope: Scope | None,
    *,
    progress: Progress | None,
) -> ExportReport:
    scope = scope or Scope()
    own = vault.own_identity()
    writer = PayloadWriter("zstd")
    per_kind: dict[str, int] = {}
    with vault.read() as conn:
        recipients = recipients_of(conn, to)
        fingerprints = sorted(p.fingerprint for p in recipients)
        upto = get_counter(conn, CHANGE_SEQ)
        sequence = get_counter(conn, BUNDLE_SEQ) + 1
        per_recipient = {fp: get_counter(conn, sent_counter(fp)) + 1 for fp in fingerprints}
        for op in outgoing_ops(conn, vault, recipients, scope):
            writer.add(encode_op(op))
            per_kind[op.kind.value] = per_kind.get(op.kind.value, 0) + 1
            if progress and writer.op_count % 5000 == 0:
                progress(writer.op_count, 0)
    payload = writer.finish()
    public = own.public()
    manifest = Manifest(
        bundle_id=os.urandom(16).hex(),
        sender=Sender(
            name=public.name,
            signing_key=public.signing_key.hex(),
            kem_recipient=public.kem_recipient.to_string(),
            fingerprint=public.fingerprint,
        ),
        recipients=fingerprints,
        sequence=sequence,
        recipient_sequences=per_recipient,
        created_hlc=vault.clock.tick(),
        scope=scope.describe(),
        encoding=writer.encoding,
        compressed_length=len(payload),
        raw_length=writer.raw_length,
        payload_sha256=hashlib.sha256(payload).hexdigest(),
        op_count=writer.op_count,
    )
    manifest_bytes = manifest.to_bytes()
    signature = own.sign(signed_message(manifest_bytes))
    sealed = io.BytesIO()
    with encrypt(sealed, [_age_recipient(p) for p in recipients]) as age_writer:
        write_inner(age_writer, manifest_bytes, payload, signature)
    del payload
    atomic_write(out, sealed.getvalue())
    try:
        _record_sent(vault, manifest, upto, per_kind)
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    log.info("bundle sealed: %d ops", manifest.op_count)
    return ExportReport(
        path=out,
        bundle_id=manifest.bundle_id,
        recipients=fingerprints,
        sequence=sequence,
        op_count=manifest.op_count,
        per_kind=per_kind,
        raw_length=manifest.raw_length,
        compressed_length=manifest.compressed_length,
        file_size=len(sealed.getbuffer()),
    )


def _record_sent(vault: Vault, manifest: Manifest, upto: int, per_kind: dict[str, int]) -> None:
    with vault.write() as conn:
        set_counter(conn, BUNDLE_SEQ, manifest.sequence)
        for fp, number in manifest.recipient_sequences.items():
            set_counter(conn, sent_counter(fp), number)
            conn.execute(
                update(peers_table)
                .where(peers_table.c.fingerprint == fp, peers_table.c.last_sent_seq < upto)
                .values(last_sent_seq=upto)
            )
        conn.execute(
            insert(seen_bundles).values(
                bundle_id=manifest.bundle_id,
                sender=manifest.sender.fingerprint,
                sequence=manifest.sequence,
                direction="out",
                at=wall_ms(manifest.created_hlc),
                summary=canonical_json(
                    {"ops": manifest.op_count, "per_kind": per_kind, "to": len(manifest.recipients)}
                ).decode(),
            )
        )
