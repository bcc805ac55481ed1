"""GUI figures of a header click in the People list, offscreen: from the click on "City" or
"Alias" to the first screenful read in that order, and the longest the UI thread went
without turning its event loop meanwhile (the order is read beside it, gui/runner.py;
a pause is what the user feels as a frozen window).

The pause is measured by a 1 ms timer on the UI thread: the longest gap between its
ticks, the click itself and the first screenful's reading included. Garbage is collected
as in the app, on the UI thread (gui/main_thread_gc.py), so its pauses count too."""

from __future__ import annotations

import gc
import itertools
import time
from typing import Any

from benchmarks.gui_figures import VISIBLE_ROWS, application
from benchmarks.report import Figure, Target, report_only
from benchmarks.setup import World
from benchmarks.timing import Samples
from pslapp.core.enums import Kind

COLUMNS_CLICKED = ("city", "alias")
FRAME_PAUSE = 0.033  # two frames at 60 Hz


def _click(model: Any, column: int, descending: bool) -> tuple[float, float]:
    """(seconds from the click to the first screenful, longest UI-thread pause)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: PLC0415

    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
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
    model.sort(column, order)
    ticks.append(time.perf_counter())  # the click has returned to the event loop
    if model.sorting:
        loop.exec()
    for row in range(min(VISIBLE_ROWS, model.rowCount())):
        for c in range(model.columnCount()):
            model.data(model.index(row, c))
    ended = time.perf_counter()
    timer.stop()
    model.sorting_changed.disconnect(finished)
    stamps = [began, *ticks, ended]
    return ended - began, max(b - a for a, b in itertools.pairwise(stamps))


def sort_figures(world: World, repeats: int) -> list[Figure]:
    application()
    from pslapp.gui.main_thread_gc import MainThreadCollector  # noqa: PLC0415
    from pslapp.gui.models.record_table import RecordTableModel  # noqa: PLC0415
    from pslapp.gui.views.people import COLUMNS  # noqa: PLC0415

    model = RecordTableModel(Kind.PERSON, COLUMNS)
    model.set_vault(world.source)
    clicks, pauses = Samples(), Samples()
    collector = MainThreadCollector()
    try:
        for n in range(repeats):
            for name in COLUMNS_CLICKED:
                model.sort(0)  # back to the name order (paged in SQL, at once)
                seconds, pause = _click(model, COLUMNS.index(name), descending=n % 2 == 1)
                clicks.add(seconds)
                pauses.add(pause)
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
    ]
