"""Contacts: every outbound contact with its basis (P-CONTACT), and the way to start one.

The list narrows by basis, by "still to be made" (the contacts an emergency
queued) and by a word in the name or note. "New contact…" is the only way the
app starts a contact, and its dialog cannot log one without a basis. "Declare
emergency…" (P-EMERGENCY) is here too, since it ends in contacts to make.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.policy.contacts import BASIS_LABELS, CHANNEL_LABELS, Basis, ContactChannel
from desktop.views.common import mail_program
from desktop.views.common.clipboard import copy_sensitive
from desktop.views.common.empty_state import EmptyState
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, heading, named
from desktop.views.common.load_on_show import LoadOnShow
from desktop.views.common.local_time import datetime_text
from desktop.views.common.worker import run_on_vault
from desktop.views.contacts import contact_jobs
from desktop.views.contacts.emergency_dialog import EmergencyDialog
from desktop.views.contacts.new_contact_dialog import NewContactDialog
from desktop.views.contacts.sent_outside_box import SentOutsideBox

if TYPE_CHECKING:
    from desktop.services.contacts import ContactRecord
    from desktop.vault.store import OpenVault

_COLUMNS = 5


class ContactsPage(Retranslatable, QWidget):
    """:attr:`emergency_declared` tells the calendar its bookings changed."""

    emergency_declared = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loader = LoadOnShow(self, self.refresh, every_show=True)  # other sections add to it meanwhile
        self.setObjectName("contactsPage")
        self._vault: OpenVault | None = None
        self._records: list[ContactRecord] = []
        self._shown: list[ContactRecord] = []
        self._asked = 0

        self._heading = heading("contactsHeading")
        self._intro = named(QLabel(wordWrap=True), "contactsIntroLabel")
        self.new_button = named(QPushButton(), "newContactButton")
        self.new_button.clicked.connect(self.new_contact)
        self.emergency_button = named(QPushButton(), "declareEmergencyButton")
        self.emergency_button.clicked.connect(self.declare_emergency)
        self.basis_filter = named(QComboBox(), "contactBasisFilter")
        self.basis_filter.addItem("", None)
        for basis in Basis:
            self.basis_filter.addItem("", basis.value)
        self.basis_filter.currentIndexChanged.connect(self.refresh)
        self.queued_check = named(QCheckBox(), "contactQueuedCheck")
        self.queued_check.toggled.connect(self.refresh)
        self.search_edit = named(QLineEdit(), "contactSearchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._fill)

        self.table = named(QTableWidget(0, _COLUMNS), "contactsTable")
        self.empty_state = EmptyState(self.table, "contactsEmptyState")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(_COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.detail_edit = named(QPlainTextEdit(), "contactDetailEdit")
        self.detail_edit.setReadOnly(True)
        self.made_button = named(QPushButton(), "markMadeButton")
        self.made_button.clicked.connect(self._mark_made)
        self.copy_button = named(QPushButton(), "copyContactTextButton")
        self.copy_button.clicked.connect(self._copy)
        self.mail_button = named(QPushButton(), "contactMailButton")
        self.mail_button.clicked.connect(self._open_in_mail_program)
        self.status_label = named(QLabel(wordWrap=True), "contactsStatusLabel")

        top = QHBoxLayout()
        top.addWidget(self._heading)
        top.addStretch(1)
        top.addWidget(self.emergency_button)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.basis_filter)
        filters.addWidget(self.queued_check)
        filters.addWidget(self.search_edit, 1)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_edit, 1)
        detail_buttons = QHBoxLayout()
        detail_buttons.addWidget(self.status_label, 1)
        detail_buttons.addWidget(self.copy_button)
        detail_buttons.addWidget(self.mail_button)
        detail_buttons.addWidget(self.made_button)
        detail_layout.addLayout(detail_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._intro)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.sent_outside = SentOutsideBox(self._run, lambda: self._vault)
        self.sent_outside.basis_given.connect(lambda _id: self.refresh())
        layout.addWidget(self.sent_outside)
        self.retranslateUi()
        self._selected()
        self.setEnabled(False)

    def retranslateUi(self) -> None:
        self._heading.setText(self.tr("Contacts"))
        self._intro.setText(
            self.tr(
                "You contact a client only in answer to their own message or call, or for one of the "
                "reasons the practice's policy allows. Every contact is listed here with its basis."
            )
        )
        self.new_button.setText(self.tr("New contact…"))
        self.emergency_button.setText(self.tr("Declare emergency…"))
        self.basis_filter.setItemText(0, self.tr("Every basis"))
        for index in range(1, self.basis_filter.count()):
            basis = Basis(self.basis_filter.itemData(index))
            self.basis_filter.setItemText(index, QCoreApplication.translate("policy", BASIS_LABELS[basis]))
        self.queued_check.setText(self.tr("Still to be made only"))
        self.search_edit.setPlaceholderText(self.tr("Search name, subject or note"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Logged"),
                self.tr("Client"),
                self.tr("Basis"),
                self.tr("By"),
                self.tr("Subject or note"),
            ]
        )
        self.made_button.setText(self.tr("Mark as made"))
        self.copy_button.setText(self.tr("Copy text"))
        self.mail_button.setText(self.tr("Open in mail program"))
        self.empty_state.setText(
            self.tr(
                "No contacts to show. Replies, calls and notices you make are listed here; "
                "“New contact…” logs one made outside the app."
            )
        )
        self._fill()

    # --- vault -------------------------------------------------------------------------------

    def _run(self, work: Callable[[OpenVault], Any], on_success: Callable[[Any], None]) -> None:
        run_on_vault(self, lambda: self._vault, work, on_success=on_success, on_failure=self._failed)

    def set_vault(self, vault: OpenVault) -> None:
        self._vault = vault
        self.setEnabled(True)
        self._loader.request()

    def clear(self) -> None:
        """Forget what was shown (on lock)."""
        self._loader.cancel()
        self._vault = None
        self._asked += 1
        self._records = []
        self._fill()
        self.sent_outside.clear()
        self.status_label.clear()
        self.setEnabled(False)

    @Slot()
    def refresh(self) -> None:
        self._asked += 1
        asked = self._asked
        data = self.basis_filter.currentData()
        basis = Basis(data) if data else None
        queued = self.queued_check.isChecked()
        self._run(
            lambda v: contact_jobs.list_contacts(v, basis, queued),
            lambda records: self._listed(records) if asked == self._asked else None,
        )
        self.sent_outside.refresh()

    def _listed(self, records: list[ContactRecord]) -> None:
        self._records = records
        self._fill()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.status_label.setText(describe(error))

    # --- list and detail ---------------------------------------------------------------------

    @Slot()
    def _fill(self) -> None:
        needle = self.search_edit.text().strip().casefold()
        self._shown = [
            r
            for r in self._records
            if not needle or needle in f"{r.client_name}\n{r.subject}\n{r.note}".casefold()
        ]
        self.table.setRowCount(len(self._shown))
        for row, record in enumerate(self._shown):
            logged = datetime_text(record.created_at)
            if record.queued:
                logged = self.tr("%1 (to be made)").replace("%1", logged)
            cells = (
                logged,
                record.client_name,
                QCoreApplication.translate("policy", BASIS_LABELS[record.basis]),
                QCoreApplication.translate("policy", CHANNEL_LABELS[record.channel]),
                record.subject or record.note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if record.queued:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self._selected()

    def current(self) -> ContactRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self._shown[rows[0].row()] if rows else None

    @Slot()
    def _selected(self) -> None:
        record = self.current()
        self.made_button.setEnabled(record is not None and record.queued)
        self.copy_button.setEnabled(record is not None and bool(record.text))
        self.mail_button.setEnabled(
            record is not None
            and record.channel is ContactChannel.EMAIL
            and bool(record.text and record.client_email)
        )
        if record is None:
            self.detail_edit.clear()
            return
        lines = [record.client_name, QCoreApplication.translate("policy", BASIS_LABELS[record.basis])]
        if record.note:
            lines.append(record.note)
        if record.subject:
            lines += ["", record.subject]
        if record.text:
            lines += ["", record.text]
        self.detail_edit.setPlainText("\n".join(lines))

    @Slot()
    def _mark_made(self) -> None:
        record = self.current()
        if record is not None:
            contact_id = record.id
            self._run(lambda v: contact_jobs.mark_made(v, contact_id), lambda _r: self.refresh())

    @Slot()
    def _open_in_mail_program(self) -> None:
        """Hand a prepared message to the mail program; a contact still to be made is then marked made."""
        record = self.current()
        if record is None:
            return
        if not mail_program.hand_over(mail_program.mailto(record.client_email, record.subject, record.text)):
            self.status_label.setText(
                self.tr("No mail program answered; copy the text into your mail program instead.")
            )
            return
        self.status_label.setText(self.tr("Handed to your mail program."))
        if record.queued:
            self._mark_made()

    @Slot()
    def _copy(self) -> None:
        record = self.current()
        if record is not None:
            copy_sensitive(record.text)
            self.status_label.setText(self.tr("Copied."))

    # --- dialogs -----------------------------------------------------------------------------

    @Slot()
    def new_contact(self) -> NewContactDialog | None:
        if self._vault is None:
            return None
        dialog = NewContactDialog(self._vault, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    @Slot()
    def declare_emergency(self) -> EmergencyDialog | None:
        if self._vault is None:
            return None
        dialog = EmergencyDialog(self._vault, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.declared.connect(self._declared)
        dialog.open()
        return dialog

    def _declared(self, emergency_id: int) -> None:
        self.queued_check.setChecked(True)  # the contacts to make now
        self.refresh()
        self.emergency_declared.emit(emergency_id)
