"""Receipts and the books on the Settings page: the practice's address and contact, the invoice
registration number, 上様, and how long the books are kept (P-MONEY-INVOICE, P-MONEY-RECEIPT,
P-MONEY-RETAIN).

The group loads and saves its own settings; the service checks the number's
form (and a corporation's check digit) and refuses a retention below the law.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.policy import money as rules
from desktop.policy.money import MoneySettings
from desktop.views.common.error_text import describe
from desktop.views.common.forms import LabelledForm, Retranslatable, named
from desktop.views.common.worker import run_on_vault
from desktop.views.money import money_jobs

if TYPE_CHECKING:
    from desktop.vault.store import OpenVault


class MoneySettingsPanel(Retranslatable, QGroupBox):
    """Shows the stored money settings when given a vault; Save stores them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moneySettingsGroup")
        self._vault: OpenVault | None = None
        self.address = named(QLineEdit(), "practiceAddressEdit")
        self.contact = named(QLineEdit(), "practiceContactEdit")
        self.registration = named(QLineEdit(), "registrationNumberEdit")
        self.registration.setPlaceholderText("T1234567890123")
        self.corporation = named(QCheckBox(), "issuerCorporationCheck")
        self.uesama = named(QCheckBox(), "allowUesamaCheck")
        self.retention = named(QSpinBox(), "booksRetentionSpin")
        self.retention.setRange(*rules.BOOKS_RETENTION_RANGE)
        self.save_button = named(QPushButton(), "saveMoneySettingsButton")
        self.save_button.clicked.connect(self._save)
        self.status_label = named(QLabel(wordWrap=True), "moneySettingsStatusLabel")
        self._form = LabelledForm()
        for field in (
            self.address,
            self.contact,
            self.registration,
            self.corporation,
            self.uesama,
            self.retention,
        ):
            self._form.add(field)
        row = QHBoxLayout()
        row.addWidget(self.status_label, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addLayout(row)
        self.retranslateUi()
        self.setEnabled(False)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Receipts and the books"))
        self._form.label(self.address).setText(self.tr("Practice address (on receipts):"))
        self._form.label(self.contact).setText(self.tr("Practice contact (on receipts):"))
        self._form.label(self.registration).setText(self.tr("Invoice registration number:"))
        self._form.label(self.corporation).setText("")
        self._form.label(self.uesama).setText("")
        self._form.label(self.retention).setText(self.tr("Keep the books for:"))
        self.corporation.setText(
            self.tr("The practice is a corporation (the number is its corporate number)")
        )
        self.uesama.setText(self.tr("Allow receipts made out to 上様"))
        self.retention.setSuffix(self.tr(" years after the tax year"))
        self.registration.setToolTip(
            self.tr("Leave empty unless the practice is a registered invoice issuer (適格請求書発行事業者).")
        )
        self.save_button.setText(self.tr("Save"))

    def set_vault(self, vault: OpenVault | None) -> None:
        self._vault = vault
        self.status_label.clear()
        self.setEnabled(vault is not None)
        if vault is not None:
            run_on_vault(
                self,
                lambda: self._vault,
                money_jobs.load_settings,
                on_success=self._show,
                on_failure=self._failed,
            )

    @Slot(object)
    def _show(self, settings: MoneySettings) -> None:
        self.address.setText(settings.practice_address)
        self.contact.setText(settings.practice_contact)
        self.registration.setText(settings.registration_number)
        self.corporation.setChecked(settings.issuer_is_corporation)
        self.uesama.setChecked(settings.allow_uesama)
        self.retention.setValue(settings.books_retention_years)

    @Slot()
    def _save(self) -> None:
        settings = MoneySettings(
            self.address.text(),
            self.contact.text(),
            self.registration.text(),
            self.corporation.isChecked(),
            self.uesama.isChecked(),
            self.retention.value(),
        )
        run_on_vault(
            self,
            lambda: self._vault,
            lambda vault: money_jobs.save_settings(vault, settings),
            on_success=self._saved,
            on_failure=self._failed,
        )

    @Slot(object)
    def _saved(self, settings: MoneySettings) -> None:
        self._show(settings)
        self.status_label.setText(self.tr("Saved."))

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.status_label.setText(describe(error))
