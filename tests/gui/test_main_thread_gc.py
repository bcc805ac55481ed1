"""Garbage holding Qt objects is collected on the main thread, never in a worker: a worker
that triggers Python's collector while a closed dialog is garbage would crash the app."""

from __future__ import annotations

import gc

from pslapp.gui.main_thread_gc import MainThreadCollector


def test_automatic_collection_is_off_while_the_app_runs_and_back_after(qapp):
    # The autouse fixture has one running already; a second behaves the same.
    collector = MainThreadCollector()
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()
    gc.disable()  # the fixture's collector is still running


def test_due_garbage_is_collected_when_the_timer_fires(qapp):
    collector = MainThreadCollector()
    threshold = gc.get_threshold()[0]
    cycles = []
    for _ in range(threshold + 10):
        a: list[object] = []
        a.append(a)
        cycles.append(a)
    del cycles, a
    assert gc.get_count()[0] > threshold
    collector.collect_due()
    assert gc.get_count()[0] < threshold
    collector.stop()
    gc.disable()
