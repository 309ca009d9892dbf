"""The agenda beside the calendar: the chosen day's bookings as a list, in time order.

A list is what a screen reader and the keyboard handle best, so every booking
drawn in the grid can also be reached here and opened with Enter.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.views.calendar import calendar_look as look
from desktop.views.calendar.grid_painting import block_lines
from desktop.views.common.empty_state import EmptyState

if TYPE_CHECKING:
    from desktop.services.bookings.booking_lists import CalendarEntry


def agenda_text(entry: CalendarEntry) -> str:
    """Two lines for a booking of the agenda: its time and client, then its status and session.

    The list and the printed agenda both say a booking this way.
    """
    span = QCoreApplication.translate("AgendaList", "%1–%2").replace("%1", look.time_text(entry.start))
    span = span.replace("%2", look.time_text(entry.end))
    _start_and_name, session, status = block_lines(entry)
    text = QCoreApplication.translate("AgendaList", "%1  %2\n%3 · %4")
    for index, value in enumerate((span, entry.client_name, status, session), 1):
        text = text.replace(f"%{index}", value)
    return text


class AgendaList(QListWidget):
    """Emits :attr:`open_requested` with the booking id clicked or activated."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarAgendaList")
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # each of the two lines on its own
        self.itemActivated.connect(self._open)
        self.itemClicked.connect(self._open)
        self.empty_state = EmptyState(self, "agendaEmptyState")

    def show_day(self, day: date, entries: Sequence[CalendarEntry]) -> None:
        """List the bookings of ``entries`` that start on ``day``."""
        self.clear()
        self.empty_state.setText(
            self.tr("No sessions on this day. Click a free time in the calendar to book one.")
        )
        for entry in (e for e in entries if e.start.date() == day):
            item = QListWidgetItem(agenda_text(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setBackground(look.fill_color(entry.status))
            item.setForeground(look.block_text())
            # room for two lines even where a Japanese name brings in a taller fallback font
            item.setSizeHint(QSize(1, round(self.fontMetrics().height() * 2.5) + 6))
            self.addItem(item)

    @Slot(QListWidgetItem)
    def _open(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
