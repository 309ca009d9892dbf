"""pytest-qt: the client's fees and payments panel and the Income page, driven through real widgets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from desktop.policy import money as rules
from desktop.services import bookings
from desktop.services.bookings import session_menu
from desktop.services.bookings.session_menu import MenuItemDraft
from desktop.services.money import money_settings, payments
from desktop.vault.store import OpenVault
from desktop.views.clients.client_record_pane import ClientRecordPane
from desktop.views.clients.erase_client_dialog import EraseClientDialog
from desktop.views.money import MoneySettingsPanel
from desktop.views.money.income_page import IncomePage
from desktop.views.money.payment_dialog import PaymentDialog
from tests.helpers.bookings import confirmed_phone_booking
from tests.helpers.clock import FakeClock
from tests.helpers.records import NAME, add_sample_client, open_vault_for_views
from tests.ui.drive import SLOW_MS, child, click, type_into

START = datetime(2026, 12, 2, 14, 0)


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    yield from open_vault_for_views(tmp_path / "vault")


@pytest.fixture
def client_id(vault: OpenVault) -> int:
    """A client whose session on 2 December was completed at the agreed ¥8,800."""
    clock = FakeClock(START - timedelta(days=7))
    vault.time.clock = clock
    client = add_sample_client(vault).id
    menu_id = session_menu.add_item(
        vault, draft=MenuItemDraft("対面カウンセリング", "in_person", 60, 8800)
    ).id
    booking_id = confirmed_phone_booking(vault, client, menu_id, START)
    clock.set(START + timedelta(hours=1))
    bookings.complete_booking(vault, booking_id=booking_id)
    return client


def test_p_money_record_a_payment_issue_a_receipt_and_see_the_balance_at_zero(
    qtbot: QtBot, vault: OpenVault, client_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = ClientRecordPane()
    qtbot.addWidget(pane)
    pane.set_vault(vault)
    pane.show_records(client_id)
    balance = child(pane, QLabel, "moneyBalanceLabel")
    qtbot.waitUntil(lambda: "¥8,800 owed" in balance.text(), timeout=SLOW_MS)
    charges = child(pane, QTableWidget, "chargesTable")
    assert charges.rowCount() == 1 and cell(charges, 0, 2) == "¥8,800"

    click(qtbot, child(pane, QPushButton, "recordPaymentOpenButton"))
    dialog = child(pane, PaymentDialog, "paymentDialog")
    assert child(dialog, QSpinBox, "paymentAmountSpin").value() == 8800
    method = child(dialog, QComboBox, "paymentMethodCombo")
    method.setCurrentIndex(method.findData(rules.PaymentMethod.CARD_QR.value))
    click(qtbot, child(dialog, QPushButton, "recordPaymentButton"))
    qtbot.waitUntil(lambda: "nothing owed" in balance.text(), timeout=SLOW_MS)
    assert payments.client_ledger(vault, client_id=client_id).balance_yen == 0

    table = child(pane, QTableWidget, "paymentsTable")
    assert table.rowCount() == 1 and "Card or QR" in cell(table, 0, 1)
    table.selectRow(0)
    target = tmp_path / "receipt.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    click(qtbot, child(pane, QPushButton, "issueReceiptButton"))
    receipts = child(pane, QTableWidget, "receiptsTable")
    qtbot.waitUntil(lambda: receipts.rowCount() == 1, timeout=SLOW_MS)
    assert cell(receipts, 0, 0) == "1" and cell(receipts, 0, 2) == "¥8,800"
    assert "Hand it to the client" in child(pane, QLabel, "moneyStatusLabel").text()
    text = re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(target).pages))
    assert "領収書" in text and "No.1" in text and NAME.replace(" ", "") + "様" in text and "¥8,800" in text
    assert "nothing owed" in balance.text()


def test_p_money_the_month_summary_shows_the_amounts(qtbot: QtBot, vault: OpenVault, client_id: int) -> None:
    payments.record_payment(vault, client_id=client_id, amount_yen=5000, method=rules.PaymentMethod.CASH)
    page = IncomePage()
    qtbot.addWidget(page)
    page.show()  # the page reads the vault when it is shown
    page.set_vault(vault)
    table = child(page, QTableWidget, "incomeTable")
    qtbot.waitUntil(lambda: table.item(11, 0) is not None, timeout=SLOW_MS)
    december = [cell(table, 11, c) for c in range(table.columnCount())]
    assert december == ["¥8,800", "¥0", "¥0", "¥800", "¥5,000", "¥0", "¥0", "¥0", "¥3,800"]
    assert cell(table, 12, 0) == "¥8,800"  # the year
    assert child(page, QComboBox, "incomeYearCombo").currentText() == "2026"
    owed = child(page, QTableWidget, "outstandingTable")
    assert owed.rowCount() == 1 and cell(owed, 0, 1) == NAME and cell(owed, 0, 3) == "¥3,800"
    assert "no client names" in child(page, QLabel, "incomePrivacyLabel").text()


def test_p_money_retain_the_erasure_confirmation_says_what_of_the_books_is_kept_and_until_when(
    qtbot: QtBot, vault: OpenVault, client_id: int
) -> None:
    dialog = EraseClientDialog(vault, client_id)
    qtbot.addWidget(dialog)
    dialog.open()
    kept = child(dialog, QLabel, "eraseKeptLabel")
    qtbot.waitUntil(lambda: "2034" in kept.text(), timeout=SLOW_MS)
    assert "1 entry of the books" in kept.text() and "tax law" in kept.text()


def test_p_money_ledger_a_manual_charge_and_a_refund_from_the_client_page(
    qtbot: QtBot, vault: OpenVault, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    payments.record_payment(vault, client_id=client_id, amount_yen=8800, method=rules.PaymentMethod.CASH)
    pane = ClientRecordPane()
    qtbot.addWidget(pane)
    pane.set_vault(vault)
    pane.show_records(client_id)
    balance = child(pane, QLabel, "moneyBalanceLabel")
    qtbot.waitUntil(lambda: "nothing owed" in balance.text(), timeout=SLOW_MS)
    amounts = iter([2200, 1000])
    texts = iter([("資料代", True), ("時間の短縮", True)])
    monkeypatch.setattr(QInputDialog, "getInt", lambda *_args: (next(amounts), True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args: next(texts))
    click(qtbot, child(pane, QPushButton, "addChargeButton"))
    qtbot.waitUntil(lambda: "¥2,200 owed" in balance.text(), timeout=SLOW_MS)
    charges = child(pane, QTableWidget, "chargesTable")
    assert "資料代" in cell(charges, 1, 1)
    child(pane, QTableWidget, "paymentsTable").selectRow(0)
    click(qtbot, child(pane, QPushButton, "refundButton"))
    qtbot.waitUntil(lambda: "¥3,200 owed" in balance.text(), timeout=SLOW_MS)
    table = child(pane, QTableWidget, "paymentsTable")
    assert cell(table, 1, 2) == "-¥1,000" and "時間の短縮" in cell(table, 1, 1)


def test_p_money_invoice_settings_refuse_a_malformed_registration_number_and_save_a_good_one(
    qtbot: QtBot, vault: OpenVault
) -> None:
    panel = MoneySettingsPanel()
    qtbot.addWidget(panel)
    panel.set_vault(vault)
    qtbot.waitUntil(panel.isEnabled, timeout=SLOW_MS)
    number = child(panel, QLineEdit, "registrationNumberEdit")
    status = child(panel, QLabel, "moneySettingsStatusLabel")
    type_into(qtbot, number, "T12345")
    click(qtbot, child(panel, QPushButton, "saveMoneySettingsButton"))
    qtbot.waitUntil(lambda: "13 digits" in status.text(), timeout=SLOW_MS)
    type_into(qtbot, number, "ｔ１２３４５６７８９０１２３")
    type_into(qtbot, child(panel, QLineEdit, "practiceAddressEdit"), "静岡県三島市一番町1-2")
    click(qtbot, child(panel, QPushButton, "saveMoneySettingsButton"))
    qtbot.waitUntil(lambda: status.text() == "Saved.", timeout=SLOW_MS)
    assert number.text() == "T1234567890123"
    saved = money_settings.load(vault)
    assert (saved.registration_number, saved.practice_address) == ("T1234567890123", "静岡県三島市一番町1-2")
