"""Importing a client list from a CSV file (P-DATA): choose the file, check the columns, read the preview.

The file is read on the worker thread; the dialog says which encoding it was
read in (Excel's Shift_JIS or UTF-8) and which column fills each field, as
guessed from the headings, and the counsellor can change any of them. Every
row is then checked by the client form's own checks and shown with its
sentence; likely duplicates are listed with whom they match. Nothing is
written until "Import" is pressed, and then every row that passed is written
in one transaction (:mod:`desktop.services.client_import.importing`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.views.clients import client_jobs
from desktop.views.clients.import_preview_table import ImportPreviewTable, field_label
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, heading, named, primary_button, resize_within_screen
from desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from desktop.services.client_import.importing import ImportResult
    from desktop.vault.store import OpenVault


class ClientImportDialog(Retranslatable, QDialog):
    """Emits :attr:`imported` with the number of clients written."""

    imported = Signal(int)

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientImportDialog")
        resize_within_screen(self, 980, 620)
        self._vault = vault
        self._list: client_jobs.ClientList | None = None
        self._busy = False
        self._seq = 0

        self._heading = heading("clientImportHeading", 1.2)
        self._intro = named(QLabel(wordWrap=True), "clientImportIntro")
        self.file_edit = named(QLineEdit(), "importFileEdit")
        self.file_edit.returnPressed.connect(self._read_file)
        self.choose_button = named(QPushButton(), "importChooseFileButton")
        self.choose_button.clicked.connect(self._choose_file)
        self.encoding_label = named(QLabel(), "importEncodingLabel")
        self._mapping_form = QFormLayout()
        self._mapping_labels: dict[str, QLabel] = {}
        self.mapping_combos: dict[str, QComboBox] = {}
        self.table = ImportPreviewTable()
        self.table.choices_changed.connect(self._update)
        self.summary_label = named(QLabel(wordWrap=True), "importSummaryLabel")
        self.status_label = named(QLabel(wordWrap=True), "importStatusLabel")
        self.import_button = named(QPushButton(), "importClientsButton")
        self.import_button.clicked.connect(self._import)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(file_row)
        left.addWidget(self.encoding_label)
        left.addWidget(self.summary_label)
        left.addStretch(1)
        top.addLayout(left, 1)
        top.addLayout(self._mapping_form)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.retranslateUi()
        primary_button(self, self.import_button)
        self._update()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Import clients"))
        self._heading.setText(self.tr("Import a client list from a CSV file"))
        self._intro.setText(
            self.tr(
                "Save the list from Excel as “CSV UTF-8” or “CSV (comma delimited)”, with the column "
                "headings in the first row. Each row is checked as the client form checks it; nothing is "
                "imported until you press Import."
            )
        )
        self.file_edit.setPlaceholderText(self.tr("Path of the CSV file"))
        self.file_edit.setAccessibleName(self.tr("CSV file"))
        self.choose_button.setText(self.tr("Choose file…"))
        for field, label in self._mapping_labels.items():
            label.setText(fill(self.tr("%1:"), (field_label(field),)))
        for combo in self.mapping_combos.values():
            combo.setItemText(0, self.tr("(not imported)"))
        self._show_encoding()
        self._update()

    # --- reading the file ---------------------------------------------------------------------

    @Slot()
    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a client list"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path:
            self.file_edit.setText(path)
            self._read_file()

    @Slot()
    def _read_file(self) -> None:
        path = self.file_edit.text().strip()
        if not path:
            return
        self._list = None  # a file that cannot be read leaves no earlier preview to import
        self.table.clear_rows()
        self._show_encoding()
        self._start(self.tr("Reading the file…"))
        vault = self._vault
        self._run(lambda: client_jobs.read_client_list(vault, path), self._previewed)

    def _start(self, status: str) -> None:
        self._busy = True
        self._seq += 1
        self.status_label.setText(status)
        self._update()

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        seq = self._seq
        run_in_background(
            work,
            owner=self,
            on_success=done,
            on_failure=self._failed,
            still_wanted=lambda: seq == self._seq,
        )

    @Slot(object)
    def _previewed(self, client_list: client_jobs.ClientList) -> None:
        self._busy = False
        self._list = client_list
        self.status_label.clear()
        self._build_mapping(client_list)
        self._show_encoding()
        self.table.show_preview(client_list.preview)
        self._update()

    def _build_mapping(self, client_list: client_jobs.ClientList) -> None:
        preview = client_list.preview
        if not self.mapping_combos:
            for field in preview.fields:
                combo = named(QComboBox(), f"importMap_{field}")
                label = QLabel()
                label.setBuddy(combo)
                self._mapping_labels[field] = label
                self.mapping_combos[field] = combo
                self._mapping_form.addRow(label, combo)
                combo.activated.connect(self._remap)
        for field, combo in self.mapping_combos.items():
            combo.clear()
            combo.addItem(self.tr("(not imported)"), -1)
            for index, name in enumerate(preview.headings):
                combo.addItem(name or fill(self.tr("Column %1"), (str(index + 1),)), index)
            combo.setCurrentIndex(combo.findData(preview.mapping.get(field, -1)))
        self.retranslateUi()

    def _show_encoding(self) -> None:
        if self._list is None:
            self.encoding_label.clear()
            return
        name = QCoreApplication.translate("policy", self._list.preview.encoding_label)
        self.encoding_label.setText(fill(self.tr("Read as %1."), (name,)))

    @Slot()
    def _remap(self) -> None:
        """A column was given to a field: it leaves any other field, and every row is checked again."""
        if self._list is None:
            return
        changed = self.sender()
        chosen = changed.currentData() if isinstance(changed, QComboBox) else -1
        mapping: dict[str, int] = {}
        for field, combo in self.mapping_combos.items():
            if combo is not changed and chosen >= 0 and combo.currentData() == chosen:
                combo.setCurrentIndex(0)
            if combo.currentData() >= 0:
                mapping[field] = combo.currentData()
        data = self._list.data
        self._start(self.tr("Checking the rows again…"))
        vault = self._vault
        self._run(lambda: client_jobs.remap_client_list(vault, data, mapping), self._previewed)

    # --- importing ----------------------------------------------------------------------------

    @Slot()
    def _update(self) -> None:
        preview = self._list.preview if self._list is not None else None
        count = self.table.to_import()
        self.import_button.setText(self.tr("Import %n client(s)", "", count))
        self.import_button.setEnabled(not self._busy and count > 0)
        self.file_edit.setEnabled(not self._busy)
        self.choose_button.setEnabled(not self._busy)
        if preview is None:
            self.summary_label.clear()
            return
        rows = self.tr("%n row(s) in the file", "", len(preview.rows))
        invalid = self.tr("%n row(s) with a problem (not imported)", "", preview.invalid)
        duplicates = self.tr("%n likely duplicate(s)", "", preview.duplicates)
        self.summary_label.setText(fill(self.tr("%1: %2, %3."), (rows, invalid, duplicates)))

    @Slot()
    def _import(self) -> None:
        if self._list is None or self._busy:
            return
        data, mapping = self._list.data, dict(self._list.preview.mapping)
        anyway = self.table.chosen_duplicates()
        self._start(self.tr("Importing…"))
        vault = self._vault
        self._run(lambda: client_jobs.import_client_list(vault, data, mapping, anyway), self._imported)

    @Slot(object)
    def _imported(self, result: ImportResult) -> None:
        self._busy = False
        self.imported.emit(result.imported)
        self.accept()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.status_label.setText(describe(error))
        self._update()
