"""Helpers for bundle tests: vaults that know each other, sealing and dumping."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import text

from pslapp.core import attest
from pslapp.core.attest import b64, leaf_of
from pslapp.core.bundle_ops import OpInvalid, decode_block, load_line
from pslapp.core.enums import Kind
from pslapp.crypto.age import HybridRecipient, encrypt
from pslapp.crypto.card import make_card
from pslapp.crypto.changeset import ChangeSet
from pslapp.crypto.changeset import signed_message as change_set_message
from pslapp.services import peers
from pslapp.services.bundles import Scope, import_bundle, seal_bundle
from pslapp.services.bundles.container import (
    Manifest,
    PayloadWriter,
    Sender,
    signed_message,
    write_inner,
)
from pslapp.services.vault import Vault, create_vault
from pslapp.storage.tables import metadata
from tests.conftest import FAST_KDF, PASSPHRASE


def new_vault(folder: Path, name: str) -> Vault:
    vault, _ = create_vault(folder, PASSPHRASE, name, kdf=FAST_KDF)
    return vault


def introduce(a: Vault, b: Vault, *, verified: bool = True) -> None:
    """b learns a's card (and trusts it when `verified`)."""
    peers.add(b, peers.own_card(a).encode(), verified=verified)


def befriend(*vaults: Vault) -> None:
    for a in vaults:
        for b in vaults:
            if a is not b:
                introduce(a, b)


def send(a: Vault, to: Sequence[Vault], path: Path, scope: Scope | None = None) -> Path:
    seal_bundle(a, [v.fingerprint for v in to], path, scope)
    return path


def exchange_everything(vaults: Sequence[Vault], folder: Path, name: str) -> None:
    """Everyone sends everything they hold to everyone, then takes in the others'."""
    paths = []
    for i, vault in enumerate(vaults):
        others = [v.fingerprint for v in vaults if v is not vault]
        path = folder / f"{name}-{i}.pslb"
        seal_bundle(vault, others, path, Scope(everything=True))
        paths.append((i, path))
    for i, path in paths:
        for j, vault in enumerate(vaults):
            if j != i:
                import_bundle(vault, path)


def dump(vault: Vault) -> dict[str, list[Any]]:
    """Every row of every table, for 'the vault is exactly as before'."""
    out: dict[str, list[Any]] = {}
    with vault.read() as conn:
        names = [t.name for t in metadata.sorted_tables] + ["search_fts"]
        for name in names:
            rows = conn.execute(text(f"SELECT * FROM {name} ORDER BY 1")).all()
            out[name] = [tuple(r) for r in rows]
    return out


def seal_raw(
    sender: Vault,
    recipients: Sequence[Vault],
    payload: bytes,
    *,
    raw_length: int,
    op_count: int,
    encoding: str = "zstd",
    named: Sequence[str] | None = None,
    bundle_id: str | None = None,
) -> bytes:
    """A correctly signed bundle with whatever payload and declared sizes a test wants."""
    own = sender.own_identity()
    public = own.public()
    names = sorted(named if named is not None else [v.fingerprint for v in recipients])
    manifest = Manifest(
        bundle_id=bundle_id or os.urandom(16).hex(),
        sender=Sender(
            public.name,
            public.signing_key.hex(),
            public.kem_recipient.to_string(),
            public.fingerprint,
        ),
        recipients=names,
        sequence=1,
        recipient_sequences=dict.fromkeys(names, 1),
        created_hlc=sender.clock.tick(),
        scope={},
        encoding=encoding,
        compressed_length=len(payload),
        raw_length=raw_length,
        payload_sha256=hashlib.sha256(payload).hexdigest(),
        op_count=op_count,
    )
    manifest_bytes = manifest.to_bytes()
    out = io.BytesIO()
    keys = [HybridRecipient(v.own_identity().hybrid().recipient().public_key) for v in recipients]
    with encrypt(out, keys) as writer:
        write_inner(
            writer,
            signing_key=public.signing_key,
            manifest_bytes=manifest_bytes,
            signature=own.sign(signed_message(manifest_bytes)),
            payload=payload,
        )
    return out.getvalue()


def zstd_bomb(total: int, block: int = 128 * 1024) -> bytes:
    """A zstd frame of RLE blocks: a few bytes per 128 KiB of zeros, no size declared."""
    frame = bytearray(b"\x28\xb5\x2f\xfd")  # magic
    frame += bytes([0x00, 0x38])  # no content size, no checksum; window 128 KiB
    blocks = total // block
    for i in range(blocks):
        last = 1 if i == blocks - 1 else 0
        header = last | (1 << 1) | (block << 3)  # RLE block
        frame += header.to_bytes(3, "little") + b"\x00"
    return bytes(frame)


def _stamp(stamp: Any) -> bool:
    """A written stamp [hlc, author, past] (a test's may be anything)."""
    return (
        type(stamp) is list
        and len(stamp) == 3
        and all(type(x) is int for x in stamp[:2])
        and type(stamp[2]) in (int, list)
        and stamp[0] > 0
    )


