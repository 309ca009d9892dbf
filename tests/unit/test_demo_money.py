"""The demo's books: every completed or cancelled booking billed, every method paid, receipts without gaps."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from desktop.demo import practice
from desktop.models import (
    Booking,
    MoneyAllocation,
    MoneyCharge,
    MoneyPayment,
    MoneyReceipt,
    MoneyReceiptEvent,
)
from desktop.policy import money as rules
from desktop.policy.bookings import BookingStatus
from desktop.services.money import income, receipts
from desktop.vault import receipt_watermark
from desktop.vault.store import OpenVault
from tests.helpers.vaults import make_vault


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenVault]:
    vault, _code = make_vault(tmp_path_factory.mktemp("demo") / "vault")
    practice.generate(vault, clients=120, years=4, seed=11)
    yield vault
    vault.close()


def test_p_money_charge_every_completed_demo_session_charges_its_agreed_price(demo: OpenVault) -> None:
    with demo.reading() as session:
        completed = session.execute(
            select(Booking.id, Booking.price_yen).where(Booking.status == BookingStatus.COMPLETED.value)
        ).all()
        charged = dict(
            session.execute(
                select(MoneyCharge.booking_id, MoneyCharge.amount_yen).where(
                    MoneyCharge.kind == rules.ChargeKind.SESSION.value
                )
            ).all()
        )
        cancelled = session.scalar(
            select(func.count()).where(Booking.status == BookingStatus.CANCELLED.value)
        )
        fees = session.scalar(
            select(func.count()).where(MoneyCharge.kind == rules.ChargeKind.CANCELLATION_FEE.value)
        )
    assert completed and {b: p for b, p in completed} == charged
    assert cancelled == fees


def test_p_money_ledger_demo_payments_use_every_method_in_parts_and_refunds(demo: OpenVault) -> None:
    with demo.reading() as session:
        methods = set(session.scalars(select(MoneyPayment.method).distinct()))
        refunds = session.scalar(select(func.count()).where(MoneyPayment.amount_yen < 0))
        parts = session.scalar(
            select(func.count()).select_from(
                select(MoneyAllocation.charge_id)
                .join(MoneyPayment, MoneyPayment.id == MoneyAllocation.payment_id)
                .where(MoneyPayment.amount_yen > 0)
                .group_by(MoneyAllocation.charge_id)
                .having(func.count() > 1)
                .subquery()
            )
        )
        events = set(session.scalars(select(MoneyReceiptEvent.kind).distinct()))
        numbers = list(session.scalars(select(MoneyReceipt.number).order_by(MoneyReceipt.number)))
    assert methods == {m.value for m in rules.PaymentMethod}
    assert refunds and parts
    assert events == {"reissued", "voided"}
    assert numbers == list(range(1, len(numbers) + 1))
    assert receipt_watermark.read(demo.folder) == len(numbers)
    assert [r.number for r in receipts.receipt_lines(demo)] == numbers


def test_p_money_tax_the_demo_year_summary_adds_up_with_the_ledger(demo: OpenVault) -> None:
    year = demo.time.today().year - 1
    summary = income.year_income(demo, year=year).total()
    with demo.reading() as session:
        charged = session.scalar(
            select(func.sum(MoneyCharge.amount_yen)).where(
                func.strftime("%Y", MoneyCharge.incurred_on) == str(year)
            )
        )
    assert summary.sessions_yen + summary.cancellation_fees_yen + summary.other_yen == charged
    assert summary.paid_yen > 0 and summary.tax_yen > 0
