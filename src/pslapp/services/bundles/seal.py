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
import json
import logging
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from pslapp.core.bundle_ops import (
    BLOCK_RECORDS,
    encode_block,
    encode_column,
    fewer_collections,
)
from pslapp.core.enums import Kind
from pslapp.core.errors import NotFound, ValidationError
from pslapp.core.fields import FIELDS, LIST_TYPES, FieldType, field_names
from pslapp.core.hlc import wall_ms
from pslapp.crypto.age import HybridRecipient, Recipient, X25519Recipient, encrypt
from pslapp.crypto.identity import format_fingerprint, parse_fingerprint
from pslapp.services import peers
from pslapp.services.bundles.container import (
    MAX_LINE_BYTES,
    Manifest,
    PayloadWriter,
    Sender,
    canonical_json,
    signed_message,
    write_inner,
)
from pslapp.services.bundles.lost_writes import lost_lines
from pslapp.services.bundles.outgoing_proofs import OutgoingProofs, coded_proofs, phone_filter
from pslapp.services.bundles.scope import Row, Scope, with_restricted_people
from pslapp.services.vault import Vault
from pslapp.storage import exchanges, outgoing
from pslapp.storage.files import atomic_write
from pslapp.storage.state import CHANGE_SEQ, get_counter, set_counter

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
    # per recipient: this bundle's number among those sent to them
    recipient_sequences: dict[str, int] = field(default_factory=dict)

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


@dataclass(frozen=True)
class OutgoingBlock:
    kind: Kind
    count: int
    line: bytes
    preface: Sequence[bytes] = ()  # the author and change set lines it needs, sent before it


def outgoing_blocks(
    conn: Connection, vault: Vault, recipients: Sequence[peers.Peer], scope: Scope
) -> Iterator[OutgoingBlock]:
    """What a bundle to `recipients` carries now: records in scope, changed since the last
    bundle to them (unless `scope.everything`), without what the only recipient wrote."""
    since = 0 if scope.everything else min(p.last_sent_seq for p in recipients)
    scope = with_restricted_people(conn, scope)  # what points at them stays home too
    reader: str | None = None
    if len(recipients) == 1 and not scope.everything:
        number = vault.authors.by_fingerprint.get(recipients[0].fingerprint)
        reader = None if number is None else str(number)
    proofs = OutgoingProofs(conn, vault, scope.include_restricted)
    for kind in Kind:
        if kind in scope.kinds:
            yield from _kind_blocks(
                conn, vault, kind, scope, since=since, reader=reader, proofs=proofs
            )
    for kind, line, preface in lost_lines(conn, vault, scope, proofs):
        yield OutgoingBlock(kind, 1, line, preface)
    if proofs.left_out:
        log.info("%d writes without a proof that checks were not sent", proofs.left_out)


_HEAD = ("id", "created", "deleted", "stamps", "proofs")
_ID, _CREATED, _DELETED, _STAMPS, _PROOFS = range(5)
_JSON_FIELDS = {kind: {f.name for f in FIELDS[kind] if f.type in LIST_TYPES} for kind in Kind}
_BOOL_FIELDS = {kind: {f.name for f in FIELDS[kind] if f.type is FieldType.BOOL} for kind in Kind}
_BOOLS = {0: False, 1: True, None: None}
_REAL_STAMP = re.compile(r"\[[1-9]")  # a stamp [hlc, author, base] with hlc > 0
_AUTHOR = re.compile(r"\[[0-9]+,([0-9]+),")  # a stamp's writer
_PAST_AUTHOR = re.compile(r"\[([0-9]+),[0-9]+\]")  # an author in a causal past [[n, hlc], ...]


def _kind_blocks(
    conn: Connection,
    vault: Vault,
    kind: Kind,
    scope: Scope,
    *,
    since: int,
    reader: str | None,
    proofs: OutgoingProofs,
) -> Iterator[OutgoingBlock]:
    """The blocks of one kind, read from the table in change order without decoding a
    record: stored lists and stamp maps go into the block as the JSON they are."""
    names = scope.fields(kind)
    # The fields that stay home are read too, never sent: a write's proof covers them.
    home = tuple(n for n in field_names(kind) if n not in names)
    columns = (*_HEAD, *names, *home)
    at = {name: i for i, name in enumerate(columns)}
    keep = scope.row_filter(kind, at)
    unsent = [f'"{n}"' for n in home]
    keep_channels = phone_filter(scope.include_restricted)
    for rows in outgoing.changed_since(conn, kind, columns, since, BLOCK_RECORDS):
        kept: list[Row] = []
        stamps: list[str] = []
        record_proofs: list[str] = []
        for stored in rows:
            row: Any = stored
            if keep is not None and not keep(row):
                continue
            text = row[_STAMPS]
            if unsent and any(name in text for name in unsent):
                text = _without(text, unsent)
            if _REAL_STAMP.search(text) is None:
                continue  # nothing written here to send
            if reader is not None and set(_AUTHOR.findall(text)) == {reader}:
                continue  # the only recipient wrote all of it: it has it already
            quick = proofs.quick(kind, text, row[_PROOFS])
            if quick is None:  # narrowed, checked, or partly left out
                out = proofs.full(
                    kind,
                    row=dict(zip(columns, row, strict=True)),
                    stamps_text=row[_STAMPS],
                    proofs_text=row[_PROOFS],
                    sent=names,
                    keep_channels=keep_channels,
                )
                if out is None:
                    continue
                row, text, quick = _with_values(kind, row, at, out.values), out.stamps, out.proofs
            kept.append(row)
            stamps.append(text)
            record_proofs.append(quick)
        if kept:
            yield from _encode(
                vault, kind, scope, rows=kept, stamps=stamps, proofs=record_proofs, out=proofs
            )


