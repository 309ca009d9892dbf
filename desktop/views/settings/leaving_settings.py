"""Settings group: take everything with you — the whole practice in open formats (P-LAW).

For leaving the app, or handing the practice on: every table as JSON and CSV
and each client's record as JSON and PDF, in a new folder inside the one
chosen (:mod:`desktop.services.records.practice_export`), recorded in the
audit trail. The group warns first that the files are not encrypted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, named
from desktop.views.common.worker import run_on_vault
from desktop.views.settings import settings_jobs

if TYPE_CHECKING:
    from desktop.services.records.practice_export import PracticeExport
    from desktop.vault.store import OpenVault


class LeavingSettings(Retranslatable, QGroupBox):
    """The folder, the warning and "Export everything"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leavingGroup")
        self._vault: OpenVault | None = None
        self._busy = False
        self.note_label = named(QLabel(wordWrap=True), "practiceExportNoteLabel")
        self.warning_label = named(QLabel(wordWrap=True), "practiceExportWarningLabel")
        font = self.warning_label.font()
        font.setBold(True)
        self.warning_label.setFont(font)
        self.folder_edit = named(QLineEdit(), "practiceExportFolderEdit")
        self.folder_edit.textChanged.connect(self._update)
        self.choose_button = named(QPushButton(), "practiceExportChooseButton")
        self.choose_button.clicked.connect(self._choose)
        self.export_button = named(QPushButton(), "practiceExportButton")
        self.export_button.clicked.connect(self._export)
        self.status_label = named(QLabel(wordWrap=True), "practiceExportStatusLabel")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        row = QHBoxLayout()
        row.addWidget(self.status_label, 1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addWidget(self.warning_label)
        layout.addLayout(folder_row)
        layout.addLayout(row)
        self.retranslateUi()
        self._update()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Take everything with you"))
        self.note_label.setText(
            self.tr(
                "For leaving the app or handing the practice on: every table as JSON and CSV, and each "
                "client's whole record as JSON and PDF, in a new folder inside the one you choose. The "
                "export is recorded in the audit trail."
            )
        )
        self.warning_label.setText(
            self.tr(
                "The exported files are not encrypted. Choose a folder on an encrypted disk, and delete "
                "the files once they are no longer needed."
            )
        )
        self.folder_edit.setPlaceholderText(self.tr("Folder to export into"))
        self.folder_edit.setAccessibleName(self.tr("Folder to export into"))
        self.choose_button.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export everything"))

    def set_vault(self, vault: OpenVault) -> None:
        self._vault = vault
        self.status_label.clear()
        self._update()

    def clear(self) -> None:
        self._vault = None
        self._busy = False
        self.folder_edit.clear()
        self.status_label.clear()
        self._update()

    @Slot()
    def _update(self) -> None:
        ready = self._vault is not None and bool(self.folder_edit.text().strip())
        self.export_button.setEnabled(ready and not self._busy)

    @Slot()
    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder to export into"))
        if folder:
            self.folder_edit.setText(folder)

    @Slot()
    def _export(self) -> None:
        folder = self.folder_edit.text().strip()
        if self._busy or not folder:
            return
        self._busy = True
        self._update()
        self.status_label.setText(self.tr("Exporting everything… (this takes a while with many clients)"))
        run_on_vault(
            self,
            lambda: self._vault,
            lambda vault: settings_jobs.export_practice(vault, folder),
            on_success=self._done,
            on_failure=self._failed,
        )

    @Slot(object)
    def _done(self, result: PracticeExport) -> None:
        self._busy = False
        rows = sum(result.table_rows.values())
        self.status_label.setText(
            fill(
                self.tr(
                    "Exported %1 tables (%2 rows) and %3 client records into %4. They are not encrypted."
                ),
                (str(len(result.table_rows)), str(rows), str(result.records), str(result.folder)),
            )
        )
        self._update()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.status_label.setText(describe(error))
        self._update()
