"""Demo books (issue 16): charges, payments, part payments, refunds and receipts over the demo years.

Added by :func:`desktop.demo.practice.generate` after its bookings, for every
completed or cancelled booking that has no charge yet, from its own random
stream. Like the demo's bookings (``demo/inserts.py``), these rows are a
made-up past laid down in one bulk step — replaying twenty years through the
services would mean moving the vault's clock through every day — and keep the
services' invariants: a charge per completed session at its agreed price and
per cancellation at its fee (or zero with the reason), payments with every
method allocated oldest first, some in two parts, a few refunded with a
reason, receipts numbered from the one sequence without gaps, a few re-issued
or voided, and the sequence and the watermark beside the vault raised to the
last number.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop.models import (
    Booking,
    BookingCancellation,
    MoneyAllocation,
    MoneyCharge,
    MoneyPayment,
    MoneyReceipt,
    MoneyReceiptEvent,
    MoneySequence,
)
from desktop.policy import money as rules
from desktop.policy.bookings import BookingStatus
from desktop.services import practice_settings
from desktop.vault import audit, receipt_watermark
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault

METHODS = (
    (rules.PaymentMethod.CASH, 45),
    (rules.PaymentMethod.BANK_TRANSFER, 30),
    (rules.PaymentMethod.CARD_QR, 20),
    (rules.PaymentMethod.OTHER, 5),
)


@dataclass(frozen=True, slots=True)
class MoneyDemoSummary:
    charges: int = 0
    payments: int = 0
    refunds: int = 0
    receipts: int = 0


@dataclass(slots=True)
class _Rows:
    charges: list[dict[str, object]]
    payments: list[dict[str, object]]
    allocations: list[dict[str, object]]
    receipts: list[dict[str, object]]
    events: list[dict[str, object]]


def _next_id(session: Session, column: object) -> int:
    return int(session.scalar(select(func.coalesce(func.max(column), 0))) or 0) + 1


class _Unbilled(NamedTuple):
    booking_id: int
    client_id: int
    day: date
    name: str
    price_yen: int | None
    confirmed: bool
    cancellation: BookingCancellation | None


def _unbilled(session: Session) -> list[_Unbilled]:
    """Completed and cancelled bookings without a charge, oldest first."""
    billed = select(MoneyCharge.booking_id).where(MoneyCharge.booking_id.is_not(None))
    query = (
        select(Booking, BookingCancellation)
        .outerjoin(BookingCancellation, BookingCancellation.booking_id == Booking.id)
        .where(
            Booking.status.in_([BookingStatus.COMPLETED.value, BookingStatus.CANCELLED.value]),
            Booking.id.not_in(billed),
        )
        .order_by(Booking.starts_at, Booking.id)
    )
    found = []
    for booking, cancellation in session.execute(query):
        day = cancellation.cancelled_at.date() if cancellation else booking.session_date
        if day is not None:
            found.append(
                _Unbilled(
                    booking.id,
                    booking.client_id,
                    day,
                    booking.session_name,
                    booking.price_yen,
                    booking.confirmed_at is not None,
                    cancellation,
                )
            )
    return found


class _Books:
    """The demo's ledger being written: ids and receipt numbers handed out in order."""

    def __init__(self, session: Session, rng: random.Random, issuer: str) -> None:
        self.rng = rng
        self.issuer = issuer
        self.rows = _Rows([], [], [], [], [])
        self.charge_id = _next_id(session, MoneyCharge.id)
        self.payment_id = _next_id(session, MoneyPayment.id)
        self.receipt_id = _next_id(session, MoneyReceipt.id)
        sequence = session.get(MoneySequence, "receipt")
        self.last_number = sequence.last_number if sequence else 0
        self.refunds = 0

    def charge(self, client_id: int, booking_id: int, day: date, name: str, terms: rules.ChargeTerms) -> int:
        charge_id = self.charge_id
        self.charge_id += 1
        self.rows.charges.append(
            {
                "id": charge_id,
                "client_id": client_id,
                "booking_id": booking_id,
                "corrects_id": None,
                "kind": terms.kind.value,
                "tax_class": terms.tax_class.value,
                "amount_yen": terms.amount_yen,
                "description": name,
                "reason": terms.waiver.value if terms.waiver else "",
                "incurred_on": day,
                "retained_until": rules.books_retained_until(day, rules.DEFAULT_BOOKS_RETENTION_YEARS),
                "recorded_at": f"{day.isoformat()}T09:00:00+00:00",
            }
        )
        return charge_id

    def pay(
        self, client_id: int, charge_id: int, amount: int, day: date, taxable: bool, **extra: object
    ) -> int:
        payment_id = self.payment_id
        self.payment_id += 1
        method = self.rng.choices([m for m, _w in METHODS], [w for _m, w in METHODS])[0]
        self.rows.payments.append(
            {
                "id": payment_id,
                "client_id": client_id,
                "refunds_id": extra.get("refunds_id"),
                "paid_on": day,
                "method": method.value,
                "amount_yen": amount,
                "reason": extra.get("reason", ""),
                "retained_until": rules.books_retained_until(day, rules.DEFAULT_BOOKS_RETENTION_YEARS),
                "recorded_at": f"{day.isoformat()}T09:30:00+00:00",
            }
        )
        self.rows.allocations.append({"payment_id": payment_id, "charge_id": charge_id, "amount_yen": amount})
        if amount > 0 and self.rng.random() < 0.7:
            self._receipt(payment_id, client_id, day, amount, taxable)
        return payment_id

    def _receipt(self, payment_id: int, client_id: int, day: date, amount: int, taxable: bool) -> None:
        amounts = rules.receipt_amounts(
            taxable_yen=amount if taxable else 0, non_taxable_yen=0 if taxable else amount
        )
        self.last_number += 1
        receipt_id = self.receipt_id
        self.receipt_id += 1
        self.rows.receipts.append(
            {
                "id": receipt_id,
                "number": self.last_number,
                "status": "issued",
                "payment_id": payment_id,
                "client_id": client_id,
                "issued_on": day,
                "transaction_on": day,
                "addressee": "",
                "content": "カウンセリング料" if taxable else "キャンセル料",
                "total_yen": amounts.total_yen,
                "taxable_yen": amounts.taxable_yen,
                "tax_yen": amounts.tax_yen,
                "non_taxable_yen": amounts.non_taxable_yen,
                "rate_percent": amounts.rate_percent,
                "registration_number": "",
                "issuer_name": self.issuer,
                "issuer_address": "",
                "issuer_contact": "",
                "retained_until": rules.books_retained_until(day, rules.DEFAULT_BOOKS_RETENTION_YEARS),
                "recorded_at": f"{day.isoformat()}T09:40:00+00:00",
            }
        )
        roll = self.rng.random()
        if roll < 0.03:
            kind, reason = "reissued", ""
        elif roll < 0.04:
            kind, reason = "voided", "宛名の誤り"
        else:
            return
        self.rows.events.append(
            {
                "receipt_id": receipt_id,
                "kind": kind,
                "happened_on": day + timedelta(days=7),
                "reason": reason,
                "recorded_at": f"{(day + timedelta(days=7)).isoformat()}T10:00:00+00:00",
            }
        )


