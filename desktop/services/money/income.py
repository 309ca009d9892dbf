"""The year's income for the tax return (確定申告): per month and per year, on screen, PDF and CSV.

The summary is a handful of grouped sums over date-indexed columns, so a year
of a twenty-year vault is read in well under a frame. Sessions and other
charges are counted in the month they were incurred (counter-entries in their
own month), cancellation fees apart as 不課税; the tax is what the taxable
charges hold at 10 %, tax included, rounded down once per month and once for
the year (P-MONEY-TAX); payments by method in the month paid (refunds
subtracted); outstanding is what is still open today of the month's charges.

The CSV is for the accountant or accounting software: one row per charge and
per payment, with receipt numbers, dates, amounts, tax classes and methods and
**no client names**. Names are added only when the counsellor asks, and then
the file is a provision to a named third party (P-DISCLOSE): a disclosure
record per client is written through the disclosure gate, in the transaction
that writes the file, before the file exists.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.errors import InvalidInput
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Client, Consent, MoneyCharge, MoneyPayment, MoneyReceipt
from desktop.policy import money as rules
from desktop.policy.disclosure import Basis, ConsentKind, DataItem, HandOver, Relation
from desktop.services import disclosures
from desktop.services.money.receipts import status_of
from desktop.services.records.record_exports import write
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault


@dataclass(slots=True)
class MonthIncome:
    month: int
    sessions_yen: int = 0
    cancellation_fees_yen: int = 0
    other_yen: int = 0
    taxable_yen: int = 0
    payments_yen: dict[rules.PaymentMethod, int] = field(default_factory=dict)
    outstanding_yen: int = 0

    @property
    def tax_yen(self) -> int:
        return rules.receipt_amounts(taxable_yen=self.taxable_yen, non_taxable_yen=0).tax_yen

    @property
    def paid_yen(self) -> int:
        return sum(self.payments_yen.values())


@dataclass(frozen=True, slots=True)
class YearIncome:
    year: int
    months: tuple[MonthIncome, ...]

    def total(self) -> MonthIncome:
        """The year as one row (its tax rounded down once, on the year's taxable total)."""
        whole = MonthIncome(0)
        for month in self.months:
            whole.sessions_yen += month.sessions_yen
            whole.cancellation_fees_yen += month.cancellation_fees_yen
            whole.other_yen += month.other_yen
            whole.taxable_yen += month.taxable_yen
            whole.outstanding_yen += month.outstanding_yen
            for method, amount in month.payments_yen.items():
                whole.payments_yen[method] = whole.payments_yen.get(method, 0) + amount
        return whole


#: The year's sums in one statement, each part read from its covering index alone (migration 0010):
#: charges by month, kind and tax class; payments by month and method; what was paid of each month's
#: charges. One round trip, so a year of a twenty-year vault is shown within a frame.
_YEAR_SUMS = text(
    "SELECT 'c', CAST(strftime('%m', incurred_on) AS INTEGER), kind, tax_class, SUM(amount_yen) "
    "FROM money_charges WHERE incurred_on BETWEEN :first AND :last GROUP BY 2, 3, 4 "
    "UNION ALL "
    "SELECT 'p', CAST(strftime('%m', paid_on) AS INTEGER), method, '', SUM(amount_yen) "
    "FROM money_payments WHERE paid_on BETWEEN :first AND :last GROUP BY 2, 3 "
    "UNION ALL "
    "SELECT 'a', CAST(strftime('%m', c.incurred_on) AS INTEGER), '', '', SUM(a.amount_yen) "
    "FROM money_allocations AS a JOIN money_charges AS c ON c.id = a.charge_id "
    "WHERE c.incurred_on BETWEEN :first AND :last GROUP BY 2"
)
_METHODS = {method.value: method for method in rules.PaymentMethod}


def year_in(session: Session, year: int) -> YearIncome:
    months = {m: MonthIncome(m) for m in range(1, 13)}
    bounds = {"first": date(year, 1, 1).isoformat(), "last": date(year, 12, 31).isoformat()}
    for part, month, kind, tax_class, amount in session.execute(_YEAR_SUMS, bounds):
        row = months[int(month)]
        value = int(amount or 0)
        if part == "p":
            method = _METHODS[kind]
            row.payments_yen[method] = row.payments_yen.get(method, 0) + value
            continue
        if part == "a":
            row.outstanding_yen -= value
            continue
        if kind == "session":
            row.sessions_yen += value
        elif kind == "cancellation_fee":
            row.cancellation_fees_yen += value
        else:
            row.other_yen += value
        if tax_class == "taxable_10":
            row.taxable_yen += value
        row.outstanding_yen += value
    return YearIncome(year, tuple(months.values()))


def year_income(vault: OpenVault, *, year: int | None = None) -> YearIncome:
    """The summary of ``year`` (the practice's current year if none) the Income page shows."""
    with vault.reading() as session:
        return year_in(session, year or practice_time(session).today().year)


def years_with_books(vault: OpenVault) -> list[int]:
    """The years that have any charge or payment, newest first (always this year too)."""
    with vault.reading() as session:
        years = {practice_time(session).today().year}
        for model_day in (MoneyCharge.incurred_on, MoneyPayment.paid_on):
            low, high = session.execute(select(func.min(model_day), func.max(model_day))).one()
            if low is not None:
                years.update(range(low.year, high.year + 1))
        return sorted(years, reverse=True)


#: The CSV's columns, in Japanese for a Japanese accountant or accounting software.
CSV_COLUMNS = ("日付", "区分", "内容", "税区分", "金額", "消費税額", "支払方法", "領収書番号", "領収書の状態")
NAME_COLUMN = "氏名"
_KIND_TEXT = {"session": "カウンセリング料", "cancellation_fee": "キャンセル料", "manual": "その他"}
_TAX_TEXT = {"taxable_10": "課税10%", "non_taxable": "不課税"}
_STATUS_TEXT = {"issued": "発行", "reissued": "再発行", "voided": "取消", "lost": "復元で欠番"}
_METHOD_TEXT = {"cash": "現金", "bank_transfer": "銀行振込", "card_qr": "カード・QR決済", "other": "その他"}


@dataclass(frozen=True, slots=True)
class AccountantProvision:
    """Who receives the names (P-DISCLOSE): the accountant, how to reach them, and the basis."""

    recipient_name: str
    recipient_contact: str
    basis: Basis
    justification: str = ""
    requesting_body: str = ""
    reference: str = ""


def _csv_rows(session: Session, year: int) -> list[tuple[int | None, list[object]]]:
    """Each charge and payment of the year with the client it belongs to (for the names, if asked)."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    rows: list[tuple[date, int, int | None, list[object]]] = []
    for charge in session.scalars(select(MoneyCharge).where(MoneyCharge.incurred_on.between(first, last))):
        kind = "訂正" if charge.corrects_id else "請求"
        line: list[object] = [
            charge.incurred_on.isoformat(),
            kind,
            _KIND_TEXT[charge.kind],
            _TAX_TEXT[charge.tax_class],
            charge.amount_yen,
            "",
            "",
            "",
            "",
        ]
        rows.append((charge.incurred_on, 0, charge.client_id, line))
    receipts: dict[int, list[MoneyReceipt]] = {}
    for receipt in session.scalars(select(MoneyReceipt).where(MoneyReceipt.payment_id.is_not(None))):
        receipts.setdefault(receipt.payment_id or 0, []).append(receipt)
    for payment in session.scalars(select(MoneyPayment).where(MoneyPayment.paid_on.between(first, last))):
        kind = "返金" if payment.amount_yen < 0 else "入金"
        issued = receipts.get(payment.id, [])
        states = [_STATUS_TEXT[status_of(session, r)] for r in issued]
        live_tax = sum(
            r.tax_yen for r, state in zip(issued, states, strict=True) if state != _STATUS_TEXT["voided"]
        )
        line = [
            payment.paid_on.isoformat(),
            kind,
            "",
            "",
            payment.amount_yen,
            live_tax if issued else "",
            _METHOD_TEXT[payment.method],
            " ".join(str(r.number) for r in issued),
            " ".join(states),
        ]
        rows.append((payment.paid_on, 1, payment.client_id, line))
    rows.sort(key=lambda r: (r[0], r[1]))
    return [(client_id, line) for _day, _order, client_id, line in rows]


def _consent_for(session: Session, client_id: int, day: date) -> int | None:
    """The client's newest disclosure consent still in force (the gate checks it covers the accountant)."""
    return session.scalar(
        select(Consent.id)
        .where(
            Consent.client_id == client_id,
            Consent.kind == ConsentKind.DISCLOSURE.value,
            Consent.withdrawn_on.is_(None),
            Consent.given_on <= day,
        )
        .order_by(Consent.given_on.desc(), Consent.id.desc())
    )


def _disclose_names(session: Session, client_ids: Sequence[int], provision: AccountantProvision) -> None:
    """P-DISCLOSE: one disclosure record per client named, through the gate, before the file exists."""
    day = practice_time(session).today()
    for client_id in client_ids:
        draft = disclosures.DisclosureDraft(
            day,
            provision.recipient_name,
            Relation.OTHER,
            frozenset({DataItem.NAME}),
            provision.basis,
            HandOver.FILE,
            recipient_contact=provision.recipient_contact,
            consent_id=_consent_for(session, client_id, day) if provision.basis is Basis.CONSENT else None,
            justification=provision.justification,
            requesting_body=provision.requesting_body,
            reference=provision.reference,
        )
        disclosures.add_disclosure(session, client_id=client_id, draft=draft)


def export_csv(
    vault: OpenVault, *, year: int, path: Path, names_for: AccountantProvision | None = None
) -> int:
    """Write the year's CSV (UTF-8 with a BOM, so spreadsheets read the Japanese); returns the rows.

    Without ``names_for`` no client's name is in the file. With it, every client
    named is first recorded as disclosed to the accountant; a refusal of any one
    record stops the export and nothing is written.
    """
    with vault.unit_of_work() as session:
        rows = _csv_rows(session, year)
        header = list(CSV_COLUMNS)
        if names_for is not None:
            named = sorted({client_id for client_id, _line in rows if client_id is not None})
            _disclose_names(session, named, names_for)
            names = dict(
                session.execute(select(Client.id, Client.full_name).where(Client.id.in_(named))).all()
            )
            header.append(NAME_COLUMN)
            for client_id, line in rows:
                line.append(names.get(client_id, "") if client_id is not None else "")
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(line for _client, line in rows)
        audit.append(
            session,
            "income.exported",
            detail={"year": year, "rows": len(rows), "format": "csv", "names": names_for is not None},
        )
        session.flush()
        write(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"))
        return len(rows)


def export_pdf(
    vault: OpenVault, *, year: int, path: Path, render: Callable[[YearIncome], bytes]
) -> YearIncome:
    """Write the year's summary as a PDF the window draws (sums only: no client data in it)."""
    summary = year_income(vault, year=year)
    data = render(summary)
    if not data.startswith(b"%PDF"):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("policy", "The export could not be drawn as a PDF; nothing was written.")
        )
    with vault.unit_of_work() as session:
        audit.append(session, "income.exported", detail={"year": year, "format": "pdf", "names": False})
        session.flush()
        write(path, data)
    return summary
