"""An import inserts records that are new here, live and written in one go straight as
columns (`bundles/apply._insert_plain`, the fast path) and merges every other record one by
one (`merge.merge_record`, the general path). The fast path is only an optimisation: a vault
that imported a bundle with it must hold exactly what merging every record would have made.

Each story seals one bundle from a sender with realistic sample data and a few hand-made
edge cases, imports the same file into two fresh vaults that trust the sender (one as
usual, one with the fast path switched off), and compares the two vaults row by row: every
column of every record table but the local `pk` and `change_seq`, the authors table (which
the raw stamps refer to), the full-text index mapped back to record ids, the conflicts and
the change counter.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from pslapp.core.enums import Kind
from pslapp.services import records
from pslapp.services.bundles import ImportReport, Scope, import_bundle
from pslapp.services.bundles import apply as bundle_import
from pslapp.services.bundles import seal as bundle_export
from pslapp.services.bundles import unseal as bundle_open
from pslapp.services.sample import populate
from pslapp.services.vault import Vault, open_vault
from pslapp.storage.tables import FTS_TABLE, KIND_NUMBER, KIND_SLOTS, RECORD_TABLES
from tests.conftest import PASSPHRASE
from tests.services.bundle_kit import befriend, dump, introduce, new_vault, send

PEOPLE = 150
EVERYTHING = Scope(everything=True, include_restricted=True)
WITHOUT_RESTRICTED = Scope(everything=True)
PHONE_AND_EMAIL = [
    {"kind": "phone", "value": "+49 170 0000000"},
    {"kind": "email", "value": "a@example.org"},
]

Snapshot = dict[str, dict[str, Any]]
THIS_VAULT = "(this vault)"


# --- the sender's vault ---------------------------------------------------------------------


@dataclass(frozen=True)
class Sender:
    """A coordinator's vault full of sample data, and the hand-made records by story."""

    vault: Vault
    folder: Path
    edited: str  # created, then edited: two stamps
    deleted: str  # a tombstone
    restored: str  # deleted, then brought back: live, with `_deleted` and `_cleared` stamps
    legal: str  # a legal name (restricted field) and a phone number (restricted channel)
    restricted: str  # sensitivity "restricted": stays home unless restricted data goes
    relayed: str  # written by a third vault, without its legal name
    relayed_edited: str  # written by the third vault, edited here: two authors
    plain_chapter: str  # the only chapter never edited: one plain record in its block


def _person(vault: Vault, name: str, **values: Any) -> str:
    return records.create(vault, Kind.PERSON, {"display_name": name, **values}).id


@pytest.fixture(scope="module")
def sender(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sender]:
    folder = tmp_path_factory.mktemp("paths")
    vault = new_vault(folder / "sender", "Cologne coordinator")
    third = new_vault(folder / "third", "Berlin coordinator")
    befriend(vault, third)

    # The third vault's people come first in the sender's change order, so the first
    # records of the people block are written by someone else and are not plain.
    relayed = _person(third, "Олена Коваль", legal_name="Olena Kowal", city="Berlin")
    relayed_edited = _person(third, "Dmytro Bondar", city="Berlin", chapter="Berlin")
    _person(third, "Iryna Melnyk", channels=PHONE_AND_EMAIL)
    import_bundle(vault, send(third, [vault], folder / "third.pslb", WITHOUT_RESTRICTED))
    third.lock()

    populate(vault, people=PEOPLE)

    edited = _person(vault, "Андрій Шевчук", city="Köln")
    records.edit(vault, Kind.PERSON, edited, {"city": "Bonn", "pronouns": "he/him"})
    deleted = _person(vault, "Left the network", city="Düsseldorf", notes="asked to be removed")
    records.delete(vault, Kind.PERSON, deleted)
    restored = _person(vault, "Deleted by mistake", city="Essen", tags=["volunteer"])
    before = records.delete(vault, Kind.PERSON, restored)
    records.restore(vault, Kind.PERSON, restored, before.values)
    legal = _person(
        vault,
        "Sascha",
        legal_name="Oleksandr Tkachenko",
        channels=PHONE_AND_EMAIL,
        city="Köln",
        notes="prefers Signal",
    )
    restricted = _person(vault, "Kateryna", sensitivity="restricted", city="Köln")
    records.edit(vault, Kind.PERSON, relayed_edited, {"city": "Potsdam"})

    chapters = records.page(vault, Kind.CHAPTER, limit=100)
    assert len(chapters) > 2
    for chapter in chapters[1:]:
        records.edit(vault, Kind.CHAPTER, chapter.id, {"city": f"{chapter.values['city']} Mitte"})

    yield Sender(
        vault=vault,
        folder=folder,
        edited=edited,
        deleted=deleted,
        restored=restored,
        legal=legal,
        restricted=restricted,
        relayed=relayed,
        relayed_edited=relayed_edited,
        plain_chapter=chapters[0].id,
    )
    vault.lock()


