"""Writing our bundle into the folder: one file for every verified, unrevoked peer, under a
new random name, written to a dot-file first (which every reader skips), fsynced and
renamed, so a carrier only ever sees a whole file.

A round writes only when there is something to say: changes here that some peer has not
been sent, or a bundle applied this round that changed something (the new file tells its
sender we have it, so they can clean up). A bundle that changed nothing here is not
answered: answering every file would make two vaults write to each other for ever.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from pslapp.core.hlc import system_ms
from pslapp.services import bundles, peers
from pslapp.services.mailbox import file_names
from pslapp.services.mailbox.incoming import OWN, file_sha256
from pslapp.services.mailbox.report import RoundReport
from pslapp.services.vault import Vault
from pslapp.storage import mailbox as store
from pslapp.storage.state import CHANGE_SEQ, get_counter


def write_outgoing(vault: Vault, folder: Path, report: RoundReport, *, answer: bool) -> None:
    recipients = [p for p in peers.list_peers(vault) if p.trusted]
    if not recipients:
        return
    with vault.read() as conn:
        upto = get_counter(conn, CHANGE_SEQ)
    changes = upto > min(p.last_sent_seq for p in recipients)
    if not changes and not answer:
        return
    path = folder / file_names.new_own_name()
    while path.exists():  # 128 random bits: never, but never the same path twice either
        path = folder / file_names.new_own_name()
    sealed = bundles.seal_bundle(vault, [p.fingerprint for p in recipients], path, acknowledge=True)
    try:
        with vault.write() as conn:
            store.add_file(
                conn,
                name=path.name,
                role=OWN,
                size=sealed.file_size,
                sha256=file_sha256(path),
                sender=None,
                bundle_id=sealed.bundle_id,
                recipients=json.dumps(sealed.recipient_sequences, sort_keys=True),
                records=changes,
                at=system_ms(),
            )
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()  # a file we could not remember is a file we could never clean up
        raise
    report.written += 1
    report.written_ops += sealed.op_count
