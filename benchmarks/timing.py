"""Samples and their spread, and the alternating loop that measures a figure against its
floor in the same process: floor, pslapp, floor, pslapp ..., so that a change in machine
load hits both sides alike."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Samples:
    """Seconds (or megabytes) of several runs of one thing."""

    values: list[float] = field(default_factory=list)

    def add(self, value: float) -> None:
        self.values.append(value)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    def quantile(self, q: float) -> float:
        """Nearest-rank quantile: with few samples, an observed value, not a guess."""
        ordered = sorted(self.values)
        rank = max(1, -(-int(q * 1000) * len(ordered) // 1000))
        return ordered[min(rank, len(ordered)) - 1]

    def to_json(self) -> dict[str, object]:
        return {
            "median": self.median,
            "min": self.low,
            "max": self.high,
            "p95": self.quantile(0.95),
            "n": len(self.values),
            "values": self.values,
        }


def timed(action: Callable[[], object]) -> float:
    """Seconds `action` takes. The garbage collector runs before, so that neither side pays
    for the other's garbage, but stays on during: the app pays for its own."""
    gc.collect()
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


@dataclass(frozen=True)
class Run:
    """One prepared run: the timed action, and what to tidy afterwards (untimed)."""

    action: Callable[[], object]
    cleanup: Callable[[], object] | None = None

    def measure(self) -> float:
        try:
            return timed(self.action)
        finally:
            if self.cleanup is not None:
                self.cleanup()


@dataclass
class Paired:
    subject: Samples = field(default_factory=Samples)
    floor: Samples = field(default_factory=Samples)


def alternate(repeats: int, floor: Callable[[int], Run], subject: Callable[[int], Run]) -> Paired:
    """Run floor and subject in turn, `repeats` times each. Each factory gets the repeat
    number and prepares one run (untimed: fresh files, copies)."""
    out = Paired()
    for i in range(repeats):
        out.floor.add(floor(i).measure())
        out.subject.add(subject(i).measure())
    return out
