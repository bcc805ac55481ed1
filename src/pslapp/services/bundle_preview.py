"""Before sealing: how many records of each kind a bundle to these peers would carry.

The same selection as `seal_bundle` (scope, "changed since the last bundle to these peers",
ops the only recipient wrote itself left out), but nothing is encrypted, written or counted
as sent, so the user can look at the numbers and change their mind.
"""

from __future__ import annotations

from collections.abc import Sequence

from pslapp.core.bundle_ops import RecordOp
from pslapp.core.enums import Kind
from pslapp.services.bundle_export import _changed_records, _recipients
from pslapp.services.bundle_scope import Scope
from pslapp.services.vault import Vault


def count_outgoing(vault: Vault, to: Sequence[str], scope: Scope | None = None) -> dict[str, int]:
    """Kind -> number of records a bundle to `to` with `scope` would carry now."""
    scope = scope or Scope()
    per_kind: dict[str, int] = {}
    with vault.read() as conn:
        recipients = _recipients(conn, to)
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
                    continue
                per_kind[kind.value] = per_kind.get(kind.value, 0) + 1
    return per_kind
