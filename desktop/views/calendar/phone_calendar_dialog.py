"""Exporting the bookings as an .ics file for the counsellor's own phone calendar (P-DATA, P-DISCLOSE).

Names are left out unless ticked, and the dialog says why: a phone's calendar
is usually copied to a cloud service, which is someone other than the client.
Ticking names asks who that service is, how to reach it and on what basis its
receiving the names rests; the export then records a provision for every
client named, through the disclosure gate, before the file is written
(:mod:`desktop.services.records.calendar_export`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.policy.disclosure import BASIS_LABELS, Basis
from desktop.views.calendar import calendar_jobs
from desktop.views.common.error_text import describe
from desktop.views.common.forms import LabelledForm, Retranslatable, heading, named, primary_button
from desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from desktop.services.records.calendar_export import CalendarExport
    from desktop.vault.store import OpenVault

#: The bases a calendar service's receiving names can rest on (law and public-health requests never
#: arrive as a calendar).
_BASES = (Basis.CONSENT, Basis.RIGHTS, Basis.VITAL)


class PhoneCalendarDialog(Retranslatable, QDialog):
    """Emits :attr:`exported` with the number of bookings written."""

    exported = Signal(int)

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneCalendarDialog")
        self.setMinimumWidth(560)
        self._vault = vault
        self._busy = False

        self._heading = heading("icsHeading", 1.2)
        self.why_label = named(QLabel(wordWrap=True), "icsWhyLabel")
        self.file_edit = named(QLineEdit(), "icsFileEdit")
        self.file_edit.textChanged.connect(self._update)
        self.choose_button = named(QPushButton(), "icsChooseFileButton")
        self.choose_button.clicked.connect(self._choose_file)
        self.names_check = named(QCheckBox(), "icsNamesCheck")
        self.names_check.toggled.connect(self._update)
        self.names_box = QWidget()
        self.provision_label = named(QLabel(wordWrap=True), "icsProvisionLabel")
        self.recipient_edit = named(QLineEdit(), "icsRecipientEdit")
        self.contact_edit = named(QLineEdit(), "icsContactEdit")
        self.basis_combo = named(QComboBox(), "icsBasisCombo")
        for basis in _BASES:
            self.basis_combo.addItem("", basis.value)
        self.justification_edit = named(QLineEdit(), "icsJustificationEdit")
        for edit in (self.recipient_edit, self.contact_edit, self.justification_edit):
            edit.textChanged.connect(self._update)
        self.status_label = named(QLabel(wordWrap=True), "icsStatusLabel")
        self.export_button = named(QPushButton(), "icsExportButton")
        self.export_button.clicked.connect(self._export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)

        self._form = LabelledForm(self.names_box)
        self._form.setContentsMargins(24, 0, 0, 0)
        self._form.addRow(self.provision_label)
        for field in (self.recipient_edit, self.contact_edit, self.basis_combo, self.justification_edit):
            self._form.add(field)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self.why_label)
        layout.addLayout(file_row)
        layout.addWidget(self.names_check)
        layout.addWidget(self.names_box)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.retranslateUi()
        primary_button(self, self.export_button)
        self._update()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Export to a phone calendar"))
        self._heading.setText(self.tr("Bookings for your phone's calendar"))
        self.why_label.setText(
            self.tr(
                "The file holds the confirmed and tentative bookings from today on, each with the session's "
                "title and time, and no client's name. A phone's calendar is usually copied to a cloud "
                "service, which is someone other than your clients: a name there is personal data handed "
                "to a third party."
            )
        )
        self.file_edit.setPlaceholderText(self.tr("Where to save the .ics file"))
        self.file_edit.setAccessibleName(self.tr("File to write"))
        self.choose_button.setText(self.tr("Choose…"))
        self.names_check.setText(self.tr("Include the clients' names"))
        self.provision_label.setText(
            self.tr(
                "Names go to the calendar's service: each client named gets a provision record in the "
                "disclosure log, on the basis you give, before the file is written."
            )
        )
        self._form.label(self.recipient_edit).setText(self.tr("Calendar service:"))
        self.recipient_edit.setPlaceholderText(self.tr("For example Google Calendar or iCloud"))
        self._form.label(self.contact_edit).setText(self.tr("How to reach it:"))
        self._form.label(self.basis_combo).setText(self.tr("Basis:"))
        self._form.label(self.justification_edit).setText(self.tr("Why this basis applies:"))
        for index, basis in enumerate(_BASES):
            self.basis_combo.setItemText(index, QCoreApplication.translate("policy", BASIS_LABELS[basis]))
        self.export_button.setText(self.tr("Export"))

    @Slot()
    def _update(self) -> None:
        names = self.names_check.isChecked()
        self.names_box.setVisible(names)
        ready = bool(self.file_edit.text().strip())
        if names:
            ready = ready and bool(self.recipient_edit.text().strip() and self.contact_edit.text().strip())
        self.export_button.setEnabled(ready and not self._busy)

    @Slot()
    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the calendar"), "sessions.ics", self.tr("Calendar files (*.ics)")
        )
        if path:
            self.file_edit.setText(path)

    def _provision(self) -> dict[str, str] | None:
        if not self.names_check.isChecked():
            return None
        return {
            "recipient_name": self.recipient_edit.text(),
            "recipient_contact": self.contact_edit.text(),
            "basis": str(self.basis_combo.currentData()),
            "justification": self.justification_edit.text(),
        }

    @Slot()
    def _export(self) -> None:
        if self._busy:
            return
        self._busy = True
        self._update()
        self.status_label.setText(self.tr("Exporting…"))
        vault, path, provision = self._vault, self.file_edit.text().strip(), self._provision()
        untitled = self.tr("Counselling session")
        run_in_background(
            lambda: calendar_jobs.export_phone_calendar(vault, path, provision, untitled),
            owner=self,
            on_success=self._done,
            on_failure=self._failed,
        )

    @Slot(object)
    def _done(self, result: CalendarExport) -> None:
        self._busy = False
        self.exported.emit(result.events)
        self.accept()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.status_label.setText(describe(error))
        self._update()
