"""Run the benchmarks: `python -m benchmarks.run` (`make bench`).

For each size, the sample network is built once in a temporary folder, then every figure is
measured (against its floor where it has one, alternating), and the report is printed and
written as JSON and Markdown. `--quick` is the smoke run of the same code at tiny sizes."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks import (
    bundle_figures,
    gui_figures,
    integrity_figures,
    merge_figures,
    sort_figures,
    vault_figures,
)
from benchmarks.report import Figure, Report, load_average, machine_info
from benchmarks.setup import World, build_world

DEFAULT_PEOPLE = (10_000, 100_000)
QUICK_PEOPLE = (200,)
RESULTS = Path(__file__).resolve().parent / "results"


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _measure(report: Report, name: str, make: Callable[[], Figure | list[Figure]]) -> None:
    began = time.perf_counter()
    made = make()
    for figure in made if isinstance(made, list) else [made]:
        report.add(figure)
    _log(f"  {name}: {time.perf_counter() - began:.1f} s")


# Figure families, in the order they run (export before the incremental import's edits).
FAMILIES: dict[str, Callable[[World, int], Figure | list[Figure]]] = {
    "populate": lambda world, _repeats: vault_figures.populate_figure(world),
    "export": bundle_figures.full_export,
    "import": bundle_figures.full_import,
    "incremental": bundle_figures.incremental_import,
    "proof-storage": bundle_figures.proof_storage,
    "index-size": lambda world, _repeats: vault_figures.search_index_figure(world),
    "receive": bundle_figures.review_and_apply,
    "memory": lambda world, _repeats: vault_figures.memory_figures(world),
    "search": gui_figures.search_figure,
    "people-view": gui_figures.people_view_figure,
    "sort": sort_figures.sort_figures,
    "door-search": gui_figures.door_search_figure,
    "unlock": vault_figures.unlock_figures,
    "integrity": integrity_figures.integrity_figures,
    "cold-start": vault_figures.cold_start_figure,
    "duplicates": merge_figures.duplicates_figure,
    "merge": merge_figures.merge_figure,
}


def measure_size(
    report: Report, world: World, repeats: int, only: Sequence[str] | None = None
) -> None:
    for name, family in FAMILIES.items():
        if only is None or name in only:
            _measure(report, name, lambda family=family: family(world, repeats))


def run(
    people: Sequence[int],
    repeats: int,
    out: Path,
    workdir: Path | None = None,
    only: Sequence[str] | None = None,
) -> Report:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report = Report(machine=machine_info())
    report.machine["load_before"] = load_average()
    report.machine["repeats"] = repeats
    report.machine["started"] = dt.datetime.now().isoformat(timespec="seconds")
    root = Path(tempfile.mkdtemp(prefix="pslapp-bench-", dir=workdir))
    try:
        for n in people:
            _log(f"{n} people")
            world = build_world(n, root / str(n), _log)
            try:
                measure_size(report, world, repeats, only)
            finally:
                world.close()
                shutil.rmtree(world.root, ignore_errors=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    report.machine["load_after"] = load_average()
    report.machine["finished"] = dt.datetime.now().isoformat(timespec="seconds")
    print(report.text())
    paths = report.write(out)
    _log("written: " + ", ".join(str(p) for p in paths))
    return report


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="benchmarks.run", description=__doc__)
    parser.add_argument(
        "--people",
        type=int,
        nargs="+",
        help=f"sizes (default {' '.join(map(str, DEFAULT_PEOPLE))})",
    )
    parser.add_argument("--repeats", type=int, help="runs of each figure (default 5)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"smoke run: {' and '.join(map(str, QUICK_PEOPLE))} people, one repeat, "
        "results to a temporary folder unless --out is given",
    )
    parser.add_argument("--out", type=Path, help=f"results folder (default {RESULTS})")
    parser.add_argument("--workdir", type=Path, help="where the vaults are built (default: tmp)")
    parser.add_argument(
        "--only", nargs="+", choices=list(FAMILIES), help="measure only these figure families"
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.people = args.people or list(QUICK_PEOPLE)
        args.repeats = args.repeats or 1
        args.out = args.out or Path(tempfile.mkdtemp(prefix="pslapp-bench-results-"))
    args.people = args.people or list(DEFAULT_PEOPLE)
    args.repeats = args.repeats or 5
    args.out = args.out or RESULTS
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    run(sorted(args.people), args.repeats, args.out, args.workdir, args.only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