def _without(stored: str, unsent: list[str]) -> str:
    """A stamp map without the stamps of fields the bundle does not carry."""
    names = {n.strip('"') for n in unsent}
    stamps = json.loads(stored)
    return _dump({k: v for k, v in stamps.items() if k not in names})


_dump = json.JSONEncoder(separators=(",", ":"), sort_keys=True).encode


def _with_values(kind: Kind, row: Row, at: dict[str, int], values: dict[str, Any] | None) -> Row:
    """The row with the values that go instead of the stored ones, in stored form."""
    if not values:
        return row
    out = list(row)
    lists, bools = _JSON_FIELDS[kind], _BOOL_FIELDS[kind]
    for name, value in values.items():
        if name not in at:
            continue
        if name in lists:
            out[at[name]] = _dump(value or [])
        elif name in bools and value is not None:
            out[at[name]] = int(value)
        else:
            out[at[name]] = value
    return tuple(out)


def _encode(
    vault: Vault,
    kind: Kind,
    scope: Scope,
    *,
    rows: list[Row],
    stamps: list[str],
    proofs: list[str],
    out: OutgoingProofs,
) -> Iterator[OutgoingBlock]:
    """One block of `rows` (or more, if it would be longer than a line may be)."""
    names = scope.fields(kind)
    columns = list(zip(*rows, strict=True))
    lists = _JSON_FIELDS[kind]
    body = {"_deleted": encode_column([bool(d) for d in columns[_DELETED]])}
    for offset, name in enumerate(names, start=len(_HEAD)):
        column = columns[offset]
        if name == "channels":
            column = tuple(scope.channels(c) for c in column)
        elif name in _BOOL_FIELDS[kind]:  # SQLite hands booleans back as 0 and 1
            column = tuple(map(_BOOLS.get, column))
        body[name] = encode_column(column, texts=name in lists)
    text = ",".join(stamps)
    writers = {int(n) for n in _AUTHOR.findall(text)}
    used = writers.union(map(int, _PAST_AUTHOR.findall(text))) if "[[" in text else writers
    authors = {n: vault.authors.by_id[n] for n in sorted(used)}
    line = encode_block(
        kind,
        authors=authors,
        ids=columns[_ID],
        created=columns[_CREATED],
        stamps=stamps,
        columns=body,
        proofs=proofs,
        coded_proofs=coded_proofs(proofs, stamps) if len(authors) == 1 else None,
    )
    if len(line) > MAX_LINE_BYTES and len(rows) > 1:  # long texts: in two halves
        half = len(rows) // 2
        for part in (slice(None, half), slice(half, None)):
            yield from _encode(
                vault,
                kind,
                scope,
                rows=rows[part],
                stamps=stamps[part],
                proofs=proofs[part],
                out=out,
            )
        return
    yield OutgoingBlock(kind, len(rows), line, out.preface(list(authors.values())))


def seal_bundle(
    vault: Vault,
    to: Sequence[str],
    out: Path,
    scope: Scope | None = None,
    *,
    progress: Progress | None = None,
    acknowledge: bool = False,
) -> ExportReport:
    """Seal what goes to `to` into `out`. `acknowledge`: the manifest also says what this
    vault has received from each recipient (`received`, for the mailbox's cleanup)."""
    with fewer_collections():
        return _seal_bundle(vault, to, out, scope, progress=progress, acknowledge=acknowledge)


def _seal_bundle(
    vault: Vault,
    to: Sequence[str],
    out: Path,
    scope: Scope | None,
    *,
    progress: Progress | None,
    acknowledge: bool,
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
        received = None
        if acknowledge:
            received = {p.fingerprint: p.last_received_seq for p in recipients}
            received = {fp: n for fp, n in sorted(received.items()) if n > 0}
        for block in outgoing_blocks(conn, vault, recipients, scope):
            before = writer.op_count
            for line in block.preface:
                writer.add(line, ops=0)
            writer.add(block.line, ops=block.count)
            per_kind[block.kind.value] = per_kind.get(block.kind.value, 0) + block.count
            if progress and writer.op_count // 5000 != before // 5000:
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
        received=received,
    )
    manifest_bytes = manifest.to_bytes()
    signature = own.sign(signed_message(manifest_bytes))
    sealed = io.BytesIO()
    with encrypt(sealed, [_age_recipient(p) for p in recipients]) as age_writer:
        write_inner(
            age_writer,
            signing_key=public.signing_key,
            manifest_bytes=manifest_bytes,
            signature=signature,
            payload=payload,
        )
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
        recipient_sequences=dict(manifest.recipient_sequences),
    )


def _record_sent(vault: Vault, manifest: Manifest, upto: int, per_kind: dict[str, int]) -> None:
    with vault.write() as conn:
        set_counter(conn, BUNDLE_SEQ, manifest.sequence)
        for fp, number in manifest.recipient_sequences.items():
            set_counter(conn, sent_counter(fp), number)
            exchanges.mark_sent(conn, fp, upto)
        exchanges.record(
            conn,
            bundle_id=manifest.bundle_id,
            sender=manifest.sender.fingerprint,
            sequence=manifest.sequence,
            direction="out",
            at=wall_ms(manifest.created_hlc),
            summary=canonical_json(
                {
                    "ops": manifest.op_count,
                    "per_kind": per_kind,
                    "to": len(manifest.recipients),
                    "recipients": manifest.recipients,
                }
            ).decode(),
        )
