"""The booking work the booking dialogs and settings hand to the worker thread, one function per action.

Like :mod:`desktop.views.clients.client_jobs`, each function imports its service when it
runs, on the worker thread, so SQLAlchemy stays out of the views. Results are
the services' dataclasses; a P-WHO refusal comes back as data (the refused
booking and the refusal), since the dialog keeps showing what was recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from desktop.errors import PolicyRefusal
from desktop.policy import bookings as rules
from desktop.policy import cancellation as fees

if TYPE_CHECKING:
    from desktop.services.bookings import BookingDetails, CancellationRecord
    from desktop.services.bookings.booking_lists import BookingSummary
    from desktop.services.bookings.session_menu import MenuItem
    from desktop.services.consultation_notes import NoteEntry
    from desktop.vault.store import OpenVault

#: How many matching clients the client field offers at once.
CLIENT_CHOICES = 20


@dataclass(frozen=True, slots=True)
class ClientChoice:
    id: int
    full_name: str
    name_reading: str


@dataclass(frozen=True, slots=True)
class DialogContext:
    """What the booking dialog needs besides the booking: the menu and the pick-up station."""

    menu: list[MenuItem]
    pickup_station: str
    round_trip_limit: int


@dataclass(frozen=True, slots=True)
class Loaded:
    """A booking as the dialog shows it; ``refusal`` is set when P-WHO refused the request."""

    details: BookingDetails
    client_name: str
    refusal: PolicyRefusal | None = None


@dataclass(frozen=True, slots=True)
class CancelContext:
    details: BookingDetails
    schedule: fees.FeeSchedule
    #: The vault's clock when the dialog opened: the preview's notice is counted from it.
    now: datetime


@dataclass(frozen=True, slots=True)
class BookingSettingsValues:
    menu: list[MenuItem]
    schedule: fees.FeeSchedule
    buffer_minutes: int


def search_clients(vault: OpenVault, query: str) -> list[ClientChoice]:
    from desktop.services import client_search

    found = client_search.page(vault, client_search.ClientFilter(query), limit=CLIENT_CHOICES)
    return [ClientChoice(s.id, s.full_name, s.name_reading) for s in found]


def dialog_context(vault: OpenVault) -> DialogContext:
    from desktop.services import practice_settings
    from desktop.services.bookings import session_menu

    settings = practice_settings.load(vault)
    menu = session_menu.list_items(vault, include_inactive=True)
    return DialogContext(menu, settings.pickup_station, settings.round_trip_limit)


def _client_name(vault: OpenVault, client_id: int) -> str:
    from desktop.services import clients

    found = clients.summaries(vault, client_ids=[client_id])
    return found[0].full_name if found else ""


def open_booking(vault: OpenVault, booking_id: int) -> Loaded:
    from desktop.services import bookings

    details = bookings.open_booking(vault, booking_id=booking_id)
    return Loaded(details, _client_name(vault, details.client_id))


def create_booking(
    vault: OpenVault,
    *,
    client_id: int,
    requested_by: rules.Requester,
    requester_relation: str,
    channel: rules.Channel,
    form_facts: tuple[bool, bool, bool],
    session_date: date | None,
    start_time: time | None,
    menu_item_id: int | None,
) -> Loaded:
    """Record the request; a P-WHO refusal is returned with the refused booking it kept."""
    from desktop.services import bookings

    via_form, wish, consents = form_facts
    try:
        details = bookings.create_booking(
            vault,
            client_id=client_id,
            requested_by=requested_by,
            requester_relation=requester_relation,
            channel=channel,
            via_website_form=via_form,
            wish_to_book=wish,
            form_consents_agreed=consents,
            session_date=session_date,
            start_time=start_time,
            menu_item_id=menu_item_id,
        )
    except bookings.BookingRefused as refused:
        loaded = open_booking(vault, refused.booking_id)
        return Loaded(loaded.details, loaded.client_name, refused)
    return Loaded(details, _client_name(vault, client_id))


def record_channel_facts(vault: OpenVault, booking_id: int, facts: tuple[bool, bool, bool]) -> BookingDetails:
    from desktop.services import bookings

    via_form, wish, consents = facts
    return bookings.record_channel_facts(
        vault,
        booking_id=booking_id,
        via_website_form=via_form,
        wish_to_book=wish,
        form_consents_agreed=consents,
    )


def change_channel(vault: OpenVault, booking_id: int, channel: rules.Channel) -> BookingDetails:
    from desktop.services import bookings

    return bookings.change_channel(vault, booking_id=booking_id, channel=channel)


def confirm_own_will(vault: OpenVault, booking_id: int, channel: rules.Channel) -> BookingDetails:
    from desktop.services import bookings

    return bookings.confirm_own_will(vault, booking_id=booking_id, channel=channel)


def record_round_trip(vault: OpenVault, details: BookingDetails) -> BookingDetails:
    from desktop.services import bookings

    bookings.record_round_trip(vault, booking_id=details.id)
    return bookings.open_booking(vault, booking_id=details.id)


def move_booking(
    vault: OpenVault,
    booking_id: int,
    session_date: date | None,
    start_time: time | None,
    menu_item_id: int | None,
) -> BookingDetails:
    from desktop.services import bookings

    return bookings.move_booking(
        vault,
        booking_id=booking_id,
        session_date=session_date,
        start_time=start_time,
        menu_item_id=menu_item_id,
    )


@dataclass(frozen=True, slots=True)
class Agreement:
    """One ticked point and the value agreed with it."""

    point: rules.Point
    session_date: date | None = None
    start_time: time | None = None
    menu_item_id: int | None = None
    travel_means: rules.TravelMeans | None = None
    pickup_needed: bool | None = None
    call_means: rules.CallMeans | None = None


def agree(vault: OpenVault, booking_id: int, agreement: Agreement) -> BookingDetails:
    from desktop.services import bookings

    a = agreement
    if a.point is rules.Point.DATE:
        return bookings.agree_date(vault, booking_id=booking_id, session_date=a.session_date)
    if a.point is rules.Point.START:
        return bookings.agree_start(vault, booking_id=booking_id, start_time=a.start_time)
    if a.point is rules.Point.MENU:
        return bookings.agree_menu_item(vault, booking_id=booking_id, menu_item_id=a.menu_item_id)
    return bookings.agree_arrival(
        vault,
        booking_id=booking_id,
        travel_means=a.travel_means,
        pickup_needed=a.pickup_needed,
        call_means=a.call_means,
    )


def propose_arrival(vault: OpenVault, booking_id: int, agreement: Agreement) -> BookingDetails:
    """Point 4's values as now shown, stored unagreed (a confirmed booking goes back to negotiating)."""
    from desktop.services import bookings

    return bookings.propose_arrival(
        vault,
        booking_id=booking_id,
        travel_means=agreement.travel_means,
        pickup_needed=agreement.pickup_needed,
        call_means=agreement.call_means,
    )


