"""The year's income: the month summary's sums, the CSV without names, names only through the gate."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.errors import PolicyRefusal
from desktop.models import Disclosure
from desktop.policy import money as rules
from desktop.policy.bookings import CancelledBy
from desktop.policy.disclosure import Basis
from desktop.services import bookings, clients
from desktop.services.bookings import session_menu
from desktop.services.bookings.session_menu import MenuItemDraft
from desktop.services.clients import ClientDraft
from desktop.services.money import income, payments
from desktop.vault.store import OpenVault
from tests.helpers.bookings import confirmed_phone_booking
from tests.helpers.clock import FakeClock

START = datetime(2026, 11, 4, 10, 0)
NAME = "佐藤 一郎"


@pytest.fixture
def books(open_vault: OpenVault) -> int:
    """November: a session paid in cash, a late cancellation paid by transfer; December: an unpaid session."""
    clock = FakeClock(START - timedelta(days=7))
    open_vault.time.clock = clock
    client_id = clients.create_client(
        open_vault, draft=ClientDraft(full_name=NAME, name_reading="さとう いちろう")
    ).id
    menu_id = session_menu.add_item(open_vault, draft=MenuItemDraft("対面", "in_person", 60, 11000)).id
    first = confirmed_phone_booking(open_vault, client_id, menu_id, START)
    cancelled = confirmed_phone_booking(open_vault, client_id, menu_id, START + timedelta(days=7))
    later = confirmed_phone_booking(open_vault, client_id, menu_id, START + timedelta(days=30))
    clock.set(START + timedelta(hours=1))
    bookings.complete_booking(open_vault, booking_id=first)
    payments.record_payment(
        open_vault, client_id=client_id, amount_yen=11000, method=rules.PaymentMethod.CASH
    )
    clock.set(START + timedelta(days=7, hours=-3))
    bookings.cancel_booking(open_vault, booking_id=cancelled, cancelled_by=CancelledBy.CLIENT)
    payments.record_payment(
        open_vault, client_id=client_id, amount_yen=11000, method=rules.PaymentMethod.BANK_TRANSFER
    )
    clock.set(START + timedelta(days=30, hours=1))
    bookings.complete_booking(open_vault, booking_id=later)
    return client_id


def test_p_money_tax_the_month_summary_shows_the_amounts(open_vault: OpenVault, books: int) -> None:
    year = income.year_income(open_vault, year=2026)
    november, december = year.months[10], year.months[11]
    assert (november.sessions_yen, november.cancellation_fees_yen, november.tax_yen) == (11000, 11000, 1000)
    assert november.payments_yen == {
        rules.PaymentMethod.CASH: 11000,
        rules.PaymentMethod.BANK_TRANSFER: 11000,
    }
    assert (november.outstanding_yen, december.sessions_yen, december.outstanding_yen) == (0, 11000, 11000)
    whole = year.total()
    assert (whole.sessions_yen, whole.cancellation_fees_yen, whole.tax_yen, whole.paid_yen) == (
        22000,
        11000,
        2000,
        22000,
    )
    assert year.months[0].sessions_yen == 0
    assert income.years_with_books(open_vault)[0] == 2026


def test_p_disclose_income_csv_has_the_columns_and_no_client_names(
    open_vault: OpenVault, books: int, tmp_path: Path
) -> None:
    target = tmp_path / "income.csv"
    assert income.export_csv(open_vault, year=2026, path=target) == 5
    raw = target.read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert tuple(rows[0]) == income.CSV_COLUMNS
    assert [(r[0], r[1], r[4]) for r in rows[1:]] == [
        ("2026-11-04", "請求", "11000"),
        ("2026-11-04", "入金", "11000"),
        ("2026-11-11", "請求", "11000"),
        ("2026-11-11", "入金", "11000"),
        ("2026-12-04", "請求", "11000"),
    ]
    assert {r[3] for r in rows[1:] if r[1] == "請求"} == {"課税10%", "不課税"}
    assert {r[6] for r in rows[1:] if r[1] == "入金"} == {"現金", "銀行振込"}
    assert NAME not in raw.decode("utf-8-sig") and "佐藤" not in raw.decode("utf-8-sig")
    with open_vault.reading() as session:
        assert session.scalar(select(Disclosure.id)) is None


def test_p_disclose_income_csv_with_names_records_the_disclosure_first(
    open_vault: OpenVault, books: int, tmp_path: Path
) -> None:
    target = tmp_path / "named.csv"
    no_basis = income.AccountantProvision("税理士 田中", "tanaka@example.jp", Basis.RIGHTS)
    with pytest.raises(PolicyRefusal) as refused:
        income.export_csv(open_vault, year=2026, path=target, names_for=no_basis)
    assert refused.value.rule == "P-DISCLOSE"
    assert not target.exists()
    provision = income.AccountantProvision(
        "税理士 田中", "tanaka@example.jp", Basis.RIGHTS, justification="確定申告のための帳簿の確認"
    )
    income.export_csv(open_vault, year=2026, path=target, names_for=provision)
    rows = list(csv.reader(target.read_bytes().decode("utf-8-sig").splitlines()))
    assert rows[0][-1] == income.NAME_COLUMN and {r[-1] for r in rows[1:]} == {NAME}
    with open_vault.reading() as session:
        [record] = list(session.scalars(select(Disclosure)))
    assert (record.client_id, record.recipient_name, record.items, record.disclosed_on) == (
        books,
        "税理士 田中",
        "name",
        date(2026, 12, 4),
    )
