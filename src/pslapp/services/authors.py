"""The authors whose writes this vault keeps but who are not its peers: who they are (their
card came with their writes), which peer introduced them, and whose signed chain is forked.
So a stranger's change is never taken for a verified peer's."""

from __future__ import annotations

from dataclasses import dataclass

from pslapp.crypto.card import CardInvalid, parse_card
from pslapp.crypto.identity import format_fingerprint
from pslapp.services import peers
from pslapp.services.vault import Vault
from pslapp.storage import authorship, changesets


@dataclass(frozen=True)
class IntroducedAuthor:
    fingerprint: str
    name: str  # as their own card says: a claim, not a verified name
    introduced_by: str | None  # the peer's fingerprint
    introduced_by_name: str | None

    def to_json(self) -> dict[str, object]:
        return {
            "fingerprint": format_fingerprint(self.fingerprint),
            "name": self.name,
            "verified": False,
            "introduced_by": (
                format_fingerprint(self.introduced_by) if self.introduced_by else None
            ),
            "introduced_by_name": self.introduced_by_name,
        }


def introduced_authors(vault: Vault) -> list[IntroducedAuthor]:
    known = {p.fingerprint: p for p in peers.list_peers(vault)}
    shown = peers.labels(list(known.values()))
    out = []
    with vault.read() as conn:
        rows = authorship.introduced(conn)
    for fingerprint, card, by in rows:
        try:
            name = parse_card(card.encode("utf-8")).name
        except CardInvalid:
            name = "?"
        out.append(IntroducedAuthor(fingerprint, name, by, shown.get(by) if by else None))
    return out


def forked_chains(vault: Vault) -> list[tuple[str, int]]:
    """(author fingerprint, change set number) held in more than one version."""
    with vault.read() as conn:
        return changesets.forks(conn)
