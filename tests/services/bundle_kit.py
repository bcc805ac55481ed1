"""Helpers for bundle tests: vaults that know each other, sealing and dumping."""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import text

from pslapp.core.bundle_ops import encode_block
from pslapp.core.enums import Kind
from pslapp.crypto.age import HybridRecipient, encrypt
from pslapp.crypto.bundle_format import (
    Manifest,
    PayloadWriter,
    Sender,
    signed_message,
    write_inner,
)
from pslapp.services import peers
from pslapp.services.bundles import Scope, seal_bundle
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
        write_inner(writer, manifest_bytes, payload, own.sign(signed_message(manifest_bytes)))
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


def forged_block(
    kind: Kind,
    record_id: str,
    values: dict[str, Any],
    stamps: dict[str, tuple[int, str, int]],
    *,
    created: int = 1_700_000_000_000,
    deleted: bool = False,
    extra_authors: Sequence[str] = (),
) -> tuple[bytes, int]:
    """One record as a hostile sender would write it: any values, any stamps
    `{field or "*": (hlc, author fingerprint, base)}`, any author table. Returns the
    block's line and its record count, for `seal_lines`."""
    authors: dict[str, int] = {}
    for _, fp, _ in stamps.values():
        authors.setdefault(fp, len(authors) + 1)
    for fp in extra_authors:
        authors.setdefault(fp, len(authors) + 1)
    stamp_map = {k: [hlc, authors[fp], base] for k, (hlc, fp, base) in stamps.items()}
    columns = {"_deleted": json.dumps([deleted])}
    columns.update({k: json.dumps([v], ensure_ascii=False) for k, v in values.items()})
    line = encode_block(
        kind,
        authors={n: fp for fp, n in authors.items()},
        ids=[record_id],
        created=[created],
        stamps=[json.dumps(stamp_map)],
        columns=columns,
    )
    return line, 1


def seal_lines(
    sender: Vault,
    recipients: Sequence[Vault],
    lines: Sequence[tuple[bytes, int]],
    *,
    bundle_id: str | None = None,
) -> bytes:
    """A correctly signed and sealed bundle around whatever blocks a test wrote."""
    writer = PayloadWriter("zstd")
    for line, count in lines:
        writer.add(line, ops=count)
    payload = writer.finish()
    return seal_raw(
        sender,
        recipients,
        payload,
        raw_length=writer.raw_length,
        op_count=writer.op_count,
        bundle_id=bundle_id,
    )
