"""Python's cyclic garbage collector runs in whichever thread happens to allocate when a
threshold is crossed. When that is a worker of the runner and the garbage holds Qt objects
made on the main thread (a closed dialog, an old model), Qt destroys them off their thread
and the process crashes. So while the app runs, automatic collection is off and this object
collects on the main thread instead, on a timer, with the same thresholds."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(INTERVAL_MS)

    def collect_due(self) -> None:
        """Collect the generations whose counts passed their thresholds, as Python would."""
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return
        generation = 0
        if counts[1] > self._thresholds[1]:
            generation = 2 if counts[2] > self._thresholds[2] else 1
        gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
