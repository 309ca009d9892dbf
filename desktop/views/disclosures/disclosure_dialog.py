"""Record a disclosure, or append a correction to one (P-DISCLOSE).

The counsellor names the recipient (name, relation, contact), ticks the data
items, picks the basis and gives what that basis needs: under ``consent`` one
of the client's consents in force, otherwise a justification, and for ``law``
or ``public_health`` the requesting body and its reference. Fields a basis
does not use are hidden. The service applies the rule; a refusal is shown as
one sentence and everything typed stays. A correction starts from the record's
current values and needs a reason; the original stays in the log's history.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.policy import disclosure as rules
from desktop.policy.disclosure import Basis, ConsentKind, HandOver, Relation, RetentionCase
from desktop.views.common.error_text import describe
from desktop.views.common.forms import LabelledForm, Retranslatable, cancel_or, heading, named, primary_button
from desktop.views.common.worker import run_in_background
from desktop.views.disclosures import disclosure_jobs
from desktop.views.disclosures.choice_boxes import ChoiceBoxes
from desktop.views.disclosures.disclosure_labels import items_text, label, relations_text, short_date

if TYPE_CHECKING:
    from desktop.services.consents import ConsentEntry
    from desktop.services.disclosures import DisclosureEntry
    from desktop.vault.store import OpenVault

_NEEDS_REQUESTER = (Basis.LAW, Basis.PUBLIC_HEALTH)


def _combo(name: str, values: list[Any]) -> QComboBox:
    combo = named(QComboBox(), name)
    for value in values:
        combo.addItem("", value)
    return combo


class DisclosureDialog(Retranslatable, QDialog):
    """Emits :attr:`recorded` with the id of the record (or correction) written, then closes."""

    recorded = Signal(int)

    def __init__(
        self,
        vault: OpenVault,
        client_id: int,
        client_name: str,
        *,
        correcting: DisclosureEntry | None = None,
        hand_over: HandOver | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("disclosureDialog")
        self.setMinimumSize(640, 560)
        self._vault = vault
        self._client_id = client_id
        self._client_name = client_name
        self._correcting = correcting
        self._consents: list[ConsentEntry] = []

        self._heading = heading("disclosureHeading", 1.2)
        self._explanation = named(QLabel(wordWrap=True), "disclosureExplanation")
        self.date_edit = named(QDateEdit(QDate.currentDate()), "disclosureDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.dateChanged.connect(self._show_consents)
        self.recipient_edit = named(QLineEdit(), "disclosureRecipientEdit")
        self.relation_combo = _combo("disclosureRelationCombo", list(Relation))
        self.contact_edit = named(QLineEdit(), "disclosureContactEdit")
        self.items = named(ChoiceBoxes(rules.DATA_ITEM_LABELS, "disclosureItem"), "disclosureItems")
        self.basis_combo = _combo("disclosureBasisCombo", list(Basis))
        self.basis_combo.currentIndexChanged.connect(self._update)
        self.consent_combo = named(QComboBox(), "disclosureConsentCombo")
        self.justification_edit = named(QPlainTextEdit(), "disclosureJustificationEdit")
        self.justification_edit.setFixedHeight(64)
        self.body_edit = named(QLineEdit(), "disclosureBodyEdit")
        self.reference_edit = named(QLineEdit(), "disclosureReferenceEdit")
        self.hand_over_combo = _combo("disclosureHandOverCombo", list(HandOver))
        self.retention_combo = _combo("disclosureRetentionCombo", list(RetentionCase))
        self.reason_edit = named(QLineEdit(), "disclosureReasonEdit")
        self.status_label = named(QLabel(wordWrap=True), "disclosureStatusLabel")
        self.record_button = named(QPushButton(), "recordDisclosureButton")
        self.record_button.clicked.connect(self._record)
        self.buttons = cancel_or(self, self.record_button)

        self._form = LabelledForm()
        for field in (
            self.date_edit,
            self.recipient_edit,
            self.relation_combo,
            self.contact_edit,
            self.items,
            self.basis_combo,
            self.consent_combo,
            self.justification_edit,
            self.body_edit,
            self.reference_edit,
            self.hand_over_combo,
            self.retention_combo,
            self.reason_edit,
        ):
            self._form.add(field)
        form_widget = QWidget()
        form_widget.setLayout(self._form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._explanation)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        if correcting is not None:
            self._fill(correcting)
        elif hand_over is not None:
            self.hand_over_combo.setCurrentIndex(list(HandOver).index(hand_over))
        self.retranslateUi()
        primary_button(self, self.record_button)
        self._update()
        self._load_consents()

    def retranslateUi(self) -> None:
        correcting = self._correcting is not None
        self.setWindowTitle(
            self.tr("Correct a disclosure record") if correcting else self.tr("Record a disclosure")
        )
        self._heading.setText(fill(self.tr("Disclosure about %1"), (self._client_name,)))
        if correcting:
            explanation = self.tr("A correction is added to the log; the record it corrects stays as it was.")
        else:
            explanation = self.tr(
                "Anything handed to someone other than the client is recorded here first, with its basis."
            )
        self._explanation.setText(explanation)
        for combo, labels in (
            (self.relation_combo, rules.RELATION_LABELS),
            (self.basis_combo, rules.BASIS_LABELS),
            (self.hand_over_combo, rules.HAND_OVER_LABELS),
            (self.retention_combo, rules.RETENTION_CASE_LABELS),
        ):
            for index in range(combo.count()):
                combo.setItemText(index, label(labels, combo.itemData(index)))
        self.items.retranslateUi()
        texts = (
            (self.date_edit, self.tr("Disclosed on:")),
            (self.recipient_edit, self.tr("Recipient:")),
            (self.relation_combo, self.tr("Relation to the client:")),
            (self.contact_edit, self.tr("Recipient's contact:")),
            (self.items, self.tr("Data items:")),
            (self.basis_combo, self.tr("Basis:")),
            (self.consent_combo, self.tr("Consent:")),
            (self.justification_edit, self.tr("Justification:")),
            (self.body_edit, self.tr("Requesting body:")),
            (self.reference_edit, self.tr("Its reference:")),
            (self.hand_over_combo, self.tr("Handed over:")),
            (self.retention_combo, self.tr("Record kept as:")),
            (self.reason_edit, self.tr("Reason for the correction:")),
        )
        for field, text in texts:
            self._form.label(field).setText(text)
        self.recipient_edit.setPlaceholderText(self.tr("Person or body that receives the data"))
        self.justification_edit.setPlaceholderText(self.tr("Why this basis applies"))
        self.record_button.setText(
            self.tr("Record correction") if correcting else self.tr("Record disclosure")
        )
        self._show_consents()

    # --- values ----------------------------------------------------------------------------

    def _fill(self, entry: DisclosureEntry) -> None:
        draft = entry.draft
        day = draft.disclosed_on
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.recipient_edit.setText(draft.recipient_name)
        self.relation_combo.setCurrentIndex(list(Relation).index(draft.relation))
        self.contact_edit.setText(draft.recipient_contact)
        self.items.set_chosen(draft.items)
        self.basis_combo.setCurrentIndex(list(Basis).index(draft.basis))
        self.justification_edit.setPlainText(draft.justification)
        self.body_edit.setText(draft.requesting_body)
        self.reference_edit.setText(draft.reference)
        self.hand_over_combo.setCurrentIndex(list(HandOver).index(draft.hand_over))
        self.retention_combo.setCurrentIndex(list(RetentionCase).index(draft.retention_case))

    def _basis(self) -> Basis:
        return Basis(self.basis_combo.currentData())

    def _day(self) -> date:
        day = self.date_edit.date().toPython()
        assert isinstance(day, date)
        return day

    @Slot()
    def _update(self) -> None:
        basis = self._basis()
        shown = {
            self.consent_combo: basis is Basis.CONSENT,
            self.justification_edit: basis is not Basis.CONSENT,
            self.body_edit: basis in _NEEDS_REQUESTER,
            self.reference_edit: basis in _NEEDS_REQUESTER,
            self.reason_edit: self._correcting is not None,
        }
        for field, visible in shown.items():
            field.setVisible(visible)
            self._form.label(field).setVisible(visible)

    def _load_consents(self) -> None:
        vault, client_id = self._vault, self._client_id
        run_in_background(
            lambda: disclosure_jobs.list_consents(vault, client_id),
            owner=self,
            on_success=self._consents_loaded,
            on_failure=self._failed,
        )

    @Slot(object)
    def _consents_loaded(self, consents: list[ConsentEntry]) -> None:
        self._consents = [c for c in consents if c.draft.kind is ConsentKind.DISCLOSURE]
        self._show_consents()
        if self._correcting is not None and self._correcting.draft.consent_id is not None:
            index = self.consent_combo.findData(self._correcting.draft.consent_id)
            self.consent_combo.setCurrentIndex(max(index, 0))

    @Slot()
    def _show_consents(self) -> None:
        """Consents in force on the disclosure day, each described by its scope."""
        chosen = self.consent_combo.currentData()
        self.consent_combo.clear()
        day = self._day()
        for consent in self._consents:
            if not consent.in_force_on(day):
                continue
            scope = relations_text(consent.draft.relations)
            if consent.draft.recipient:
                scope = fill(self.tr("%1 (only %2)"), (scope, consent.draft.recipient))
            text = fill(
                self.tr("%1 — to %2: %3"),
                (short_date(consent.draft.given_on), scope, items_text(consent.draft.items)),
            )
            self.consent_combo.addItem(text, consent.id)
        if not self.consent_combo.count():
            self.consent_combo.addItem(self.tr("No consent of this client is in force on that day"), None)
        index = self.consent_combo.findData(chosen)
        self.consent_combo.setCurrentIndex(max(index, 0))

    def values(self) -> dict[str, Any]:
        """The fields as the service's draft takes them."""
        return {
            "disclosed_on": self._day(),
            "recipient_name": self.recipient_edit.text(),
            "relation": Relation(self.relation_combo.currentData()),
            "items": self.items.chosen(),
            "basis": self._basis(),
            "hand_over": HandOver(self.hand_over_combo.currentData()),
            "recipient_contact": self.contact_edit.text(),
            "consent_id": self.consent_combo.currentData() if self._basis() is Basis.CONSENT else None,
            "justification": self.justification_edit.toPlainText(),
            "requesting_body": self.body_edit.text(),
            "reference": self.reference_edit.text(),
            "retention_case": RetentionCase(self.retention_combo.currentData()),
        }

    # --- recording -------------------------------------------------------------------------

    @Slot()
    def _record(self) -> None:
        fields = self.values()
        vault = self._vault
        self.record_button.setEnabled(False)
        self.status_label.clear()
        if self._correcting is not None:
            target, reason = self._correcting.id, self.reason_edit.text()
            work = lambda: disclosure_jobs.correct_disclosure(vault, target, fields, reason)  # noqa: E731
        else:
            client_id = self._client_id
            work = lambda: disclosure_jobs.record_disclosure(vault, client_id, fields)  # noqa: E731
        run_in_background(work, owner=self, on_success=self._recorded, on_failure=self._failed)

    @Slot(object)
    def _recorded(self, entry: DisclosureEntry) -> None:
        self.recorded.emit(entry.id)
        self.accept()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.record_button.setEnabled(True)
        self.status_label.setText(describe(error))
