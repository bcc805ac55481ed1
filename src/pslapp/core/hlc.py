"""Hybrid logical clock: 48-bit wall-clock milliseconds and a 16-bit counter in one int.

An HLC orders every edit across vaults without trusting anyone's clock too much: it never
runs backwards, advances past every stamp it sees, and refuses stamps far in the future.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1
WALL_MASK = (1 << 48) - 1
# How far ahead of this computer's clock a received stamp may be. Laptops that sync their
# clock are within a second of each other, and one that has not synced for weeks drifts by
# a minute or two; five minutes accepts both. The bound is also the most a peer can push
# this vault's clock forward, and so the most a forged future stamp can win by over honest
# edits made after it (it was 24 h: a day of everyone's edits). See docs/decisions.md.
MAX_SKEW_MS = 5 * 60 * 1000


class ClockSkew(ValueError):
    """A stamp is too far ahead of this machine's clock to be accepted."""

    def __init__(self, ahead_ms: int) -> None:
        super().__init__(
            f"the sender's clock is {_duration(ahead_ms)} ahead of this computer's (at most "
            f"{MAX_SKEW_MS // 60_000} minutes are accepted); ask them to set their clock "
            "right and send the bundle again, or check this computer's clock"
        )
        self.ahead_ms = ahead_ms


def _duration(ms: int) -> str:
    minutes = ms / 60_000
    if minutes < 120:
        return f"{minutes:.0f} minutes"
    return f"{minutes / 60:.1f} hours"


def pack(wall_ms: int, counter: int = 0) -> int:
    return ((wall_ms & WALL_MASK) << COUNTER_BITS) | (counter & COUNTER_MASK)


def wall_ms(hlc: int) -> int:
    return hlc >> COUNTER_BITS


def system_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Issues strictly increasing stamps. `last` is persisted by the vault between runs."""

    def __init__(self, last: int = 0, now_ms: Callable[[], int] = system_ms) -> None:
        self.last = last
        self._now_ms = now_ms
        self._held: int | None = None

    def tick(self) -> int:
        if self._held is not None:
            return self._held
        physical = pack(self._now_ms())
        self.last = physical if physical > self.last else self.last + 1
        return self.last

    @contextmanager
    def held(self) -> Iterator[int]:
        """One stamp for every write inside: the writes of one act on many records (a
        merge of two people), each record written at most once, told apart later by it."""
        stamp = self.tick()
        self._held = stamp
        try:
            yield stamp
        finally:
            self._held = None

    def reserve(self, count: int) -> int:
        """Reserve `count` consecutive stamps; returns the first. For bulk inserts."""
        first = self.tick()
        self.last = first + count - 1
        return first

    def check(self, remote: int) -> None:
        """Refuse a stamp more than `MAX_SKEW_MS` ahead of the local wall clock."""
        ahead = wall_ms(remote) - self._now_ms()
        if ahead > MAX_SKEW_MS:
            raise ClockSkew(ahead)

    def observe(self, remote: int) -> None:
        """Advance past a received stamp (after `check`), but never further than the skew
        bound ahead of the wall clock, whatever was passed in."""
        ceiling = pack(self._now_ms() + MAX_SKEW_MS)
        self.last = max(self.last, min(remote, ceiling))
