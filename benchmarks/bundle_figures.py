"""Bundle figures: a full import into an empty vault, a full export to three recipients,
and an incremental import of changed people into a vault that holds the whole network."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from benchmarks import floors
from benchmarks.report import Figure, median_below, ratio_at_most, report_only
from benchmarks.setup import EVERYTHING, World, remove_vault
from benchmarks.timing import Run, Samples, alternate, timed
from pslapp.core.enums import Kind
from pslapp.services import records
from pslapp.services.bundles import Scope, apply_review, import_bundle, review_bundle, seal_bundle
from pslapp.storage.tables import RECORD_TABLES, change_sets

INCREMENTAL_PEOPLE = 1_000
# What changed since the last bundle to the receiver, restricted data included.
CHANGES = Scope(include_restricted=True)


def full_import(world: World, repeats: int) -> Figure:
    rows = floors.read_import_rows(world.receiver())

    def floor(_i: int) -> Run:
        return floors.import_floor(rows, world.scratch("floor"))

    def subject(_i: int) -> Run:
        vault = world.fresh_receiver()

        def run() -> None:
            report = import_bundle(vault, world.full_bundle)
            assert report.created == rows.count, (report.created, rows.count)

        return Run(run, lambda: remove_vault(vault))

    paired = alternate(repeats, floor, subject)
    figure = Figure(
        "import_full",
        "import of a full bundle into an empty vault",
        world.people,
        "s",
        paired.subject,
        ratio_at_most(2.0),
        paired.floor,
    )
    figure.notes.append(
        f"{rows.count} records, {len(rows.fts)} search entries, bundle "
        f"{world.full_bundle.stat().st_size / 1e6:.1f} MB"
    )
    return figure


def full_export(world: World, repeats: int) -> Figure:
    rows = floors.read_export_rows(world.source)

    def floor(_i: int) -> Run:
        return floors.export_floor(rows)

    def subject(_i: int) -> Run:
        out = world.scratch("export").with_suffix(".pslb")
        # Sealed as after an unlock: a new connection, its page cache empty. Otherwise the
        # 10 000 figure reads a vault that sits whole in the cache since it was filled and
        # the 100 000 one (larger than the cache) does not, which skews the scaling.
        world.source.engine.dispose()

        def run() -> None:
            report = seal_bundle(world.source, world.recipients, out, EVERYTHING)
            assert report.op_count == len(rows), (report.op_count, len(rows))

        return Run(run, out.unlink)

    paired = alternate(repeats, floor, subject)
    return Figure(
        "export_full",
        "export (seal) of everything to 3 recipients",
        world.people,
        "s",
        paired.subject,
        ratio_at_most(1.5),
        paired.floor,
    )


def person_ids(world: World) -> list[str]:
    table = RECORD_TABLES[Kind.PERSON]
    with world.source.read() as conn:
        return list(conn.execute(select(table.c.id).order_by(table.c.pk)).scalars())


def change_people(world: World, ids: list[str], round_: int) -> None:
    """Edit the city and notes of `ids` in the source vault, in one transaction."""
    found = records.get_many(world.source, Kind.PERSON, ids)
    vault = world.source
    with vault.write() as conn:
        for n, record_id in enumerate(ids):
            change = {"city": ("Leipzig", "Dresden")[(n + round_) % 2], "notes": f"round {round_}"}
            records.edit_within(conn, vault, found[record_id], change)


def incremental_import(world: World, repeats: int) -> Figure:
    """Each repeat: the source changes a different set of people (untimed), seals what
    changed since its last bundle to the receiver (untimed), the receiver imports it."""
    receiver = world.receiver()
    ids = person_ids(world)
    count = min(INCREMENTAL_PEOPLE, max(1, world.people // 2))
    samples = Samples()
    for i in range(repeats):
        start = (i * count) % max(1, len(ids) - count + 1)
        change_people(world, ids[start : start + count], i)
        path: Path = world.scratch("incremental").with_suffix(".pslb")
        sealed = seal_bundle(world.source, [receiver.fingerprint], path, CHANGES)
        assert sealed.op_count == count, (sealed.op_count, count)

        def run(path: Path = path) -> None:
            report = import_bundle(receiver, path)
            assert report.changed == count, report.to_json()

        samples.add(timed(run))
        path.unlink()
    return Figure(
        "import_incremental",
        f"incremental import of {count} changed people",
        world.people,
        "s",
        samples,
        median_below(1.0),
    )


def proof_storage(world: World, _repeats: int) -> list[Figure]:
    """What authorship costs at rest, per record: the stored proofs and the change sets they
    name (statement and signature), in the vault that wrote everything and in one that
    imported it all. Measured, not timed."""
    out = []
    for label, vault in (
        ("the author's vault", world.source),
        ("a receiving vault", world.receiver()),
    ):
        with vault.read() as conn:
            proofs = records_count = 0
            for table in RECORD_TABLES.values():
                n, size = conn.execute(
                    select(func.count(), func.coalesce(func.sum(func.length(table.c.proofs)), 0))
                ).one()
                records_count += n
                proofs += size
            sets, signed = conn.execute(
                select(
                    func.count(),
                    func.coalesce(func.sum(func.length(change_sets.c.statement) + 64 + 64), 0),
                )
            ).one()
        per_record = (proofs + signed) / max(records_count, 1)
        figure = Figure(
            f"proof_bytes_{'source' if vault is world.source else 'receiver'}",
            f"stored proofs and change sets per record, {label}",
            world.people,
            "B",
            Samples([per_record]),
            report_only(),
            scales=False,
        )
        figure.notes.append(
            f"{records_count} records: proofs {proofs / 1e6:.1f} MB, {sets} change sets "
            f"{signed / 1e6:.1f} MB (statements, signatures, ids); "
            f"{proofs / max(records_count, 1):.0f} + {signed / max(records_count, 1):.0f} B"
        )
        out.append(figure)
    return out


def review_and_apply(world: World, repeats: int) -> Figure:
    """The GUI's receive, without the widgets: review the full bundle (verify once, dry-run
    merge, titles), then apply those same verified bytes; against the CLI's one import of
    the same bundle as the floor."""

    def floor(_i: int) -> Run:
        vault = world.fresh_receiver()
        return Run(lambda: import_bundle(vault, world.full_bundle), lambda: remove_vault(vault))

    def subject(_i: int) -> Run:
        vault = world.fresh_receiver()

        def run() -> None:
            apply_review(vault, review_bundle(vault, world.full_bundle))

        return Run(run, lambda: remove_vault(vault))

    paired = alternate(repeats, floor, subject)
    return Figure(
        "receive_review_apply",
        "receive in the GUI (review, then apply) against one CLI import",
        world.people,
        "s",
        paired.subject,
        ratio_at_most(1.3),
        paired.floor,
    )
