"""The booking dialog's "Request" box: the client, who asked, the channel, the client's own will.

These are the facts of the request itself, as opposed to the session agreed
in the checklist below it. The client is found by typing a name or reading;
the search runs on the vault thread through the dialog's runner. The box only
shows and collects: each click is announced by a signal, and the dialog makes
the one service call that records it, then shows the booking the service
returns through :meth:`BookingRequestBox.show_booking`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.i18n import fill
from desktop.policy.bookings import PHONE_PROPOSAL, Channel, Requester
from desktop.views.calendar import booking_jobs
from desktop.views.calendar.booking_record_text import exchanges_text
from desktop.views.common.client_completer import ClientCompleter
from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.forms import LabelledForm, Retranslatable, named
from desktop.views.common.local_time import in_sentence

if TYPE_CHECKING:
    from desktop.services.bookings import BookingDetails
    from desktop.views.calendar.confirmation_panel import Runner


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


class BookingRequestBox(Retranslatable, QGroupBox):
    """The request's facts: signals say what the counsellor clicked, :meth:`show_booking` what is stored."""

    channel_chosen = Signal()
    #: The client the name field names now (an id, or None).
    client_chosen = Signal(object)
    form_facts_clicked = Signal()
    own_will_clicked = Signal()
    round_trip_clicked = Signal()

    def __init__(self, run: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self._details: BookingDetails | None = None  # kept to show again in another language
        self._live = False

        self.client_edit = named(QLineEdit(), "bookingClientEdit")
        self._clients = ClientCompleter(
            self.client_edit,
            lambda query, found: self._run(lambda v: booking_jobs.search_clients(v, query), found),
        )
        self._clients.chosen.connect(self.client_chosen)
        self.requester_combo = named(QComboBox(), "bookingRequesterCombo")
        for who in Requester:
            self.requester_combo.addItem("", who.value)
        self.requester_combo.currentIndexChanged.connect(self._requester_changed)
        self.relation_edit = named(QLineEdit(), "bookingRequesterRelationEdit")
        self.relation_edit.setMaxLength(40)
        self.channel_combo = named(QComboBox(), "bookingChannelCombo")
        for channel in Channel:
            self.channel_combo.addItem("", channel.value)
        self.channel_combo.activated.connect(self.channel_chosen)
        self.form_checks = (
            named(QCheckBox(), "bookingViaFormCheck"),
            named(QCheckBox(), "bookingWishCheck"),
            named(QCheckBox(), "bookingConsentsCheck"),
        )
        for box in self.form_checks:
            box.clicked.connect(self.form_facts_clicked)
        self.own_will_button = named(QPushButton(), "confirmOwnWillButton")
        self.own_will_button.clicked.connect(self.own_will_clicked)
        self.own_will_label = named(QLabel(), "ownWillLabel")
        self.round_trip_label = named(QLabel(), "roundTripLabel")
        self.round_trip_button = named(QPushButton(), "addRoundTripButton")
        self.round_trip_button.clicked.connect(self.round_trip_clicked)
        self.round_trip_warning = named(QLabel(wordWrap=True), "roundTripWarningLabel")
        set_tone(self.round_trip_warning, Tone.ERROR)
        #: P-ROUNDTRIPS: what the count is made of, and where each exchange was counted.
        self.round_trip_sources = named(QLabel(wordWrap=True), "roundTripSourcesLabel")

        form = self._form = LabelledForm(self)
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
        form.add(self.round_trip_sources)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Request"))
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
        self.show_booking(self._details, live=self._live)

    # --- what the counsellor entered -----------------------------------------------------------

    @property
    def client_id(self) -> int | None:
        """The client chosen (or the booking's)."""
        return self._clients.client_id

    def set_client(self, client_id: int, name: str) -> None:
        """Show ``name`` as the client, chosen already (from the client's page, or the booking's own)."""
        self._clients.set_client(client_id, name)

    def requester(self) -> tuple[Requester, str]:
        """Who asked, and their relation to the client when it was someone else."""
        who = Requester(self.requester_combo.currentData())
        return who, self.relation_edit.text() if who is Requester.OTHER else ""

    def channel(self) -> Channel:
        return Channel(self.channel_combo.currentData())

    def form_facts(self) -> tuple[bool, bool, bool]:
        """Via the website form, a clear wish to book, all consents agreed: as ticked."""
        via_form, wish, consents = (box.isChecked() for box in self.form_checks)
        return via_form, wish, consents

    def warn_round_trips(self, text: str) -> None:
        self.round_trip_warning.setText(text)

    # --- showing -------------------------------------------------------------------------------

    def show_booking(self, details: BookingDetails | None, *, live: bool) -> None:
        """Show the request of ``details`` (a new one if None); ``live`` while it can still change."""
        self._details, self._live = details, live
        new = details is None
        for widget in (self.client_edit, self.requester_combo, self.relation_edit):
            widget.setEnabled(new)
        self._requester_changed()
        if details is not None:
            self.requester_combo.setCurrentIndex(self.requester_combo.findData(details.requested_by.value))
            self.relation_edit.setText(details.requester_relation)
            self.channel_combo.setCurrentIndex(self.channel_combo.findData(details.channel.value))
            facts = (details.via_website_form, details.wish_to_book, details.form_consents_agreed)
            for box, fact in zip(self.form_checks, facts, strict=True):
                box.setChecked(fact)
        email = self.channel() is Channel.EMAIL
        for box in self.form_checks:
            box.setVisible(email)
        self.own_will_button.setEnabled(live)
        self.channel_combo.setEnabled(new or live)
        when = details.own_will_confirmed_at if details else None
        self.own_will_label.setText(
            fill(self.tr("Confirmed %1 by %2"), (in_sentence(when), self._channel_text(details)))
            if details and when
            else self.tr("Not confirmed yet")
        )
        trips = details.round_trips if details else None
        self.round_trip_label.setText(f"{trips.count}/{trips.limit}" if trips else "–")
        # P-ROUNDTRIPS counts email exchanges only: a booking by phone or in person shows no count.
        self._form.setRowVisible(self._trips_field, email)
        self._form.setRowVisible(self.round_trip_sources, details is not None and email)
        self.round_trip_sources.setText(exchanges_text(details.exchanges) if details else "")
        self.round_trip_button.setEnabled(live and email)
        if trips is not None and trips.over:  # P-ROUNDTRIPS: past the limit, only the phone proposal
            proposal = QCoreApplication.translate("policy", PHONE_PROPOSAL)
            self.round_trip_warning.setText(fill(proposal, (str(trips.limit),)))
        elif trips is not None and trips.last:
            self.round_trip_warning.setText(self.tr("This was the last email exchange the limit allows."))
        elif trips is None or not trips.over:
            self.round_trip_warning.clear()

    def _channel_text(self, details: BookingDetails | None) -> str:
        channel = details.own_will_channel if details else None
        return self.tr("phone") if channel is Channel.PHONE else self.tr("email")

    @Slot()
    def _requester_changed(self) -> None:
        other = self.requester_combo.currentData() == Requester.OTHER.value
        if not other:  # P-WHO: a relation exists only when someone else asked
            self.relation_edit.clear()
        self.relation_edit.setVisible(other)
