"""Disclosure settings: how long provision records are kept and how soon a client's request is due.

A group box on the Settings page. Retention cannot be set below the law's
minimum (APPI Art. 29: three years, one when a contract document is the
record); the service checks the ranges. The group shows what the page loaded
and saves its three values on top of the newest stored settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desktop.policy import disclosure as rules
from desktop.policy.practice import PracticeSettings
from desktop.views.common.error_text import describe
from desktop.views.common.forms import CountedSuffix, LabelledForm, Retranslatable, named
from desktop.views.common.worker import run_on_vault
from desktop.views.disclosures import disclosure_jobs

if TYPE_CHECKING:
    from desktop.vault.store import OpenVault


def _spin(name: str, low: int, high: int) -> QSpinBox:
    spin = named(QSpinBox(), name)
    spin.setRange(low, high)
    return spin


class DisclosureSettings(Retranslatable, QGroupBox):
    """:meth:`show_settings` fills it; Save emits :attr:`saved` with every setting as stored."""

    saved = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disclosureSettingsGroup")
        self._vault: OpenVault | None = None
        self.retention_spin = _spin(
            "retentionYearsSpin", rules.STANDARD_RETENTION_YEARS, rules.RETENTION_YEARS_MAX
        )
        self.contract_spin = _spin(
            "contractRetentionYearsSpin", rules.CONTRACT_RETENTION_YEARS, rules.RETENTION_YEARS_MAX
        )
        self.due_spin = _spin("requestDueDaysSpin", *rules.REQUEST_DUE_DAYS_RANGE)
        self._suffixes = (
            CountedSuffix(self.retention_spin, lambda n: self.tr("%n year(s)", "", n)),
            CountedSuffix(self.contract_spin, lambda n: self.tr("%n year(s)", "", n)),
            CountedSuffix(self.due_spin, lambda n: self.tr("%n day(s)", "", n)),
        )
        self.save_button = named(QPushButton(), "saveDisclosureSettingsButton")
        self.save_button.clicked.connect(self._save)
        self.status_label = named(QLabel(wordWrap=True), "disclosureSettingsStatusLabel")
        self._form = LabelledForm()
        for spin in (self.retention_spin, self.contract_spin, self.due_spin):
            self._form.add(spin)
        row = QHBoxLayout()
        row.addWidget(self.status_label, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addLayout(row)
        self.retranslateUi()
        self.setEnabled(False)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Disclosures and requests"))
        self._form.label(self.retention_spin).setText(self.tr("Keep provision records for:"))
        self._form.label(self.contract_spin).setText(self.tr("When a contract document is the record:"))
        self._form.label(self.due_spin).setText(self.tr("Answer a client's request within:"))
        for suffix in self._suffixes:
            suffix.refresh()
        self.save_button.setText(self.tr("Save"))

    def set_vault(self, vault: OpenVault | None) -> None:
        self._vault = vault
        self.status_label.clear()
        self.setEnabled(vault is not None)

    @Slot(object)
    def show_settings(self, settings: PracticeSettings) -> None:
        self.retention_spin.setValue(settings.disclosure_retention_years)
        self.contract_spin.setValue(settings.contract_retention_years)
        self.due_spin.setValue(settings.request_due_days)

    @Slot()
    def _save(self) -> None:
        years, contract, days = self.retention_spin.value(), self.contract_spin.value(), self.due_spin.value()

        run_on_vault(
            self,
            lambda: self._vault,
            lambda vault: disclosure_jobs.save_settings(vault, years, contract, days),
            on_success=self._saved,
            on_failure=self._failed,
        )

    @Slot(object)
    def _saved(self, settings: PracticeSettings) -> None:
        self.status_label.setText(self.tr("Saved."))
        self.saved.emit(settings)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.status_label.setText(describe(error))
