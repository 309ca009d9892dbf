"""Saving the section's PDFs: the annual report by basis, and a client's provision records for them.

The data is gathered on the worker thread to show the path dialog; then the
service builds the report again and has it drawn (no widget, so on the worker
thread) and writes it, audited. The PDF is not encrypted, so it never goes inside the vault folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.i18n import fill
from desktop.views.common.error_text import describe
from desktop.views.common.worker import run_on_vault
from desktop.views.disclosures import disclosure_jobs
from desktop.views.disclosures.disclosure_pdf import AnnualReportPdf, ProvisionRecordsPdf

if TYPE_CHECKING:
    from desktop.services.disclosures import AnnualReport
    from desktop.services.rights_requests import ProvisionRecords
    from desktop.vault.store import OpenVault


class DisclosurePdfSaver(QObject):
    """Emits :attr:`message` with one sentence: where the PDF went, or why it did not."""

    message = Signal(str)

    def __init__(self, window: QWidget, vault_of: Callable[[], OpenVault | None]) -> None:
        super().__init__(window)
        self._window = window
        self._vault_of = vault_of
        self.practice_name = ""

    def _run(self, work: Callable[[OpenVault], Any], on_success: Callable[[Any], None]) -> None:
        run_on_vault(
            self,
            self._vault_of,
            work,
            on_success=on_success,
            on_failure=lambda e: self.message.emit(describe(e)),
        )

    def annual_report(self, year: int) -> None:
        self._run(lambda vault: disclosure_jobs.annual_report(vault, year), self._report_ready)

    def provision_records(self, client_id: int) -> None:
        self._run(lambda vault: disclosure_jobs.provision_records(vault, client_id), self._records_ready)

    def _ask_path(self, suggested: str) -> Path | None:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents else Path.home()
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Save PDF"), str(folder / suggested), "PDF (*.pdf)"
        )
        if not chosen:
            return None
        target = Path(chosen)
        vault = self._vault_of()
        if vault is not None and target.resolve().is_relative_to(vault.folder.resolve()):
            self.message.emit(
                self.tr(
                    "The PDF is not encrypted, so it cannot go in the vault folder. Choose another place."
                )
            )
            return None
        return target

    @Slot(object)
    def _report_ready(self, report: AnnualReport) -> None:
        target = self._ask_path(f"disclosures-{report.year}.pdf")
        if target is not None:
            render = AnnualReportPdf(self.practice_name).render
            year = report.year
            self._run(lambda vault: disclosure_jobs.save_report(vault, year, target, render), self._saved)

    @Slot(object)
    def _records_ready(self, records: ProvisionRecords) -> None:
        target = self._ask_path(f"provision-records-{records.client_id}.pdf")
        if target is not None:
            render = ProvisionRecordsPdf(self.practice_name).render
            client_id = records.client_id
            self._run(
                lambda vault: disclosure_jobs.save_provision_records(vault, client_id, target, render),
                self._saved,
            )

    @Slot(object)
    def _saved(self, path: Path) -> None:
        self.message.emit(
            fill(self.tr("Saved to %1. The export is recorded in the audit trail."), (str(path),))
        )
