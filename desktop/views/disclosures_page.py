"""The Disclosures & consents section: the disclosure log, consents, requests and testimonials.

One client filter (search as you type) narrows every tab; the log also
filters by basis and period. New records for a client start here once a
client is chosen; a record is corrected (never changed) from the log; the
annual report by basis and a client's provision records (for their request)
are saved as PDFs. Opening the section purges what an erasure had to keep
and whose retention has now ended.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QStandardPaths, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.policy import disclosure as rules
from desktop.policy.disclosure import Basis, RequestKind
from desktop.views import disclosure_jobs
from desktop.views.client_picker import ClientPicker
from desktop.views.consent_dialog import ConsentDialog
from desktop.views.disclosure_columns import (
    CONSENT_COLUMNS,
    LOG_COLUMNS,
    REQUEST_COLUMNS,
    TESTIMONIAL_COLUMNS,
)
from desktop.views.disclosure_dialog import DisclosureDialog
from desktop.views.disclosure_labels import label
from desktop.views.disclosure_pdf import AnnualReportPdf, ProvisionRecordsPdf
from desktop.views.error_text import describe
from desktop.views.forms import Retranslatable, heading, named
from desktop.views.record_table import RecordTableModel, record_view, selected_row
from desktop.views.request_dialog import RequestDialog
from desktop.views.testimonial_dialog import TestimonialDialog
from desktop.views.withdrawal_dialog import WithdrawalDialog
from desktop.views.worker import run_on_vault

if TYPE_CHECKING:
    from desktop.services.disclosures import AnnualReport
    from desktop.services.rights_requests import ProvisionRecords
    from desktop.vault.store import OpenVault

#: The earliest date of the period filter reads as "no limit".
_NO_LIMIT = QDate(2000, 1, 1)


def _date_filter(name: str) -> QDateEdit:
    edit = named(QDateEdit(_NO_LIMIT), name)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(_NO_LIMIT)
    return edit


def _day(edit: QDateEdit) -> date | None:
    if edit.date() == _NO_LIMIT:
        return None
    day = edit.date().toPython()
    assert isinstance(day, date)
    return day


def _button(name: str, slot: Callable[[], None]) -> QPushButton:
    button = named(QPushButton(), name)
    button.clicked.connect(slot)
    return button


class DisclosuresPage(Retranslatable, QWidget):
    """Given the vault on unlock (:meth:`set_vault`), cleared on lock (:meth:`clear`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: OpenVault | None = None
        self._practice_name = ""
        self._heading = heading("disclosuresHeading")
        self.client_filter = named(ClientPicker(lambda: self._vault), "disclosureClientFilter")
        self.client_filter.picked.connect(self.reload)
        self.basis_filter = named(QComboBox(), "disclosureBasisFilter")
        self.basis_filter.addItem("", None)
        for basis in Basis:
            self.basis_filter.addItem("", basis.value)
        self.basis_filter.currentIndexChanged.connect(self.reload)
        self.since_edit = _date_filter("disclosureSinceEdit")
        self.until_edit = _date_filter("disclosureUntilEdit")
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(self.reload)
        self._filter_labels = [QLabel() for _ in range(3)]

        self.log_model: RecordTableModel[Any] = RecordTableModel(LOG_COLUMNS, self)
        self.consent_model: RecordTableModel[Any] = RecordTableModel(CONSENT_COLUMNS, self)
        self.request_model: RecordTableModel[Any] = RecordTableModel(REQUEST_COLUMNS, self)
        self.testimonial_model: RecordTableModel[Any] = RecordTableModel(TESTIMONIAL_COLUMNS, self)
        self.log_table = record_view(self.log_model, "disclosureLogTable")
        self.consent_table = record_view(self.consent_model, "consentTable")
        self.request_table = record_view(self.request_model, "requestTable")
        self.testimonial_table = record_view(self.testimonial_model, "testimonialTable")

        self.new_disclosure_button = _button("newDisclosureButton", self._new_disclosure)
        self.correct_button = _button("correctDisclosureButton", self._correct)
        self.year_spin = named(QSpinBox(), "reportYearSpin")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(date.today().year)
        self._year_label = QLabel()
        self._year_label.setBuddy(self.year_spin)
        self.report_button = _button("annualReportButton", self._annual_report)
        self.new_consent_button = _button("newConsentButton", self._new_consent)
        self.withdraw_button = _button("withdrawConsentButton", self._withdraw)
        self.new_request_button = _button("newRequestButton", self._new_request)
        self.answer_button = _button("answerRequestButton", self._answer)
        self.provision_button = _button("provisionRecordsButton", self._provision_records)
        self.testimonial_button = _button("markTestimonialButton", self._mark_testimonial)
        self.status_label = named(QLabel(wordWrap=True), "disclosuresStatusLabel")

        self.tabs = named(QTabWidget(), "disclosureTabs")
        log_tab = self._tab(
            self.log_table,
            [
                self.new_disclosure_button,
                self.correct_button,
                None,
                self._year_label,
                self.year_spin,
                self.report_button,
            ],
        )
        self.tabs.addTab(log_tab, "")
        self.tabs.addTab(self._tab(self.consent_table, [self.new_consent_button, self.withdraw_button]), "")
        requests = [self.new_request_button, self.answer_button, self.provision_button]
        self.tabs.addTab(self._tab(self.request_table, requests), "")
        self.tabs.addTab(self._tab(self.testimonial_table, [self.testimonial_button]), "")

        filters = QHBoxLayout()
        for caption, widget in zip(
            self._filter_labels, (self.client_filter, self.basis_filter, self.since_edit), strict=True
        ):
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 2 if widget is self.client_filter else 0)
        self._until_label = QLabel("–")
        filters.addWidget(self._until_label)
        filters.addWidget(self.until_edit)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        self.retranslateUi()
        self.clear()

    @staticmethod
    def _tab(table: QWidget, buttons: Sequence[QWidget | None]) -> QWidget:
        page = QWidget()
        row = QHBoxLayout()
        for button in buttons:
            if button is None:
                row.addStretch(1)
            else:
                row.addWidget(button)
        if None not in buttons:
            row.addStretch(1)
        column = QVBoxLayout(page)
        column.addWidget(table, 1)
        column.addLayout(row)
        return page

    def retranslateUi(self) -> None:
        self._heading.setText(self.tr("Disclosures & consents"))
        for caption, text in zip(
            self._filter_labels, (self.tr("Client:"), self.tr("Basis:"), self.tr("Period:")), strict=True
        ):
            caption.setText(text)
        self.client_filter.setPlaceholderText(self.tr("All clients — type a name to choose one"))
        self.basis_filter.setItemText(0, self.tr("All bases"))
        for index, basis in enumerate(Basis, start=1):
            self.basis_filter.setItemText(index, label(rules.BASIS_LABELS, basis))
        for edit in (self.since_edit, self.until_edit):
            edit.setSpecialValueText(self.tr("any"))
        for index, text in enumerate(
            (self.tr("Disclosure log"), self.tr("Consents"), self.tr("Requests"), self.tr("Testimonials"))
        ):
            self.tabs.setTabText(index, text)
        self.new_disclosure_button.setText(self.tr("Record disclosure…"))
        self.correct_button.setText(self.tr("Correct…"))
        self._year_label.setText(self.tr("Year:"))
        self.report_button.setText(self.tr("Annual report (PDF)…"))
        self.new_consent_button.setText(self.tr("Record consent…"))
        self.withdraw_button.setText(self.tr("Record withdrawal…"))
        self.new_request_button.setText(self.tr("Register request…"))
        self.answer_button.setText(self.tr("Record answer…"))
        self.provision_button.setText(self.tr("Provision records (PDF)…"))
        self.testimonial_button.setText(self.tr("Mark testimonial…"))
        for model in (self.log_model, self.consent_model, self.request_model, self.testimonial_model):
            model.retranslate()

    # --- the vault ---------------------------------------------------------------------------

    def set_vault(self, vault: OpenVault) -> None:
        self._vault = vault
        self.setEnabled(True)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Records are made elsewhere too (the export dialog, the client page): show them fresh."""
        super().showEvent(event)
        if self._vault is not None:
            self.reload()

    def set_practice_name(self, name: str) -> None:
        self._practice_name = name

    def clear(self) -> None:
        """Forget the vault and every record shown (on lock)."""
        self._vault = None
        self.client_filter.reset()
        for model in (self.log_model, self.consent_model, self.request_model, self.testimonial_model):
            model.set_rows([])
        self.status_label.clear()
        self.setEnabled(False)

    def _run(self, work: Callable[[OpenVault], Any], on_success: Callable[[Any], None]) -> None:
        run_on_vault(self, lambda: self._vault, work, on_success=on_success, on_failure=self._failed)

    @Slot()
    def reload(self) -> None:
        basis = self.basis_filter.currentData()
        wanted = disclosure_jobs.LogRequest(
            self.client_filter.client_id,
            Basis(basis) if basis else None,
            _day(self.since_edit),
            _day(self.until_edit),
        )
        self._run(lambda vault: disclosure_jobs.section(vault, wanted), self._show)

    @Slot(object)
    def _show(self, section: disclosure_jobs.Section) -> None:
        self.log_model.set_rows(section.log)
        self.consent_model.set_rows(section.consents)
        self.request_model.set_rows(section.requests)
        self.testimonial_model.set_rows(section.testimonials)
        if section.purged:
            self.status_label.setText(
                self.tr(
                    "%n record(s) kept after an erasure reached the end of retention and were removed.",
                    "",
                    section.purged,
                )
            )

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.status_label.setText(describe(error))

    # --- actions -----------------------------------------------------------------------------

    def _chosen_client(self) -> int | None:
        client_id = self.client_filter.client_id
        if client_id is None:
            self.status_label.setText(self.tr("Choose the client first, in the Client field above."))
            self.client_filter.setFocus()
        return client_id

    def _open(self, dialog: QWidget, signal: Any) -> None:
        signal.connect(lambda _id: self.reload())
        dialog.open()  # type: ignore[attr-defined]

    @Slot()
    def _new_disclosure(self) -> None:
        client_id = self._chosen_client()
        if self._vault is not None and client_id is not None:
            dialog = DisclosureDialog(self._vault, client_id, self.client_filter.client_name(), parent=self)
            self._open(dialog, dialog.recorded)

    @Slot()
    def _correct(self) -> None:
        row = selected_row(self.log_table)
        if self._vault is None or row is None:
            self.status_label.setText(self.tr("Choose the record to correct in the log."))
            return
        entry = self.log_model.row_at(row)
        if entry.client_id is None:
            self.status_label.setText(
                self.tr("The client of this record was erased; it can no longer be corrected.")
            )
            return
        dialog = DisclosureDialog(
            self._vault, entry.client_id, entry.subject_name, correcting=entry, parent=self
        )
        self._open(dialog, dialog.recorded)

    @Slot()
    def _new_consent(self) -> None:
        client_id = self._chosen_client()
        if self._vault is not None and client_id is not None:
            dialog = ConsentDialog(self._vault, client_id, self.client_filter.client_name(), self)
            self._open(dialog, dialog.recorded)

    @Slot()
    def _withdraw(self) -> None:
        row = selected_row(self.consent_table)
        if self._vault is None or row is None:
            self.status_label.setText(self.tr("Choose the consent the client withdrew."))
            return
        dialog = WithdrawalDialog(self._vault, self.consent_model.row_at(row), self)
        self._open(dialog, dialog.recorded)

    @Slot()
    def _new_request(self) -> None:
        client_id = self._chosen_client()
        if self._vault is not None and client_id is not None:
            dialog = RequestDialog(self._vault, client_id, self.client_filter.client_name(), parent=self)
            self._open(dialog, dialog.saved)

    @Slot()
    def _answer(self) -> None:
        row = selected_row(self.request_table)
        if self._vault is None or row is None:
            self.status_label.setText(self.tr("Choose the request to answer."))
            return
        entry = self.request_model.row_at(row)
        dialog = RequestDialog(
            self._vault, entry.client_id or 0, entry.client_name, answering=entry, parent=self
        )
        self._open(dialog, dialog.saved)

    @Slot()
    def _mark_testimonial(self) -> None:
        client_id = self._chosen_client()
        if self._vault is not None and client_id is not None:
            dialog = TestimonialDialog(self._vault, client_id, self.client_filter.client_name(), self)
            self._open(dialog, dialog.marked)

    # --- PDFs --------------------------------------------------------------------------------

    def _ask_path(self, suggested: str) -> Path | None:
        """Where to save a PDF; never inside the vault folder (the file is not encrypted)."""
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents else Path.home()
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(folder / suggested), "PDF (*.pdf)"
        )
        if not chosen:
            return None
        target = Path(chosen)
        if self._vault is not None and target.resolve().is_relative_to(self._vault.folder.resolve()):
            self.status_label.setText(
                self.tr(
                    "The PDF is not encrypted, so it cannot go in the vault folder. Choose another place."
                )
            )
            return None
        return target

    @Slot()
    def _annual_report(self) -> None:
        year = self.year_spin.value()
        self._run(lambda vault: disclosure_jobs.annual_report(vault, year), self._report_ready)

    @Slot(object)
    def _report_ready(self, report: AnnualReport) -> None:
        target = self._ask_path(f"disclosures-{report.year}.pdf")
        if target is not None:
            data = AnnualReportPdf(self._practice_name).render(report)
            year = report.year
            self._run(lambda vault: disclosure_jobs.save_report(vault, year, target, data), self._saved)

    @Slot()
    def _provision_records(self) -> None:
        row = selected_row(self.request_table)
        entry = self.request_model.row_at(row) if row is not None else None
        if entry is None or entry.kind is not RequestKind.SEE_PROVISION_RECORDS or entry.client_id is None:
            self.status_label.setText(self.tr("Choose a client's request to see their provision records."))
            return
        client_id = entry.client_id
        self._run(lambda vault: disclosure_jobs.provision_records(vault, client_id), self._records_ready)

    @Slot(object)
    def _records_ready(self, records: ProvisionRecords) -> None:
        target = self._ask_path(f"provision-records-{records.client_id}.pdf")
        if target is not None:
            data = ProvisionRecordsPdf(self._practice_name).render(records)
            client_id = records.client_id
            self._run(
                lambda vault: disclosure_jobs.save_provision_records(vault, client_id, target, data),
                self._saved,
            )

    @Slot(object)
    def _saved(self, path: Path) -> None:
        self.status_label.setText(
            fill(self.tr("Saved to %1. The export is recorded in the audit trail."), (str(path),))
        )
