"""The client's balance, charges, payments and receipts on their page (P-MONEY-*).

Charges come from the client's bookings (and any added by hand); the panel
adds a charge by hand, records a payment, refunds part of one, issues a
receipt for the payment chosen (saved as a PDF the counsellor hands to the
client: their own copy, not a disclosure), re-issues or voids one. A receipt
of ¥50,000 or more reminds that it needs a revenue stamp. Nothing here edits
a row: every act adds one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, named
from desktop.views.common.local_time import date_text
from desktop.views.common.worker import run_in_background
from desktop.views.money import money_jobs
from desktop.views.money.ledger_dialogs import ask_manual_charge, ask_refund
from desktop.views.money.money_labels import kind_text, method_text, waiver_text, yen
from desktop.views.money.payment_dialog import PaymentDialog

if TYPE_CHECKING:
    from desktop.services.money.payments import ClientLedger
    from desktop.services.money.receipts import ReceiptLine
    from desktop.vault.store import OpenVault


def _table(name: str, columns: int) -> QTableWidget:
    table = named(QTableWidget(0, columns), name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[object, list[str]]]) -> None:
    """Rows of texts, each row's first cell carrying ``key`` (a payment or receipt id)."""
    table.setRowCount(len(rows))
    for row, (key, texts) in enumerate(rows):
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(256, key)
            table.setItem(row, column, item)


