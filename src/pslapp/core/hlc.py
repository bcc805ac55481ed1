"""Hybrid logical clock: 48-bit wall-clock milliseconds and a 16-bit counter in one int.

An HLC orders every edit across vaults without trusting anyone's clock too much: it never
runs backwards, advances past every stamp it sees, and refuses stamps far in the future.
"""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1
WALL_MASK = (1 << 48) - 1
MAX_SKEW_MS = 24 * 60 * 60 * 1000


class ClockSkew(ValueError):
    """A stamp is too far ahead of this machine's clock to be accepted."""

    def __init__(self, ahead_ms: int) -> None:
        hours = ahead_ms / 3_600_000
        super().__init__(
            f"the sender's clock is {hours:.1f} hours ahead of this computer's; "
            "ask them to fix their clock and send the bundle again"
        )
        self.ahead_ms = ahead_ms


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

    def tick(self) -> int:
        physical = pack(self._now_ms())
        self.last = physical if physical > self.last else self.last + 1
        return self.last

    def reserve(self, count: int) -> int:
        """Reserve `count` consecutive stamps; returns the first. For bulk inserts."""
        first = self.tick()
        self.last = first + count - 1
        return first

    def check(self, remote: int) -> None:
        """Refuse a stamp more than 24 h ahead of the local wall clock."""
        ahead = wall_ms(remote) - self._now_ms()
        if ahead > MAX_SKEW_MS:
            raise ClockSkew(ahead)

    def observe(self, remote: int) -> None:
        """Advance past a received stamp (after `check`)."""
        self.last = max(self.last, remote)
