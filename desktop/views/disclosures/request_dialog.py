"""Register a client's request under APPI Arts. 33–35, or record the answer given (P-LAW).

A new request needs its kind and the day it arrived; the service sets the due
day from Settings. An answer records the response and, for a refusal, the
reason the client was told.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.policy import disclosure as rules
from desktop.policy.disclosure import RequestKind, RequestStatus
from desktop.views.common.error_text import describe
from desktop.views.common.forms import LabelledForm, Retranslatable, cancel_or, heading, named, primary_button
from desktop.views.common.local_time import in_sentence
from desktop.views.common.worker import run_in_background
from desktop.views.disclosures import disclosure_jobs
from desktop.views.disclosures.disclosure_labels import label

if TYPE_CHECKING:
    from desktop.services.rights_requests import RequestEntry
    from desktop.vault.store import OpenVault

_ANSWERS = (RequestStatus.ANSWERED, RequestStatus.REFUSED)


class RequestDialog(Retranslatable, QDialog):
    """New request (``answering`` None) or the answer to one; emits :attr:`saved` with its id."""

    saved = Signal(int)

    def __init__(
        self,
        vault: OpenVault,
        client_id: int,
        client_name: str,
        answering: RequestEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("requestDialog")
        self.setMinimumWidth(520)
        self._vault = vault
        self._client_id = client_id
        self._client_name = client_name
        self._answering = answering
        self._heading = heading("requestHeading", 1.2)
        self._summary = named(QLabel(wordWrap=True), "requestSummaryLabel")
        self.kind_combo = named(QComboBox(), "requestKindCombo")
        for kind in RequestKind:
            self.kind_combo.addItem("", kind.value)
        self.received_edit = named(QDateEdit(QDate.currentDate()), "requestReceivedEdit")
        self.received_edit.setCalendarPopup(True)
        self.details_edit = named(QPlainTextEdit(), "requestDetailsEdit")
        self.details_edit.setFixedHeight(70)
        self.status_combo = named(QComboBox(), "requestStatusCombo")
        for status in _ANSWERS:
            self.status_combo.addItem("", status.value)
        self.status_combo.currentIndexChanged.connect(self._update)
        self.response_edit = named(QPlainTextEdit(), "requestResponseEdit")
        self.response_edit.setFixedHeight(70)
        self.reason_edit = named(QPlainTextEdit(), "requestRefusalEdit")
        self.reason_edit.setFixedHeight(56)
        self.status_label = named(QLabel(wordWrap=True), "requestStatusLabel")
        self.save_button = named(QPushButton(), "saveRequestButton")
        self.save_button.clicked.connect(self._save)
        buttons = cancel_or(self, self.save_button)
        self._form = LabelledForm()
        fields = (
            (self.status_combo, self.response_edit, self.reason_edit)
            if answering
            else (self.kind_combo, self.received_edit, self.details_edit)
        )
        for field in fields:
            self._form.add(field)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._summary)
        layout.addLayout(self._form)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self._summary.setVisible(answering is not None)
        self.retranslateUi()
        primary_button(self, self.save_button)
        self._update()

    def retranslateUi(self) -> None:
        answering = self._answering
        self.setWindowTitle(self.tr("Answer a request") if answering else self.tr("Register a request"))
        self._heading.setText(fill(self.tr("Request from %1"), (self._client_name,)))
        for index, kind in enumerate(RequestKind):
            self.kind_combo.setItemText(index, label(rules.REQUEST_KIND_LABELS, kind))
        for index, status in enumerate(_ANSWERS):
            self.status_combo.setItemText(index, label(rules.REQUEST_STATUS_LABELS, status))
        if answering is not None:
            self._summary.setText(
                fill(
                    self.tr("%1, received %2, due %3."),
                    (
                        label(rules.REQUEST_KIND_LABELS, answering.kind),
                        in_sentence(answering.received_on),
                        in_sentence(answering.due_on),
                    ),
                )
            )
            for field, text in (
                (self.status_combo, self.tr("Outcome:")),
                (self.response_edit, self.tr("Response given:")),
                (self.reason_edit, self.tr("Reason for refusal:")),
            ):
                self._form.label(field).setText(text)
        else:
            new_fields: tuple[tuple[QWidget, str], ...] = (
                (self.kind_combo, self.tr("The client asks to:")),
                (self.received_edit, self.tr("Received on:")),
                (self.details_edit, self.tr("Details:")),
            )
            for widget, text in new_fields:
                self._form.label(widget).setText(text)
        self.save_button.setText(self.tr("Record answer") if answering else self.tr("Register request"))

    @Slot()
    def _update(self) -> None:
        if self._answering is not None:
            refused = self.status_combo.currentData() == RequestStatus.REFUSED.value
            self.reason_edit.setVisible(refused)
            self._form.label(self.reason_edit).setVisible(refused)

    @Slot()
    def _save(self) -> None:
        vault = self._vault
        self.save_button.setEnabled(False)
        if self._answering is not None:
            request_id = self._answering.id
            status = RequestStatus(self.status_combo.currentData())
            response, reason = self.response_edit.toPlainText(), self.reason_edit.toPlainText()
            work = lambda: disclosure_jobs.answer_request(vault, request_id, status, response, reason)  # noqa: E731
        else:
            client_id = self._client_id
            kind = RequestKind(self.kind_combo.currentData())
            day = self.received_edit.date().toPython()
            details = self.details_edit.toPlainText()
            work = lambda: disclosure_jobs.record_request(vault, client_id, kind, day, details)  # type: ignore[arg-type]  # noqa: E731
        run_in_background(work, owner=self, on_success=self._saved, on_failure=self._failed)

    @Slot(object)
    def _saved(self, entry: RequestEntry) -> None:
        self.saved.emit(entry.id)
        self.accept()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self.status_label.setText(describe(error))
