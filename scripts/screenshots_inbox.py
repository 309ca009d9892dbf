"""Screenshots of the Inbox: every conversation with the danger aid on top, and a booking thread.

Called from ``scripts/screenshots.py`` once the demo practice (with its demo
mail) is in the vault; each step waits for the page's background work, saves,
and hands on to the next, ending with ``then``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from desktop.views.main_window import MainWindow
from desktop.views.sections import Section

Save = Callable[[str, QWidget], None]
#: Long enough for the list, then the thread and the action panel, to arrive from the vault thread.
SETTLE_MS = 900


def inbox_shots(window: MainWindow, save: Save, then: Callable[[], None]) -> None:
    """The "All" view with the first (danger-aid) thread open, then "Booking" with an inquiry answered."""
    page = window.inbox_page
    window.show_section(Section.INBOX)
    page.show_view("all")

    def all_shown() -> None:
        page.table.selectRow(0)
        QTimer.singleShot(SETTLE_MS, lambda: (save("inbox", window), booking_step()))

    def booking_step() -> None:
        page.show_view("booking")
        QTimer.singleShot(SETTLE_MS, booking_listed)

    def booking_listed() -> None:
        rows = [page.model.thread_at(row) for row in range(page.model.rowCount())]
        replied = next((i for i, row in enumerate(rows) if row is not None and row.messages > 1), 0)
        page.table.selectRow(replied)
        QTimer.singleShot(SETTLE_MS, lambda: (save("inbox-booking", window), then()))

    QTimer.singleShot(SETTLE_MS, all_shown)
