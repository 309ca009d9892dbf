"""Moving a booking by drag and drop: a confirmed one only when asked, and Ctrl+Z takes the last move back.

A stray drag used to demote a confirmed booking silently (P-CONFIRM: a moved
booking must be agreed and confirmed again). Now a drag of a confirmed booking
asks first, naming the client and both times; whichever booking was moved, the
service's receipt is kept so that :meth:`BookingMover.undo` (Ctrl+Z on the
calendar) puts it back as it was, through the booking gate, while nothing else
has changed it.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate, QLocale, QObject, QTime, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.i18n import fill
from desktop.policy.bookings import BookingStatus
from desktop.views.calendar import calendar_jobs
from desktop.views.common.error_text import describe
from desktop.views.common.forms import named
from desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.services.bookings import BookingDetails, MoveReceipt
    from desktop.services.bookings.booking_lists import CalendarEntry
    from desktop.vault.store import OpenVault


def _when(moment: datetime) -> str:
    locale = QLocale()
    day = locale.toString(QDate(moment.year, moment.month, moment.day), QLocale.FormatType.LongFormat)
    return f"{day} {QTime(moment.hour, moment.minute).toString('HH:mm')}"


class BookingMover(QObject):
    """:attr:`said` carries a sentence about a booking (its id; 0 clears); :attr:`moved` asks for a reload."""

    said = Signal(str, int)
    moved = Signal()

    def __init__(self, page: QWidget, vault_of: Callable[[], OpenVault | None]) -> None:
        super().__init__(page)
        self._page = page
        self._vault_of = vault_of
        self._last: MoveReceipt | None = None

    def forget(self) -> None:
        """Nothing to take back any more (on lock)."""
        self._last = None

    def move(self, entry: CalendarEntry, new_start: datetime) -> None:
        """Move ``entry`` to ``new_start``, asking first when it is confirmed."""
        vault = self._vault_of()
        if vault is None:
            return
        if entry.status is BookingStatus.CONFIRMED and not self._confirmed(entry, new_start):
            self.moved.emit()  # redraw it where it is
            return
        if self._vault_of() is not vault:
            return  # locked while the question was open: nothing is moved
        self.said.emit("", 0)
        self._run(
            vault, lambda: calendar_jobs.move(vault, entry.id, new_start), lambda r: self._moved(entry, r)
        )

    def undo(self) -> None:
        """Take the last move back (Ctrl+Z)."""
        vault, receipt = self._vault_of(), self._last
        if vault is None or receipt is None:
            self.said.emit(self.tr("There is no move to take back."), 0)
            return
        self._last = None
        self._run(vault, lambda: calendar_jobs.undo_move(vault, receipt), self._undone)

    def _confirmed(self, entry: CalendarEntry, new_start: datetime) -> bool:
        box = QMessageBox(self._page)
        box.setObjectName("moveConfirmedBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Move a confirmed booking"))
        box.setText(
            fill(
                self.tr("Move %1's confirmed booking from %2 to %3?"),
                (entry.client_name, _when(entry.start), _when(new_start)),
            )
        )
        box.setInformativeText(
            self.tr(
                "The client agreed to the present time. After the move, the booking goes back to "
                "negotiation until the new time is agreed and confirmed again. Ctrl+Z takes the "
                "move back."
            )
        )
        move = named(box.addButton(self.tr("Move"), QMessageBox.ButtonRole.AcceptRole), "moveBookingButton")
        keep = named(
            box.addButton(self.tr("Keep it where it is"), QMessageBox.ButtonRole.RejectRole),
            "keepBookingButton",
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return clicked is move

    def _run(self, vault: OpenVault, work: Callable[[], object], done: Callable[[object], None]) -> None:
        run_in_background(
            work,
            owner=self,
            on_success=done,
            on_failure=self._refused,
            still_wanted=lambda: self._vault_of() is vault,
        )

    def _moved(self, entry: CalendarEntry, result: object) -> None:
        details, receipt = cast("tuple[BookingDetails, MoveReceipt | None]", result)
        if receipt is not None:
            self._last = receipt
        if receipt is not None and receipt.was_confirmed and details.status is BookingStatus.NEGOTIATING:
            self.said.emit(
                self.tr(
                    "The booking was moved. It needs the changed points agreed and confirming again "
                    "(Ctrl+Z takes the move back)."
                ),
                entry.id,
            )
        self.moved.emit()

    def _undone(self, details: object) -> None:
        self.said.emit(self.tr("The move was taken back."), 0)
        self.moved.emit()

    def _refused(self, error: Exception) -> None:
        self.said.emit(describe(error), 0)
        self.moved.emit()
