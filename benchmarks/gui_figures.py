"""GUI figures, offscreen: search-as-you-type through the People table model, and opening
the People view. Both read the source vault, which holds the whole sample network.

"Keystroke to model updated" is the model's `set_query` (it counts the matches) plus the
first screenful of rows read through `data()`, as the table view does right after a reset.
The main window waits 150 ms after the last keystroke before it calls `set_query`; that
pause is the app's choice, not work, and is not counted."""

from __future__ import annotations

import os
from typing import Any

from benchmarks.floors import FtsFloor
from benchmarks.report import Figure, median_below, search_target
from benchmarks.setup import World
from benchmarks.timing import Run, Samples
from pslapp.core.enums import Kind

VISIBLE_ROWS = 25  # a table of ~700 px


def application() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    return QApplication.instance() or QApplication([])


# What a coordinator types: a Ukrainian surname in Latin letters (the vault holds it in
# Cyrillic and in several transliterations), a Russian surname in Cyrillic, and a first name
# with the start of a surname. All are common in the sample names at every size.
TYPED = ("shevchenko", "Соколов", "Олег Гон")


def keystrokes(word: str) -> list[str]:
    return [word[:n] for n in range(1, len(word) + 1) if not word[:n].endswith(" ")]


def _slowest(by_prefix: dict[str, Samples], count: int = 3) -> str:
    ranked = sorted(by_prefix.items(), key=lambda item: item[1].median, reverse=True)
    return ", ".join(f"{p!r} {s.median * 1000:.0f} ms" for p, s in ranked[:count])


def search_figure(world: World, repeats: int) -> Figure:
    application()
    from pslapp.gui.models.record_table import RecordTableModel  # noqa: PLC0415
    from pslapp.gui.views.people import COLUMNS  # noqa: PLC0415

    vault = world.source
    model = RecordTableModel(Kind.PERSON, COLUMNS)
    model.set_vault(vault)
    floor = FtsFloor(vault, Kind.PERSON)
    subject, baseline = Samples(), Samples()
    by_prefix: dict[str, Samples] = {}
    floor_by_prefix: dict[str, Samples] = {}

    def keystroke(typed: str) -> Run:
        def update() -> None:
            model.set_query(typed)
            for row in range(min(VISIBLE_ROWS, model.rowCount())):
                for column in range(model.columnCount()):
                    model.data(model.index(row, column))

        return Run(update)

    try:
        for _ in range(repeats):
            for word in TYPED:
                model.set_query("")
                for typed in keystrokes(word):
                    floor_seconds = floor.run(typed).measure()
                    seconds = keystroke(typed).measure()
                    baseline.add(floor_seconds)
                    subject.add(seconds)
                    by_prefix.setdefault(typed, Samples()).add(seconds)
                    floor_by_prefix.setdefault(typed, Samples()).add(floor_seconds)
    finally:
        floor.close()
        model.set_vault(None)
    return Figure(
        "search",
        "search-as-you-type, keystroke to model updated",
        world.people,
        "ms",
        subject,
        search_target(),
        baseline,
        notes=[
            f"typed {', '.join(repr(w) for w in TYPED)} key by key, {repeats} times "
            f"({len(subject.values)} keystrokes); floor: the raw FTS5 query",
            f"slowest keystrokes (median): {_slowest(by_prefix)}; "
            f"their floors: {_slowest(floor_by_prefix)}",
        ],
    )


def people_view_figure(world: World, repeats: int) -> Figure:
    """Make the People view, give it the vault, show it and let it paint: the table asks
    for the rows it shows."""
    app = application()
    from pslapp.gui.clipboard import SecretClipboard  # noqa: PLC0415
    from pslapp.gui.models.tag_palette import TagPalette  # noqa: PLC0415
    from pslapp.gui.views.people import PeopleView  # noqa: PLC0415

    samples = Samples()
    for _ in range(repeats):
        views: list[Any] = []

        def open_view(views: list[Any] = views) -> None:
            view = PeopleView(TagPalette(), SecretClipboard())
            views.append(view)
            view.resize(1100, 700)
            view.show()
            view.set_vault(world.source)
            app.processEvents()
            model = view.model
            assert model.rowCount() == world.people
            model.data(model.index(0, 0))  # already read by the paint, or read now

        def close(views: list[Any] = views) -> None:
            for view in views:
                view.set_vault(None)
                view.close()
                view.deleteLater()
            app.processEvents()

        samples.add(Run(open_view, close).measure())
    return Figure(
        "people_view",
        "opening the People view to first rows",
        world.people,
        "ms",
        samples,
        median_below(0.2),
    )


DOOR_ATTENDEES = 5_000
DOOR_VISIBLE_ROWS = 12  # the door list shows about a dozen large rows


def door_search_figure(world: World, repeats: int) -> Figure:
    """Door mode: type-ahead over one event's attendees, filtered in memory with folded
    names. An event with 5 000 attendees (or everyone, in a smaller world) is registered in
    the source vault for this; the list is loaded once, as the door window does."""
    application()
    from pslapp.gui.door.attendee_search_model import AttendeeSearchModel  # noqa: PLC0415
    from pslapp.services import events, records  # noqa: PLC0415

    vault = world.source
    size = min(DOOR_ATTENDEES, world.people)
    event = records.create(
        vault,
        Kind.EVENT,
        {"title": "Door benchmark", "kind": "congress", "start": "2026-06-01T09:00"},
    )
    people = records.page(vault, Kind.PERSON, limit=size)
    records.create_many(
        vault, Kind.ATTENDANCE, ({"event_id": event.id, "person_id": p.id} for p in people)
    )
    model = AttendeeSearchModel()
    loading = Samples()
    loading.add(Run(lambda: model.set_attendees(events.attendees(vault, event.id))).measure())
    samples = Samples()

    def keystroke(typed: str) -> Run:
        def update() -> None:
            model.set_query(typed)
            for row in range(min(DOOR_VISIBLE_ROWS, model.rowCount())):
                model.data(model.index(row, 0))

        return Run(update)

    for _ in range(repeats):
        for word in TYPED:
            model.set_query("")
            for typed in keystrokes(word):
                samples.add(keystroke(typed).measure())
    return Figure(
        "door_search",
        f"door check-in search over {size} attendees, keystroke to list updated",
        world.people,
        "ms",
        samples,
        search_target(),
        notes=[
            f"typed {', '.join(repr(w) for w in TYPED)} key by key, {repeats} times; "
            f"loading the list once took {loading.median:.2f} s (off the UI thread in the app)"
        ],
    )
