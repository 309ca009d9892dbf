"""The columns of the year's income, shared by the Money page's table and its PDF."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.policy.money import PaymentMethod
from desktop.views.money.money_labels import yen

if TYPE_CHECKING:
    from desktop.services.money.income import MonthIncome

Column = tuple[str, Callable[["MonthIncome"], int]]

COLUMNS: tuple[Column, ...] = (
    (QT_TRANSLATE_NOOP("income", "Sessions"), lambda m: m.sessions_yen),
    (QT_TRANSLATE_NOOP("income", "Cancellation fees (not taxed)"), lambda m: m.cancellation_fees_yen),
    (QT_TRANSLATE_NOOP("income", "Other charges"), lambda m: m.other_yen),
    (QT_TRANSLATE_NOOP("income", "Consumption tax (10%, included)"), lambda m: m.tax_yen),
    (QT_TRANSLATE_NOOP("income", "Paid in cash"), lambda m: m.payments_yen.get(PaymentMethod.CASH, 0)),
    (
        QT_TRANSLATE_NOOP("income", "Paid by transfer"),
        lambda m: m.payments_yen.get(PaymentMethod.BANK_TRANSFER, 0),
    ),
    (
        QT_TRANSLATE_NOOP("income", "Paid by card or QR"),
        lambda m: m.payments_yen.get(PaymentMethod.CARD_QR, 0),
    ),
    (QT_TRANSLATE_NOOP("income", "Paid otherwise"), lambda m: m.payments_yen.get(PaymentMethod.OTHER, 0)),
    (QT_TRANSLATE_NOOP("income", "Outstanding"), lambda m: m.outstanding_yen),
)


def headers() -> list[str]:
    return [QCoreApplication.translate("income", title) for title, _value in COLUMNS]


def month_title(month: int) -> str:
    """``January`` … ``December`` (``1月`` … in Japanese), or the year's total for 0."""
    if month == 0:
        return QCoreApplication.translate("income", "Year")
    return QLocale().standaloneMonthName(month)


def cells(month: MonthIncome) -> list[str]:
    return [yen(value(month)) for _title, value in COLUMNS]
