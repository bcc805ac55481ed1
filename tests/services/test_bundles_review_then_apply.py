"""The GUI receives a bundle in two steps: a review (a dry run of the whole import) and then
Apply, from the same bytes held in memory. Apply reads those values without checking each
one against its field a second time, since the review's dry run did, on every line of
these very bytes. Seen from the hostile side: a value that a local edit refuses is never
written through a review, wherever it sits in the payload, and whatever depends on the
vault (what is held, what was imported, references) is weighed again when applying."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.core.errors import BundleRejected
from pslapp.services import records
from pslapp.services.bundles import apply_review, import_bundle, review_bundle
from pslapp.services.bundles.apply import import_verified, verify
from pslapp.services.vault import Vault
from tests.services.bundle_kit import befriend, dump, new_vault, seal_blocks, send

AUTHOR = "1" * 60
HLC = 1 << 40  # long ago, well inside any clock bound
BLOCKS = 4  # records each, many blocks: the bad one comes after several good ones


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    alice, bob = (new_vault(tmp_path / n, n.title()) for n in ("alice", "bob"))
    befriend(alice, bob)
    yield alice, bob
    for vault in (alice, bob):
        vault.lock()


def _people(start: int, names: list[str]) -> bytes:
    count = len(names)
    doc = [
        "person",
        {"1": AUTHOR},
        [f"00000000-0000-4000-8000-{start + n:012d}" for n in range(count)],
        [1_700_000_000_000] * count,
        [{"*": [HLC, 1, 0]}] * count,
        {"_deleted": [False] * count, "display_name": names},
    ]
    return json.dumps(doc, ensure_ascii=False).encode()


def _bundle(alice: Vault, bob: Vault, path: Path, last_name: str) -> Path:
    lines = [_people(n * BLOCKS, [f"Person {n}-{i}" for i in range(BLOCKS)]) for n in range(9)]
    lines.append(_people(9 * BLOCKS, ["Good", last_name]))
    path.write_bytes(seal_blocks(alice, [bob], lines, op_count=9 * BLOCKS + 2))
    return path


@pytest.mark.parametrize(
    "bad_name",
    [
        "Two\nlines",  # a name that would read as two in every list
        " Padded",  # not in canonical form
        "Zero\u200bwidth",  # an invisible character inside a name
        "",  # an empty name where one is required
    ],
)
def test_a_bad_value_in_the_last_block_refuses_the_review_so_there_is_nothing_to_apply(
    pair: tuple[Vault, Vault], tmp_path: Path, bad_name: str
) -> None:
    alice, bob = pair
    path = _bundle(alice, bob, tmp_path / "bad.pslb", bad_name)
    before = dump(bob)
    with pytest.raises(BundleRejected):
        review_bundle(bob, path)
    with pytest.raises(BundleRejected):  # and the CLI's one-step import refuses it as well
        import_bundle(bob, path)
    assert dump(bob) == before


def test_only_a_whole_review_marks_its_bytes_checked(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    alice, bob = pair
    path = _bundle(alice, bob, tmp_path / "good.pslb", "Last")
    assert not verify(bob, path).checked  # opened and verified, values not read yet
    review = review_bundle(bob, path)
    assert review.verified is not None
    assert review.verified.checked
    report = apply_review(bob, review)
    assert report.created == 9 * BLOCKS + 2
    names = {r.values["display_name"] for r in records.page(bob, Kind.PERSON, limit=100)}
    assert {"Good", "Last", "Person 0-0", "Person 8-3"} <= names


def test_bytes_not_reviewed_are_checked_when_imported_from_memory(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    """A bundle verified and imported without a review (the mailbox's automatic apply)
    still has every value checked."""
    alice, bob = pair
    path = _bundle(alice, bob, tmp_path / "bad.pslb", "Two\nlines")
    before = dump(bob)
    with pytest.raises(BundleRejected):
        import_verified(bob, verify(bob, path))
    assert dump(bob) == before


def test_applying_weighs_the_vault_as_it_is_then_not_as_it_was_reviewed(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    """Reviewed twice, applied twice: the second apply finds the bundle imported already
    and writes nothing. A record edited here between review and apply is merged with that
    edit, not overwritten by what the review saw."""
    alice, bob = pair
    asel = records.create(alice, Kind.PERSON, {"display_name": "Asel", "city": "Köln"})
    path = send(alice, [bob], tmp_path / "a.pslb")
    first, second = review_bundle(bob, path), review_bundle(bob, path)
    assert apply_review(bob, first).created == 1
    assert apply_review(bob, second).already_imported

    records.edit(alice, Kind.PERSON, asel.id, {"notes": "speaks at the forum"})
    review = review_bundle(bob, send(alice, [bob], tmp_path / "b.pslb"))
    records.edit(bob, Kind.PERSON, asel.id, {"city": "Berlin"})  # meanwhile, here
    assert apply_review(bob, review).changed == 1
    values = records.get(bob, Kind.PERSON, asel.id).values
    assert (values["city"], values["notes"]) == ("Berlin", "speaks at the forum")