class ClientMoneyPanel(Retranslatable, QWidget):
    """One client's books; :meth:`show_client` loads them on the worker thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: OpenVault | None = None
        self._client_id: int | None = None
        self._ledger: ClientLedger | None = None
        self._receipts: list[ReceiptLine] = []
        self.balance_label = named(QLabel(), "moneyBalanceLabel")
        self.status_label = named(QLabel(wordWrap=True), "moneyStatusLabel")
        self.pay_button = named(QPushButton(), "recordPaymentOpenButton")
        self.pay_button.clicked.connect(self._pay)
        self.charge_button = named(QPushButton(), "addChargeButton")
        self.charge_button.clicked.connect(self._add_charge)
        self.refund_button = named(QPushButton(), "refundButton")
        self.refund_button.clicked.connect(self._refund)
        self.charges = _table("chargesTable", 4)
        self.payments = _table("paymentsTable", 4)
        self.addressee = named(QComboBox(), "receiptAddresseeCombo")
        self.receipt_button = named(QPushButton(), "issueReceiptButton")
        self.receipt_button.clicked.connect(self._issue)
        self.receipts = _table("receiptsTable", 4)
        self.reissue_button = named(QPushButton(), "reissueReceiptButton")
        self.reissue_button.clicked.connect(self._reissue)
        self.void_button = named(QPushButton(), "voidReceiptButton")
        self.void_button.clicked.connect(self._void)
        top = QHBoxLayout()
        top.addWidget(self.balance_label, 1)
        top.addWidget(self.charge_button)
        top.addWidget(self.pay_button)
        top.addWidget(self.refund_button)
        receipt_row = QHBoxLayout()
        receipt_row.addWidget(self.addressee, 1)
        receipt_row.addWidget(self.receipt_button)
        receipt_row.addWidget(self.reissue_button)
        receipt_row.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.charges, 2)
        layout.addWidget(self.payments, 1)
        layout.addLayout(receipt_row)
        layout.addWidget(self.receipts, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.pay_button.setText(self.tr("Record payment…"))
        self.charge_button.setText(self.tr("Add charge…"))
        self.refund_button.setText(self.tr("Refund the chosen payment…"))
        self.receipt_button.setText(self.tr("Issue receipt for the chosen payment…"))
        self.reissue_button.setText(self.tr("Re-issue…"))
        self.void_button.setText(self.tr("Void…"))
        self.charges.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Charge"), self.tr("Amount"), self.tr("Still open")]
        )
        self.payments.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Paid by"), self.tr("Amount"), self.tr("Receipt")]
        )
        self.receipts.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Issued"), self.tr("Amount"), self.tr("State")]
        )
        self._show()

    def set_vault(self, vault: OpenVault | None) -> None:
        self._vault = vault
        self.show_client(None)

    def show_client(self, client_id: int | None) -> None:
        self._client_id = client_id
        self._ledger = None
        self._receipts = []
        self.status_label.clear()
        self._show()
        vault = self._vault
        if vault is None or client_id is None:
            return
        run_in_background(
            lambda: (money_jobs.ledger(vault, client_id), money_jobs.addressees(vault, client_id)),
            owner=self,
            on_success=self._loaded,
            on_failure=lambda error: self.status_label.setText(describe(error)),
            still_wanted=lambda: self._vault is vault and self._client_id == client_id,
        )

    @Slot(object)
    def _loaded(self, loaded: tuple[tuple[ClientLedger, list[ReceiptLine]], tuple[str, ...]]) -> None:
        (self._ledger, self._receipts), names = loaded
        self.addressee.clear()
        for name in names:
            self.addressee.addItem(fill(self.tr("To %1"), (name,)), name)
        self._show()

    def _state(self, line: ReceiptLine) -> str:
        states = {
            "issued": self.tr("Issued"),
            "reissued": self.tr("Re-issued (再発行)"),
            "voided": self.tr("Voided (取消)"),
            "lost": self.tr("Issued after the restored backup; copy lost"),
        }
        text = states[line.status]
        return fill(self.tr("%1 — needs a revenue stamp"), (text,)) if line.needs_stamp else text

    def _show(self) -> None:
        ledger = self._ledger
        shown = ledger is not None
        buttons = (self.pay_button, self.charge_button, self.refund_button, self.receipt_button)
        for widget in (*buttons, self.reissue_button, self.void_button):
            widget.setEnabled(shown)
        if ledger is None:
            self.balance_label.clear()
            for table in (self.charges, self.payments, self.receipts):
                table.setRowCount(0)
            return
        balance = ledger.balance_yen
        if balance > 0:
            self.balance_label.setText(fill(self.tr("Balance: %1 owed"), (yen(balance),)))
        elif balance < 0:
            self.balance_label.setText(fill(self.tr("Balance: %1 in credit"), (yen(-balance),)))
        else:
            self.balance_label.setText(fill(self.tr("Balance: %1 — nothing owed"), (yen(0),)))
        _fill(
            self.charges,
            [
                (
                    c.charge_id,
                    [
                        date_text(c.incurred_on, QLocale.FormatType.ShortFormat),
                        " — ".join(t for t in (kind_text(c.kind), c.description, waiver_text(c.reason)) if t),
                        yen(c.amount_yen),
                        yen(c.open_yen),
                    ],
                )
                for c in ledger.charges
            ],
        )
        _fill(
            self.payments,
            [
                (
                    p.payment_id,
                    [
                        date_text(p.paid_on, QLocale.FormatType.ShortFormat),
                        method_text(p.method)
                        if p.amount_yen > 0
                        else fill(self.tr("Refund: %1"), (p.reason,)),
                        yen(p.amount_yen),
                        ", ".join(str(n) for n in p.receipt_numbers),
                    ],
                )
                for p in ledger.payments
            ],
        )
        _fill(
            self.receipts,
            [
                (
                    r.receipt_id,
                    [
                        str(r.number),
                        date_text(r.issued_on, QLocale.FormatType.ShortFormat),
                        yen(r.total_yen),
                        self._state(r),
                    ],
                )
                for r in self._receipts
            ],
        )

    def _chosen(self, table: QTableWidget) -> int | None:
        items = table.selectedItems()
        return int(items[0].data(256)) if items else None

    @Slot()
    def _pay(self) -> None:
        if self._vault is None or self._client_id is None or self._ledger is None:
            return
        dialog = PaymentDialog(self._vault, self._client_id, self._ledger.balance_yen, self)
        dialog.recorded.connect(lambda _id: self.show_client(self._client_id))
        dialog.open()

    @Slot()
    def _add_charge(self) -> None:
        if self._vault is not None and self._client_id is not None:
            work = ask_manual_charge(self, self._vault, self._client_id)
            if work is not None:
                self._run(work, self.tr("The charge was added."))

    @Slot()
    def _refund(self) -> None:
        vault, payment_id = self._vault, self._chosen(self.payments)
        if vault is None:
            return
        if payment_id is None:
            self.status_label.setText(self.tr("Choose the payment to refund."))
            return
        work = ask_refund(self, vault, payment_id)
        if work is not None:
            self._run(work, self.tr("The refund was recorded."))

    def _save_path(self, number_hint: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the receipt"), f"receipt-{number_hint}.pdf", self.tr("PDF (*.pdf)")
        )
        return Path(chosen) if chosen else None

    def _run(self, work: Callable[[], object], done: str) -> None:
        vault, client_id = self._vault, self._client_id

        def finished(needs_stamp: object) -> None:
            self.show_client(client_id)
            text = done
            if needs_stamp is True:
                text = fill(
                    self.tr("%1 It is ¥50,000 or more: put a revenue stamp (収入印紙) on it."), (done,)
                )
            self.status_label.setText(text)

        run_in_background(
            work,
            owner=self,
            on_success=finished,
            on_failure=lambda error: self.status_label.setText(describe(error)),
            still_wanted=lambda: self._vault is vault and self._client_id == client_id,
        )

    @Slot()
    def _issue(self) -> None:
        vault, payment_id = self._vault, self._chosen(self.payments)
        if vault is None:
            return
        if payment_id is None:
            self.status_label.setText(self.tr("Choose the payment the receipt is for."))
            return
        path = self._save_path(str(payment_id))
        if path is not None:
            addressee = str(self.addressee.currentData())
            self._run(
                lambda: money_jobs.issue_receipt(vault, payment_id, addressee, path),
                self.tr("The receipt was saved. Hand it to the client."),
            )

    @Slot()
    def _reissue(self) -> None:
        vault, receipt_id = self._vault, self._chosen(self.receipts)
        if vault is None or receipt_id is None:
            return
        path = self._save_path(str(receipt_id))
        if path is not None:
            self._run(
                lambda: money_jobs.reissue_receipt(vault, receipt_id, path),
                self.tr("The receipt was saved again with its number, marked 再発行."),
            )

    @Slot()
    def _void(self) -> None:
        vault, receipt_id = self._vault, self._chosen(self.receipts)
        if vault is None or receipt_id is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Void the receipt"), self.tr("Why is it voided?"))
        if ok:
            self._run(
                lambda: money_jobs.void_receipt(vault, receipt_id, reason),
                self.tr("The receipt is voided; it stays in the list and its number is not used again."),
            )
