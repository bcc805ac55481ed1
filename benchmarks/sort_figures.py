"""GUI figures of a header click in the People list, offscreen: from the click on "City" or
"Alias" to the first screenful read in that order, and the longest the UI thread went
without turning its event loop meanwhile (the order is read beside it, gui/runner.py;
a pause is what the user feels as a frozen window). And the same pause for a search typed
key by key into the list sorted by city, each keystroke until its matches are in order.

The pause is measured by a 1 ms timer on the UI thread: the longest gap between its
ticks, the click itself and the first screenful's reading included. Garbage is collected
as in the app, on the UI thread (gui/main_thread_gc.py), so its pauses count too."""

from __future__ import annotations

import functools
import gc
import itertools
import time
from collections.abc import Callable
from typing import Any

from benchmarks.gui_figures import TYPED, VISIBLE_ROWS, application, keystrokes
from benchmarks.report import Figure, Target, report_only
from benchmarks.setup import World
from benchmarks.timing import Samples
from pslapp.core.enums import Kind

COLUMNS_CLICKED = ("city", "alias")
COLUMN_SEARCHED = "city"
FRAME_PAUSE = 0.033  # two frames at 60 Hz


def _click(model: Any, column: int, descending: bool) -> tuple[float, float]:
    """(seconds from the click to the first screenful, longest UI-thread pause)."""
    from PySide6.QtCore import Qt  # noqa: PLC0415

    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    return _watched(model, lambda: model.sort(column, order))


def _watched(model: Any, act: Callable[[], None]) -> tuple[float, float]:
    """(seconds from `act` to the first screenful in the order asked for, longest
    UI-thread pause meanwhile)."""
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: PLC0415

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()

    def finished(busy: bool) -> None:
        if not busy:
            loop.quit()

    model.sorting_changed.connect(finished)
    gc.collect()
    timer.start()
    began = time.perf_counter()
    act()
    _screenful(model)  # what the view paints at once
    ticks.append(time.perf_counter())  # the click or keystroke has returned to the loop
    if model.sorting:
        loop.exec()
        _screenful(model)
    ended = time.perf_counter()
    timer.stop()
    model.sorting_changed.disconnect(finished)
    stamps = [began, *ticks, ended]
    return ended - began, max(b - a for a, b in itertools.pairwise(stamps))


def _screenful(model: Any) -> None:
    for row in range(min(VISIBLE_ROWS, model.rowCount())):
        for c in range(model.columnCount()):
            model.data(model.index(row, c))


def sort_figures(world: World, repeats: int) -> list[Figure]:
    application()
    from pslapp.gui.main_thread_gc import MainThreadCollector  # noqa: PLC0415
    from pslapp.gui.models.record_table import RecordTableModel  # noqa: PLC0415
    from pslapp.gui.views.people import COLUMNS  # noqa: PLC0415

    model = RecordTableModel(Kind.PERSON, COLUMNS)
    model.set_vault(world.source)
    clicks, pauses, typing = Samples(), Samples(), Samples()
    collector = MainThreadCollector()
    try:
        for n in range(repeats):
            for name in COLUMNS_CLICKED:
                model.sort(0)  # back to the name order (paged in SQL, at once)
                seconds, pause = _click(model, COLUMNS.index(name), descending=n % 2 == 1)
                clicks.add(seconds)
                pauses.add(pause)
        _click(model, COLUMNS.index(COLUMN_SEARCHED), descending=False)
        for _ in range(repeats):
            for word in TYPED:
                model.set_query("")
                for typed in keystrokes(word):
                    typing.add(_watched(model, functools.partial(model.set_query, typed))[1])
        model.set_query("")
    finally:
        collector.stop()
        model.set_vault(None)
    note = (
        f"a click on {' and on '.join(COLUMNS_CLICKED)}, {repeats} times each, "
        "ascending and descending in turn, from the name order"
    )
    return [
        Figure(
            "sort_click",
            "a header click in the People list, to the first screenful in that order",
            world.people,
            "ms",
            clicks,
            report_only("report (read beside the UI thread)"),
            notes=[note],
        ),
        Figure(
            "sort_pause",
            "longest pause of the UI thread during that click",
            world.people,
            "ms",
            pauses,
            Target("p95 < 33 ms", lambda f: f.subject.quantile(0.95) < FRAME_PAUSE),
            notes=[note],
            scales=False,
        ),
        Figure(
            "sort_search_pause",
            f"longest UI-thread pause per keystroke of a search sorted by {COLUMN_SEARCHED}",
            world.people,
            "ms",
            typing,
            Target("p95 < 33 ms", lambda f: f.subject.quantile(0.95) < FRAME_PAUSE),
            notes=[
                f"typed {', '.join(repr(w) for w in TYPED)} key by key, {repeats} times "
                f"({len(typing.values)} keystrokes), each until its matches were in order"
            ],
            scales=False,
        ),
    ]
