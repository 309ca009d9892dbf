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
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.policy.disclosure import RequestKind
from desktop.views.common.empty_state import EmptyState
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, heading, named
from desktop.views.common.load_on_show import LoadOnShow
from desktop.views.common.local_time import practice_today
from desktop.views.common.record_table import RecordTableModel, record_view, selected_row
from desktop.views.common.worker import run_on_vault
from desktop.views.disclosures import disclosure_jobs
from desktop.views.disclosures.consent_dialog import ConsentDialog
from desktop.views.disclosures.disclosure_columns import (
    CONSENT_COLUMNS,
    LOG_COLUMNS,
    REQUEST_COLUMNS,
    TESTIMONIAL_COLUMNS,
)
from desktop.views.disclosures.disclosure_dialog import DisclosureDialog
from desktop.views.disclosures.disclosure_filters import DisclosureFilters
from desktop.views.disclosures.disclosure_labels import short_date
from desktop.views.disclosures.disclosure_pdf_saver import DisclosurePdfSaver
from desktop.views.disclosures.request_dialog import RequestDialog
from desktop.views.disclosures.testimonial_dialog import TestimonialDialog
from desktop.views.disclosures.withdrawal_dialog import WithdrawalDialog

if TYPE_CHECKING:
    from desktop.services.testimonials import TestimonialEntry
    from desktop.vault.store import OpenVault


def _button(name: str, slot: Callable[[], None]) -> QPushButton:
    button = named(QPushButton(), name)
    button.clicked.connect(slot)
    return button


