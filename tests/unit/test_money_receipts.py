"""Receipts on a real vault: numbers without gaps, 適格請求書 items, 不課税 fees, stamps, PDFs read back."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from desktop.errors import InvalidSetting, PolicyRefusal
from desktop.models import AuditEvent, Disclosure, MoneyReceipt
from desktop.policy import money as rules
from desktop.policy.bookings import CancelledBy
from desktop.policy.money import MoneySettings
from desktop.services import backups, bookings, clients
from desktop.services.bookings import session_menu
from desktop.services.bookings.session_menu import MenuItemDraft
from desktop.services.clients import ClientDraft
from desktop.services.money import money_settings, payments, receipts
from desktop.vault.store import OpenVault
from desktop.views.money.receipt_pdf import render_receipt
from tests.helpers.bookings import confirmed_phone_booking
from tests.helpers.clock import FakeClock
from tests.helpers.vaults import FAST_KDF, PASSPHRASE

START = datetime(2026, 12, 2, 14, 0)
NAME = "山田 花子"
REGISTERED = MoneySettings(
    practice_address="静岡県三島市一番町1-2",
    practice_contact="055-000-0000",
    registration_number="T1234567890123",
)
CODE = "0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ"
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def clock(open_vault: OpenVault) -> FakeClock:
    fake = FakeClock(START - timedelta(days=7))
    open_vault.time.clock = fake
    return fake


@pytest.fixture
def client_id(open_vault: OpenVault) -> int:
    return clients.create_client(
        open_vault, draft=ClientDraft(full_name=NAME, name_reading="やまだ はなこ")
    ).id


@pytest.fixture
def menu_id(open_vault: OpenVault) -> int:
    return session_menu.add_item(
        open_vault, draft=MenuItemDraft("対面カウンセリング", "in_person", 60, 8800)
    ).id


def paid_session(vault: OpenVault, clock: FakeClock, client_id: int, menu_id: int, days: int = 0) -> int:
    start = START + timedelta(days=days)
    booking_id = confirmed_phone_booking(vault, client_id, menu_id, start)
    clock.set(start + timedelta(hours=1))
    bookings.complete_booking(vault, booking_id=booking_id)
    return payments.record_payment(
        vault, client_id=client_id, amount_yen=8800, method=rules.PaymentMethod.CASH
    )


def issue(vault: OpenVault, payment_id: int, path: Path, addressee: str = NAME) -> str:
    document = receipts.issue_receipt(
        vault, payment_id=payment_id, addressee=addressee, path=path, render=render_receipt
    )
    return document.reference


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in PdfReader(path).pages))


def test_p_money_invoice_registered_receipt_pdf_holds_every_item(
    open_vault: OpenVault, clock: FakeClock, client_id: int, menu_id: int, tmp_path: Path
) -> None:
    money_settings.save(open_vault, REGISTERED)
    payment = paid_session(open_vault, clock, client_id, menu_id)
    reference = issue(open_vault, payment, tmp_path / "receipt.pdf")
    text = pdf_text(tmp_path / "receipt.pdf")
    # the number, the date, the addressee, the amount, the practice's details (P-MONEY-RECEIPT)
    for shown in (
        "領収書",
        "No.1",
        "2026年12月2日",
        "山田花子様",
        "¥8,800",
        "メンタル心理そらくも",
        "静岡県三島市一番町1-2",
        "055-000-0000",
        reference,
    ):
        assert shown in text, shown
    # every 適格請求書 item: number, transaction date, content, amount per rate, rate, tax (P-MONEY-INVOICE)
    for shown in (
        "登録番号T1234567890123",
        "取引年月日2026年12月2日",
        "カウンセリング料",
        "10%対象（税込）¥8,800",
        "うち消費税（10%）¥800",
    ):
        assert shown in text, shown
    with open_vault.reading() as session:
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "client.exported"))
        assert event is not None and '"recipient": "data_subject"' in event.detail
        assert session.scalar(select(Disclosure.id)) is None  # the client's own copy, not a disclosure


def test_p_money_tax_is_rounded_down_once_per_receipt() -> None:
    amounts = rules.receipt_amounts(taxable_yen=8999, non_taxable_yen=4400)
    assert (amounts.tax_yen, amounts.taxable_net_yen, amounts.total_yen) == (818, 8181, 13399)


def test_p_money_tax_a_cancellation_fee_is_never_taxed(
    open_vault: OpenVault, clock: FakeClock, client_id: int, menu_id: int, tmp_path: Path
) -> None:
    money_settings.save(open_vault, REGISTERED)
    booking_id = confirmed_phone_booking(open_vault, client_id, menu_id, START)
    clock.set(START - timedelta(hours=2))
    bookings.cancel_booking(open_vault, booking_id=booking_id, cancelled_by=CancelledBy.CLIENT)
    payment = payments.record_payment(
        open_vault, client_id=client_id, amount_yen=8800, method=rules.PaymentMethod.BANK_TRANSFER
    )
    issue(open_vault, payment, tmp_path / "fee.pdf")
    with open_vault.reading() as session:
        row = session.scalar(select(MoneyReceipt))
        assert row is not None
        assert (row.non_taxable_yen, row.taxable_yen, row.tax_yen) == (8800, 0, 0)
    text = pdf_text(tmp_path / "fee.pdf")
    assert "不課税（キャンセル料）¥8,800" in text and "消費税" not in text


def test_p_money_stamp_fifty_thousand_yen_reminds() -> None:
    at = rules.receipt_amounts(taxable_yen=55_000, non_taxable_yen=0)  # tax 5,000 shown apart: 50,000
    assert rules.needs_revenue_stamp(at, tax_shown=True)
    below = rules.receipt_amounts(taxable_yen=54_998, non_taxable_yen=0)  # tax 4,999: 49,999
    assert not rules.needs_revenue_stamp(below, tax_shown=True)
    assert rules.needs_revenue_stamp(below, tax_shown=False)
    assert rules.needs_revenue_stamp(
        rules.receipt_amounts(taxable_yen=0, non_taxable_yen=50_000), tax_shown=True
    )


def test_p_money_receipt_addressee_is_the_client_or_uesama_when_allowed(
    open_vault: OpenVault, clock: FakeClock, client_id: int, menu_id: int, tmp_path: Path
) -> None:
    payment = paid_session(open_vault, clock, client_id, menu_id)
    with pytest.raises(PolicyRefusal) as refused:
        issue(open_vault, payment, tmp_path / "r.pdf", addressee=rules.UESAMA)
    assert refused.value.rule == rules.P_MONEY_RECEIPT
    with pytest.raises(PolicyRefusal):
        issue(open_vault, payment, tmp_path / "r.pdf", addressee="山田 太郎")
    assert not (tmp_path / "r.pdf").exists()
    money_settings.save(open_vault, MoneySettings(allow_uesama=True))
    issue(open_vault, payment, tmp_path / "r.pdf", addressee=rules.UESAMA)
    assert "上様" in pdf_text(tmp_path / "r.pdf")


def test_p_money_receipt_numbers_have_no_gaps_across_voids_reissues_and_a_restore(
    open_vault: OpenVault, clock: FakeClock, client_id: int, menu_id: int, tmp_path: Path, vault_dir: Path
) -> None:
    first = paid_session(open_vault, clock, client_id, menu_id)
    issue(open_vault, first, tmp_path / "1.pdf")
    [one] = receipts.receipt_lines(open_vault)
    receipts.void_receipt(open_vault, receipt_id=one.receipt_id, reason="宛名の誤り")
    issue(open_vault, first, tmp_path / "2.pdf")  # a voided receipt's payment gets a new number
    second = paid_session(open_vault, clock, client_id, menu_id, days=7)
    issue(open_vault, second, tmp_path / "3.pdf")
    three = receipts.receipt_lines(open_vault)[-1]
    receipts.reissue_receipt(
        open_vault, receipt_id=three.receipt_id, path=tmp_path / "3b.pdf", render=render_receipt
    )
    assert "領収書（再発行）" in pdf_text(tmp_path / "3b.pdf") and "No.3" in pdf_text(tmp_path / "3b.pdf")
    with pytest.raises(PolicyRefusal):
        issue(open_vault, second, tmp_path / "again.pdf")  # one live receipt per payment: re-issue it
    assert [(r.number, r.status) for r in receipts.receipt_lines(open_vault)] == [
        (1, "voided"),
        (2, "issued"),
        (3, "reissued"),
    ]
    backups.remember_passphrase_key(open_vault, PASSPHRASE)
    backup = backups.back_up(open_vault, target=tmp_path / "before.db")
    third = paid_session(open_vault, clock, client_id, menu_id, days=14)
    issue(open_vault, third, tmp_path / "4.pdf")  # after the backup: the client holds No. 4
    open_vault.close()
    restored = backups.restore_from(
        Path(backup.path),
        passphrase=PASSPHRASE,
        folder=vault_dir,
        recovery_code=CODE,
        replace=True,
        kdf=FAST_KDF,
    ).vault
    try:
        restored.time.clock = clock
        payment = payments.record_payment(
            restored, client_id=client_id, amount_yen=100, method=rules.PaymentMethod.OTHER
        )
        issue(restored, payment, tmp_path / "5.pdf")
        assert [(r.number, r.status) for r in receipts.receipt_lines(restored)] == [
            (1, "voided"),
            (2, "issued"),
            (3, "reissued"),
            (4, "lost"),
            (5, "issued"),
        ]
    finally:
        restored.close()


def test_p_money_invoice_registration_number_form_and_corporate_check_digit(open_vault: OpenVault) -> None:
    assert rules.corporate_check_digit("010705000725") == 7  # 7010705000725, a published corporate number
    saved = money_settings.save(
        open_vault, MoneySettings(registration_number="ｔ7010-7050-00725", issuer_is_corporation=True)
    )
    assert saved.registration_number == "T7010705000725"
    with pytest.raises(InvalidSetting):
        money_settings.save(
            open_vault, MoneySettings(registration_number="T8010705000725", issuer_is_corporation=True)
        )
    # a sole proprietor's number has no published check digit: its form alone is checked
    assert money_settings.save(open_vault, MoneySettings(registration_number="T8010705000725"))
    for wrong in ("1234567890123", "T123456789012", "T0123456789012", "T12345678901234"):
        with pytest.raises(InvalidSetting):
            money_settings.save(open_vault, MoneySettings(registration_number=wrong))
    with pytest.raises(InvalidSetting):
        money_settings.save(open_vault, MoneySettings(books_retention_years=5))


def test_p_money_ledger_receipts_and_their_events_cannot_be_edited_or_deleted(
    open_vault: OpenVault, clock: FakeClock, client_id: int, menu_id: int, tmp_path: Path
) -> None:
    payment = paid_session(open_vault, clock, client_id, menu_id)
    issue(open_vault, payment, tmp_path / "r.pdf")
    [line] = receipts.receipt_lines(open_vault)
    receipts.void_receipt(open_vault, receipt_id=line.receipt_id, reason="宛名の誤り")
    for statement in (
        "UPDATE money_receipts SET total_yen = 1",
        "UPDATE money_receipts SET addressee = '別人'",
        "DELETE FROM money_receipts",
        "UPDATE money_receipt_events SET kind = 'reissued'",
        "DELETE FROM money_receipt_events",
        "DELETE FROM money_sequences",
    ):
        with pytest.raises(DatabaseError, match="P-MONEY"), open_vault.unit_of_work() as session:
            session.execute(text(statement))
    assert [(r.number, r.status, r.total_yen) for r in receipts.receipt_lines(open_vault)] == [
        (1, "voided", 8800)
    ]
