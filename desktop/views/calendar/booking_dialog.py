"""Open or create one booking: who asked, the channel, the client's own will, round trips and the checklist.

The dialog shows what the service returns and nothing else: every click is one
service call on the worker thread, and the booking shown is always the
service's :class:`~desktop.services.bookings.BookingDetails`. A refusal (a
request made by someone else, a missing form fact, the sixth email exchange, an
unagreed point) is the service's one sentence, shown under the checklist.

The dialog assembles and acts; its parts only show and collect: the request's
facts (:class:`~desktop.views.calendar.booking_request_box.BookingRequestBox`),
the four points (:class:`~desktop.views.calendar.booking_checklist.BookingChecklist`)
and the status with its steps (:class:`~desktop.views.calendar.booking_step_bar.BookingStepBar`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QTime, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.policy.bookings import BookingStatus, Point
from desktop.views.calendar import booking_jobs
from desktop.views.calendar.booking_checklist import BookingChecklist
from desktop.views.calendar.booking_record_text import cancellation_text
from desktop.views.calendar.booking_request_box import BookingRequestBox
from desktop.views.calendar.booking_step_bar import BookingStepBar
from desktop.views.calendar.cancel_booking_dialog import CancelBookingDialog
from desktop.views.calendar.confirmation_panel import ConfirmationPanel
from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.error_text import describe
from desktop.views.common.forms import FittingScrollArea, Retranslatable, named, primary_button
from desktop.views.common.worker import run_on_vault

if TYPE_CHECKING:
    from desktop.services.bookings import BookingDetails
    from desktop.vault.store import OpenVault

#: Move the booking once the checklist's date, time or session has rested this long.
_MOVE_DELAY_MS = 300
_WORKING = (BookingStatus.NEGOTIATING, BookingStatus.CONFIRMED)


class BookingDialog(Retranslatable, QDialog):
    """One booking; :attr:`changed` carries its id after every change the service accepted.

    Open an existing one with ``booking_id``; start a new one at ``start`` (an
    empty calendar slot) or for ``client`` (id and name, from the client's page).
    """

    changed = Signal(int)
    #: The counsellor asked to open Settings (to add sessions to an empty menu); the dialog closes.
    settings_requested = Signal()

    def __init__(
        self,
        vault: OpenVault,
        *,
        booking_id: int | None = None,
        start: datetime | None = None,
        client: tuple[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bookingDialog")
        self._vault: OpenVault | None = vault
        self._details: BookingDetails | None = None

        self._request = BookingRequestBox(self._run)
        if client is not None:  # started from the client's page: already chosen
            self._request.set_client(*client)
        self._request.channel_chosen.connect(self._channel_chosen)
        self._request.client_chosen.connect(self._client_chosen)
        self._request.form_facts_clicked.connect(self._form_facts_clicked)
        self._request.own_will_clicked.connect(self._confirm_own_will)
        self._request.round_trip_clicked.connect(self._add_round_trip)
        self.create_button = named(QPushButton(), "createBookingButton")
        self.create_button.clicked.connect(self._create)
        #: P-CONFIRM needs a session of the menu: an empty menu says where sessions come from.
        self.empty_menu_label = named(QLabel(wordWrap=True), "bookingEmptyMenuLabel")
        self.open_settings_button = named(QPushButton(), "bookingOpenSettingsButton")
        self.open_settings_button.clicked.connect(self._open_settings)
        self._empty_menu = QWidget()
        empty_row = QHBoxLayout(self._empty_menu)
        empty_row.setContentsMargins(0, 0, 0, 0)
        empty_row.addWidget(self.empty_menu_label, 1)
        empty_row.addWidget(self.open_settings_button)
        self._empty_menu.hide()

        self.checklist = BookingChecklist()
        if start is not None:
            self.checklist.date_edit.setDate(QDate(start.year, start.month, start.day))
            self.checklist.start_edit.setTime(QTime(start.hour, start.minute))
        self._move_timer = QTimer(self, singleShot=True, interval=_MOVE_DELAY_MS)
        self._move_timer.timeout.connect(self._move)
        self.checklist.edited.connect(lambda: self._move_timer.start())
        self.checklist.arrival_edited.connect(self._propose_arrival)
        self.checklist.agree_clicked.connect(self._agree)

        self._steps = BookingStepBar()
        self._steps.step_requested.connect(self._step)
        self.status_label = named(QLabel(wordWrap=True), "bookingStatusLabel")
        set_tone(self.status_label, Tone.ERROR)
        #: P-CANCEL: a cancelled booking shows its cancellation record wherever it is opened.
        self.cancellation_label = named(QLabel(wordWrap=True), "bookingCancellationLabel")
        #: P-EMERGENCY: a booking on a day a declared emergency covers says so.
        self.emergency_label = named(QLabel(wordWrap=True), "bookingEmergencyLabel")
        set_tone(self.emergency_label, Tone.ERROR)
        self.confirmation = ConfirmationPanel(self._run)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.rejected.connect(self.reject)
        self._build_layout()
        self.retranslateUi()
        # Each step is its own button and changes the booking: Enter presses none of them.
        primary_button(self, None)
        self._show(None)
        self._run(booking_jobs.dialog_context, self._context_loaded)
        if booking_id is not None:
            self._run(lambda v: booking_jobs.open_booking(v, booking_id), self._loaded)

    def _build_layout(self) -> None:
        create_row = QHBoxLayout()
        create_row.addStretch(1)
        create_row.addWidget(self.create_button)
        body = QWidget()
        content = QVBoxLayout(body)
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(self._request)
        content.addWidget(self.checklist)
        content.addWidget(self._empty_menu)
        content.addLayout(create_row)
        content.addWidget(self._steps)
        content.addWidget(self.cancellation_label)
        content.addWidget(self.emergency_label)
        content.addWidget(self.status_label)
        content.addWidget(self.confirmation, 1)
        # Confirmed, the dialog holds the confirmation to copy as well: it scrolls rather than
        # growing past the screen, and Close stays in sight.
        self.body = named(FittingScrollArea(body), "bookingBody")
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(760)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Booking"))
        self.create_button.setText(self.tr("Record the request"))
        self.empty_menu_label.setText(
            self.tr(
                "The session menu is empty, so no booking can be confirmed yet. Add the sessions "
                "you offer, with their length and price, in Settings."
            )
        )
        self.open_settings_button.setText(self.tr("Open Settings"))

    # --- running work ------------------------------------------------------------------

    @property
    def booking_id(self) -> int | None:
        return self._details.id if self._details else None

    @property
    def client_id(self) -> int | None:
        """The client chosen (or the booking's)."""
        return self._request.client_id

    def _run(
        self,
        work: Callable[[OpenVault], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None] | None = None,
    ) -> None:
        run_on_vault(
            self, lambda: self._vault, work, on_success=on_success, on_failure=on_failure or self._refused
        )

    def _change(self, work: Callable[[OpenVault, int], BookingDetails]) -> None:
        """Run one change of the booking on screen; show what the service returns."""
        if self._details is not None:
            booking_id = self._details.id
            self.status_label.clear()
            self._run(lambda v: work(v, booking_id), self._changed)

    @Slot()
    def _open_settings(self) -> None:
        self.settings_requested.emit()
        self.reject()

    def clear(self) -> None:
        """Forget the vault (on lock): late results are dropped and nothing more is asked."""
        self._vault = None
        self.setEnabled(False)

    @Slot(object)
    def _refused(self, error: Exception) -> None:
        self._show(self._details)  # undo what the click changed on screen
        text = describe(error)
        # P-ROUNDTRIPS: past the limit the phone proposal stands beside the count already; say it once.
        self.status_label.setText("" if text == self._request.round_trip_warning.text() else text)

    @Slot(object)
    def _context_loaded(self, context: booking_jobs.DialogContext) -> None:
        self.checklist.set_menu(context.menu, context.pickup_station)
        self._empty_menu.setVisible(not any(item.active for item in context.menu))
        if self._details is not None:
            self.checklist.fill(self._details)

    @Slot(object)
    def _loaded(self, loaded: booking_jobs.Loaded) -> None:
        self._request.set_client(loaded.details.client_id, loaded.client_name)
        self._show(loaded.details)

    @Slot(object)
    def _created(self, loaded: booking_jobs.Loaded) -> None:
        self._loaded(loaded)
        self.changed.emit(loaded.details.id)
        if loaded.refusal is not None:
            self.status_label.setText(describe(loaded.refusal))

    @Slot(object)
    def _changed(self, details: BookingDetails) -> None:
        self._show(details)
        self.changed.emit(details.id)

    # --- showing -----------------------------------------------------------------------

    def _show(self, details: BookingDetails | None) -> None:
        self._details = details
        new = details is None
        status = details.status if details else None
        live = status in (BookingStatus.INQUIRY, *_WORKING)
        self._request.show_booking(details, live=live)
        if details is not None:
            self.checklist.fill(details)
        self.create_button.setEnabled(new)
        self.create_button.setVisible(new)
        self._steps.show_status(status)
        self.checklist.set_agreeable(status in _WORKING)
        self.checklist.set_editable(new or live)
        record = details.cancellation if details else None
        self.cancellation_label.setVisible(record is not None)
        self.cancellation_label.setText(cancellation_text(record) if record else "")
        declared_by = details.declared_by if details else ""
        self.emergency_label.setVisible(bool(declared_by))
        self.emergency_label.setText(
            fill(
                self.tr(
                    "%1 has declared an emergency covering this day. Think first of the client's "
                    "safety: the booking may be cancelled or postponed with no fee."
                ),
                (declared_by,),
            )
            if declared_by
            else ""
        )
        confirmed = status is BookingStatus.CONFIRMED and details is not None
        self.confirmation.setVisible(confirmed)
        if details is not None and confirmed and details.confirmed_at is not None:
            self.confirmation.show_booking(details.id)
        QTimer.singleShot(0, self._grow)  # once the layouts have taken in what is shown

    @Slot()
    def _grow(self) -> None:
        """Grow with what is shown, up to what the screen allows; beyond it the body scrolls."""
        self.body.updateGeometry()  # its size hint follows the content, which the layout does not see
        layout = self.layout()
        if layout is not None:
            layout.activate()
        wanted = self.sizeHint().height()
        if self.isVisible() and wanted > self.height():
            self.resize(self.width(), wanted)

    # --- actions -----------------------------------------------------------------------

    @Slot()
    def _create(self) -> None:
        client_id = self._request.client_id
        if client_id is None:
            self.status_label.setText(self._choose_client_first())
            return
        requested_by, relation = self._request.requester()
        channel = self._request.channel()
        form_facts = self._request.form_facts()
        day, start = self.checklist.session_date(), self.checklist.start_time()
        menu_item_id = self.checklist.menu_item_id()

        def create(vault: OpenVault) -> booking_jobs.Loaded:
            return booking_jobs.create_booking(
                vault,
                client_id=client_id,
                requested_by=requested_by,
                requester_relation=relation,
                channel=channel,
                form_facts=form_facts,
                session_date=day,
                start_time=start,
                menu_item_id=menu_item_id,
            )

        self.create_button.setEnabled(False)
        self.status_label.clear()
        self._run(create, self._created, self._create_failed)

    def _choose_client_first(self) -> str:
        return self.tr("Choose the client from the list first.")

    @Slot(object)
    def _client_chosen(self, client_id: int | None) -> None:
        """The "choose the client first" sentence lives until a client is chosen."""
        if client_id is not None and self.status_label.text() == self._choose_client_first():
            self.status_label.clear()

    def _create_failed(self, error: Exception) -> None:
        self.create_button.setEnabled(True)
        self.status_label.setText(describe(error))

    @Slot()
    def _channel_chosen(self) -> None:
        channel = self._request.channel()
        if self._details is None:
            self._show(None)
        else:
            self._change(lambda v, b: booking_jobs.change_channel(v, b, channel))

    @Slot()
    def _form_facts_clicked(self) -> None:
        facts = self._request.form_facts()
        self._change(lambda v, b: booking_jobs.record_channel_facts(v, b, facts))

    @Slot()
    def _confirm_own_will(self) -> None:
        channel = self._request.channel()
        self._change(lambda v, b: booking_jobs.confirm_own_will(v, b, channel))

    @Slot()
    def _add_round_trip(self) -> None:
        details = self._details
        if details is not None:
            self.status_label.clear()
            self._run(
                lambda v: booking_jobs.record_round_trip(v, details), self._changed, self._round_trip_refused
            )

    def _round_trip_refused(self, error: Exception) -> None:
        self._refused(error)
        self._request.warn_round_trips(describe(error))

    @Slot()
    def _move(self) -> None:
        d = self._details
        if d is None or d.status not in (BookingStatus.INQUIRY, *_WORKING):
            return
        day, start, menu = (
            self.checklist.session_date(),
            self.checklist.start_time(),
            self.checklist.menu_item_id(),
        )
        if (day, start, menu) == (d.session_date, d.start_time, d.menu_item_id):
            return
        self._change(lambda v, b: booking_jobs.move_booking(v, b, day, start, menu))

    @Slot()
    def _propose_arrival(self) -> None:
        if self._details is None or self._details.status not in (BookingStatus.INQUIRY, *_WORKING):
            return
        agreement = self.checklist.agreement(Point.ARRIVAL)
        self._change(lambda v, b: booking_jobs.propose_arrival(v, b, agreement))

    def _agree(self, point: Point) -> None:
        self._move_timer.stop()  # agreeing sets the value shown, so no separate move is needed
        agreement = self.checklist.agreement(point)
        self._change(lambda v, b: booking_jobs.agree(v, b, agreement))

    @Slot(object)
    def _step(self, target: BookingStatus) -> None:
        if target is BookingStatus.CANCELLED:
            self._cancel()
        else:
            self._change(lambda v, b: booking_jobs.transition(v, b, target))

    def _cancel(self) -> None:
        if self._vault is None or self._details is None:
            return
        dialog = CancelBookingDialog(self._vault, booking_id=self._details.id, parent=self)
        dialog.cancelled.connect(
            lambda booking_id: self._run(lambda v: booking_jobs.open_booking(v, booking_id), self._created)
        )
        dialog.open()