def _bill(books: _Books, row: _Unbilled, today: date) -> None:
    booking_id, client_id, day, name, price, confirmed, cancellation = row
    if cancellation is None:
        terms = rules.session_charge(price)
    else:
        terms = rules.cancellation_charge(
            fee_yen=cancellation.fee_yen,
            waived=cancellation.fee_waived,
            reason=cancellation.reason,
            by_counsellor=cancellation.cancelled_by == "counsellor",
            was_confirmed=confirmed,
        )
    charge_id = books.charge(client_id, booking_id, day, name, terms)
    amount, rng = terms.amount_yen, books.rng
    if amount <= 0 or ((today - day).days < 30 and rng.random() < 0.5):
        return  # nothing to pay, or a recent charge still owed
    taxable = terms.tax_class is rules.TaxClass.TAXABLE_10
    if rng.random() < 0.08:  # paid in two parts, a week apart
        first = amount // 2
        books.pay(client_id, charge_id, first, day, taxable)
        books.pay(client_id, charge_id, amount - first, min(today, day + timedelta(days=7)), taxable)
        return
    paid = books.pay(client_id, charge_id, amount, day, taxable)
    if rng.random() < 0.01:
        back = amount // 4 or amount
        books.refunds += 1
        books.pay(
            client_id,
            charge_id,
            -back,
            min(today, day + timedelta(days=3)),
            taxable,
            refunds_id=paid,
            reason="料金の一部返金（時間短縮）",
        )


def add_to_demo(vault: OpenVault, *, seed: int) -> MoneyDemoSummary:
    """Bill every completed or cancelled demo booking without a charge yet; pay most of it."""
    rng = random.Random(f"money-{seed}")
    with vault.unit_of_work() as session:
        today = practice_time(session).today()
        books = _Books(session, rng, practice_settings.load_in(session).practice_name)
        for row in _unbilled(session):
            _bill(books, row, today)
        rows = books.rows
        for model, values in (
            (MoneyCharge, rows.charges),
            (MoneyPayment, rows.payments),
            (MoneyAllocation, rows.allocations),
            (MoneyReceipt, rows.receipts),
            (MoneyReceiptEvent, rows.events),
        ):
            if values:
                session.execute(insert(model), values)
        if rows.receipts:
            session.merge(MoneySequence(name="receipt", last_number=books.last_number))
        refunds = books.refunds
        summary = MoneyDemoSummary(
            len(rows.charges), len(rows.payments) - refunds, refunds, len(rows.receipts)
        )
        if rows.charges:
            audit.append(session, "demo.books_generated", detail={**asdict(summary), "seed": seed})
        session.flush()
        if rows.receipts:
            receipt_watermark.raise_to(vault.folder, books.last_number)
    return summary