def transition(vault: OpenVault, booking_id: int, target: rules.BookingStatus) -> BookingDetails:
    from desktop.services import bookings

    steps = {
        rules.BookingStatus.NEGOTIATING: bookings.start_negotiation,
        rules.BookingStatus.CONFIRMED: bookings.confirm_booking,
        rules.BookingStatus.COMPLETED: bookings.complete_booking,
        rules.BookingStatus.NO_SHOW: bookings.mark_no_show,
        rules.BookingStatus.POSTPONED: bookings.postpone_booking,
    }
    return steps[target](vault, booking_id=booking_id)


def confirmation_message(vault: OpenVault, booking_id: int, language: str) -> str:
    from desktop.services import bookings

    return bookings.confirmation_message(vault, booking_id=booking_id, language=language)


# --- cancelling ----------------------------------------------------------------------------


def cancel_context(vault: OpenVault, booking_id: int) -> CancelContext:
    from desktop.services import bookings
    from desktop.services.bookings import cancellation_fees

    return CancelContext(
        bookings.open_booking(vault, booking_id=booking_id),
        cancellation_fees.load(vault),
        vault.time.local_now(),
    )


def fee_preview(
    context: CancelContext, cancelled_by: rules.CancelledBy, reason: str, waive_fee: bool
) -> fees.CancellationTerms:
    """P-CANCEL: the fee a cancellation made now would cost (pure; run on the worker like the rest)."""
    d = context.details
    return fees.cancellation_terms(
        schedule=context.schedule,
        status=d.status,
        starts_at=d.starts_at,
        cancelled_at=context.now,
        price_yen=d.price_yen,
        cancelled_by=cancelled_by,
        reason=reason.strip()[:40],
        waive_fee=waive_fee,
    )


