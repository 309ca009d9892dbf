"""The booking's status and the steps it can take from there: negotiate, confirm, complete, cancel, ...

A row in the booking dialog. Only the steps the policy's transitions allow from
the status shown are enabled; a click is announced by :attr:`BookingStepBar.step_requested`
and the dialog asks the service for it (cancelling goes through its own dialog).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop.policy.bookings import STATUS_LABELS, TRANSITIONS, BookingStatus
from desktop.views.common.forms import Retranslatable, named


class BookingStepBar(Retranslatable, QWidget):
    """The status in bold, then one button per step; :meth:`show_status` enables those allowed."""

    step_requested = Signal(object)  # the BookingStatus to move to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status: BookingStatus | None = None
        self.state_label = named(QLabel(), "bookingStateLabel")
        font = self.state_label.font()
        font.setBold(True)
        self.state_label.setFont(font)
        self.step_buttons = {
            BookingStatus.NEGOTIATING: named(QPushButton(), "startNegotiationButton"),
            BookingStatus.CONFIRMED: named(QPushButton(), "confirmBookingButton"),
            BookingStatus.COMPLETED: named(QPushButton(), "completeBookingButton"),
            BookingStatus.NO_SHOW: named(QPushButton(), "noShowButton"),
            BookingStatus.POSTPONED: named(QPushButton(), "postponeButton"),
            BookingStatus.CANCELLED: named(QPushButton(), "cancelBookingButton"),
        }
        for target, button in self.step_buttons.items():
            button.clicked.connect(lambda _checked=False, t=target: self.step_requested.emit(t))
        # As tall as its buttons, like a row of the dialog's layout: the dialog's spare height goes elsewhere.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state_label, 1)
        for button in self.step_buttons.values():
            row.addWidget(button)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        for target, text in (
            (BookingStatus.NEGOTIATING, self.tr("Start negotiating")),
            (BookingStatus.CONFIRMED, self.tr("Confirm")),
            (BookingStatus.COMPLETED, self.tr("Completed")),
            (BookingStatus.NO_SHOW, self.tr("No-show")),
            (BookingStatus.POSTPONED, self.tr("Postpone")),
            (BookingStatus.CANCELLED, self.tr("Cancel booking…")),
        ):
            self.step_buttons[target].setText(text)
        self.show_status(self._status)

    def show_status(self, status: BookingStatus | None) -> None:
        """Show ``status`` (None: a request not recorded yet) and enable the steps allowed from it."""
        self._status = status
        self.state_label.setText(
            QCoreApplication.translate("policy", STATUS_LABELS[status]) if status else self.tr("New request")
        )
        allowed = set(TRANSITIONS.get(status, frozenset())) if status else set()
        if status is BookingStatus.CONFIRMED:
            allowed.discard(BookingStatus.NEGOTIATING)  # only a changed value sends it back
        for target, button in self.step_buttons.items():
            button.setEnabled(target in allowed)
