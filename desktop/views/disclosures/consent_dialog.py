"""Record a consent the client gave (P-DISCLOSE, P-PURPOSE, APPI Art. 20(2)).

What it allows (a disclosure, a testimonial, or holding sensitive data from
intake), the day, until when it holds if the client limited it, how it was
given and the evidence kept; for a disclosure
also the kinds of recipient (optionally one named recipient) and the data
items. Recording refuses with one sentence when something is missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.policy import disclosure as rules
from desktop.policy.disclosure import ConsentKind, ConsentMethod
from desktop.views.common.error_text import describe
from desktop.views.common.forms import LabelledForm, Retranslatable, cancel_or, heading, named, primary_button
from desktop.views.common.worker import run_in_background
from desktop.views.disclosures import disclosure_jobs
from desktop.views.disclosures.choice_boxes import ChoiceBoxes

if TYPE_CHECKING:
    from desktop.services.consents import ConsentEntry
    from desktop.vault.store import OpenVault


class ConsentDialog(Retranslatable, QDialog):
    """Emits :attr:`recorded` with the new consent's id and closes."""

    recorded = Signal(int)

    def __init__(
        self, vault: OpenVault, client_id: int, client_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setMinimumWidth(560)
        self._vault = vault
        self._client_id = client_id
        self._client_name = client_name
        self._heading = heading("consentHeading", 1.2)
        self.kind_combo = named(QComboBox(), "consentKindCombo")
        for kind in ConsentKind:
            self.kind_combo.addItem("", kind.value)
        self.kind_combo.currentIndexChanged.connect(self._update)
        self.date_edit = named(QDateEdit(QDate.currentDate()), "consentDateEdit")
        self.date_edit.setCalendarPopup(True)
        # The client may limit the consent: after its last day it is no basis (P-DISCLOSE).
        self.expires_check = named(QCheckBox(), "consentExpiresCheck")
        self.expires_edit = named(QDateEdit(QDate.currentDate().addYears(1)), "consentExpiresEdit")
        self.expires_edit.setCalendarPopup(True)
        self.expires_edit.setEnabled(False)
        self.expires_check.toggled.connect(self.expires_edit.setEnabled)
        self._expiry = QWidget()
        expiry_row = QHBoxLayout(self._expiry)
        expiry_row.setContentsMargins(0, 0, 0, 0)
        expiry_row.addWidget(self.expires_check)
        expiry_row.addWidget(self.expires_edit, 1)
        self.method_combo = named(QComboBox(), "consentMethodCombo")
        for method in ConsentMethod:
            self.method_combo.addItem("", method.value)
        self.relations = named(ChoiceBoxes(rules.RELATION_LABELS, "consentRelation"), "consentRelations")
        self.recipient_edit = named(QLineEdit(), "consentRecipientEdit")
        self.items = named(ChoiceBoxes(rules.DATA_ITEM_LABELS, "consentItem"), "consentItems")
        self.evidence_edit = named(QPlainTextEdit(), "consentEvidenceEdit")
        self.evidence_edit.setFixedHeight(70)
        self.status_label = named(QLabel(wordWrap=True), "consentStatusLabel")
        self.record_button = named(QPushButton(), "recordConsentButton")
        self.record_button.clicked.connect(self._record)
        self.buttons = cancel_or(self, self.record_button)

        self._form = LabelledForm()
        for field in (
            self.kind_combo,
            self.date_edit,
            self._expiry,
            self.method_combo,
            self.relations,
            self.recipient_edit,
            self.items,
            self.evidence_edit,
        ):
            self._form.add(field)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(self._form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        primary_button(self, self.record_button)
        self._update()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Record a consent"))
        self._heading.setText(fill(self.tr("Consent given by %1"), (self._client_name,)))
        for index, kind in enumerate(ConsentKind):
            self.kind_combo.setItemText(
                index, QCoreApplication.translate("policy", rules.CONSENT_KIND_LABELS[kind])
            )
        for index, method in enumerate(ConsentMethod):
            text = QCoreApplication.translate("policy", rules.CONSENT_METHOD_LABELS[method])
            self.method_combo.setItemText(index, text)
        self.relations.retranslateUi()
        self.items.retranslateUi()
        labels = (
            (self.kind_combo, self.tr("Allows:")),
            (self.date_edit, self.tr("Given on:")),
            (self._expiry, self.tr("Holds until:")),
            (self.method_combo, self.tr("How it was given:")),
            (self.relations, self.tr("Recipients:")),
            (self.recipient_edit, self.tr("Named recipient:")),
            (self.items, self.tr("Data items:")),
            (self.evidence_edit, self.tr("Evidence:")),
        )
        for field, text in labels:
            self._form.label(field).setText(text)
        self.expires_check.setText(self.tr("Limited by the client, last day:"))
        self.recipient_edit.setPlaceholderText(self.tr("Optional: only this person or body"))
        self.evidence_edit.setPlaceholderText(
            self.tr("Where the consent is on record, e.g. signed form kept in file")
        )
        self.record_button.setText(self.tr("Record consent"))

    def _kind(self) -> ConsentKind:
        return ConsentKind(self.kind_combo.currentData())

    @Slot()
    def _update(self) -> None:
        scoped = self._kind() is ConsentKind.DISCLOSURE
        for field in (self.relations, self.recipient_edit, self.items):
            field.setVisible(scoped)
            self._form.label(field).setVisible(scoped)

    @Slot()
    def _record(self) -> None:
        fields = {
            "kind": self._kind(),
            "given_on": self.date_edit.date().toPython(),
            "method": ConsentMethod(self.method_combo.currentData()),
            "relations": self.relations.chosen(),
            "recipient": self.recipient_edit.text(),
            "items": self.items.chosen(),
            "evidence": self.evidence_edit.toPlainText(),
            "expires_on": self.expires_edit.date().toPython() if self.expires_check.isChecked() else None,
        }
        self.record_button.setEnabled(False)
        vault, client_id = self._vault, self._client_id
        run_in_background(
            lambda: disclosure_jobs.record_consent(vault, client_id, fields),
            owner=self,
            on_success=self._recorded,
            on_failure=self._failed,
        )

    @Slot(object)
    def _recorded(self, entry: ConsentEntry) -> None:
        self.recorded.emit(entry.id)
        self.accept()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.record_button.setEnabled(True)
        self.status_label.setText(describe(error))
