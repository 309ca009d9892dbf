"""What the calendar views share: status colours, labels and Japanese public holidays.

The week, day and month views draw the same booking the same way, so a status
reads alike everywhere. Every colour is read at paint time for the current
colour scheme (``views/common/colours.py``): a light and a dark set, each
readable on its scheme's base. Holidays come from the ``holidays`` package, whose data
ships with it (nothing is fetched), named in the interface language.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

import holidays
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.policy.bookings import FORMAT_LABELS, STATUS_LABELS, BookingStatus, SessionFormat
from desktop.views.common.colours import Tone, colour, pick

#: Fill and edge of a booking block, by status, in the light scheme: live bookings strong, past ones quiet.
STATUS_COLORS: dict[BookingStatus, tuple[str, str]] = {
    BookingStatus.INQUIRY: ("#e3ecf7", "#6b8fbf"),
    BookingStatus.NEGOTIATING: ("#fdf0d2", "#d39a1c"),
    BookingStatus.CONFIRMED: ("#d7efdd", "#2e8b57"),
    BookingStatus.COMPLETED: ("#e6e6e6", "#8a8a8a"),
    BookingStatus.NO_SHOW: ("#f6dede", "#b34747"),
    BookingStatus.CANCELLED: ("#f2f2f2", "#b5b5b5"),
    BookingStatus.POSTPONED: ("#ece3f5", "#8763b0"),
    BookingStatus.REFUSED: ("#f2f2f2", "#b5b5b5"),
}
#: The same in the dark scheme: deep fills under light text, brighter edges.
DARK_STATUS_COLORS: dict[BookingStatus, tuple[str, str]] = {
    BookingStatus.INQUIRY: ("#22344d", "#7fa6d9"),
    BookingStatus.NEGOTIATING: ("#4a3a14", "#e0b04a"),
    BookingStatus.CONFIRMED: ("#1d3d29", "#5cc28a"),
    BookingStatus.COMPLETED: ("#383838", "#9a9a9a"),
    BookingStatus.NO_SHOW: ("#4a2424", "#e07a7a"),
    BookingStatus.CANCELLED: ("#2f2f2f", "#7a7a7a"),
    BookingStatus.POSTPONED: ("#382b4a", "#b394db"),
    BookingStatus.REFUSED: ("#2f2f2f", "#7a7a7a"),
}
#: Short names for narrow columns; the full names are the policy's FORMAT_LABELS.
SHORT_FORMAT_LABELS = {
    SessionFormat.IN_PERSON: QT_TRANSLATE_NOOP("CalendarLook", "In person"),
    SessionFormat.ONLINE_PHONE: QT_TRANSLATE_NOOP("CalendarLook", "Phone"),
    SessionFormat.ONLINE_VIDEO: QT_TRANSLATE_NOOP("CalendarLook", "Video"),
}
#: Statuses the month view does not count: the slot is free again.
NOT_COUNTED = frozenset({BookingStatus.CANCELLED, BookingStatus.REFUSED})


def fill_color(status: BookingStatus) -> QColor:
    return pick(STATUS_COLORS[status][0], DARK_STATUS_COLORS[status][0])


def edge_color(status: BookingStatus) -> QColor:
    return pick(STATUS_COLORS[status][1], DARK_STATUS_COLORS[status][1])


def holiday_text() -> QColor:
    """Sundays, holidays and the current-time line."""
    return colour(Tone.HOLIDAY_TEXT)


def holiday_tint() -> QColor:
    return colour(Tone.HOLIDAY_TINT)


def today_tint() -> QColor:
    return colour(Tone.TODAY_TINT)


def weekend_tint() -> QColor:
    return colour(Tone.WEEKEND_TINT)


def block_text() -> QColor:
    """Text on a booking's fill."""
    return colour(Tone.BLOCK_TEXT)


def block_quiet_text() -> QColor:
    return colour(Tone.BLOCK_QUIET_TEXT)


def status_text(status: BookingStatus) -> str:
    return QCoreApplication.translate("policy", STATUS_LABELS[status])


def format_text(session_format: SessionFormat | None, *, short: bool = False) -> str:
    if session_format is None:
        return QCoreApplication.translate("CalendarLook", "Session not chosen")
    if short:
        return QCoreApplication.translate("CalendarLook", SHORT_FORMAT_LABELS[session_format])
    return QCoreApplication.translate("policy", FORMAT_LABELS[session_format])


def pickup_text() -> str:
    return QCoreApplication.translate("CalendarLook", "Pick-up")


def time_text(moment: datetime) -> str:
    return f"{moment.hour}:{moment.minute:02d}"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _holiday_language() -> str:
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en_US"


@lru_cache(maxsize=64)
def _holidays_of(year: int, language: str) -> dict[date, str]:
    return dict(holidays.country_holidays("JP", years=year, language=language).items())


def holiday_name(day: date) -> str | None:
    """The Japanese public holiday on ``day``, in the interface language, or None."""
    return _holidays_of(day.year, _holiday_language()).get(day)
