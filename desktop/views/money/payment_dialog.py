"""Recording a payment received from a client: amount and method (P-MONEY-LEDGER).

The amount starts at what the client owes; the payment goes to their open
charges oldest first (a part payment leaves the rest open). The service
refuses a zero or absurd amount with its own sentence, shown here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desktop.policy import money as rules
from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.error_text import describe
from desktop.views.common.forms import LabelledForm, Retranslatable, cancel_or, named, primary_button
from desktop.views.common.worker import run_in_background
from desktop.views.money import money_jobs
from desktop.views.money.money_labels import method_text

if TYPE_CHECKING:
    from desktop.vault.store import OpenVault


class PaymentDialog(Retranslatable, QDialog):
    """Records one payment for ``client_id``; :attr:`recorded` carries the new payment's id."""

    recorded = Signal(int)

    def __init__(
        self, vault: OpenVault, client_id: int, owed_yen: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._client_id = client_id
        self.setObjectName("paymentDialog")
        self.amount = named(QSpinBox(), "paymentAmountSpin")
        self.amount.setRange(1, rules.MAX_AMOUNT_YEN)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setPrefix("¥")
        self.amount.setValue(max(1, owed_yen))
        self.method = named(QComboBox(), "paymentMethodCombo")
        for method in rules.PaymentMethod:
            self.method.addItem("", method.value)
        self.error_label = named(QLabel(wordWrap=True), "paymentErrorLabel")
        set_tone(self.error_label, Tone.ERROR)
        self.record_button = named(QPushButton(), "recordPaymentButton")
        self.record_button.clicked.connect(self._record)
        self._form = LabelledForm()
        self._form.add(self.amount)
        self._form.add(self.method)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.error_label)
        layout.addWidget(cancel_or(self, self.record_button))
        self.retranslateUi()
        primary_button(self, self.record_button)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Record a payment"))
        self._form.label(self.amount).setText(self.tr("Amount received"))
        self._form.label(self.method).setText(self.tr("Paid by"))
        for index in range(self.method.count()):
            self.method.setItemText(index, method_text(rules.PaymentMethod(self.method.itemData(index))))
        self.record_button.setText(self.tr("Record payment"))

    @Slot()
    def _record(self) -> None:
        vault, client_id = self._vault, self._client_id
        amount, method = self.amount.value(), rules.PaymentMethod(self.method.currentData())
        self.record_button.setEnabled(False)
        run_in_background(
            lambda: money_jobs.record_payment(vault, client_id, amount, method),
            owner=self,
            on_success=self._done,
            on_failure=self._failed,
        )

    def _done(self, payment_id: int) -> None:
        self.recorded.emit(payment_id)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.record_button.setEnabled(True)
        self.error_label.setText(describe(error))
