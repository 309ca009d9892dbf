"""Showing the vault's UTC timestamps in the counsellor's own time and language.

The vault stores every time as a UTC ISO string (it never depends on the
machine's time zone); screens and exports show them through ``QLocale`` in
local time, so 2026-11-25T01:30Z reads 2026/11/25 10:30 in Japan.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale


def local_datetime(iso_utc: str) -> QDateTime:
    """``iso_utc`` (as the services write it) as a local ``QDateTime``; invalid if unreadable."""
    try:
        moment = datetime.fromisoformat(iso_utc)
    except ValueError:
        return QDateTime()
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000)).toLocalTime()


def datetime_text(iso_utc: str, date_form: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """A stored time as local date (in ``date_form``) and hours:minutes; the raw text if unreadable."""
    moment = local_datetime(iso_utc)
    if not moment.isValid():
        return iso_utc
    locale = QLocale()
    short = QLocale.FormatType.ShortFormat
    return f"{locale.toString(moment.date(), date_form)} {locale.toString(moment.time(), short)}"


def date_text(day: date, form: QLocale.FormatType = QLocale.FormatType.LongFormat) -> str:
    """A calendar date (no time zone) in the current locale's format."""
    return QLocale().toString(QDate(day.year, day.month, day.day), form)
