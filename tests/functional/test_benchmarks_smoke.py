"""The benchmarks keep working: the quick run of the same code at a tiny size measures every
figure and writes the report. (The real run is `make bench`; see docs/benchmarks.md.)"""

from __future__ import annotations

import dataclasses
import json

from benchmarks import run
from benchmarks.report import Figure, Report, median_below, scaling
from benchmarks.timing import Samples

FIGURES = {
    "populate",
    "export_full",
    "import_full",
    "import_incremental",
    "proof_bytes_source",
    "proof_bytes_receiver",
    "search_index_bytes",
    "receive_review_apply",
    "memory_import",
    "memory_receive",
    "search",
    "people_view",
    "sort_click",
    "sort_pause",
    "sort_search_pause",
    "door_search",
    "kdf",
    "unlock",
    "quick_check",
    "integrity_check",
    "cold_start",
    "duplicate_candidates",
    "person_merge",
}


def test_the_quick_benchmark_measures_every_figure_and_writes_the_report(tmp_path, capsys):
    report = run.run([200], repeats=1, out=tmp_path / "results", workdir=tmp_path)

    assert {f.key for f in report.figures} == FIGURES
    for figure in report.figures:
        assert figure.subject.values and all(v > 0 for v in figure.subject.values), figure.key
        assert figure.verdict in {"pass", "fail", "report"}
    floors = {f.key for f in report.figures if f.floor is not None}
    assert floors == {
        "export_full",
        "import_full",
        "receive_review_apply",
        "memory_receive",
        "search",
    }
    written = json.loads((tmp_path / "results" / "results.json").read_text())
    assert {f["key"] for f in written["figures"]} == FIGURES
    assert "load_before" in written["machine"]
    markdown = (tmp_path / "results" / "results.md").read_text()
    assert "import of a full bundle into an empty vault" in markdown
    assert "search-as-you-type" in capsys.readouterr().out
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("pslapp-bench-")]


def test_quick_means_a_tiny_size_and_one_repeat(tmp_path):
    args = run.parse_args(["--quick", "--out", str(tmp_path)])
    assert (args.people, args.repeats, args.out) == (list(run.QUICK_PEOPLE), 1, tmp_path)
    args = run.parse_args([])
    assert (args.people, args.repeats, args.out) == ([10_000, 100_000], 5, run.RESULTS)


def test_scaling_compares_each_figure_between_the_smallest_and_largest_size():
    report = Report()
    for people, seconds in ((10_000, 0.1), (100_000, 1.3)):
        report.add(Figure("x", "x", people, "s", Samples([seconds]), median_below(2.0)))
        report.add(Figure("y", "y", people, "s", Samples([seconds]), median_below(2.0)))
    report.figures[-1] = dataclasses.replace(report.figures[-1], subject=Samples([1.1]))
    verdicts = {s.key: s.verdict for s in scaling(report.figures)}
    assert verdicts == {"x": "fail", "y": "pass"}
    assert "Scaling" in report.markdown()
