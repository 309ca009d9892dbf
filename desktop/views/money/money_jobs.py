"""The money work the views hand to the worker thread, one function per action.

Each imports its service when it runs, on the worker thread, so SQLAlchemy
stays out of the views and out of start-up. Receipts and the income PDF are
drawn by this section's renderers, handed to the services' gates.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.policy.money import MoneySettings, PaymentMethod
    from desktop.services.money.income import AccountantProvision, YearIncome
    from desktop.services.money.payments import ClientLedger, Outstanding
    from desktop.services.money.receipts import ReceiptLine
    from desktop.vault.store import OpenVault


def ledger(vault: OpenVault, client_id: int) -> tuple[ClientLedger, list[ReceiptLine]]:
    from desktop.services.money import payments, receipts

    return payments.client_ledger(vault, client_id=client_id), receipts.receipt_lines(
        vault, client_id=client_id
    )


def record_payment(vault: OpenVault, client_id: int, amount_yen: int, method: PaymentMethod) -> int:
    from desktop.services.money import payments

    return payments.record_payment(vault, client_id=client_id, amount_yen=amount_yen, method=method)


def issue_receipt(vault: OpenVault, payment_id: int, addressee: str, path: Path) -> bool:
    """Issue and write the receipt; ``True`` when it needs a revenue stamp (P-MONEY-STAMP)."""
    from desktop.services.money import receipts
    from desktop.views.money.receipt_pdf import render_receipt

    document = receipts.issue_receipt(
        vault, payment_id=payment_id, addressee=addressee, path=path, render=render_receipt
    )
    return document.sections[0].entries[0].value("needs_stamp") is True


def reissue_receipt(vault: OpenVault, receipt_id: int, path: Path) -> None:
    from desktop.services.money import receipts
    from desktop.views.money.receipt_pdf import render_receipt

    receipts.reissue_receipt(vault, receipt_id=receipt_id, path=path, render=render_receipt)


def void_receipt(vault: OpenVault, receipt_id: int, reason: str) -> None:
    from desktop.services.money import receipts

    receipts.void_receipt(vault, receipt_id=receipt_id, reason=reason)


def addressees(vault: OpenVault, client_id: int) -> tuple[str, ...]:
    """The client's name, and 上様 where Settings allow it, for the receipt's addressee choice."""
    from desktop.services.money import receipts

    return receipts.addressees(vault, client_id=client_id)


def year_income(vault: OpenVault, year: int | None) -> tuple[YearIncome, list[int], list[Outstanding]]:
    from desktop.services.money import income, payments

    return income.year_income(vault, year=year), income.years_with_books(vault), payments.outstanding(vault)


def export_csv(vault: OpenVault, year: int, path: Path, names_for: AccountantProvision | None) -> int:
    from desktop.services.money import income

    return income.export_csv(vault, year=year, path=path, names_for=names_for)


def export_pdf(vault: OpenVault, year: int, path: Path) -> None:
    from desktop.services.money import income
    from desktop.views.money.income_pdf import render_income

    income.export_pdf(vault, year=year, path=path, render=render_income)


def load_settings(vault: OpenVault) -> MoneySettings:
    from desktop.services.money import money_settings

    return money_settings.load(vault)


def save_settings(vault: OpenVault, settings: MoneySettings) -> MoneySettings:
    from desktop.services.money import money_settings

    return money_settings.save(vault, settings)
