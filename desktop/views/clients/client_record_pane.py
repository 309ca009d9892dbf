"""The right side of the Clients section: one client's record, consents, notes, bookings and fees.

The client's name heads the pane with the two requests only a shown client
can make (an export for them, their erasure); below come the consents, the
record's editor and, in tabs, the consultation notes and the bookings. The
pane passes requests on as signals; the dialogs that carry them out belong to
whoever listens. Which client to open, and what happens to unsaved edits
before another replaces them, is the page's decision.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.views.clients.client_bookings import ClientBookings
from desktop.views.clients.client_consents_panel import ClientConsentsPanel
from desktop.views.clients.client_editor import ClientEditor
from desktop.views.clients.notes_panel import NotesPanel
from desktop.views.common.forms import Retranslatable, heading, named
from desktop.views.money import ClientMoneyPanel

if TYPE_CHECKING:
    from desktop.services.clients import ClientDetails
    from desktop.vault.store import OpenVault


class ClientRecordPane(Retranslatable, QWidget):
    """The shown client (:attr:`editor`, :attr:`notes`, :attr:`bookings`); requests come out as signals."""

    export_requested = Signal(int)
    erase_requested = Signal(int)
    booking_open_requested = Signal(int)
    new_booking_requested = Signal(int, str)  # client id and name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: ClientDetails | None = None
        self.title_label = heading("clientTitleLabel", 1.25)
        self.title_label.setWordWrap(True)
        self.export_button = named(QPushButton(), "exportClientButton")
        self.export_button.clicked.connect(self._export)
        self.erase_button = named(QPushButton(), "eraseClientButton")
        self.erase_button.clicked.connect(self._erase)
        self.editor = named(ClientEditor(), "clientEditor")
        self.editor.shown.connect(self._client_shown)
        self.notes = named(NotesPanel(), "notesPanel")
        self.consents = named(ClientConsentsPanel(), "clientConsentsPanel")
        self.consents.intake_known.connect(self.notes.set_intake_consent)
        self.bookings = named(ClientBookings(), "clientBookings")
        self.bookings.open_requested.connect(self.booking_open_requested)
        self.bookings.new_requested.connect(self._new_booking)
        self._record_tabs = named(QTabWidget(), "clientRecordTabs")
        self._record_tabs.addTab(self.notes, "")
        self._record_tabs.addTab(self.bookings, "")
        self.money = named(ClientMoneyPanel(), "clientMoneyPanel")
        self._record_tabs.addTab(self.money, "")

        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.export_button)
        title_row.addWidget(self.erase_button)
        details = named(QSplitter(Qt.Orientation.Vertical), "clientDetailSplitter")
        details.setChildrenCollapsible(False)
        # The form scrolls rather than making the window taller than a 1280×800 screen at 125 %.
        form_area = named(QScrollArea(), "clientEditorScroll")
        form_area.setWidgetResizable(True)
        form_area.setFrameShape(QFrame.Shape.NoFrame)
        form_area.setWidget(self.editor)
        details.addWidget(form_area)
        details.addWidget(self._record_tabs)
        details.setSizes([460, 240])  # most of the form in sight on a 768-pixel screen
        details.setStretchFactor(0, 3)  # a taller window gives the form its room first
        details.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(title_row)
        layout.addWidget(self.consents)
        layout.addWidget(details, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.export_button.setText(self.tr("Export the record…"))
        self.export_button.setToolTip(
            self.tr("A copy for the client at their request, or for someone else on a disclosure record")
        )
        self.erase_button.setText(self.tr("Erase client…"))
        self._record_tabs.setTabText(0, self.tr("Consultation notes"))
        self._record_tabs.setTabText(1, self.tr("Bookings"))
        self._record_tabs.setTabText(2, self.tr("Fees and payments"))
        self.update_title()

    def set_vault(self, vault: OpenVault) -> None:
        self.editor.set_vault(vault)
        self.notes.set_vault(vault)
        self.bookings.set_vault(vault)
        self.consents.set_vault(vault)
        self.money.set_vault(vault)

    def clear(self) -> None:
        """Forget the vault and everything shown (on lock), unsaved edits included."""
        self.editor.clear()
        self.notes.clear()
        self.bookings.clear()
        self.consents.set_vault(None)
        self.money.set_vault(None)

    def show_records(self, client_id: int | None) -> None:
        """Show the notes and bookings of ``client_id`` (nothing if None) below the editor."""
        self.notes.show_client(client_id)
        self.bookings.show_client(client_id)
        self.money.show_client(client_id)

    def update_title(self) -> None:
        """The client's name, or what the editor holds instead: a new client, or nothing yet."""
        shown = self._shown
        if shown is not None:
            self.title_label.setText(shown.draft.full_name)
        elif self.editor.isEnabled():
            self.title_label.setText(self.tr("New client"))
        else:
            self.title_label.setText(self.tr("Choose a client, or add one."))
        # Without a client the two buttons mean nothing; hidden, they leave the title room.
        for button in (self.export_button, self.erase_button):
            button.setVisible(shown is not None)
            button.setEnabled(shown is not None)

    @Slot(object)
    def _client_shown(self, details: ClientDetails | None) -> None:
        self._shown = details
        self.consents.show_client(details.id if details else None, details.draft.full_name if details else "")
        self.update_title()

    @Slot()
    def _new_booking(self) -> None:
        if self._shown is not None:
            self.new_booking_requested.emit(self._shown.id, self._shown.draft.full_name)

    @Slot()
    def _export(self) -> None:
        if self._shown is not None:
            self.export_requested.emit(self._shown.id)

    @Slot()
    def _erase(self) -> None:
        if self._shown is not None:
            self.erase_requested.emit(self._shown.id)
