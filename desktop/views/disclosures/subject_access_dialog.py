"""Answering a client's own request for their data (P-LAW).

The export is for the client themself, so it is not a disclosure to a third
party (P-DISCLOSE) and needs no basis; it is still recorded in the audit trail,
as given to the data subject. The record is gathered on the worker thread, the
PDF is drawn here on the GUI thread (``QTextDocument`` belongs to it), and the
file is written on the worker thread again, atomically and owner-only.
The exported file is plain, so the dialog refuses to put it inside the vault
folder and says where it should go.

An export for anyone else goes through a disclosure record first
(P-DISCLOSE, :class:`~desktop.views.disclosures.third_party_box.ThirdPartyBox`): it holds
only the items that record names, may be sealed with a password, and is
audited with the record's id.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, heading, named, primary_button
from desktop.views.common.printing import print_document
from desktop.views.common.worker import run_in_background
from desktop.views.disclosures import disclosure_jobs
from desktop.views.disclosures.export_pdf import ExportPdf
from desktop.views.disclosures.third_party_box import ThirdPartyBox

if TYPE_CHECKING:
    from desktop.services.records.record_exports import ExportDocument
    from desktop.vault.store import OpenVault

_SUFFIXES = (".pdf", ".json")


class SubjectAccessDialog(Retranslatable, QDialog):
    """Choose PDF or JSON and a file; Export writes it and records it as given to the client."""

    exported = Signal(str)

    def __init__(
        self, vault: OpenVault, client_id: int, practice_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("subjectAccessDialog")
        self.setMinimumWidth(560)
        self._vault = vault
        self._client_id = client_id
        self._practice_name = practice_name
        self._busy = False
        self._third_shown: bool | None = None

        self._heading = heading("exportHeading", 1.2)
        self._explanation = named(QLabel(wordWrap=True), "exportExplanationLabel")
        self._caution = named(QLabel(wordWrap=True), "exportCautionLabel")
        self.pdf_radio = named(QRadioButton(), "exportPdfRadio")
        self.json_radio = named(QRadioButton(), "exportJsonRadio")
        self.pdf_radio.setChecked(True)
        self._formats = QButtonGroup(self)
        self._formats.addButton(self.pdf_radio)
        self._formats.addButton(self.json_radio)
        self._formats.buttonToggled.connect(self._format_changed)
        self._format_box = named(QGroupBox(), "exportFormatGroup")
        format_layout = QVBoxLayout(self._format_box)
        format_layout.addWidget(self.pdf_radio)
        format_layout.addWidget(self.json_radio)
        self.recipient_box = ThirdPartyBox(vault, client_id)
        self.recipient_box.changed.connect(self._update)

        self.path_edit = named(QLineEdit(), "exportPathEdit")
        self.path_edit.textChanged.connect(self._update)
        self.choose_button = named(QPushButton(), "chooseExportPathButton")
        self.choose_button.clicked.connect(self._choose_path)
        self._path_box = named(QGroupBox(), "exportPathGroup")
        path_row = QHBoxLayout(self._path_box)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)

        self.status_label = named(QLabel(wordWrap=True), "exportStatusLabel")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = named(QPushButton(), "exportButton")
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self._export)
        self.print_button = named(QPushButton(), "printRecordButton")
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self._print)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._explanation)
        layout.addWidget(self.recipient_box)
        layout.addWidget(self._format_box)
        layout.addWidget(self._path_box)
        layout.addWidget(self._caution)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        primary_button(self, self.export_button)
        self._update()

    def retranslateUi(self) -> None:
        self._retitle()
        self._format_box.setTitle(self.tr("Format"))
        self.pdf_radio.setText(self.tr("PDF, to read and print"))
        self.json_radio.setText(self.tr("JSON, for another program"))
        self._path_box.setTitle(self.tr("Save to"))
        self.path_edit.setPlaceholderText(self.tr("Choose where to save the file"))
        self.choose_button.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the client's copy on paper, to hand to the client"))

    def _retitle(self) -> None:
        """Title, explanation and caution for whom the export is: the client (P-LAW) or a third party
        (P-DISCLOSE)."""
        if self.recipient_box.for_third_party():
            self.setWindowTitle(self.tr("Export for a third party"))
            self._caution.setText(
                self.tr(
                    "The file is not encrypted unless you seal it. Save it where only you can reach it, "
                    "hand it to the recipient the disclosure record names, then delete your copy."
                )
            )
            self._heading.setText(self.tr("Export the record for someone else"))
            self._explanation.setText(
                self.tr(
                    "Anything exported for someone other than the client rests on a disclosure record with "
                    "its basis. The export is recorded in the audit trail together with that record."
                )
            )
            return
        self.setWindowTitle(self.tr("Export for the client"))
        self._caution.setText(
            self.tr(
                "The file is not encrypted. Save it where only you can reach it, hand it to the client, "
                "then delete your copy."
            )
        )
        self._heading.setText(self.tr("Export the record for the client"))
        self._explanation.setText(
            self.tr(
                "Use this when the client asks for the personal data the practice holds about them. "
                "The export is for the client themself, so it is not a disclosure to a third party; "
                "it is recorded in the audit trail as given to the client."
            )
        )

    # --- the file ---------------------------------------------------------------------------

    def _suffix(self) -> str:
        return ".pdf" if self.pdf_radio.isChecked() else ".json"

    def _target(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    @Slot()
    def _format_changed(self) -> None:
        self.recipient_box.set_sealable(self.pdf_radio.isChecked())
        target = self._target()
        if target is not None and target.suffix.lower() in _SUFFIXES:
            self.path_edit.setText(str(target.with_suffix(self._suffix())))

    @Slot()
    def _choose_path(self) -> None:
        # The file name holds no personal data: it may end up in "recent files" lists.
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents else Path.home()
        suggested = self._target() or folder / f"record-{self._client_id}{self._suffix()}"
        file_filter = self.tr("PDF (*.pdf)") if self.pdf_radio.isChecked() else self.tr("JSON (*.json)")
        chosen, _selected = QFileDialog.getSaveFileName(self, self.windowTitle(), str(suggested), file_filter)
        if chosen:
            self.path_edit.setText(chosen)

    def _problem(self, target: Path) -> str:
        """Why the file cannot go to ``target``, or an empty string."""
        if not target.parent.is_dir():
            return self.tr("That folder does not exist. Choose another place.")
        if target.resolve().is_relative_to(self._vault.folder.resolve()):
            return self.tr(
                "The export is not encrypted, so it cannot be saved in the vault folder. "
                "Choose another place."
            )
        if target.is_dir():
            return self.tr("That is a folder. Add a file name.")
        return ""

    # --- exporting --------------------------------------------------------------------------

    @Slot()
    def _update(self) -> None:
        third = self.recipient_box.for_third_party()
        ready = not third or self.recipient_box.disclosure_id() is not None
        self.export_button.setEnabled(not self._busy and ready and self._target() is not None)
        # A paper copy is the client's own (P-LAW); a third party's goes only as a checked file.
        self.print_button.setEnabled(not self._busy and not third)
        self.recipient_box.setEnabled(not self._busy)
        self._caution.setVisible(self.recipient_box.password() is None)
        if third != self._third_shown:
            self._third_shown = third
            self._retitle()
            # The record and seal rows appear or go: take the height they need at once, rather
            # than squeezing them into the old size until the counsellor resizes the dialog.
            layout = self.layout()
            if layout is not None:
                layout.activate()
            self.resize(max(self.width(), self.sizeHint().width()), self.sizeHint().height())
        self.choose_button.setEnabled(not self._busy)
        self._format_box.setEnabled(not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.path_edit.setReadOnly(busy)
        self._update()

    @Slot()
    def _export(self) -> None:
        target = self._target()
        if target is None:
            return
        if problem := self._problem(target):
            self.status_label.setText(problem)
            return
        self._set_busy(True)
        self.status_label.setText(self.tr("Exporting…"))
        vault, client_id = self._vault, self._client_id
        as_pdf = self.pdf_radio.isChecked()
        # The gate builds the record and calls this with it alone; it draws nothing else.
        render = ExportPdf(self._practice_name).render if as_pdf else None
        disclosure_id = self.recipient_box.disclosure_id()
        if self.recipient_box.for_third_party() and disclosure_id is not None:
            password = self.recipient_box.password()
            run_in_background(
                lambda: disclosure_jobs.export_for_third_party(
                    vault, disclosure_id, target, as_pdf, render, password
                ),
                owner=self,
                on_success=self._saved_for_third_party,
                on_failure=self._failed,
            )
            return
        run_in_background(
            lambda: disclosure_jobs.export_record(vault, client_id, target, as_pdf, render),
            owner=self,
            on_success=self._saved,
            on_failure=self._failed,
        )

    @Slot()
    def _print(self) -> None:
        """The gate builds the client's copy; the PDF's own drawing goes to the printer chosen."""
        self._set_busy(True)
        self.status_label.setText(self.tr("Preparing the record…"))
        vault, client_id = self._vault, self._client_id
        run_in_background(
            lambda: disclosure_jobs.record_for_printing(vault, client_id),
            owner=self,
            on_success=self._print_document,
            on_failure=self._failed,
        )

    @Slot(object)
    def _print_document(self, document: ExportDocument) -> None:
        drawing = ExportPdf(self._practice_name)
        if not print_document(self, drawing.text_document(document), drawing.title(document)):
            self._set_busy(False)
            self.status_label.setText(self.tr("Nothing was printed."))
            return
        vault, client_id, reference = self._vault, self._client_id, document.reference
        run_in_background(
            lambda: disclosure_jobs.record_printed(vault, client_id, reference),
            owner=self,
            on_success=lambda _none: self._printed(),
            on_failure=self._failed,
        )

    def _printed(self) -> None:
        self._set_busy(False)
        self.status_label.setText(
            self.tr(
                "Sent to the printer. The printed copy is recorded in the audit trail as given to the client."
            )
        )

    @Slot(object)
    def _saved_for_third_party(self, path: Path) -> None:
        self._set_busy(False)
        self.status_label.setText(
            fill(
                self.tr(
                    "Saved to %1. The export is recorded in the audit trail with disclosure record no. %2."
                ),
                (str(path), str(self.recipient_box.disclosure_id())),
            )
        )
        self.exported.emit(str(path))

    @Slot(object)
    def _saved(self, path: Path) -> None:
        self._set_busy(False)
        self.status_label.setText(
            fill(self.tr("Saved to %1. The export is recorded in the audit trail."), (str(path),))
        )
        self.exported.emit(str(path))

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.status_label.setText(describe(error))
