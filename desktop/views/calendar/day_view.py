"""One day as a time grid: the week view's grid with a single column.

Kept as its own class so the page can hold both views at once (switching
between them keeps each one's scroll position), without copying any painting.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.views.calendar.week_view import WeekView


class DayView(WeekView):
    """The same signals as :class:`WeekView`; :meth:`set_period` takes the day shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(days=1, parent=parent)
