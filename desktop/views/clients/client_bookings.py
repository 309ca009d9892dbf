"""The client's sessions on their page: every booking, newest first, and the notes attached.

The counsellor reads a client's history here without leaving the page: when
they came, which session, how it ended. A completed session can be linked to
the consultation note that records it, which is how a note says which session
it belongs to.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.policy.bookings import BookingStatus
from desktop.views.calendar import booking_jobs
from desktop.views.calendar import booking_record_text as record_text
from desktop.views.calendar import calendar_look as look
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, named
from desktop.views.common.local_time import date_text
from desktop.views.common.worker import run_on_vault

if TYPE_CHECKING:
    from desktop.services.bookings.booking_lists import BookingSummary
    from desktop.vault.store import OpenVault

_FIRST_LINE = 30  # characters of a note shown to tell notes apart


class ClientBookings(Retranslatable, QWidget):
    """Lists one client's bookings; :attr:`open_requested` carries a booking id,
    :attr:`new_requested` asks for a new booking for this client."""

    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: OpenVault | None = None
        self._client_id: int | None = None
        self._bookings: list[BookingSummary] = []

        self.tree = named(QTreeWidget(), "clientBookingsTree")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnCount(5)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.caption = named(QLabel(wordWrap=True), "clientBookingsCaption")
        self.new_button = named(QPushButton(), "clientNewBookingButton")
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = named(QPushButton(), "clientOpenBookingButton")
        self.open_button.clicked.connect(self._open_current)
        self.note_combo = named(QComboBox(), "attachNoteCombo")
        self.note_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.note_combo.setMinimumContentsLength(16)
        self.attach_button = named(QPushButton(), "attachNoteButton")
        self.attach_button.clicked.connect(self._attach)
        self.status_label = named(QLabel(wordWrap=True), "clientBookingsStatusLabel")

        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        attach = QHBoxLayout()
        attach.addWidget(self.note_combo, 1)
        attach.addWidget(self.attach_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(attach)
        layout.addWidget(self.status_label)
        self.retranslateUi()
        self._update_buttons()

    def retranslateUi(self) -> None:
        self.tree.setHeaderLabels(
            [self.tr("When"), self.tr("Session"), self.tr("Status"), self.tr("Note"), self.tr("Cancellation")]
        )
        self.tree.setAccessibleName(self.tr("Bookings of this client"))
        self.new_button.setText(self.tr("New booking…"))
        self.open_button.setText(self.tr("Open"))
        self.attach_button.setText(self.tr("Attach to the chosen session"))
        self.note_combo.setAccessibleName(self.tr("Note to attach"))
        self._show(self._bookings)

    # --- the vault and the client ------------------------------------------------------------

    def set_vault(self, vault: OpenVault) -> None:
        self._vault = vault

    def clear(self) -> None:
        """Forget the vault and the client shown (on lock)."""
        self._vault = None
        self.show_client(None)

    def show_client(self, client_id: int | None) -> None:
        self._client_id = client_id
        self.status_label.clear()
        self._show([])
        self.note_combo.clear()
        if client_id is not None:
            self._run(lambda v: booking_jobs.client_sessions(v, client_id), self._loaded)

    @Slot()
    def reload(self) -> None:
        """Fetch the client's bookings again (after a booking was changed elsewhere)."""
        if self._client_id is not None:
            self.show_client(self._client_id)

    def _run(self, work: Callable[[OpenVault], Any], on_success: Callable[[Any], None]) -> None:
        """Run ``work`` for the vault and client shown; the result is dropped if either changed."""
        client_id = self._client_id
        run_on_vault(
            self,
            lambda: self._vault,
            work,
            on_success=on_success,
            on_failure=self._failed,
            still_wanted=lambda: self._client_id == client_id,
        )

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.status_label.setText(describe(error))

    @Slot(object)
    def _loaded(self, sessions: booking_jobs.ClientSessions) -> None:
        self._show(sessions.bookings)
        self.note_combo.clear()
        for note in sessions.notes:
            first_line = " ".join(note.text.split())[:_FIRST_LINE]
            self.note_combo.addItem(f"{date_text(note.occurred_on)}  {first_line}", note.id)
        self._update_buttons()

    # --- showing -------------------------------------------------------------------------------

    def _show(self, bookings: list[BookingSummary]) -> None:
        self._bookings = bookings
        current = self._current_id()
        self.tree.clear()
        short = QLocale.FormatType.ShortFormat
        for booking in bookings:
            start = booking.starts_at
            when = self.tr("No time yet")
            if start is not None:
                when = f"{date_text(start.date(), short)} {look.time_text(start)}"
            item = QTreeWidgetItem(
                [
                    when,
                    booking.menu_item_name or look.format_text(booking.format),
                    look.status_text(booking.status),
                    date_text(booking.note_on, short) if booking.note_on else "",
                    record_text.cancellation_fee_text(cancel) if (cancel := booking.cancellation) else "",
                ]
            )
            if booking.cancellation is not None:  # P-CANCEL: the whole record where the booking is listed
                item.setToolTip(4, record_text.cancellation_text(booking.cancellation))
            item.setData(0, Qt.ItemDataRole.UserRole, booking.id)
            item.setBackground(2, look.fill_color(booking.status))
            self.tree.addTopLevelItem(item)
            if booking.id == current:
                self.tree.setCurrentItem(item)
        if self._client_id is None:
            self.caption.clear()
        elif bookings:
            completed = sum(1 for b in bookings if b.status is BookingStatus.COMPLETED)
            self.caption.setText(
                self.tr("%n booking(s)", "", len(bookings)) + self.tr(", %n session(s) held", "", completed)
            )
        else:
            self.caption.setText(self.tr("No bookings yet."))
        self._update_buttons()

    def _current_id(self) -> int | None:
        item = self.tree.currentItem()
        return int(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def _current(self) -> BookingSummary | None:
        wanted = self._current_id()
        return next((b for b in self._bookings if b.id == wanted), None)

    def _update_buttons(self) -> None:
        chosen = self._current()
        self.new_button.setEnabled(self._client_id is not None)
        self.open_button.setEnabled(chosen is not None)
        completed = chosen is not None and chosen.status is BookingStatus.COMPLETED
        self.note_combo.setEnabled(completed and self.note_combo.count() > 0)
        self.attach_button.setEnabled(completed and self.note_combo.count() > 0)

    # --- actions -------------------------------------------------------------------------------

    @Slot(QTreeWidgetItem)
    def _activated(self, item: QTreeWidgetItem) -> None:
        self.open_requested.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))

    @Slot()
    def _open_current(self) -> None:
        booking_id = self._current_id()
        if booking_id is not None:
            self.open_requested.emit(booking_id)

    @Slot()
    def _attach(self) -> None:
        booking_id, client_id = self._current_id(), self._client_id
        note_id = self.note_combo.currentData()
        if booking_id is None or client_id is None or note_id is None:
            return
        self.status_label.clear()
        self._run(
            lambda v: booking_jobs.attach_note(v, client_id, int(note_id), booking_id),
            self._attached,
        )

    @Slot(object)
    def _attached(self, sessions: booking_jobs.ClientSessions) -> None:
        self._loaded(sessions)
        self.status_label.setText(self.tr("The note is attached to the session."))
