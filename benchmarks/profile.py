"""Profile one run of a figure with cProfile, to find where a missed target goes:
`python -m benchmarks.profile import --people 10000` prints the functions that take the most
time (own time and cumulative) and writes the raw profile for snakeviz or pstats."""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks import bundle_figures
from benchmarks.setup import EVERYTHING, World, build_world, remove_vault
from pslapp.core.enums import Kind
from pslapp.services.bundles import import_bundle, seal_bundle


def _import(world: World) -> tuple[Callable[[], object], Callable[[], object]]:
    vault = world.fresh_receiver()
    return lambda: import_bundle(vault, world.full_bundle), lambda: remove_vault(vault)


def _export(world: World) -> tuple[Callable[[], object], Callable[[], object]]:
    out = world.scratch("export")
    return lambda: seal_bundle(world.source, world.recipients, out, EVERYTHING), out.unlink


def _incremental(world: World) -> tuple[Callable[[], object], Callable[[], object]]:
    receiver = world.receiver()
    ids = bundle_figures.person_ids(world)[: bundle_figures.INCREMENTAL_PEOPLE]
    bundle_figures.change_people(world, ids, 0)
    path = world.scratch("incremental")
    seal_bundle(world.source, [receiver.fingerprint], path, bundle_figures.CHANGES)
    return lambda: import_bundle(receiver, path), path.unlink


def _search(world: World) -> tuple[Callable[[], object], Callable[[], object]]:
    from benchmarks.gui_figures import TYPED, application, keystrokes  # noqa: PLC0415

    application()
    from pslapp.gui.models.record_table import RecordTableModel  # noqa: PLC0415
    from pslapp.gui.views.people import COLUMNS  # noqa: PLC0415

    model = RecordTableModel(Kind.PERSON, COLUMNS)
    model.set_vault(world.source)

    def typing() -> None:
        for word in TYPED:
            model.set_query("")
            for typed in keystrokes(word):
                model.set_query(typed)
                for row in range(min(25, model.rowCount())):
                    for column in range(model.columnCount()):
                        model.data(model.index(row, column))

    return typing, lambda: model.set_vault(None)


FIGURES = {"import": _import, "export": _export, "incremental": _incremental, "search": _search}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="benchmarks.profile", description=__doc__)
    parser.add_argument("figure", choices=list(FIGURES))
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--out", type=Path, help="write the raw profile here")
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="pslapp-profile-"))
    world = build_world(args.people, root / "world")
    try:
        action, tidy = FIGURES[args.figure](world)
        profiler = cProfile.Profile()
        profiler.runcall(action)
        tidy()
    finally:
        world.close()
        shutil.rmtree(root, ignore_errors=True)
    if args.out:
        profiler.dump_stats(args.out)
    for order in ("tottime", "cumulative"):
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text)
        stats.sort_stats(order).print_stats(args.top)
        print(text.getvalue())


if __name__ == "__main__":
    main()
