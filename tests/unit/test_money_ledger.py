"""The books on a real vault: charges from bookings, payments, refunds, the append-only tables, erasure."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from desktop.errors import PolicyRefusal
from desktop.models import AuditEvent, MoneyAllocation, MoneyCharge, MoneyPayment
from desktop.policy import money as rules
from desktop.policy.bookings import CancelledBy
from desktop.services import bookings, clients, retention
from desktop.services.bookings import session_menu
from desktop.services.bookings.session_menu import MenuItemDraft
from desktop.services.clients import ClientDraft
from desktop.services.money import charges, payments
from desktop.vault.store import OpenVault
from tests.helpers.bookings import confirmed_phone_booking
from tests.helpers.clock import FakeClock

START = datetime(2026, 12, 2, 14, 0)


@pytest.fixture(autouse=True)
def clock(open_vault: OpenVault) -> FakeClock:
    fake = FakeClock(START - timedelta(days=7))
    open_vault.time.clock = fake
    return fake


@pytest.fixture
def client_id(open_vault: OpenVault) -> int:
    draft = ClientDraft(full_name="山田 花子", name_reading="やまだ はなこ")
    return clients.create_client(open_vault, draft=draft).id


@pytest.fixture
def menu_id(open_vault: OpenVault) -> int:
    draft = MenuItemDraft("対面カウンセリング", "in_person", 60, 8800)
    return session_menu.add_item(open_vault, draft=draft).id


def completed(
    vault: OpenVault, clock: FakeClock, client_id: int, menu_id: int, start: datetime = START
) -> int:
    booking_id = confirmed_phone_booking(vault, client_id, menu_id, start)
    clock.set(start + timedelta(hours=1))
    bookings.complete_booking(vault, booking_id=booking_id)
    return booking_id


def test_p_money_charge_a_completed_session_charges_its_agreed_price(
    open_vault: OpenVault, clock: FakeClock, client_id: int, menu_id: int
) -> None:
    booking_id = completed(open_vault, clock, client_id, menu_id)
    # a later menu price changes nothing already agreed (P-CONFIRM point 3)
    session_menu.edit_item(open_vault, item_id=menu_id, draft=MenuItemDraft("対面", "in_person", 60, 12000))
    ledger = payments.client_ledger(open_vault, client_id=client_id)
    [line] = ledger.charges
    assert (line.booking_id, line.kind, line.tax_class) == (
        booking_id,
        rules.ChargeKind.SESSION,
        rules.TaxClass.TAXABLE_10,
    )
    assert line.amount_yen == 8800 and line.incurred_on == START.date()
    assert ledger.balance_yen == 8800


def test_p_money_charge_a_client_cancellation_charges_its_fee_untaxed(
    open_vault: OpenVault, clock: FakeClock, client_id: int, menu_id: int
) -> None:
    booking_id = confirmed_phone_booking(open_vault, client_id, menu_id, START)
    clock.set(START - timedelta(hours=2))  # under 24 hours: the whole price by the default schedule
    bookings.cancel_booking(open_vault, booking_id=booking_id, cancelled_by=CancelledBy.CLIENT)
    [line] = payments.client_ledger(open_vault, client_id=client_id).charges
    assert line.kind is rules.ChargeKind.CANCELLATION_FEE
    assert line.tax_class is rules.TaxClass.NON_TAXABLE
    assert line.amount_yen == 8800


def test_p_money_charge_a_waived_cancellation_charges_zero_and_names_the_reason(
    open_vault: OpenVault, clock: FakeClock, client_id: int, menu_id: int
) -> None:
    booking_id = confirmed_phone_booking(open_vault, client_id, menu_id, START)
    clock.set(START - timedelta(hours=2))
    bookings.cancel_booking(
        open_vault, booking_id=booking_id, cancelled_by=CancelledBy.CLIENT, reason="体調不良", waive_fee=True
    )
    other = confirmed_phone_booking(open_vault, client_id, menu_id, START + timedelta(days=7))
    bookings.cancel_booking(open_vault, booking_id=other, cancelled_by=CancelledBy.COUNSELLOR, reason="急病")
    lines = payments.client_ledger(open_vault, client_id=client_id).charges
    assert [(c.amount_yen, c.reason) for c in lines] == [
        (0, rules.WaiverReason.WAIVED.value),
        (0, rules.WaiverReason.COUNSELLOR_CANCELLED.value),
    ]


def test_p_money_ledger_part_payment_then_the_rest_and_a_refund(
    open_vault: OpenVault, clock: FakeClock, client_id: int, menu_id: int
) -> None:
    completed(open_vault, clock, client_id, menu_id)
    first = payments.record_payment(
        open_vault, client_id=client_id, amount_yen=5000, method=rules.PaymentMethod.CASH
    )
    assert payments.client_ledger(open_vault, client_id=client_id).balance_yen == 3800
    [line] = payments.client_ledger(open_vault, client_id=client_id).charges
    assert line.open_yen == 3800
    payments.record_payment(
        open_vault, client_id=client_id, amount_yen=3800, method=rules.PaymentMethod.BANK_TRANSFER
    )
    assert payments.client_ledger(open_vault, client_id=client_id).balance_yen == 0
    assert payments.outstanding(open_vault) == []
    with pytest.raises(PolicyRefusal) as refused:
        payments.record_refund(open_vault, payment_id=first, amount_yen=1000, reason="")
    assert refused.value.rule == rules.P_MONEY_LEDGER
    with pytest.raises(PolicyRefusal):
        payments.record_refund(open_vault, payment_id=first, amount_yen=6000, reason="返金")
    payments.record_refund(open_vault, payment_id=first, amount_yen=1000, reason="料金の誤り")
    ledger = payments.client_ledger(open_vault, client_id=client_id)
    assert ledger.balance_yen == 1000
    assert ledger.charges[0].open_yen == 1000
    [owed] = payments.outstanding(open_vault)
    assert (owed.client_name, owed.charge.open_yen) == ("山田 花子", 1000)


def test_p_money_ledger_a_charge_is_corrected_by_a_counter_entry(
    open_vault: OpenVault, clock: FakeClock, client_id: int, menu_id: int
) -> None:
    completed(open_vault, clock, client_id, menu_id)
    [line] = payments.client_ledger(open_vault, client_id=client_id).charges
    with pytest.raises(PolicyRefusal):
        charges.correct_charge(open_vault, charge_id=line.charge_id, correction_yen=-800, reason=" ")
    with pytest.raises(PolicyRefusal):
        charges.correct_charge(open_vault, charge_id=line.charge_id, correction_yen=-9000, reason="誤り")
    charges.correct_charge(open_vault, charge_id=line.charge_id, correction_yen=-800, reason="初回割引")
    [corrected] = payments.client_ledger(open_vault, client_id=client_id).charges
    assert corrected.amount_yen == 8000
    with open_vault.reading() as session:
        rows = list(session.scalars(select(MoneyCharge).order_by(MoneyCharge.id)))
    assert [(r.amount_yen, r.corrects_id) for r in rows] == [(8800, None), (-800, rows[0].id)]


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE money_charges SET amount_yen = 1",
        "UPDATE money_charges SET client_id = client_id + 1",
        "DELETE FROM money_charges",
        "UPDATE money_payments SET amount_yen = 1",
        "DELETE FROM money_payments",
        "UPDATE money_allocations SET amount_yen = 1",
        "DELETE FROM money_allocations",
        "UPDATE money_sequences SET last_number = 0",
    ],
)
def test_p_money_ledger_the_database_refuses_edits_and_deletions(
    open_vault: OpenVault, clock: FakeClock, client_id: int, menu_id: int, statement: str
) -> None:
    completed(open_vault, clock, client_id, menu_id)
    payments.record_payment(open_vault, client_id=client_id, amount_yen=8800, method=rules.PaymentMethod.CASH)
    with open_vault.unit_of_work() as session:
        session.execute(text("INSERT INTO money_sequences (name, last_number) VALUES ('receipt', 3)"))
    with pytest.raises(DatabaseError, match="P-MONEY"), open_vault.unit_of_work() as session:
        session.execute(text(statement))
    with open_vault.reading() as session:
        assert session.scalar(select(MoneyCharge.amount_yen)) == 8800
        assert session.scalar(select(MoneyPayment.amount_yen)) == 8800
        assert session.scalar(select(MoneyAllocation.amount_yen)) == 8800


def test_p_money_retain_erasure_keeps_the_books_then_the_purge_removes_them(
    open_vault: OpenVault, clock: FakeClock, client_id: int, menu_id: int
) -> None:
    completed(open_vault, clock, client_id, menu_id)
    payments.record_payment(
        open_vault, client_id=client_id, amount_yen=8800, method=rules.PaymentMethod.CARD_QR
    )
    summary = clients.erasure_summary(open_vault, client_id=client_id)
    assert summary.books_kept == 2
    assert summary.books_until == date(2026 + 1 + 7, 3, 16)
    clients.erase_client(open_vault, client_id=client_id)
    with open_vault.reading() as session:
        kept = list(session.scalars(select(MoneyCharge)))
        assert [(c.amount_yen, c.client_id, c.booking_id) for c in kept] == [(8800, None, None)]
        assert session.scalar(select(MoneyPayment.amount_yen)) == 8800
    clock.set(datetime(2034, 3, 15, 12, 0))
    retention.purge_expired(open_vault)
    with open_vault.reading() as session:
        assert session.scalar(select(MoneyCharge.id)) is not None
    clock.set(datetime(2034, 3, 16, 12, 0))
    retention.purge_expired(open_vault)
    with open_vault.reading() as session:
        assert list(session.scalars(select(MoneyCharge))) == []
        assert list(session.scalars(select(MoneyPayment))) == []
        assert list(session.scalars(select(MoneyAllocation))) == []
        purged = session.scalar(select(AuditEvent).where(AuditEvent.action == "books.purged"))
        assert purged is not None
