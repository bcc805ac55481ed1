"""Figures, their targets, and the report: a table on the terminal, JSON and Markdown files.

A figure is one measurement at one size (number of people), with its floor when it has one.
Its verdict is "pass" or "fail" against its target, or "report" where the issue asks only
for the number. Scaling rows compare each figure's median at the largest size with the
smallest: linear growth is the ratio of the sizes; the target allows 20 % more."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.timing import Samples

SCALING_SLACK = 1.2  # 12x for 10x the people
REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Target:
    text: str
    check: Callable[[Figure], bool] | None = None  # None: report only


@dataclass
class Figure:
    key: str
    title: str
    people: int
    unit: str  # "s", "ms", "MB" or "B"; samples in seconds, megabytes or bytes
    subject: Samples
    target: Target
    floor: Samples | None = None
    notes: list[str] = field(default_factory=list)
    scales: bool = True  # include in the scaling rows

    @property
    def ratio(self) -> float | None:
        if self.floor is None:
            return None
        return self.subject.median / self.floor.median

    @property
    def ratios(self) -> list[float]:
        if self.floor is None or len(self.floor.values) != len(self.subject.values):
            return []
        return [s / f for s, f in zip(self.subject.values, self.floor.values, strict=True)]

    @property
    def verdict(self) -> str:
        if self.target.check is None:
            return "report"
        return "pass" if self.target.check(self) else "fail"

    def to_json(self) -> dict[str, Any]:
        ratios = self.ratios
        return {
            "key": self.key,
            "title": self.title,
            "people": self.people,
            "unit": self.unit,
            "subject": self.subject.to_json(),
            "floor": self.floor.to_json() if self.floor else None,
            "ratio": self.ratio,
            "ratio_min": min(ratios) if ratios else None,
            "ratio_max": max(ratios) if ratios else None,
            "target": self.target.text,
            "verdict": self.verdict,
            "notes": self.notes,
        }


# --- targets -------------------------------------------------------------------------------


def ratio_at_most(limit: float) -> Target:
    return Target(f"<= {limit:g}x floor", lambda f: f.ratio is not None and f.ratio <= limit)


def median_below(seconds: float) -> Target:
    return Target(f"median < {_seconds_text(seconds)}", lambda f: f.subject.median < seconds)


def search_target() -> Target:
    def check(f: Figure) -> bool:
        return f.subject.median < 0.016 and f.subject.quantile(0.95) < 0.033

    return Target("median < 16 ms, p95 < 33 ms", check)


def within(low: float, high: float, text: str) -> Target:
    return Target(text, lambda f: low <= f.subject.median <= high)


def report_only(text: str = "report") -> Target:
    return Target(text)


def memory_below(mb: float) -> Target:
    return Target(f"< {mb:g} MB RSS", lambda f: f.subject.median < mb)


def _seconds_text(seconds: float) -> str:
    return f"{seconds * 1000:g} ms" if seconds < 1 else f"{seconds:g} s"


# --- scaling -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scaling:
    key: str
    title: str
    small: int
    large: int
    ratio: float
    report_only: bool = False  # the figure has no target: neither has its growth

    @property
    def limit(self) -> float:
        return SCALING_SLACK * self.large / self.small

    @property
    def verdict(self) -> str:
        if self.report_only:
            return "report"
        return "pass" if self.ratio <= self.limit else "fail"

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "from": self.small,
            "to": self.large,
            "ratio": self.ratio,
            "linear": self.large / self.small,
            "limit": self.limit,
            "verdict": self.verdict,
        }


def scaling(figures: list[Figure]) -> list[Scaling]:
    sizes = sorted({f.people for f in figures})
    if len(sizes) < 2:
        return []
    small, large = sizes[0], sizes[-1]
    by_key = {(f.key, f.people): f for f in figures}
    out = []
    for f in figures:
        if f.people != large or not f.scales:
            continue
        base = by_key.get((f.key, small))
        if base is None or base.subject.median <= 0:
            continue
        growth = f.subject.median / base.subject.median
        out.append(Scaling(f.key, f.title, small, large, growth, f.target.check is None))
    return out


# --- output --------------------------------------------------------------------------------


def _value(unit: str, value: float) -> str:
    if unit in ("MB", "B"):
        return f"{value:.0f}"
    if unit == "ms":
        return f"{value * 1000:.1f}"
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


def _cell(unit: str, samples: Samples | None, p95: bool = False) -> str:
    if samples is None:
        return "-"
    text = f"{_value(unit, samples.median)} ({_value(unit, samples.low)}–"
    text += f"{_value(unit, samples.high)})"
    if p95:
        text += f", p95 {_value(unit, samples.quantile(0.95))}"
    return text


def rows(figures: list[Figure]) -> list[list[str]]:
    out = []
    for f in figures:
        ratios = f.ratios
        ratio = "-"
        if f.ratio is not None:
            ratio = f"{f.ratio:.2f}x"
            if ratios:
                ratio += f" ({min(ratios):.2f}–{max(ratios):.2f})"
        out.append(
            [
                f.title,
                f"{f.people:,}".replace(",", " "),
                f.unit,
                _cell(f.unit, f.subject, p95=f.key == "search"),
                _cell(f.unit, f.floor, p95=f.key == "search"),
                ratio,
                f.target.text,
                f.verdict,
            ]
        )
    return out


HEADER = ["figure", "people", "unit", "pslapp median (min–max)", "floor", "ratio", "target", ""]
SCALING_HEADER = ["figure", "from → to", "growth", "linear", "target", ""]


def scaling_rows(found: list[Scaling]) -> list[list[str]]:
    return [
        [
            s.title,
            f"{s.small:,} → {s.large:,}".replace(",", " "),
            f"{s.ratio:.1f}x",
            f"{s.large / s.small:g}x",
            "report" if s.report_only else f"<= {s.limit:g}x",
            s.verdict,
        ]
        for s in found
    ]


def _text_table(header: list[str], body: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in [header, *body]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _markdown_table(header: list[str], body: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in body]
    return "\n".join(lines)


@dataclass
class Report:
    figures: list[Figure] = field(default_factory=list)
    machine: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        return figure

    def to_json(self) -> dict[str, Any]:
        return {
            "machine": self.machine,
            "figures": [f.to_json() for f in self.figures],
            "scaling": [s.to_json() for s in scaling(self.figures)],
            "notes": self.notes,
        }

    def text(self) -> str:
        out = _text_table(HEADER, rows(self.figures))
        found = scaling(self.figures)
        if found:
            out += "\n\n" + _text_table(SCALING_HEADER, scaling_rows(found))
        return out

    def markdown(self) -> str:
        m = self.machine
        parts = [
            "# pslapp benchmarks",
            "",
            f"Run {m.get('finished', '')} at commit {m.get('commit', '?')} "
            f"({m.get('src_uncommitted', '?')} uncommitted files under src/) "
            f"on {m.get('machine', '')}: {m.get('cpus', '?')} CPUs, "
            f"Python {m.get('python', '')}, SQLite {m.get('sqlite', '')}; "
            f"load average {m.get('load_before', '')} before, {m.get('load_after', '')} after. "
            f"{m.get('repeats', '')} repeats; medians with (min–max); ratios are per "
            "alternating pair. See docs/benchmarks.md for what each figure and floor is.",
            "",
            _markdown_table([*HEADER[:-1], "verdict"], rows(self.figures)),
        ]
        found = scaling(self.figures)
        if found:
            parts += ["", "## Scaling", "", _markdown_table(SCALING_HEADER, scaling_rows(found))]
        notes = [f"- {f.title} at {f.people}: {n}" for f in self.figures for n in f.notes]
        notes += [f"- {n}" for n in self.notes]
        if notes:
            parts += ["", "## Notes", "", *notes]
        return "\n".join(parts) + "\n"

    def write(self, folder: Path) -> tuple[Path, Path]:
        folder.mkdir(parents=True, exist_ok=True)
        as_json = folder / "results.json"
        as_md = folder / "results.md"
        as_json.write_text(json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n")
        as_md.write_text(self.markdown())
        return as_json, as_md


def _git(*args: str) -> str:
    try:
        done = subprocess.run(
            ["git", *args], cwd=REPO, capture_output=True, text=True, check=False, timeout=10
        )
    except OSError:
        return ""
    return done.stdout.strip()


def machine_info() -> dict[str, Any]:
    import sqlcipher3  # noqa: PLC0415 (only to name its SQLite version)

    changed = _git("status", "--porcelain", "--", "src")
    return {
        "machine": f"{platform.system()} {platform.machine()}",
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "sqlite": sqlcipher3.sqlite_version,
        "commit": _git("rev-parse", "--short", "HEAD"),
        "src_uncommitted": len(changed.splitlines()),
    }


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())
