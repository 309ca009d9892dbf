"""Open or create one booking: who asked, the channel, the client's own will, round trips and the checklist.

The dialog shows what the service returns and nothing else: every click is one
service call on the worker thread, and the booking shown is always the
service's :class:`~desktop.services.bookings.BookingDetails`. A refusal (a
request made by someone else, a missing form fact, the sixth email exchange, an
unagreed point) is the service's one sentence, shown under the checklist.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QStringListModel,
    Qt,
    QTime,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.policy.bookings import STATUS_LABELS, TRANSITIONS, BookingStatus, Channel, Point, Requester
from desktop.views.calendar import booking_jobs
from desktop.views.calendar.booking_checklist import BookingChecklist
from desktop.views.calendar.cancel_booking_dialog import CancelBookingDialog
from desktop.views.calendar.confirmation_panel import ConfirmationPanel
from desktop.views.common.error_text import describe
from desktop.views.common.forms import LabelledForm, Retranslatable, named
from desktop.views.common.worker import run_on_vault

if TYPE_CHECKING:
    from desktop.services.bookings import BookingDetails
    from desktop.vault.store import OpenVault

#: Clipboard managers that honour this hint (KDE's, and those following KeePassXC) do not keep the text.
_DELAY_MS = 300
_WORKING = (BookingStatus.NEGOTIATING, BookingStatus.CONFIRMED)


def _inline(*parts: tuple[QWidget, int], stretch_after: bool = False) -> QWidget:
    """Widgets side by side as one form field; each part is (widget, stretch)."""
    field = QWidget()
    row = QHBoxLayout(field)
    row.setContentsMargins(0, 0, 0, 0)
    for widget, stretch in parts:
        row.addWidget(widget, stretch)
    if stretch_after:
        row.addStretch(1)
    return field


class BookingDialog(Retranslatable, QDialog):
    """One booking; :attr:`changed` carries its id after every change the service accepted.

    Open an existing one with ``booking_id``; start a new one at ``start`` (an
    empty calendar slot) or for ``client`` (id and name, from the client's page).
    """

    changed = Signal(int)

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
        self._clients: dict[str, int] = {}
        self._client_id: int | None = None

        self.client_edit = named(QLineEdit(), "bookingClientEdit")
        self._completer = QCompleter(QStringListModel(self), self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.activated.connect(self._client_picked)
        self.client_edit.setCompleter(self._completer)
        self._search_timer = QTimer(self, singleShot=True, interval=_DELAY_MS)
        self._search_timer.timeout.connect(self._search_clients)
        self.client_edit.textEdited.connect(lambda _text: self._search_timer.start())
        if client is not None:  # started from the client's page: already chosen
            client_id, name = client
            self._clients, self._client_id = {name: client_id}, client_id
            self.client_edit.setText(name)
        self.requester_combo = named(QComboBox(), "bookingRequesterCombo")
        for who in Requester:
            self.requester_combo.addItem("", who.value)
        self.requester_combo.currentIndexChanged.connect(self._requester_changed)
        self.relation_edit = named(QLineEdit(), "bookingRequesterRelationEdit")
        self.relation_edit.setMaxLength(40)
        self.channel_combo = named(QComboBox(), "bookingChannelCombo")
        for channel in Channel:
            self.channel_combo.addItem("", channel.value)
        self.channel_combo.activated.connect(self._channel_chosen)
        self.form_checks = (
            named(QCheckBox(), "bookingViaFormCheck"),
            named(QCheckBox(), "bookingWishCheck"),
            named(QCheckBox(), "bookingConsentsCheck"),
        )
        for box in self.form_checks:
            box.clicked.connect(self._form_facts_clicked)
        self.own_will_button = named(QPushButton(), "confirmOwnWillButton")
        self.own_will_button.clicked.connect(self._confirm_own_will)
        self.own_will_label = named(QLabel(), "ownWillLabel")
        self.round_trip_label = named(QLabel(), "roundTripLabel")
        self.round_trip_button = named(QPushButton(), "addRoundTripButton")
        self.round_trip_button.clicked.connect(self._add_round_trip)
        self.round_trip_warning = named(QLabel(wordWrap=True), "roundTripWarningLabel")
        self.round_trip_warning.setStyleSheet("color: #b3261e;")
        self.create_button = named(QPushButton(), "createBookingButton")
        self.create_button.clicked.connect(self._create)

        self.checklist = BookingChecklist()
        if start is not None:
            self.checklist.date_edit.setDate(QDate(start.year, start.month, start.day))
            self.checklist.start_edit.setTime(QTime(start.hour, start.minute))
        self._move_timer = QTimer(self, singleShot=True, interval=_DELAY_MS)
        self._move_timer.timeout.connect(self._move)
        self.checklist.edited.connect(lambda: self._move_timer.start())
        self.checklist.arrival_edited.connect(self._propose_arrival)
        self.checklist.agree_clicked.connect(self._agree)

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
            button.clicked.connect(lambda _checked=False, t=target: self._step(t))
        self.status_label = named(QLabel(wordWrap=True), "bookingStatusLabel")
        self.status_label.setStyleSheet("color: #b3261e;")
        self.confirmation = ConfirmationPanel(self._run)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.rejected.connect(self.reject)
        self._build_layout()
        self.retranslateUi()
        self._show(None)
        self._run(booking_jobs.dialog_context, self._context_loaded)
        if booking_id is not None:
            self._run(lambda v: booking_jobs.open_booking(v, booking_id), self._loaded)

    def _build_layout(self) -> None:
        self._request_box = QGroupBox()
        form = self._form = LabelledForm(self._request_box)
        form.add(self.client_edit)
        self._who_field = _inline((self.requester_combo, 0), (self.relation_edit, 1))
        form.add(self._who_field)
        self._channel_field = _inline(
            (self.channel_combo, 0), *((box, 0) for box in self.form_checks), stretch_after=True
        )
        form.add(self._channel_field)
        self._will_field = _inline((self.own_will_button, 0), (self.own_will_label, 1))
        form.add(self._will_field)
        self._trips_field = _inline(
            (self.round_trip_label, 0), (self.round_trip_button, 0), (self.round_trip_warning, 1)
        )
        form.add(self._trips_field)
        create_row = QHBoxLayout()
        create_row.addStretch(1)
        create_row.addWidget(self.create_button)
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_label, 1)
        for button in self.step_buttons.values():
            state_row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._request_box)
        layout.addWidget(self.checklist)
        layout.addLayout(create_row)
        layout.addLayout(state_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.confirmation, 1)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(760)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Booking"))
        self._request_box.setTitle(self.tr("Request"))
        for field, text in (
            (self.client_edit, self.tr("Client:")),
            (self._who_field, self.tr("Requested by:")),
            (self._channel_field, self.tr("Channel:")),
            (self._will_field, self.tr("Client's own will:")),
            (self._trips_field, self.tr("Email round trips:")),
        ):
            self._form.label(field).setText(text)
        self.client_edit.setPlaceholderText(self.tr("Type a name or reading to search"))
        self.requester_combo.setItemText(0, self.tr("The client"))
        self.requester_combo.setItemText(1, self.tr("Someone else"))
        self.relation_edit.setPlaceholderText(self.tr("Relation to the client, e.g. mother"))
        self.channel_combo.setItemText(0, self.tr("Email"))
        self.channel_combo.setItemText(1, self.tr("Phone"))
        for box, text in zip(
            self.form_checks,
            (self.tr("Via the website form"), self.tr("Clear wish to book"), self.tr("All consents agreed")),
            strict=True,
        ):
            box.setText(text)
        self.own_will_button.setText(self.tr("Client's own will confirmed"))
        self.round_trip_button.setText(self.tr("+1 exchange"))
        self.create_button.setText(self.tr("Record the request"))
        for target, text in (
            (BookingStatus.NEGOTIATING, self.tr("Start negotiating")),
            (BookingStatus.CONFIRMED, self.tr("Confirm")),
            (BookingStatus.COMPLETED, self.tr("Completed")),
            (BookingStatus.NO_SHOW, self.tr("No-show")),
            (BookingStatus.POSTPONED, self.tr("Postpone")),
            (BookingStatus.CANCELLED, self.tr("Cancel booking…")),
        ):
            self.step_buttons[target].setText(text)
        self._show(self._details)

    # --- running work ------------------------------------------------------------------

    @property
    def booking_id(self) -> int | None:
        return self._details.id if self._details else None

    @property
    def client_id(self) -> int | None:
        """The client chosen (or the booking's)."""
        return self._client_id

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

    def clear(self) -> None:
        """Forget the vault (on lock): late results are dropped and nothing more is asked."""
        self._vault = None
        self.setEnabled(False)

    @Slot(object)
    def _refused(self, error: Exception) -> None:
        self.status_label.setText(describe(error))
        self._show(self._details)  # undo what the click changed on screen

    @Slot(object)
    def _context_loaded(self, context: booking_jobs.DialogContext) -> None:
        self.checklist.set_menu(context.menu, context.pickup_station)
        if self._details is not None:
            self.checklist.fill(self._details)

    @Slot(object)
    def _loaded(self, loaded: booking_jobs.Loaded) -> None:
        self.client_edit.setText(loaded.client_name)
        self._client_id = loaded.details.client_id
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
        for widget in (self.client_edit, self.requester_combo, self.relation_edit, self.create_button):
            widget.setEnabled(new)
        self.relation_edit.setVisible(self.requester_combo.currentData() == Requester.OTHER.value)
        status = details.status if details else None
        if details is not None:
            self.requester_combo.setCurrentIndex(self.requester_combo.findData(details.requested_by.value))
            self.relation_edit.setText(details.requester_relation)
            self.channel_combo.setCurrentIndex(self.channel_combo.findData(details.channel.value))
            facts = (details.via_website_form, details.wish_to_book, details.form_consents_agreed)
            for box, fact in zip(self.form_checks, facts, strict=True):
                box.setChecked(fact)
            self.checklist.fill(details)
        email = self.channel_combo.currentData() == Channel.EMAIL.value
        for box in self.form_checks:
            box.setVisible(email)
        self.create_button.setVisible(new)
        self.state_label.setText(
            QCoreApplication.translate("policy", STATUS_LABELS[status]) if status else self.tr("New request")
        )
        allowed = set(TRANSITIONS.get(status, frozenset())) if status else set()
        if status is BookingStatus.CONFIRMED:
            allowed.discard(BookingStatus.NEGOTIATING)  # only a changed value sends it back
        for target, button in self.step_buttons.items():
            button.setEnabled(target in allowed)
        live = status in (BookingStatus.INQUIRY, *_WORKING)
        self.own_will_button.setEnabled(live)
        self.channel_combo.setEnabled(new or live)
        self.checklist.set_agreeable(status in _WORKING)
        self.checklist.set_editable(new or live)
        when = details.own_will_confirmed_at if details else None
        self.own_will_label.setText(
            fill(
                self.tr("Confirmed %1 by %2"), (when.strftime("%Y-%m-%d %H:%M"), self._channel_text(details))
            )
            if details and when
            else self.tr("Not confirmed yet")
        )
        trips = details.round_trips if details else None
        self.round_trip_label.setText(f"{trips.count}/{trips.limit}" if trips else "–")
        self.round_trip_button.setEnabled(bool(live and email))
        if trips is not None and trips.last:
            self.round_trip_warning.setText(self.tr("This was the last email exchange the limit allows."))
        elif trips is None or not trips.over:
            self.round_trip_warning.clear()
        confirmed = status is BookingStatus.CONFIRMED and details is not None
        self.confirmation.setVisible(confirmed)
        if details is not None and confirmed and details.confirmed_at is not None:
            self.confirmation.show_booking(details.id)

    def _channel_text(self, details: BookingDetails | None) -> str:
        channel = details.own_will_channel if details else None
        return self.tr("phone") if channel is Channel.PHONE else self.tr("email")

    # --- actions -----------------------------------------------------------------------

    @Slot()
    def _requester_changed(self) -> None:
        self.relation_edit.setVisible(self.requester_combo.currentData() == Requester.OTHER.value)

    @Slot()
    def _search_clients(self) -> None:
        query = self.client_edit.text().strip()
        self._run(lambda v: booking_jobs.search_clients(v, query), self._clients_found)

    @Slot(object)
    def _clients_found(self, found: list[booking_jobs.ClientChoice]) -> None:
        self._clients = {}
        names = [client.full_name for client in found]
        for client in found:
            shown = (
                f"{client.full_name}（{client.name_reading}）" if client.name_reading else client.full_name
            )
            self._clients[shown] = client.id
            if names.count(client.full_name) == 1:  # a name alone picks the client only if unique
                self._clients[client.full_name] = client.id
        model = self._completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(
            [f"{c.full_name}（{c.name_reading}）" if c.name_reading else c.full_name for c in found]
        )
        self._client_picked(self.client_edit.text())

    @Slot(str)
    def _client_picked(self, text: str) -> None:
        self._client_id = self._clients.get(text.strip())

    @Slot()
    def _create(self) -> None:
        client_id = self._client_id
        if client_id is None:
            self.status_label.setText(self.tr("Choose the client from the list first."))
            return
        requested_by = Requester(self.requester_combo.currentData())
        relation = self.relation_edit.text()
        channel = Channel(self.channel_combo.currentData())
        via_form, wish, consents = (box.isChecked() for box in self.form_checks)
        day, start = self.checklist.session_date(), self.checklist.start_time()
        menu_item_id = self.checklist.menu_item_id()

        def create(vault: OpenVault) -> booking_jobs.Loaded:
            return booking_jobs.create_booking(
                vault,
                client_id=client_id,
                requested_by=requested_by,
                requester_relation=relation,
                channel=channel,
                form_facts=(via_form, wish, consents),
                session_date=day,
                start_time=start,
                menu_item_id=menu_item_id,
            )

        self.create_button.setEnabled(False)
        self.status_label.clear()
        self._run(create, self._created, self._create_failed)

    def _create_failed(self, error: Exception) -> None:
        self.create_button.setEnabled(True)
        self.status_label.setText(describe(error))

    @Slot()
    def _channel_chosen(self) -> None:
        channel = Channel(self.channel_combo.currentData())
        if self._details is None:
            self._show(None)
        else:
            self._change(lambda v, b: booking_jobs.change_channel(v, b, channel))

    @Slot()
    def _form_facts_clicked(self) -> None:
        facts = (
            self.form_checks[0].isChecked(),
            self.form_checks[1].isChecked(),
            self.form_checks[2].isChecked(),
        )
        self._change(lambda v, b: booking_jobs.record_channel_facts(v, b, facts))

    @Slot()
    def _confirm_own_will(self) -> None:
        channel = Channel(self.channel_combo.currentData())
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
        self.round_trip_warning.setText(describe(error))

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
