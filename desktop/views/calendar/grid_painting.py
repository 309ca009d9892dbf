"""Drawing pieces of the time grid: lanes for overlapping bookings, day headers, booking blocks.

Split from :mod:`desktop.views.calendar.week_view` so the widget keeps to geometry and
input, and so the drawing of a booking is written once. Plain functions over a
``QPainter``; nothing here holds state.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from desktop.policy.bookings import BookingStatus
from desktop.views.calendar import calendar_look as look

if TYPE_CHECKING:
    from desktop.services.bookings.booking_lists import CalendarEntry


def place_in_lanes(entries: Sequence[CalendarEntry]) -> tuple[list[tuple[CalendarEntry, int]], int]:
    """Each entry (in time order) with its lane, and the number of lanes the day needs."""
    ends: list[datetime] = []  # where the last block of each lane ends
    placed: list[tuple[CalendarEntry, int]] = []
    for entry in entries:
        lane = next((i for i, end in enumerate(ends) if end <= entry.start), len(ends))
        if lane == len(ends):
            ends.append(entry.end)
        ends[lane] = entry.end
        placed.append((entry, lane))
    return placed, max(1, len(ends))


def paint_header(
    painter: QPainter, rect: QRectF, text: str, *, font: QFont, colour: QColor, today: bool
) -> None:
    """The weekday and date, the holiday's name below in smaller type, and a bar under today."""
    first, _newline, holiday = text.partition("\n")
    bold = QFont(font)
    bold.setBold(today)
    painter.setFont(bold)
    painter.setPen(colour)
    text_rect = rect.adjusted(4, 5, -4, 0)
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
    width = int(rect.width()) - 8
    painter.drawText(
        text_rect, flags, painter.fontMetrics().elidedText(first, Qt.TextElideMode.ElideRight, width)
    )
    line = painter.fontMetrics().height()
    if holiday:
        small = QFont(font)
        small.setPointSizeF(small.pointSizeF() * 0.85)
        painter.setFont(small)
        painter.setPen(look.holiday_text())
        elided = painter.fontMetrics().elidedText(holiday, Qt.TextElideMode.ElideRight, width)
        painter.drawText(text_rect.adjusted(0, line + 1, 0, 0), flags, elided)
    painter.setFont(font)
    if today:
        painter.fillRect(QRectF(rect.left() + 1, rect.bottom() - 3, rect.width() - 1, 3), colour)


def block_lines(entry: CalendarEntry, *, short: bool = False) -> list[str]:
    """What a block says: start and client; format (and pick-up); status."""
    session = look.format_text(entry.format, short=short)
    if entry.pickup_needed:
        joined = QCoreApplication.translate("WeekView", "%1 · %2")
        # pick-up first: in a narrow column it is the part that must stay visible
        session = joined.replace("%1", look.pickup_text()).replace("%2", session)
    return [f"{look.time_text(entry.start)} {entry.client_name}", session, look.status_text(entry.status)]


def paint_block(
    painter: QPainter, entry: CalendarEntry, rect: QRectF, *, font: QFont, outline: QColor | None
) -> None:
    """A booking coloured by status; ``outline`` marks the selected one."""
    edge = look.edge_color(entry.status)
    painter.setPen(QPen(outline, 2) if outline is not None else QPen(edge, 1))
    painter.setBrush(look.fill_color(entry.status))
    painter.drawRoundedRect(rect, 4, 4)
    painter.fillRect(QRectF(rect.left(), rect.top() + 1, 4, rect.height() - 2), edge)
    struck = QFont(font)
    struck.setStrikeOut(entry.status in (BookingStatus.CANCELLED, BookingStatus.REFUSED))
    painter.setFont(struck)
    painter.setPen(look.block_text())
    inner = rect.adjusted(7, 2, -3, -2)
    metrics = painter.fontMetrics()
    y = inner.top()
    for line in block_lines(entry, short=True):
        if y + metrics.height() > inner.bottom() + 2:
            break
        elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(inner.width()))
        painter.drawText(QPointF(inner.left(), y + metrics.ascent()), elided)
        y += metrics.height()
        painter.setPen(look.block_quiet_text())
    painter.setFont(font)


def paint_ghost(painter: QPainter, rect: QRectF, text: str, colour: QColor) -> None:
    """Where a dragged booking would land, with its new start time."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
    painter.drawRoundedRect(rect, 4, 4)
    painter.setPen(colour)
    painter.drawText(
        rect.adjusted(6, 2, -2, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text
    )
