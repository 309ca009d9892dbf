"""Showing the vault's UTC timestamps in the practice's time and the counsellor's language.

The vault stores every time as a UTC ISO string (it never depends on the
machine's time zone); screens and exports show them through ``QLocale`` in
the practice's time zone (a practice setting, Asia/Tokyo by default: the
controller passes it here at unlock), so 2026-11-25T01:30Z reads
2026/11/25 10:30 whatever zone the laptop is set to.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QByteArray, QDate, QDateTime, QLocale, QTimeZone

from desktop.i18n import ENGLISH, JAPANESE, sentence_date, sentence_datetime

#: The practice's zone for Qt and for Python; the default one until the settings say otherwise.
_zones: tuple[QTimeZone, ZoneInfo] | None = None


def _practice_zones() -> tuple[QTimeZone, ZoneInfo]:
    # The default is read on first use, which keeps the policy module off the start-up path.
    if _zones is None:
        from desktop.policy.practice import DEFAULT_TIME_ZONE

        set_practice_zone(DEFAULT_TIME_ZONE)
    assert _zones is not None
    return _zones


def set_practice_zone(name: str) -> None:
    """Show times in the IANA zone ``name`` from now on (a zone Qt does not know is ignored)."""
    global _zones
    try:
        python_zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return
    zone = QTimeZone(QByteArray(name.encode()))
    if zone.isValid():
        _zones = zone, python_zone


def practice_now() -> datetime:
    """The practice's wall-clock time now (naive, to the second), as session times are stored."""
    return datetime.now(_practice_zones()[1]).replace(tzinfo=None, microsecond=0)


def practice_today() -> date:
    """The practice's date now: the calendar's today, whatever the laptop's zone."""
    return practice_now().date()


def local_datetime(iso_utc: str) -> QDateTime:
    """``iso_utc`` (as the services write it) as a local ``QDateTime``; invalid if unreadable."""
    try:
        moment = datetime.fromisoformat(iso_utc)
    except ValueError:
        return QDateTime()
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000)).toTimeZone(_practice_zones()[0])


def datetime_text(iso_utc: str, date_form: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """A stored time as local date (in ``date_form``) and hours:minutes; the raw text if unreadable."""
    moment = local_datetime(iso_utc)
    if not moment.isValid():
        return iso_utc
    locale = QLocale()
    short = QLocale.FormatType.ShortFormat
    return f"{locale.toString(moment.date(), date_form)} {locale.toString(moment.time(), short)}"


def window_language() -> str:
    """``ja`` or ``en``: the language the window speaks now (its default locale follows the choice)."""
    return JAPANESE if QLocale().language() == QLocale.Language.Japanese else ENGLISH


def in_sentence(moment: date | datetime | str) -> str:
    """A day or a time as a sentence writes it: 2026年12月11日 10:00 (December 11, 2026, 10:00).

    The one formatter of the views for a date inside a sentence (tables and lists keep the
    short form of :func:`datetime_text`); the command line and the services' messages use the
    same rules through :mod:`desktop.i18n`. A ``str`` is a stored UTC time, shown in the
    practice's zone (as stored if unreadable); a ``datetime`` is already wall-clock time.
    """
    if isinstance(moment, str):
        try:
            stored = datetime.fromisoformat(moment)
        except ValueError:
            return moment
        local = stored.astimezone(_practice_zones()[1]).replace(tzinfo=None)
        return sentence_datetime(local, window_language())
    if isinstance(moment, datetime):
        return sentence_datetime(moment, window_language())
    return sentence_date(moment, window_language())


def date_text(day: date, form: QLocale.FormatType = QLocale.FormatType.LongFormat) -> str:
    """A calendar date (no time zone) in the current locale's format."""
    return QLocale().toString(QDate(day.year, day.month, day.day), form)