def _dots(doc: list[Any]) -> list[list[tuple[int, int]]]:
    """The writes (author number, hlc) of each record of a block's stamp maps."""
    _, _, ids, _, maps, columns = doc
    carried = set(columns) if type(columns) is dict else set()
    out = []
    for m in maps if type(maps) is list else [None] * len(ids):
        dots: list[tuple[int, int]] = []
        if type(m) is dict:
            star = m.get("*")
            listed = {k for k in m if k != "*"}
            if _stamp(star) and carried - listed:
                dots.append((star[1], star[0]))
            for key, stamp in m.items():
                if key != "*" and _stamp(stamp) and (stamp[1], stamp[0]) not in dots:
                    dots.append((stamp[1], stamp[0]))
        out.append(dots)
    return out


def sign_lines(sender: Vault, lines: Sequence[bytes]) -> list[bytes]:
    """Payload lines as a sender's vault would write them in bundle format 3: blocks given
    in the six-part shape of a test (`[kind, authors, ids, created, stamps, columns]`, any
    author numbers) become the sender's own writes, with the sender's card, a change set it
    signed and a proof for every write; any other line is left as it is (a test's
    malformed one)."""
    fingerprint = sender.fingerprint
    own = sender.own_identity()
    leaves: list[bytes] = []
    body: list[bytes] = []
    for line in lines:
        try:
            doc = load_line(line)  # as strictly as the importer: a test's bad JSON stays
        except OpInvalid:
            body.append(line)
            continue
        if type(doc) is list and len(doc) == 7:
            doc = doc[:6]  # proofs made afresh, for the sender's own writes
        if type(doc) is not list or len(doc) != 6 or type(doc[1]) is not dict:
            body.append(line)
            continue
        doc[1] = dict.fromkeys(doc[1], fingerprint)
        seeds: dict[tuple[int, int, int], bytes] = {}
        proofs = []
        for i, dots in enumerate(_dots(doc)):
            for dot in dots:
                seeds[(i, *dot)] = os.urandom(16)
            proofs.append([[n, h, 0, b64(seeds[(i, n, h)])] for n, h in dots])
        signed_doc = [*doc, proofs]
        encoded = json.dumps(signed_doc).encode()  # escapes: a lone surrogate survives
        try:
            block = decode_block(encoded)
        except OpInvalid:
            leaves += [os.urandom(32) for _ in seeds]  # refused anyway: any leaves
        else:
            for i in range(len(block)):
                op = block.record_op(i)
                writes = attest.writes_in(op.fields)
                for (author, hlc), registers in writes.items():
                    number = next(n for n, fp in block.authors.items() if fp == author)
                    write = attest.Write(block.kind, op.id, op.created, hlc)
                    leaves.append(leaf_of(write, seeds[(i, number, hlc)], registers))
        body.append(encoded)
    assert len(leaves) <= 2000, "the kit signs one change set"
    seq = 1_000_000 + int.from_bytes(os.urandom(3), "big")  # hand-made: no fork with the vault's
    statement = ChangeSet(
        fingerprint, seq, os.urandom(32).hex(), 0, b"".join(leaves) or os.urandom(32)
    ).to_bytes()
    signature = own.sign(change_set_message(statement))
    head = [
        json.dumps(["author", make_card(own)]).encode(),
        json.dumps(
            [
                "changes",
                fingerprint,
                base64.b64encode(statement).decode(),
                base64.b64encode(signature).decode(),
            ]
        ).encode(),
    ]
    return head + body


def seal_blocks(
    sender: Vault,
    recipients: Sequence[Vault],
    lines: Sequence[bytes],
    *,
    op_count: int | None = None,
    bundle_id: str | None = None,
) -> bytes:
    """A correctly signed and sealed bundle around test blocks (see `sign_lines`)."""
    signed = sign_lines(sender, lines)
    writer = PayloadWriter("zstd")
    count = 0
    for line in signed:
        try:
            doc = load_line(line)
        except OpInvalid:
            doc = None
        records = len(doc[2]) if type(doc) is list and len(doc) == 7 and type(doc[2]) is list else 0
        if doc is None:
            records = 1
        count += records
        writer.add(line, ops=records)
    payload = writer.finish()
    return seal_raw(
        sender,
        recipients,
        payload,
        raw_length=writer.raw_length,
        op_count=op_count if op_count is not None else count,
        bundle_id=bundle_id,
    )


def forged_block(
    kind: Kind,
    record_id: str,
    values: dict[str, Any],
    stamps: dict[str, tuple[int, int, Any]],
    *,
    created: int = 1_700_000_000_000,
    deleted: bool = False,
    extra_authors: int = 0,
) -> bytes:
    """One record in the six-part test shape (`sign_lines` makes it the sender's):
    any values, any stamps `{field or "*": (hlc, author number, past)}`, and
    `extra_authors` more numbers in the author table than the stamps name."""
    numbers = {n for _, n, _ in stamps.values()}
    for _, _, past in stamps.values():
        if type(past) is list:
            numbers |= {pair[0] for pair in past if type(pair) is list and pair}
    numbers |= set(range(max(numbers, default=0) + 1, max(numbers, default=0) + 1 + extra_authors))
    doc = [
        kind.value,
        {str(n): "1" * 60 for n in sorted(numbers)},
        [record_id],
        [created],
        [{k: list(v) for k, v in stamps.items()}],
        {"_deleted": [deleted], **{k: [v] for k, v in values.items()}},
    ]
    return json.dumps(doc, ensure_ascii=False).encode()