# --- two receivers, one path each -----------------------------------------------------------


@dataclass(frozen=True)
class Receivers:
    fast: Vault  # imports as usual
    merged: Vault  # imports with every record merged one by one


@pytest.fixture(scope="module")
def blank_receivers(sender: Sender, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two empty vaults that trust the sender and that the sender may seal to, locked:
    each story opens fresh copies (creating a vault is the slow part)."""
    folder = tmp_path_factory.mktemp("receivers")
    blanks = [folder / "fast", folder / "merged"]
    for blank in blanks:
        receiver = new_vault(blank, blank.name.title())
        introduce(sender.vault, receiver)  # the receiver trusts the sender
        introduce(receiver, sender.vault)  # the sender may seal to it
        receiver.lock()
    return blanks


@pytest.fixture
def receivers(blank_receivers: list[Path], tmp_path: Path) -> Iterator[Receivers]:
    opened = []
    for blank in blank_receivers:
        shutil.copytree(blank, tmp_path / blank.name)
        opened.append(open_vault(tmp_path / blank.name, PASSPHRASE))
    pair = Receivers(*opened)
    yield pair
    pair.fast.lock()
    pair.merged.lock()


def seal(sender: Sender, to: Receivers, name: str, scope: Scope) -> Path:
    return send(sender.vault, [to.fast, to.merged], sender.folder / name, scope)


@dataclass
class FastPathSpy:
    """How many records went through `_insert_plain`, per kind."""

    per_kind: dict[str, int] = field(default_factory=dict)

    @property
    def records(self) -> int:
        return sum(self.per_kind.values())


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> FastPathSpy:
    """Counts the records the fast path inserts (or, in a dry run, counts as created)."""
    seen = FastPathSpy()
    original = bundle_import._insert_plain

    def counting(*args: Any, **kwargs: Any) -> None:
        _conn, _vault, block, plain = args
        kind = block.kind.value
        seen.per_kind[kind] = seen.per_kind.get(kind, 0) + len(plain)
        original(*args, **kwargs)

    monkeypatch.setattr(bundle_import, "_insert_plain", counting)
    return seen


def without_fast_path(
    monkeypatch: pytest.MonkeyPatch, action: Callable[[], ImportReport]
) -> ImportReport:
    """`action` with every record merged one by one."""
    with monkeypatch.context() as patch:
        patch.setattr(bundle_import, "_plain_records", lambda conn, block, context, refused: set())
        patch.setattr(bundle_import, "_insert_plain", _never_called)
        return action()


def _never_called(*_args: Any, **_kwargs: Any) -> None:
    raise AssertionError("the fast path ran although it was switched off")


def import_both(
    receivers: Receivers, path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[ImportReport, ImportReport]:
    fast = import_bundle(receivers.fast, path)
    merged = without_fast_path(monkeypatch, lambda: import_bundle(receivers.merged, path))
    return fast, merged


# --- comparing two vaults -------------------------------------------------------------------


_STAMP = re.compile(r"\[(\d+),(\d+),(\d+)\]")  # [hlc, author number, base]


def snapshot(vault: Vault, *, author_numbers: bool) -> Snapshot:
    """What an import writes, without what is local by nature (`pk`, `change_seq`, times of
    import): record rows by id, authors, search entries by record, conflicts, the change
    counter. Without `author_numbers`, stored stamps name their authors by fingerprint
    (the same text otherwise) and the authors table is a set: the same content, however
    the vault numbered its authors."""
    out: Snapshot = {}
    owner: dict[int, str] = {}  # FTS rowid -> "kind id"
    with vault.read() as conn:
        # Each vault is author 1 of its own table: the one entry that differs by nature.
        authors: dict[int, str] = {
            n: THIS_VAULT if fp == vault.fingerprint else fp
            for n, fp in conn.execute(text("SELECT id, fingerprint FROM authors"))
        }
        if author_numbers:
            out["authors"] = {str(n): fp for n, fp in authors.items()}
        else:
            out["authors"] = dict.fromkeys(authors.values(), "known")

        def by_fingerprint(stamps: str) -> str:
            return _STAMP.sub(lambda m: f'[{m[1]},"{authors[int(m[2])]}",{m[3]}]', stamps)

        # Change sets are numbered locally, in the order an import first needed them.
        change_set = dict(conn.execute(text("SELECT id, digest FROM change_sets")).all())

        def proofs_by_digest(proofs: str | None) -> Any:
            if proofs is None:
                return None
            return [
                [n if author_numbers else authors[n], h, change_set[cs], d]
                for n, h, cs, d in json.loads(proofs)
            ]

        for kind, table in RECORD_TABLES.items():
            names = [c.name for c in table.columns if c.name not in ("pk", "change_seq")]
            quoted = ", ".join(f'"{n}"' for n in names)
            rows = conn.execute(text(f"SELECT pk, {quoted} FROM {table.name}")).all()
            by_id: dict[str, Any] = {}
            for pk, *values in rows:
                row = dict(zip(names, values, strict=True))
                if not author_numbers:
                    row["stamps"] = by_fingerprint(row["stamps"])
                row["proofs"] = proofs_by_digest(row["proofs"])
                by_id[row["id"]] = row
                owner[pk * KIND_SLOTS + KIND_NUMBER[kind]] = f"{kind.value} {row['id']}"
            out[table.name] = by_id
        entries = conn.execute(text(f"SELECT rowid, body FROM {FTS_TABLE}")).all()
        out[FTS_TABLE] = {owner.get(rowid, f"rowid {rowid}, no record"): b for rowid, b in entries}
        conflicts = conn.execute(
            text(
                "SELECT kind, record_id, field, kept_value, kept_hlc, kept_author, lost_value,"
                " lost_hlc, lost_author, resolved FROM conflicts"
            )
        ).all()
        out["conflicts"] = {f"{c[0]} {c[1]} {c[2]} {c[7]}": tuple(c) for c in conflicts}
        state = conn.execute(text("SELECT value FROM vault_state WHERE key = 'change_seq'"))
        out["change counter"] = {"change_seq": state.scalar()}
    return out


def differences(fast: Snapshot, merged: Snapshot) -> list[str]:
    """Every difference, one line each: table, key, column, fast value, merged value."""
    out: list[str] = []
    for table in sorted(fast.keys() | merged.keys()):
        a, b = fast.get(table, {}), merged.get(table, {})
        for key in sorted(a.keys() | b.keys()):
            if key not in b:
                out.append(f"{table} {key}: only with the fast path: {a[key]!r}")
            elif key not in a:
                out.append(f"{table} {key}: only when merged: {b[key]!r}")
            elif isinstance(a[key], dict) and isinstance(b[key], dict):
                for column in sorted(a[key].keys() | b[key].keys()):
                    x, y = a[key].get(column), b[key].get(column)
                    if x != y or type(x) is not type(y):
                        out.append(f"{table} {key} {column}: fast {x!r} != merged {y!r}")
            elif a[key] != b[key]:
                out.append(f"{table} {key}: fast {a[key]!r} != merged {b[key]!r}")
    return out


def assert_same_vaults(receivers: Receivers, *, author_numbers: bool = False) -> Snapshot:
    """The two receivers hold the same; returns what they hold (stamps by fingerprint,
    unless `author_numbers`)."""
    fast = snapshot(receivers.fast, author_numbers=author_numbers)
    merged = snapshot(receivers.merged, author_numbers=author_numbers)
    found = differences(fast, merged)
    shown = "\n".join(found[:40])
    assert not found, f"{len(found)} difference(s) between the two paths:\n{shown}"
    return fast


def stored_records(snap: Snapshot) -> int:
    return sum(len(snap[table.name]) for table in RECORD_TABLES.values())


def person(snap: Snapshot, record_id: str) -> dict[str, Any]:
    row: dict[str, Any] = snap[RECORD_TABLES[Kind.PERSON].name][record_id]
    return row


COUNTS = ("created", "changed", "deleted", "unchanged", "refused_ops")


def counts(report: ImportReport) -> dict[str, Any]:
    out: dict[str, Any] = {name: getattr(report, name) for name in COUNTS}
    out["per_kind"] = report.per_kind
    out["conflicts"] = report.conflicts
    return out


# --- the stories ----------------------------------------------------------------------------


def test_a_full_handoff_stores_the_same_records_as_merging_them_one_by_one(
    sender: Sender, receivers: Receivers, monkeypatch: pytest.MonkeyPatch, spy: FastPathSpy
) -> None:
    path = seal(sender, receivers, "full.pslb", EVERYTHING)
    fast, merged = import_both(receivers, path, monkeypatch)

    assert counts(fast) == counts(merged)
    held = assert_same_vaults(receivers)
    assert stored_records(held) == fast.created + fast.changed + fast.deleted > PEOPLE * 3
    assert spy.records > 0.9 * stored_records(held), "the fast path took too few records"
    assert set(spy.per_kind) == {kind.value for kind in Kind}
    # The edge cases arrived, each as the sender holds it.
    assert person(held, sender.deleted)["deleted"] == 1
    assert person(held, sender.restored)["deleted"] == 0
    assert person(held, sender.legal)["legal_name"] == "Oleksandr Tkachenko"
    assert '"phone"' in person(held, sender.legal)["channels"]
    assert person(held, sender.restricted)["sensitivity"] == "restricted"
    assert person(held, sender.edited)["city"] == "Bonn"
    assert person(held, sender.relayed_edited)["city"] == "Potsdam"
    assert held["chapters"][sender.plain_chapter]["stamps"].count("[") == 1
    assert spy.per_kind["chapter"] == 1  # the only plain record of a mixed block


@pytest.mark.parametrize(
    "scope",
    [
        pytest.param(EVERYTHING, id="everything"),
        pytest.param(WITHOUT_RESTRICTED, id="without-restricted"),
    ],
)
def test_a_handoff_numbers_its_authors_as_merging_does(
    sender: Sender, receivers: Receivers, monkeypatch: pytest.MonkeyPatch, scope: Scope
) -> None:
    """Author numbers are local, but two vaults that start alike and import the same bundle
    should number its authors alike: then even the raw stamps text is the same."""
    import_both(receivers, seal(sender, receivers, "numbers.pslb", scope), monkeypatch)
    held = assert_same_vaults(receivers)  # the content: always the same
    assert len(held["authors"]) == 3  # this vault, the sender and the third vault
    assert_same_vaults(receivers, author_numbers=True)


def test_a_handoff_without_restricted_data_writes_the_same_zero_stamps_as_merging(
    sender: Sender, receivers: Receivers, monkeypatch: pytest.MonkeyPatch, spy: FastPathSpy
) -> None:
    path = seal(sender, receivers, "unrestricted.pslb", WITHOUT_RESTRICTED)
    fast, merged = import_both(receivers, path, monkeypatch)

    assert counts(fast) == counts(merged)
    held = assert_same_vaults(receivers)
    assert spy.records > 0.9 * stored_records(held), "the fast path took too few records"
    assert sender.restricted not in held["people"]
    legal = person(held, sender.legal)
    assert legal["legal_name"] is None
    assert json.loads(legal["channels"]) == [{"kind": "email", "value": "a@example.org"}]
    # A field the bundle left out was never written here: a zero stamp, by the author of
    # the record's stamp, which any real write of the legal name will beat.
    stamps = json.loads(legal["stamps"])
    assert stamps["legal_name"] == [0, sender.vault.fingerprint, 0]
    assert stamps["*"][1] == sender.vault.fingerprint
    relayed = person(held, sender.relayed)
    assert relayed["legal_name"] is None
    assert json.loads(relayed["stamps"])["legal_name"][0] == 0


def test_a_handoff_in_many_small_blocks_and_chunks_stores_the_same_records(
    sender: Sender, receivers: Receivers, monkeypatch: pytest.MonkeyPatch, spy: FastPathSpy
) -> None:
    """Blocks of 7 records and import chunks of about 50: records of one kind spread over
    several blocks and chunks, mixed blocks of plain and merged records."""
    monkeypatch.setattr(bundle_export, "BLOCK_RECORDS", 7)
    monkeypatch.setattr(bundle_open, "CHUNK_OPS", 50)
    path = seal(sender, receivers, "small-blocks.pslb", EVERYTHING)
    fast, merged = import_both(receivers, path, monkeypatch)

    assert counts(fast) == counts(merged)
    held = assert_same_vaults(receivers)
    assert spy.records > 0.9 * stored_records(held), "the fast path took too few records"


def test_a_full_handoff_after_a_partial_one_inserts_new_records_and_merges_held_ones_alike(
    sender: Sender, receivers: Receivers, monkeypatch: pytest.MonkeyPatch, spy: FastPathSpy
) -> None:
    """First people and tags without restricted data, then everything: held people are
    merged (restricted fields arriving), new ones (restricted people) and every record of
    the kinds not held yet take the fast path."""
    partial = Scope(kinds=frozenset({Kind.PERSON, Kind.TAG}), everything=True)
    first = seal(sender, receivers, "partial.pslb", partial)
    full = seal(sender, receivers, "after-partial.pslb", EVERYTHING)
    import_both(receivers, first, monkeypatch)
    held_before = stored_records(assert_same_vaults(receivers))
    before = dict(spy.per_kind)

    fast, merged = import_both(receivers, full, monkeypatch)

    assert counts(fast) == counts(merged)
    assert fast.changed > 0 and fast.unchanged > 0
    held = assert_same_vaults(receivers)
    assert person(held, sender.legal)["legal_name"] == "Oleksandr Tkachenko"
    assert person(held, sender.restricted)["sensitivity"] == "restricted"
    # Only the restricted people were new among the people, and all of them plain.
    restricted_people = sum(p["sensitivity"] == "restricted" for p in held["people"].values())
    assert spy.per_kind["person"] - before["person"] == restricted_people > 1
    assert spy.per_kind.get("tag", 0) == before.get("tag", 0)
    new_here = stored_records(held) - held_before
    assert spy.records - sum(before.values()) > 0.9 * new_here


@pytest.mark.parametrize("holding", ["nothing yet", "people and tags already"])
def test_a_dry_run_reports_the_same_counts_either_way_and_writes_nothing(
    sender: Sender,
    receivers: Receivers,
    monkeypatch: pytest.MonkeyPatch,
    spy: FastPathSpy,
    holding: str,
) -> None:
    vault = receivers.fast
    if holding != "nothing yet":
        partial = Scope(kinds=frozenset({Kind.PERSON, Kind.TAG}), everything=True)
        import_bundle(vault, seal(sender, receivers, "partial.pslb", partial))
    path = seal(sender, receivers, "dry.pslb", EVERYTHING)
    before = dump(vault)
    inserted = spy.records

    fast = import_bundle(vault, path, dry_run=True)
    assert spy.records - inserted > 0.5 * fast.created, "the fast path took too few records"
    merged = without_fast_path(monkeypatch, lambda: import_bundle(vault, path, dry_run=True))

    assert counts(fast) == counts(merged)
    assert fast.created > 0
    assert dump(vault) == before
    real = import_bundle(vault, path)
    assert counts(real) == counts(fast)
