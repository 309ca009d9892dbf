"""The client form's checks as the counsellor types: the same rules the service applies (P-DATA).

The service stays the judge on Save; these give its sentences earlier — when a
field is left, and again at each correction of a field already marked — and
all of them at once, so a form never reports one wrong field per Save. A date
of birth says what is actually wrong: unreadable, a month or day that does not
exist (1990-02-30), or not in the past.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.i18n import fill
from desktop.policy import personal_data as pd

#: Japanese eras a birth date on an intake form may be written in, with the year before their first.
_ERAS = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
_ERA_LETTERS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}

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


def _birth_parts(text: str) -> tuple[int, int, int] | bool | None:
    """Year, month and day as written (era years made Western); None if empty, False if unreadable."""
    folded = pd.fold_hyphens(text).replace("元年", "1年")
    if not folded:
        return None
    offset = 0
    era = re.match(r"(明治|大正|昭和|平成|令和|[MTSHR])\s*", folded, re.IGNORECASE)
    if era is not None:
        name = era.group(1)
        offset = _ERAS[_ERA_LETTERS.get(name.upper(), name)]
        folded = folded[era.end() :]
    parts = [int(p) for p in re.findall(r"\d+", folded)]
    if len(parts) == 1 and len(str(parts[0])) == 8 and not offset:
        number = parts[0]
        parts = [number // 10000, number // 100 % 100, number % 100]
    if len(parts) != 3 or re.search(r"[^\d\s./\-年月日]", folded):
        return False
    return parts[0] + offset, parts[1], parts[2]


def parse_birth_date(text: str) -> date | bool | None:
    """The date typed, None if the field is empty, False if it is not a date.

    Accepts 1985-04-02, 1985/4/2, 1985年4月2日, 19850402, 昭和60年4月2日 and S60.4.2,
    with full-width digits too.
    """
    parts = _birth_parts(text)
    if not isinstance(parts, tuple):
        return parts
    try:
        return date(*parts)
    except ValueError:
        return False


def birth_date_problem(text: str, today: date) -> str:
    """What is wrong with the date of birth typed, as a sentence; "" when nothing is."""
    parts = _birth_parts(text)
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
