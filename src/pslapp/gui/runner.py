"""The one way slow work leaves the UI thread: a QRunnable on the global QThreadPool that
reports progress, success or failure through Qt signals (delivered on the UI thread).

Work functions take a `Job` so they can report progress and notice a cancel request;
services take a plain progress callback, which `job.progress` is."""

from __future__ import annotations

import contextlib
import logging
import threading
import warnings
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

STOP_WAIT_MS = 60_000  # an import stops at its next chunk (5 000 records), within seconds


class Cancelled(Exception):
    """Raised inside work that noticed `job.cancelled`."""


class Job(QObject):
    """The handle on one piece of background work."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self.running = True

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.progressed.emit(done, total)


class _Task(QRunnable):
    def __init__(self, job: Job, work: Callable[[Job], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job = job
        self._work = work

    def run(self) -> None:
        job = self._job
        try:
            result = self._work(job)
        except Exception as exc:  # reported to the UI thread, which shows a message
            log.debug("background job failed: %s", type(exc).__name__)
            job.running = False
            job.failed.emit(exc)
        else:
            job.running = False
            job.succeeded.emit(result)
        job.finished.emit()


_live: set[Job] = set()  # keeps jobs (and their signals) alive until they finish


def run(
    work: Callable[[Job], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Job:
    """Start `work(job)` on the thread pool; callbacks run on the UI thread."""
    job = Job()
    if on_done is not None:
        job.succeeded.connect(on_done)
    if on_error is not None:
        job.failed.connect(on_error)
    if on_progress is not None:
        job.progressed.connect(on_progress)
    _live.add(job)
    job.finished.connect(lambda: _live.discard(job))
    QThreadPool.globalInstance().start(_Task(job, work))
    return job


def wait_all(msecs: int = 30_000) -> bool:
    """Wait for running work (on exit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)


def stop_all(msecs: int = STOP_WAIT_MS) -> bool:
    """Before the vault locks: ask every job to stop, forget their callbacks (the windows
    they would update are closing) and wait until none runs. Work inside `Vault.write()`
    stops at its next progress report and rolls back, so nothing is written after this
    returns. False if some work did not finish in time (logged)."""
    for job in list(_live):
        job.cancel()
        for signal in (job.succeeded, job.failed, job.progressed):
            with contextlib.suppress(RuntimeError, TypeError), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                signal.disconnect()
    done = QThreadPool.globalInstance().waitForDone(msecs)
    if not done:
        log.warning("background work still running after %d ms", msecs)
    return done
