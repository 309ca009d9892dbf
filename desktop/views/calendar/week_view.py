"""The week as a time grid (Monday to Sunday): the calendar's default view.

Painted by hand rather than built from widgets, so switching weeks costs one
layout pass over a handful of bookings, never the creation of widgets. The
page fetches only the visible days and hands them over with
:meth:`WeekView.set_entries`. The same class with ``days=1`` is the day view.

A click on an empty slot asks for a new booking there (30-minute slots); a
click on a booking opens it; dragging a booking proposes a new start (15-minute
steps) — the page asks the services, which decide. Arrow keys move between
bookings, Enter opens the selected one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLineF, QLocale, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from desktop.policy import practice
from desktop.views.calendar import calendar_look as look
from desktop.views.calendar import grid_painting as grid
from desktop.views.common.local_time import practice_now, practice_today
from desktop.views.common.painting import painting

if TYPE_CHECKING:
    from desktop.services.bookings.booking_lists import CalendarEntry

MIN_HOUR_PX = 44
SLOT_MINUTES = 30
DRAG_MINUTES = 15
BOTTOM_MARGIN = 8


def _floor(moment: datetime, minutes: int) -> datetime:
    return moment.replace(minute=moment.minute - moment.minute % minutes, second=0, microsecond=0)


def _blend(colour: QColor, under: QColor, alpha: int) -> QColor:
    """``colour`` at ``alpha`` (0–255) over ``under``, as one opaque colour."""
    a = alpha / 255
    return QColor(
        round(colour.red() * a + under.red() * (1 - a)),
        round(colour.green() * a + under.green() * (1 - a)),
        round(colour.blue() * a + under.blue() * (1 - a)),
    )


class WeekView(QWidget):
    """``days`` columns from :meth:`first_day`; put it in a ``QScrollArea`` (widget resizable)."""

    slot_clicked = Signal(object)  # datetime of the 30-minute slot
    booking_clicked = Signal(int)
    booking_moved = Signal(int, object)  # booking id, new start (15-minute steps)
    day_selected = Signal(object)  # date

    def __init__(self, days: int = 7, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days = days
        self._first = look.monday_of(practice_today()) if days == 7 else practice_today()
        self._entries: list[CalendarEntry] = []
        self._blocks: list[tuple[CalendarEntry, QRectF]] = []
        self._work_hours = (practice.DEFAULT_WORK_START_HOUR, practice.DEFAULT_WORK_END_HOUR)
        self._hours = self._work_hours
        self._selected: int | None = None
        self._press: tuple[int, QPoint, QRectF] | None = None
        self._drag_to: datetime | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # --- what is shown ---------------------------------------------------------------------

    def first_day(self) -> date:
        return self._first

    def days(self) -> list[date]:
        return [self._first + timedelta(days=i) for i in range(self._days)]

    def set_period(self, first_day: date) -> None:
        """Show ``first_day`` onwards; the bookings stay empty until :meth:`set_entries`."""
        if first_day != self._first:
            self._first = first_day
            self.set_entries([])

    def set_working_hours(self, start_hour: int, end_hour: int) -> None:
        """The hours from Settings, always drawn; bookings outside them widen the grid."""
        self._work_hours = (start_hour, end_hour)
        self.set_entries(self._entries)

    def hours(self) -> tuple[int, int]:
        """The first hour drawn and the hour the grid ends at."""
        return self._hours

    def set_entries(self, entries: Sequence[CalendarEntry]) -> None:
        self._entries = [
            e for e in entries if self._first <= e.start.date() < self._first + timedelta(self._days)
        ]
        if self._selected not in {e.id for e in self._entries}:
            self._selected = None
        first = min([self._work_hours[0]] + [e.start.hour for e in self._entries])
        last = max([self._work_hours[1]] + [math.ceil(self._end_hour(e)) for e in self._entries])
        self._hours = (first, min(last, 24))
        self.updateGeometry()
        self._layout()

    def selected_booking(self) -> int | None:
        return self._selected

    def booking_ids(self) -> list[int]:
        """The bookings drawn, in time order."""
        return [entry.id for entry, _rect in self._blocks]

    def booking_rect(self, booking_id: int) -> QRect | None:
        """Where booking ``booking_id`` is drawn (widget coordinates), or None if not shown."""
        for entry, rect in self._blocks:
            if entry.id == booking_id:
                return rect.toRect()
        return None

    def slot_point(self, moment: datetime) -> QPoint:
        """The point of the grid at ``moment`` (left edge of its day column)."""
        column = (moment.date() - self._first).days
        minutes = (moment.hour - self._hours[0]) * 60 + moment.minute
        return QPoint(
            round(self._column_x(column)) + 1, round(self._header_height() + minutes * self._minute_px())
        )

    def header_text(self, day: date) -> str:
        """The day's header: weekday and date, and the holiday's name when there is one."""
        locale = QLocale()
        qday = QDate(day.year, day.month, day.day)
        text = self.tr("%1 %2").replace(
            "%1", locale.dayName(qday.dayOfWeek(), QLocale.FormatType.ShortFormat)
        )
        text = text.replace("%2", locale.toString(qday, self.tr("M/d", "day header date format")))
        holiday = look.holiday_name(day)
        return f"{text}\n{holiday}" if holiday else text

    # --- geometry --------------------------------------------------------------------------

    def _end_hour(self, entry: CalendarEntry) -> float:
        if entry.end.date() > entry.start.date():
            return 24.0
        return entry.end.hour + entry.end.minute / 60

    def _header_height(self) -> int:
        return self.fontMetrics().height() * 2 + 14

    def _gutter(self) -> int:
        return self.fontMetrics().horizontalAdvance("00:00") + 14

    def _column_x(self, column: int) -> float:
        return self._gutter() + column * self._column_width()

    def _column_width(self) -> float:
        return max(1.0, (self.width() - self._gutter() - 1) / self._days)

    def _minute_px(self) -> float:
        hours = self._hours[1] - self._hours[0]
        return max(MIN_HOUR_PX, (self.height() - self._header_height() - BOTTOM_MARGIN) / hours) / 60

    def minimumSizeHint(self) -> QSize:
        hours = self._hours[1] - self._hours[0]
        return QSize(
            self._gutter() + 60 * self._days, self._header_height() + hours * MIN_HOUR_PX + BOTTOM_MARGIN
        )

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def _moment_at(self, pos: QPointF) -> datetime:
        column = min(self._days - 1, max(0, int((pos.x() - self._gutter()) // self._column_width())))
        minutes = (pos.y() - self._header_height()) / self._minute_px() + self._hours[0] * 60
        minutes = min(max(minutes, self._hours[0] * 60), self._hours[1] * 60 - 1)
        day = self._first + timedelta(days=column)
        return datetime.combine(day, time()) + timedelta(minutes=minutes)

    def _layout(self) -> None:
        """Place each booking in its day column, side by side where times overlap."""
        self._blocks = []
        top, per_minute, width = self._header_height(), self._minute_px(), self._column_width()
        for column, day in enumerate(self.days()):
            placed, count = grid.place_in_lanes([e for e in self._entries if e.start.date() == day])
            for entry, lane in placed:
                y = top + ((entry.start.hour - self._hours[0]) * 60 + entry.start.minute) * per_minute
                minutes = self._end_hour(entry) * 60 - entry.start.hour * 60 - entry.start.minute
                height = max(self.fontMetrics().height() + 4, minutes * per_minute)
                x = self._column_x(column) + 2 + lane * (width - 5) / count
                self._blocks.append((entry, QRectF(x, y + 1, (width - 5) / count - 1, height - 2)))
        self._blocks.sort(key=lambda block: (block[0].start, block[0].id))
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange, QEvent.Type.FontChange):
            self._layout()
        super().changeEvent(event)

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        with painting(self) as painter:
            palette = self.palette()
            painter.fillRect(self.rect(), palette.base())
            top, gutter, width = self._header_height(), self._gutter(), self._column_width()
            bottom = top + (self._hours[1] - self._hours[0]) * 60 * self._minute_px()
            today = practice_today()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for column, day in enumerate(self.days()):
                x = self._column_x(column)
                tint = self._tint(day, today)
                if tint is not None:
                    painter.fillRect(QRectF(x, 0, width, bottom), tint)
                self._paint_header(painter, QRectF(x, 0, width, top), day, today)
            self._paint_grid_lines(painter, top, gutter, bottom)
            self._paint_now(painter, today)
            highlight = palette.highlight().color()
            for entry, rect in self._blocks:
                outline = highlight if entry.id == self._selected else None
                grid.paint_block(painter, entry, rect, font=self.font(), outline=outline)
            self._paint_drag(painter)

    def _tint(self, day: date, today: date) -> QColor | None:
        if look.holiday_name(day):
            return look.holiday_tint()
        if day == today:
            return look.today_tint()
        return look.weekend_tint() if day.weekday() >= 5 else None

    def _paint_header(self, painter: QPainter, rect: QRectF, day: date, today: date) -> None:
        colour = (
            look.holiday_text()
            if look.holiday_name(day) or day.weekday() == 6
            else self.palette().text().color()
        )
        if day == today:
            colour = self.palette().highlight().color()
        grid.paint_header(
            painter, rect, self.header_text(day), font=self.font(), colour=colour, today=day == today
        )

    def _paint_grid_lines(self, painter: QPainter, top: float, gutter: float, bottom: float) -> None:
        """Hour lines, dashed half hours, the hour labels and the day columns.

        The lines are straight and one pixel wide, so they are drawn opaque, on
        whole pixels, without antialiasing and in one call per pen: translucent
        or antialiased lines cost most of a frame on their own.
        """
        palette = self.palette()
        base, mid = palette.base().color(), palette.mid().color()
        line, faint = _blend(mid, base, 110), _blend(mid, base, 45)
        per_hour = self._minute_px() * 60
        hours = range(self._hours[0], self._hours[1] + 1)
        right = float(self.width())

        def on_pixel(value: float) -> float:
            return math.floor(value) + 0.5

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        ys = [on_pixel(top + index * per_hour) for index in range(len(hours))]
        painter.setPen(QPen(faint, 1, Qt.PenStyle.DashLine))
        painter.drawLines([QLineF(gutter, y + per_hour / 2, right, y + per_hour / 2) for y in ys[:-1]])
        painter.setPen(QPen(line, 1))
        painter.drawLines([QLineF(gutter, y, right, y) for y in ys])
        xs = [on_pixel(self._column_x(column)) for column in range(self._days + 1)]
        painter.drawLines([QLineF(x, 0, x, bottom) for x in xs])
        painter.restore()
        painter.setPen(palette.placeholderText().color())
        metrics = self.fontMetrics()
        for index, hour in enumerate(hours[:-1]):
            label = QRectF(0, top + index * per_hour + 2, gutter - 6, metrics.height())
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{hour}:00")

    def _paint_now(self, painter: QPainter, today: date) -> None:
        column = (today - self._first).days
        now = practice_now()
        if not 0 <= column < self._days or not self._hours[0] <= now.hour < self._hours[1]:
            return
        point = self.slot_point(now)
        painter.setPen(QPen(look.holiday_text(), 2))
        painter.drawLine(
            QPointF(point.x(), point.y()), QPointF(point.x() + self._column_width() - 2, point.y())
        )

    def _paint_drag(self, painter: QPainter) -> None:
        if self._press is None or self._drag_to is None:
            return
        rect = self._press[2]
        target = self.slot_point(self._drag_to)
        ghost = QRectF(target.x() + 1, target.y(), rect.width(), rect.height())
        grid.paint_ghost(painter, ghost, look.time_text(self._drag_to), self.palette().highlight().color())

    # --- mouse and keyboard ----------------------------------------------------------------

    def _block_at(self, pos: QPointF) -> tuple[CalendarEntry, QRectF] | None:
        for entry, rect in reversed(self._blocks):
            if rect.contains(pos):
                return entry, rect
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        hit = self._block_at(pos)
        if hit is not None:
            entry, rect = hit
            self._press = (entry.id, pos.toPoint(), rect)
            self._select(entry.id)
        elif pos.x() >= self._gutter():
            self.day_selected.emit(self._moment_at(pos).date())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return super().mouseMoveEvent(event)
        _booking, start, rect = self._press
        moved = event.position().toPoint() - start
        if self._drag_to is None and moved.manhattanLength() < QApplication.startDragDistance():
            return
        corner = QPointF(rect.left() + moved.x(), rect.top() + moved.y())
        moment = self._moment_at(QPointF(corner.x() + rect.width() / 2, corner.y()))
        minutes = round((moment.hour * 60 + moment.minute + moment.second / 60) / DRAG_MINUTES) * DRAG_MINUTES
        self._drag_to = datetime.combine(moment.date(), time()) + timedelta(minutes=minutes)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        press, target = self._press, self._drag_to
        self._press = self._drag_to = None
        self.update()
        if press is not None:
            entry = next(e for e, _r in self._blocks if e.id == press[0])
            if target is None:
                self.booking_clicked.emit(entry.id)
            elif target != entry.start:
                self.booking_moved.emit(entry.id, target)
        elif event.position().x() >= self._gutter() and event.position().y() >= self._header_height():
            self.slot_clicked.emit(_floor(self._moment_at(event.position()), SLOT_MINUTES))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ids = self.booking_ids()
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.booking_clicked.emit(self._selected)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left) and ids:
            step = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) else -1
            if self._selected is None:
                self._select(ids[0] if step > 0 else ids[-1])
            else:
                self._select(ids[min(len(ids) - 1, max(0, ids.index(self._selected) + step))])
        else:
            super().keyPressEvent(event)

    def _select(self, booking_id: int) -> None:
        self._selected = booking_id
        entry = next(e for e, _r in self._blocks if e.id == booking_id)
        self.day_selected.emit(entry.start.date())
        self.update()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            self._show_tip(event)
            return True
        return super().event(event)

    def _show_tip(self, event: QHelpEvent) -> None:
        """A booking's full lines, or a day header's full text (a long holiday name is elided)."""
        pos = QPointF(event.pos())
        hit = self._block_at(pos)
        if hit is not None:
            entry = hit[0]
            span = self.tr("%1–%2").replace("%1", look.time_text(entry.start))
            tip = "\n".join([span.replace("%2", look.time_text(entry.end)), *grid.block_lines(entry)])
        elif pos.y() < self._header_height() and pos.x() >= self._gutter():
            tip = self.header_text(self._moment_at(pos).date())
        else:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPos(), tip, self)