def cancel_booking(
    vault: OpenVault, booking_id: int, cancelled_by: rules.CancelledBy, reason: str, waive_fee: bool
) -> CancellationRecord:
    from desktop.services import bookings

    return bookings.cancel_booking(
        vault, booking_id=booking_id, cancelled_by=cancelled_by, reason=reason, waive_fee=waive_fee
    )


# --- settings ------------------------------------------------------------------------------


def booking_settings(vault: OpenVault) -> BookingSettingsValues:
    from desktop.services import bookings
    from desktop.services.bookings import cancellation_fees, session_menu

    return BookingSettingsValues(
        session_menu.list_items(vault, include_inactive=True),
        cancellation_fees.load(vault),
        bookings.buffer_minutes(vault),
    )


def save_menu_item(
    vault: OpenVault,
    item_id: int | None,
    name: str,
    session_format: str,
    minutes: int,
    price: int,
    active: bool,
) -> list[MenuItem]:
    """Add (``item_id`` None) or change a menu item; returns the whole menu."""
    from desktop.services.bookings import session_menu

    draft = session_menu.MenuItemDraft(name, session_format, minutes, price, active)
    if item_id is None:
        session_menu.add_item(vault, draft=draft)
    else:
        session_menu.edit_item(vault, item_id=item_id, draft=draft)
    return session_menu.list_items(vault, include_inactive=True)


def deactivate_menu_item(vault: OpenVault, item_id: int) -> list[MenuItem]:
    from desktop.services.bookings import session_menu

    session_menu.deactivate_item(vault, item_id=item_id)
    return session_menu.list_items(vault, include_inactive=True)


def save_fee_schedule(vault: OpenVault, tiers: list[tuple[int, int]]) -> fees.FeeSchedule:
    from desktop.services.bookings import cancellation_fees

    return cancellation_fees.save(vault, fees.FeeSchedule(tuple(fees.FeeTier(h, p) for h, p in tiers)))


def save_buffer_minutes(vault: OpenVault, minutes: int) -> int:
    from desktop.services import bookings

    return bookings.set_buffer_minutes(vault, minutes=minutes)


@dataclass(frozen=True, slots=True)
class ClientSessions:
    """A client's bookings and the notes that could be attached to their completed sessions."""

    bookings: list[BookingSummary]
    notes: list[NoteEntry]


def client_sessions(vault: OpenVault, client_id: int) -> ClientSessions:
    from desktop.services import consultation_notes
    from desktop.services.bookings import booking_lists

    return ClientSessions(
        booking_lists.bookings_of(vault, client_id=client_id),
        consultation_notes.notes_of(vault, client_id=client_id),
    )


def attach_note(vault: OpenVault, client_id: int, note_id: int, booking_id: int) -> ClientSessions:
    """Link the note to the completed session; returns the client's sessions as they now are."""
    from desktop.services import bookings

    bookings.attach_note(vault, note_id=note_id, booking_id=booking_id)
    return client_sessions(vault, client_id)
