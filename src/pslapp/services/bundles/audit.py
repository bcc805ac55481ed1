"""Whether every write this vault holds proves itself to its author: each kept proof still
fits the registers the record holds and names a leaf of its author's signed change set,
and each write of this vault's own has a proof. What fails here would not be relayed."""

from __future__ import annotations

from pslapp.core import attest
from pslapp.core.enums import Kind
from pslapp.crypto.changeset import parse_change_set
from pslapp.services.vault import Vault
from pslapp.storage import changesets
from pslapp.storage import records as repo


def audit_proofs(vault: Vault, kinds: tuple[Kind, ...] = tuple(Kind)) -> list[str]:
    """One line per problem (record kind and id, never values); empty when all is well."""
    problems: list[str] = []
    leaves: dict[int, tuple[str, frozenset[bytes]]] = {}
    with vault.read() as conn:
        by_id = vault.authors.by_id
        for kind in kinds:
            for record in repo.each(conn, kind, vault.authors):
                writes = attest.writes_of(kind, record.values, record.stamps, record.deleted)
                proved = set()
                for number, hlc, cs_id, disclosure in record.proofs or []:
                    dot = (by_id.get(number, ""), hlc)
                    registers = writes.get(dot)
                    where = f"{kind.value} {record.id}"
                    if not registers:
                        problems.append(f"{where}: a proof for a write it does not hold")
                        continue
                    if cs_id not in leaves:
                        stored = changesets.load(conn, [cs_id]).get(cs_id)
                        leaves[cs_id] = (
                            ("", frozenset())
                            if stored is None or not stored.statement
                            else (stored.author, parse_change_set(stored.statement).leaf_set())
                        )
                    author, signed = leaves[cs_id]
                    write = attest.Write(kind, record.id, record.created, hlc)
                    try:
                        leaf = attest.disclosed_leaf(write, disclosure, registers)
                    except attest.ProofInvalid as exc:
                        problems.append(f"{where}: a proof does not fit ({exc})")
                        continue
                    if author != dot[0] or leaf not in signed:
                        problems.append(f"{where}: a proof names no leaf its author signed")
                    proved.add(dot)
                for dot in writes:
                    if dot[0] == vault.fingerprint and dot not in proved:
                        problems.append(f"{kind.value} {record.id}: an own write is unsigned")
    return problems
