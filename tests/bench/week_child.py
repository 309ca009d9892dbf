"""Switching weeks in the calendar on the 20-year demo vault (a child of ``python -m tests.bench``).

``python -m tests.bench.week_child VAULT REPEATS FIRST_DAY`` reads the vault's
database key as hex from one line of standard input, opens the vault once,
builds :class:`desktop.views.calendar.calendar_page.CalendarPage` given the vault at
the main window's size, shows it and puts it on the week of ``FIRST_DAY`` (a
busy week of the demo's past; none of this is timed). Then it alternates two
timings:

* baseline: a bare ``QMainWindow`` of the same size, already shown, asked to
  repaint (``update()``) until the end of its paint pass;
* app: a click on the "next week" button (``calendarNextButton``) until the
  end of the first paint pass of the week grid (``calendarWeekView``) after
  the grid has received the new week's bookings, so the query (run off the GUI
  thread by the page), the layout and the paint all count. The first paint of
  the grid after the click (the new week drawn before its bookings arrive) is
  recorded too, as a note.

A first round of each is a discarded warm-up. Prints ``RESULT {json}`` with
the millisecond lists, or ``RESULT {"unavailable": ...}`` while the calendar
page is not built yet.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QApplication, QMainWindow, QWidget

from desktop.app import configure_application
from desktop.vault import store
from tests.bench._paint import FirstPaint
from tests.bench.session_child import _settle
from tests.bench.startup_child import TIMEOUT_S, WINDOW_SIZE

UNAVAILABLE = "n/a (week view not built yet)"


def time_bare_repaint(app: QApplication, window: QMainWindow) -> float:
    """From asking a shown bare window to repaint to the end of that paint pass."""
    watch = FirstPaint(window)
    start = time.perf_counter()
    window.update()
    painted = watch.wait(TIMEOUT_S)
    _settle(app)
    return painted - start


class EntriesWatch:
    """Counts the grid's ``set_entries`` calls (the page hands it each period's bookings)."""

    def __init__(self, grid: QWidget) -> None:
        self.calls = 0
        original: Callable[..., Any] | None = getattr(grid, "set_entries", None)
        self.available = original is not None
        if original is None:
            return

        def counting(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            return original(*args, **kwargs)

        grid.set_entries = counting  # type: ignore[attr-defined]


def time_next_week(
    app: QApplication, button: QAbstractButton, grid: QWidget, entries: EntriesWatch
) -> tuple[float, float]:
    """(until the grid painted with the new week's bookings, until the grid's first paint), in seconds."""
    seen = entries.calls
    loaded = FirstPaint(grid, lambda: not entries.available or entries.calls > seen)
    first = FirstPaint(grid)
    start = time.perf_counter()
    button.click()
    try:
        painted = loaded.wait(TIMEOUT_S)
    except TimeoutError:
        first.remove()
        raise RuntimeError("the week grid never painted the next week's bookings") from None
    first_paint = first.painted_at if first.painted_at is not None else painted
    first.remove()
    _settle(app)
    return painted - start, first_paint - start


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: python -m tests.bench.week_child VAULT REPEATS FIRST_DAY < key-hex", file=sys.stderr)
        return 2
    folder, repeats, first_day = Path(argv[0]), int(argv[1]), date.fromisoformat(argv[2])
    key = bytes.fromhex(sys.stdin.readline().strip())
    try:
        from desktop.views.calendar.calendar_page import CalendarPage
    except ImportError:
        print("RESULT " + json.dumps({"unavailable": UNAVAILABLE}), flush=True)
        return 0
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    configure_application(app)
    vault = store.open_with_key(folder, key)
    if vault is None:
        raise RuntimeError("the key does not open the bench vault")
    page = CalendarPage()
    bare = QMainWindow()
    baseline: list[float] = []
    switched: list[float] = []
    first_paints: list[float] = []
    counts: list[int] = []
    try:
        button = page.findChild(QAbstractButton, "calendarNextButton")
        grid = page.findChild(QWidget, "calendarWeekView")
        if button is None or grid is None:
            print("RESULT " + json.dumps({"unavailable": UNAVAILABLE}), flush=True)
            return 0
        entries = EntriesWatch(grid)
        page.set_vault(vault)
        page.resize(*WINDOW_SIZE)
        page.show()
        go_to = getattr(page, "go_to", None)
        if callable(go_to):
            go_to(first_day)
        _settle(app)
        bare.resize(*WINDOW_SIZE)
        bare.show()
        _settle(app)
        for round_ in range(repeats + 1):
            base = time_bare_repaint(app, bare)
            loaded, first = time_next_week(app, button, grid, entries)
            ids = getattr(grid, "booking_ids", None)
            if round_ == 0:
                continue  # warm-up
            baseline.append(base * 1000)
            switched.append(loaded * 1000)
            first_paints.append(first * 1000)
            if callable(ids):
                counts.append(len(ids()))
    finally:
        page.close()
        bare.close()
        _settle(app)
        vault.close()
    notes = [
        f"first paint of the grid after the click (whatever it held by then): median "
        f"{statistics.median(first_paints):.1f} ms",
        f"switched weeks from {first_day.isoformat()} on; bookings drawn per week: "
        + (f"median {statistics.median(counts):.0f}, max {max(counts)}" if counts else "unknown"),
    ]
    if not entries.available:
        notes.append("the grid has no set_entries: the clock stopped at its first paint after the click")
    print("RESULT " + json.dumps({"baseline": baseline, "app": switched, "notes": notes}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