class DisclosuresPage(Retranslatable, QWidget):
    """Given the vault on unlock (:meth:`set_vault`), cleared on lock (:meth:`clear`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loader = LoadOnShow(self, self.reload, every_show=True)  # other sections add to it meanwhile
        self._vault: OpenVault | None = None
        #: Counts readings of the registers, so a page that arrives after a newer reading is dropped.
        self._reads = 0
        #: The vault whose expired records were purged in this unlock (once, after the first screenful).
        self._purged_for: OpenVault | None = None
        self._heading = heading("disclosuresHeading")
        self.filters = DisclosureFilters(lambda: self._vault)
        self.filters.changed.connect(self.reload)
        self.client_filter = self.filters.client_filter
        self.pdf_saver = DisclosurePdfSaver(self, lambda: self._vault)
        self.pdf_saver.message.connect(self._show_message)

        self.log_model: RecordTableModel[Any] = RecordTableModel(LOG_COLUMNS, self)
        self.consent_model: RecordTableModel[Any] = RecordTableModel(CONSENT_COLUMNS, self)
        self.request_model: RecordTableModel[Any] = RecordTableModel(REQUEST_COLUMNS, self)
        self.testimonial_model: RecordTableModel[Any] = RecordTableModel(TESTIMONIAL_COLUMNS, self)
        self.log_table = record_view(self.log_model, "disclosureLogTable")
        self.consent_table = record_view(self.consent_model, "consentTable")
        self.request_table = record_view(self.request_model, "requestTable")
        self.testimonial_table = record_view(self.testimonial_model, "testimonialTable")
        self._empty = {
            table: EmptyState(table, f"{table.objectName()}Empty")
            for table in (self.log_table, self.consent_table, self.request_table, self.testimonial_table)
        }

        self.new_disclosure_button = _button("newDisclosureButton", self._new_disclosure)
        self.correct_button = _button("correctDisclosureButton", self._correct)
        self.year_spin = named(QSpinBox(), "reportYearSpin")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(practice_today().year)
        self._year_label = QLabel()
        self._year_label.setBuddy(self.year_spin)
        self.report_button = _button("annualReportButton", self._annual_report)
        self.new_consent_button = _button("newConsentButton", self._new_consent)
        self.withdraw_button = _button("withdrawConsentButton", self._withdraw)
        self.new_request_button = _button("newRequestButton", self._new_request)
        self.answer_button = _button("answerRequestButton", self._answer)
        self.provision_button = _button("provisionRecordsButton", self._provision_records)
        self.testimonial_button = _button("markTestimonialButton", self._mark_testimonial)
        self.take_down_button = _button("takeDownTestimonialButton", self._take_down)
        self.status_label = named(QLabel(wordWrap=True), "disclosuresStatusLabel")
        self._choice_sentence = ""  # a "choose … first" sentence shown, until something is chosen
        self.client_filter.picked.connect(self._something_chosen)
        for table in (self.log_table, self.consent_table, self.request_table, self.testimonial_table):
            table.selectionModel().selectionChanged.connect(self._something_chosen)

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
        testimonial_buttons = [self.testimonial_button, self.take_down_button]
        self.tabs.addTab(self._tab(self.testimonial_table, testimonial_buttons), "")

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self.filters)
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
        self.take_down_button.setText(self.tr("Take down"))
        for model in (self.log_model, self.consent_model, self.request_model, self.testimonial_model):
            model.retranslate()
        for table, text in (
            (
                self.log_table,
                self.tr(
                    "No disclosures recorded. Before anything about a client is handed to a third "
                    "party, record it with “Record disclosure…”."
                ),
            ),
            (self.consent_table, self.tr("No consents recorded. Add one with “Record consent…”.")),
            (
                self.request_table,
                self.tr("No requests from clients. When a client asks, use “Register request…”."),
            ),
            (
                self.testimonial_table,
                self.tr("No testimonials. Once a client has agreed, use “Mark testimonial…”."),
            ),
        ):
            self._empty[table].setText(text)

    # --- the vault ---------------------------------------------------------------------------

    def set_vault(self, vault: OpenVault) -> None:
        self._vault = vault
        self.setEnabled(True)
        self._loader.request()

    def set_practice_name(self, name: str) -> None:
        self.pdf_saver.practice_name = name

    def clear(self) -> None:
        """Forget the vault and every record shown (on lock)."""
        self._loader.cancel()
        self._vault = None
        self._purged_for = None
        self._reads += 1
        self.filters.reset()
        for model in (self.log_model, self.consent_model, self.request_model, self.testimonial_model):
            model.set_rows([])
        self.status_label.clear()
        self.setEnabled(False)

    def _run(self, work: Callable[[OpenVault], Any], on_success: Callable[[Any], None]) -> None:
        run_on_vault(self, lambda: self._vault, work, on_success=on_success, on_failure=self._failed)

    @Slot()
    def reload(self) -> None:
        """Read the first page of each register; the log and the consents read on as they scroll."""
        wanted = self.filters.request()
        self._reads += 1
        pages: dict[RecordTableModel[Any], Callable[[OpenVault, int], list[Any]]] = {
            self.log_model: lambda vault, at: disclosure_jobs.log_page(vault, wanted, at),
            self.consent_model: lambda vault, at: disclosure_jobs.consent_page(vault, wanted.client_id, at),
        }
        for model, page in pages.items():
            model.fetch_more = partial(self._read_on, self._reads, model, page)
        self._run(lambda vault: disclosure_jobs.section(vault, wanted), partial(self._show, self._reads))

    def _read_on(self, reads: int, model: RecordTableModel[Any], page: Any, offset: int) -> None:
        def arrived(rows: list[Any]) -> None:
            if reads == self._reads:  # else a newer reading (a filter changed) replaced the rows
                model.append_rows(rows, complete=len(rows) < disclosure_jobs.PAGE_SIZE)

        self._run(lambda vault: page(vault, offset), arrived)

    def _show(self, reads: int, section: disclosure_jobs.Section) -> None:
        if reads != self._reads:
            return
        self.log_model.set_rows(section.log, complete=section.log_complete)
        self.consent_model.set_rows(section.consents, complete=section.consents_complete)
        self.request_model.set_rows(section.requests)
        self.testimonial_model.set_rows(section.testimonials)
        if self._purged_for is not self._vault:
            # Once per unlock, after the first screenful: retention's purge writes, and can wait.
            self._purged_for = self._vault
            self._run(disclosure_jobs.purge_expired, self._purged)

    @Slot(object)
    def _purged(self, purged: int) -> None:
        if purged:
            self.status_label.setText(
                self.tr(
                    "%n record(s) kept after an erasure reached the end of retention and were removed.",
                    "",
                    purged,
                )
            )
            self.reload()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.status_label.setText(describe(error))

    # --- actions -----------------------------------------------------------------------------

    def _chosen_client(self) -> int | None:
        client_id = self.client_filter.client_id
        if client_id is None:
            self._ask_to_choose(self.tr("Choose the client first, in the Client field above."))
            self.client_filter.setFocus()
        return client_id

    def _ask_to_choose(self, sentence: str) -> None:
        """Say what to choose first; the sentence goes as soon as a client or a row is chosen."""
        self._choice_sentence = sentence
        self.status_label.setText(sentence)

    @Slot()
    def _something_chosen(self) -> None:
        if self._choice_sentence and self.status_label.text() == self._choice_sentence:
            self.status_label.clear()
        self._choice_sentence = ""

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
            self._ask_to_choose(self.tr("Choose the record to correct in the log."))
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
            self._ask_to_choose(self.tr("Choose the consent the client withdrew."))
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
            self._ask_to_choose(self.tr("Choose the request to answer."))
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

    @Slot()
    def _take_down(self) -> None:
        row = selected_row(self.testimonial_table)
        if self._vault is None or row is None:
            self._ask_to_choose(self.tr("Choose the testimonial to take down."))
            return
        testimonial_id = self.testimonial_model.row_at(row).id
        self._run(
            lambda vault: disclosure_jobs.take_down_testimonial(vault, testimonial_id), self._taken_down
        )

    @Slot(object)
    def _taken_down(self, entry: TestimonialEntry) -> None:
        day = short_date(entry.taken_down_on)
        self.status_label.setText(
            fill(self.tr("Testimonial of %1 taken down on %2; it stays on record."), (entry.client_name, day))
        )
        self.reload()

    # --- PDFs --------------------------------------------------------------------------------

    @Slot()
    def _annual_report(self) -> None:
        self.pdf_saver.annual_report(self.year_spin.value())

    @Slot()
    def _provision_records(self) -> None:
        row = selected_row(self.request_table)
        entry = self.request_model.row_at(row) if row is not None else None
        if entry is None or entry.kind is not RequestKind.SEE_PROVISION_RECORDS or entry.client_id is None:
            self._ask_to_choose(self.tr("Choose a client's request to see their provision records."))
            return
        self.pdf_saver.provision_records(entry.client_id)

    @Slot(str)
    def _show_message(self, text: str) -> None:
        self.status_label.setText(text)
