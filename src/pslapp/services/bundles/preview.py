"""Before sealing: how many records of each kind a bundle to these peers would carry.

The same selection as `seal_bundle` (scope, "changed since the last bundle to these peers",
ops the only recipient wrote itself left out), but nothing is encrypted, written or counted
as sent, so the user can look at the numbers and change their mind.
"""

from __future__ import annotations

from collections.abc import Sequence

from pslapp.services.bundles.scope import Scope
from pslapp.services.bundles.seal import outgoing_blocks, recipients_of
from pslapp.services.vault import Vault


def count_outgoing(vault: Vault, to: Sequence[str], scope: Scope | None = None) -> dict[str, int]:
    """Kind -> number of records a bundle to `to` with `scope` would carry now."""
    per_kind: dict[str, int] = {}
    with vault.read() as conn:
        for block in outgoing_blocks(conn, vault, recipients_of(conn, to), scope or Scope()):
            per_kind[block.kind.value] = per_kind.get(block.kind.value, 0) + block.count
    return per_kind
