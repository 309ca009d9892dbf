"""The client form's checks as the counsellor types: the same rules the service applies (P-DATA).

The service stays the judge on Save; these give its sentences earlier — when a
field is left, and again at each correction of a field already marked — and
all of them at once, so a form never reports one wrong field per Save. A date
of birth says what is actually wrong: unreadable, a month or day that does not
exist (1990-02-30), or not in the past.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.i18n import fill
from desktop.policy import personal_data as pd

#: The fields checked as typed, with the policy's check of each (the birth date has its own).
_TEXT_CHECKS = {
    "full_name": pd.check_name,
    "name_reading": pd.check_reading,
    "postal_code": pd.check_postal_code,
    "phone": pd.check_phone,
    "mobile": lambda text: pd.check_phone(text, mobile=True),
    "email": pd.check_email,
}
CHECKED_FIELDS = (*_TEXT_CHECKS, "birth_date")


def birth_date_problem(text: str, today: date) -> str:
    """What is wrong with the date of birth typed, as a sentence; "" when nothing is."""
    parts = pd.birth_date_parts(text)
    if parts is None:
        return ""
    if not isinstance(parts, tuple) or not 1 <= parts[0] <= 9999:
        return QCoreApplication.translate(
            "ClientChecks", "Write the date as year-month-day, like 1985-04-02."
        )
    year, month, day = parts
    if not 1 <= month <= 12:
        sentence = QCoreApplication.translate("ClientChecks", "There is no month %1: a month is 1 to 12.")
        return fill(sentence, (str(month),))
    days = QDate(year, month, 1).daysInMonth()
    if not 1 <= day <= days:
        month_name = QLocale().monthName(month, QLocale.FormatType.LongFormat)
        sentence = QCoreApplication.translate("ClientChecks", "That day does not exist: %2 %1 has %3 days.")
        return fill(sentence, (str(year), month_name, str(days)))
    check = pd.check_birth_date(date(year, month, day), today)
    return "" if check.ok else QCoreApplication.translate("policy", check.problem)


def field_problem(field: str, text: str, today: date) -> str:
    """What is wrong with ``text`` in ``field`` (one of :data:`CHECKED_FIELDS`), or ""."""
    if field == "birth_date":
        return birth_date_problem(text, today)
    check = _TEXT_CHECKS[field](text)
    return "" if check.ok else QCoreApplication.translate("policy", check.problem)
