"""A month at a glance: six weeks of days, each with its bookings counted and the first few named.

Painted by hand like the week view. Holidays are tinted and named; days of the
neighbouring months are drawn faintly. Clicking a day (or Enter on it) asks the
page to open that day in the day view.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.views.calendar import calendar_look as look
from desktop.views.common.local_time import practice_today
from desktop.views.common.painting import painting

if TYPE_CHECKING:
    from desktop.services.bookings.booking_lists import CalendarEntry

WEEKS = 6


def grid_start(month: date) -> date:
    """The Monday on or before the first of ``month``: the first day the month view shows."""
    return look.monday_of(month.replace(day=1))


class MonthView(QWidget):
    """Emits :attr:`day_clicked` with the date clicked."""

    day_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._month = practice_today().replace(day=1)
        self._selected = practice_today()
        self._by_day: dict[date, list[CalendarEntry]] = defaultdict(list)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_month(self, month: date, selected: date) -> None:
        """Show the month of ``month``; the bookings stay empty until :meth:`set_entries`."""
        if month.replace(day=1) != self._month:
            self._month = month.replace(day=1)
            self._by_day.clear()
        self._selected = selected
        self.update()

    def set_entries(self, entries: Sequence[CalendarEntry]) -> None:
        self._by_day = defaultdict(list)
        for entry in entries:
            if entry.status not in look.NOT_COUNTED:
                self._by_day[entry.start.date()].append(entry)
        self.update()

    def count_on(self, day: date) -> int:
        """How many bookings (cancelled and refused ones aside) the day shows."""
        return len(self._by_day.get(day, []))

    def day_text(self, day: date) -> str:
        """What the day's cell says: date, holiday, and the count of bookings."""
        parts = [str(day.day)]
        holiday = look.holiday_name(day)
        if holiday:
            parts.append(holiday)
        count = self.count_on(day)
        if count:
            parts.append(self.tr("%n booking(s)", "", count))
        return "\n".join(parts)

    def day_rect(self, day: date) -> QRect:
        index = (day - grid_start(self._month)).days
        return self._cell(index // 7, index % 7).toRect()

    # --- geometry and painting --------------------------------------------------------------

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _cell(self, row: int, column: int) -> QRectF:
        width = (self.width() - 1) / 7
        height = (self.height() - self._header_height() - 1) / WEEKS
        return QRectF(column * width, self._header_height() + row * height, width, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(7 * 60, self._header_height() + WEEKS * (self.fontMetrics().height() * 3 + 8))

    def sizeHint(self) -> QSize:
        return QSize(7 * 120, self._header_height() + WEEKS * 100)

    def paintEvent(self, event: QPaintEvent) -> None:
        with painting(self) as painter:
            palette = self.palette()
            painter.fillRect(self.rect(), palette.base())
            locale = QLocale()
            painter.setPen(palette.placeholderText().color())
            for column in range(7):
                rect = self._cell(0, column)
                header = QRectF(rect.left(), 0, rect.width(), self._header_height())
                name = locale.dayName(column + 1, QLocale.FormatType.ShortFormat)
                painter.drawText(header, Qt.AlignmentFlag.AlignCenter, name)
            first, today = grid_start(self._month), practice_today()
            grid = palette.mid().color()
            grid.setAlpha(110)
            for index in range(WEEKS * 7):
                day = first + timedelta(days=index)
                rect = self._cell(index // 7, index % 7)
                self._paint_day(painter, rect, day, today)
                painter.setPen(QPen(grid, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
            if self.hasFocus() or self._selected:
                index = (self._selected - first).days
                if 0 <= index < WEEKS * 7:
                    painter.setPen(QPen(palette.highlight().color(), 2))
                    painter.drawRect(self._cell(index // 7, index % 7).adjusted(1, 1, -1, -1))

    def _paint_day(self, painter: QPainter, rect: QRectF, day: date, today: date) -> None:
        holiday = look.holiday_name(day)
        if holiday:
            painter.fillRect(rect, look.holiday_tint())
        elif day == today:
            painter.fillRect(rect, look.today_tint())
        elif day.weekday() >= 5:
            painter.fillRect(rect, look.weekend_tint())
        metrics = self.fontMetrics()
        in_month = day.month == self._month.month
        colour = look.holiday_text() if holiday or day.weekday() == 6 else self.palette().text().color()
        if day == today:
            colour = self.palette().highlight().color()
        if not in_month:
            colour = QColor(colour)
            colour.setAlpha(90)
        font = QFont(self.font())
        font.setBold(day == today)
        painter.setFont(font)
        painter.setPen(colour)
        inner = rect.adjusted(5, 3, -4, -3)
        painter.drawText(QPointF(inner.left(), inner.top() + metrics.ascent()), str(day.day))
        painter.setFont(self.font())
        count = self.count_on(day)
        if count:
            badge = str(count)
            width = metrics.horizontalAdvance(badge) + 10
            pill = QRectF(inner.right() - width, inner.top(), width, metrics.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.palette().highlight())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(self.palette().highlightedText().color())
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge)
        y = inner.top() + metrics.height() + 2
        if holiday:
            painter.setPen(look.holiday_text())
            text = metrics.elidedText(holiday, Qt.TextElideMode.ElideRight, int(inner.width()))
            painter.drawText(QPointF(inner.left(), y + metrics.ascent()), text)
            y += metrics.height()
        for entry in self._by_day.get(day, []):
            if y + metrics.height() > inner.bottom():
                break
            line = QRectF(inner.left(), y, inner.width(), metrics.height())
            painter.fillRect(line, look.fill_color(entry.status))
            painter.fillRect(QRectF(line.left(), line.top(), 3, line.height()), look.edge_color(entry.status))
            painter.setPen(look.block_text())
            label = f"{look.time_text(entry.start)} {entry.client_name}"
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(line.width()) - 6)
            painter.drawText(QPointF(line.left() + 5, y + metrics.ascent()), text)
            y += metrics.height() + 1

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.update()  # weekday and holiday names follow the language
        super().changeEvent(event)

    # --- mouse and keyboard -----------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.position().y() < self._header_height():
            return super().mouseReleaseEvent(event)
        for index in range(WEEKS * 7):
            if self._cell(index // 7, index % 7).contains(event.position()):
                self._selected = grid_start(self._month) + timedelta(days=index)
                self.day_clicked.emit(self._selected)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if event.key() in steps:
            moved = self._selected + timedelta(days=steps[Qt.Key(event.key())])
            first = grid_start(self._month)
            if first <= moved < first + timedelta(days=WEEKS * 7):
                self._selected = moved
                self.update()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.day_clicked.emit(self._selected)
        else:
            super().keyPressEvent(event)
