"""Record that a client withdrew a consent: the day and a note (P-DISCLOSE).

The consent stays on record, marked withdrawn from that day; disclosures made
before it keep resting on it, later ones cannot.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.policy import disclosure as rules
from desktop.views.common.error_text import describe
from desktop.views.common.forms import LabelledForm, Retranslatable, cancel_or, named, primary_button
from desktop.views.common.local_time import in_sentence
from desktop.views.common.worker import run_in_background
from desktop.views.disclosures import disclosure_jobs
from desktop.views.disclosures.disclosure_labels import label, short_date

if TYPE_CHECKING:
    from desktop.services.consents import ConsentEntry, Withdrawal
    from desktop.vault.store import OpenVault


class WithdrawalDialog(Retranslatable, QDialog):
    """Emits :attr:`recorded` with the consent's id once its withdrawal is stored."""

    recorded = Signal(int)

    def __init__(self, vault: OpenVault, consent: ConsentEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("withdrawalDialog")
        self.setMinimumWidth(460)
        self._vault = vault
        self._consent = consent
        self._summary = named(QLabel(wordWrap=True), "withdrawalSummaryLabel")
        self.date_edit = named(QDateEdit(QDate.currentDate()), "withdrawalDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.note_edit = named(QLineEdit(), "withdrawalNoteEdit")
        self.status_label = named(QLabel(wordWrap=True), "withdrawalStatusLabel")
        self.record_button = named(QPushButton(), "recordWithdrawalButton")
        self.record_button.clicked.connect(self._record)
        buttons = cancel_or(self, self.record_button)
        self._form = LabelledForm()
        self._form.add(self.date_edit)
        self._form.add(self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self._summary)
        layout.addLayout(self._form)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.retranslateUi()
        primary_button(self, self.record_button)

    def retranslateUi(self) -> None:
        consent = self._consent
        self.setWindowTitle(self.tr("Record withdrawal"))
        self._summary.setText(
            fill(
                self.tr("%1 withdraws their consent of %2 (%3). It stays on record, marked withdrawn."),
                (
                    consent.client_name,
                    in_sentence(consent.draft.given_on),
                    label(rules.CONSENT_KIND_LABELS, consent.draft.kind),
                ),
            )
        )
        self._form.label(self.date_edit).setText(self.tr("Withdrawn on:"))
        self._form.label(self.note_edit).setText(self.tr("Note:"))
        self.note_edit.setPlaceholderText(self.tr("How the client said so, e.g. by phone"))
        self.record_button.setText(self.tr("Record withdrawal"))

    @Slot()
    def _record(self) -> None:
        day = self.date_edit.date().toPython()
        assert isinstance(day, date)
        vault, consent_id, note = self._vault, self._consent.id, self.note_edit.text()
        self.record_button.setEnabled(False)
        run_in_background(
            lambda: disclosure_jobs.withdraw_consent(vault, consent_id, day, note),
            owner=self,
            on_success=self._recorded,
            on_failure=self._failed,
        )

    @Slot(object)
    def _recorded(self, withdrawal: Withdrawal) -> None:
        self.recorded.emit(withdrawal.consent.id)
        if withdrawal.take_down:
            # P-PURPOSE: the testimonials resting on this consent must come down; say which.
            listing = "\n".join(f"・{short_date(t.marked_on)} {t.text[:40]}" for t in withdrawal.take_down)
            # The dialog stays open with the list, so the counsellor reads it before closing.
            self.status_label.setText(
                fill(
                    self.tr(
                        "The client withdrew their consent to testimonials. Take these down wherever they "
                        "are used:\n%1"
                    ),
                    (listing,),
                )
            )
            return
        self.accept()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.record_button.setEnabled(True)
        self.status_label.setText(describe(error))
