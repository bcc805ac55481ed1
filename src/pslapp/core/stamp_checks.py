"""The stamp maps of a block, checked: a stamp per register, `[hlc, author, past]`, every
author in the block's table and named by some stamp, no clock beyond the format's range, no
causal past ahead of its own write (`core/bundle_ops.py` decodes the rest of the block)."""

from __future__ import annotations

import operator
from typing import Any

from pslapp.core.op_checks import OpInvalid
from pslapp.core.stamps import DEFAULT_KEY, MAX_SEEN

MAX_STAMPS_PER_RECORD = 64
MAX_HLC = (1 << 63) - 1


def stamp_maps(
    maps: Any, n: int, authors: dict[int, str], allowed: frozenset[str]
) -> tuple[list[int], int]:
    """Check each record's stamp map. Returns the records whose map is one default stamp
    (most: a record written in one go) and the largest HLC in the block. Every author the
    block lists must be named by a stamp: a table of unused authors is refused."""
    if type(maps) is not list or len(maps) != n:
        raise OpInvalid("the block's stamps do not match its records")
    defaults = [m.get(DEFAULT_KEY) if type(m) is dict and len(m) == 1 else None for m in maps]
    single = [i for i, packed in enumerate(defaults) if packed is not None]
    used: set[int] = set()
    top = _default_stamps([defaults[i] for i in single], authors, used)
    if top is None:  # something is off in them: find it one by one
        single, top = [], 0
        used.clear()
    done = set(single)
    rest = [m for i, m in enumerate(maps) if i not in done] if len(done) < n else []
    top = max(top, _each_stamp_map(rest, authors, allowed, used))
    if len(used) != len(authors):
        raise OpInvalid("a block lists authors that none of its stamps names")
    return single, top


def _default_stamps(packed: list[Any], authors: dict[int, str], used: set[int]) -> int | None:
    """The largest HLC of records stamped `[hlc, author, base]` once each, checked a
    column at a time; None if any is not fine."""
    if not packed:
        return 0
    if set(map(type, packed)) != {list} or set(map(len, packed)) != {3}:
        return None
    hlcs, numbers, bases = zip(*packed, strict=True)
    if not set(map(type, hlcs)) | set(map(type, bases)) | set(map(type, numbers)) <= {int}:
        return None
    if min(hlcs) < 1 or max(hlcs) > MAX_HLC or min(bases) < 0:
        return None
    if any(map(operator.gt, bases, hlcs)):  # a base ahead of its own write
        return None
    numbers_used = set(numbers)
    if not authors.keys() >= numbers_used:
        return None
    used |= numbers_used
    return int(max(hlcs))


def _each_stamp_map(
    maps: list[Any], authors: dict[int, str], allowed: frozenset[str], used: set[int]
) -> int:
    top = 0
    for stamps in maps:
        if type(stamps) is not dict or not 0 < len(stamps) <= MAX_STAMPS_PER_RECORD:
            raise OpInvalid("an op's stamps are invalid")
        real = 0
        for key, packed in stamps.items():
            if key not in allowed:
                raise OpInvalid(f"a stamp names {key[:40]!r}, which the block does not carry")
            if type(packed) is not list or len(packed) != 3:
                raise OpInvalid("a stamp is invalid")
            hlc, author, base = packed
            if type(hlc) is not int or not 0 <= hlc <= MAX_HLC:
                raise OpInvalid("a stamp's clock is out of range")
            if type(author) is not int or author not in authors:
                raise OpInvalid("a stamp's author is not among the block's authors")
            if type(base) is list:
                _check_seen(base, hlc, author, authors, used)
            elif type(base) is not int or not 0 <= base <= MAX_HLC:
                raise OpInvalid("a stamp's base is out of range")
            elif base > hlc:
                raise OpInvalid("a stamp's base is ahead of the write it belongs to")
            used.add(author)
            real = max(real, hlc)
        if real == 0:
            raise OpInvalid("an op has no written field")
        top = max(top, real)
    return top


def _check_seen(
    seen: list[Any], hlc: int, author: int, authors: dict[int, str], used: set[int]
) -> None:
    """A causal past `[[author, hlc], ...]`: 1 to `MAX_SEEN` other authors, ascending, each
    with an HLC before the write's own (nobody has seen a write that came later)."""
    if not 0 < len(seen) <= MAX_SEEN:
        raise OpInvalid("a stamp's causal past is empty or too long")
    last = -1
    for pair in seen:
        if type(pair) is not list or len(pair) != 2:
            raise OpInvalid("a stamp's causal past is invalid")
        number, seen_hlc = pair
        if type(number) is not int or number not in authors:
            raise OpInvalid("a stamp's causal past names an author the block does not list")
        if number <= last:
            raise OpInvalid("a stamp's causal past is not in ascending order")
        if type(seen_hlc) is not int or seen_hlc < 1:
            raise OpInvalid("a stamp's causal past holds a clock that is no HLC")
        if seen_hlc >= hlc:
            raise OpInvalid("a stamp's causal past is ahead of the write it belongs to")
        last = number
    own = authors[author]
    if any(authors[number] == own for number, _ in seen):
        raise OpInvalid("a stamp's causal past names its own author")
    used.update(number for number, _ in seen)
