"""What the calendar views share: status colours, labels and Japanese public holidays.

The week, day and month views draw the same booking the same way, so a status
reads alike everywhere. Holidays come from the ``holidays`` package, whose data
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

#: Fill and edge of a booking block, by status: live bookings strong, past ones quiet.
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
HOLIDAY_TINT = QColor("#fdeeee")
HOLIDAY_TEXT = QColor("#c0392b")
TODAY_TINT = QColor("#eaf2fd")
WEEKEND_TINT = QColor("#f8f8f8")
TEXT = QColor("#1f1f1f")
QUIET_TEXT = QColor("#4a4a4a")
#: Short names for narrow columns; the full names are the policy's FORMAT_LABELS.
SHORT_FORMAT_LABELS = {
    SessionFormat.IN_PERSON: QT_TRANSLATE_NOOP("CalendarLook", "In person"),
    SessionFormat.ONLINE_PHONE: QT_TRANSLATE_NOOP("CalendarLook", "Phone"),
    SessionFormat.ONLINE_VIDEO: QT_TRANSLATE_NOOP("CalendarLook", "Video"),
}
#: Statuses the month view does not count: the slot is free again.
NOT_COUNTED = frozenset({BookingStatus.CANCELLED, BookingStatus.REFUSED})


def fill_color(status: BookingStatus) -> QColor:
    return QColor(STATUS_COLORS[status][0])


def edge_color(status: BookingStatus) -> QColor:
    return QColor(STATUS_COLORS[status][1])


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
