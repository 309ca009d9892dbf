"""Creating a booking and what the requester showed: P-WHO, P-CHANNEL, P-ROUNDTRIPS, P-PREMEET.

A request by anyone but the client is kept as a *refused* inquiry (:class:`BookingRefused`);
the own-will confirmation, the channel facts and the email round trips are recorded here,
before the four points are negotiated.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import PolicyRefusal
from desktop.models import Booking, Client
from desktop.policy import Verdict
from desktop.policy import bookings as rules
from desktop.policy.bookings import BookingStatus
from desktop.services.bookings._shared import (
    BookingDetails,
    _details,
    _enforce,
    _event,
    _facts,
    _local_now,
    _menu_item,
    _reschedule,
    _round_trip_limit,
    _row,
    _stamp,
    _touch,
)
from desktop.vault.store import OpenVault


class BookingRefused(PolicyRefusal):
    """P-WHO: the request was refused but kept, as booking ``booking_id`` with status *refused*."""

    def __init__(self, verdict: Verdict, booking_id: int) -> None:
        super().__init__(verdict.rule, verdict.reason, verdict.args)
        self.booking_id = booking_id


def create_booking(
    vault: OpenVault,
    *,
    client_id: int,
    requested_by: rules.Requester,
    channel: rules.Channel,
    requester_relation: str = "",
    via_website_form: bool = False,
    wish_to_book: bool = False,
    form_consents_agreed: bool = False,
    session_date: date | None = None,
    start_time: time | None = None,
    menu_item_id: int | None = None,
) -> BookingDetails:
    """Record a request as an inquiry (optionally with a proposed time and session).

    P-WHO: a request made by anyone but the client is kept as a *refused*
    inquiry with its reason, and :class:`BookingRefused` is raised after it is saved.
    """
    limit = _round_trip_limit(vault)
    who = rules.check_requester(requested_by)
    with vault.unit_of_work() as session:
        details = create_within(
            session,
            limit,
            client_id=client_id,
            requested_by=requested_by,
            channel=channel,
            requester_relation=requester_relation,
            via_website_form=via_website_form,
            wish_to_book=wish_to_book,
            form_consents_agreed=form_consents_agreed,
            session_date=session_date,
            start_time=start_time,
            menu_item_id=menu_item_id,
        )
    if not who.allowed:
        raise BookingRefused(who, details.id)
    return details


def create_within(
    session: Session,
    limit: int,
    *,
    client_id: int,
    requested_by: rules.Requester,
    channel: rules.Channel,
    requester_relation: str = "",
    via_website_form: bool = False,
    wish_to_book: bool = False,
    form_consents_agreed: bool = False,
    session_date: date | None = None,
    start_time: time | None = None,
    menu_item_id: int | None = None,
) -> BookingDetails:
    """:func:`create_booking` inside the caller's transaction; a refused request is kept, not raised."""
    who = rules.check_requester(requested_by)
    now = _stamp()
    if session.get(Client, client_id) is None:
        raise LookupError(client_id)
    row = Booking(
        client_id=client_id,
        status=BookingStatus.INQUIRY.value if who.allowed else BookingStatus.REFUSED.value,
        requested_by=requested_by.value,
        requester_relation=" ".join(requester_relation.split())[:40],
        refusal_rule="" if who.allowed else who.rule,
        refusal_reason="" if who.allowed else who.reason,
        channel=channel.value,
        via_website_form=via_website_form,
        wish_to_book=wish_to_book,
        form_consents_agreed=form_consents_agreed,
        round_trips=0,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    if who.allowed:
        menu = _menu_item(session, menu_item_id) if menu_item_id is not None else None
        _reschedule(session, row, session_date=session_date, start_time=start_time, menu_item=menu)
        _event(session, "booking.created", row, channel=channel.value)
    else:
        _event(session, "booking.refused", row, rule=who.rule)
    return _details(row, limit)


def record_channel_facts(
    vault: OpenVault,
    *,
    booking_id: int,
    via_website_form: bool,
    wish_to_book: bool,
    form_consents_agreed: bool,
) -> BookingDetails:
    """P-CHANNEL: record what the website-form request showed."""
    limit = _round_trip_limit(vault)
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        _enforce(rules.check_changeable(BookingStatus(row.status)))
        row.via_website_form = via_website_form
        row.wish_to_book = wish_to_book
        row.form_consents_agreed = form_consents_agreed
        _touch(row)
        _event(session, "booking.channel_facts", row)
        return _details(row, limit)


def change_channel(vault: OpenVault, *, booking_id: int, channel: rules.Channel) -> BookingDetails:
    """P-CHANNEL, P-ROUNDTRIPS: settle by phone (what the app proposes past the round-trip limit)."""
    limit = _round_trip_limit(vault)
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        _enforce(rules.check_changeable(BookingStatus(row.status)))
        if row.channel != channel.value:
            row.channel = channel.value
            _touch(row)
            _event(session, "booking.channel_changed", row, channel=channel.value)
        return _details(row, limit)


def confirm_own_will(
    vault: OpenVault, *, booking_id: int, channel: rules.Channel, confirmed_at: datetime | None = None
) -> BookingDetails:
    """P-WHO: record when and by which channel the client's own will was confirmed directly."""
    limit = _round_trip_limit(vault)
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        _enforce(rules.check_requester(rules.Requester(row.requested_by)))
        _enforce(rules.check_changeable(BookingStatus(row.status)))
        row.own_will_confirmed_at = confirmed_at or _local_now()
        row.own_will_channel = channel.value
        _touch(row)
        _event(session, "booking.own_will_confirmed", row, channel=channel.value)
        return _details(row, limit)


def record_round_trip(vault: OpenVault, *, booking_id: int) -> rules.RoundTrips:
    """P-ROUNDTRIPS: count one email exchange; ``.last`` is the warning, past the limit it is refused."""
    limit = _round_trip_limit(vault)
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        _enforce(rules.check_another_round_trip(_facts(row), limit))
        row.round_trips += 1
        _touch(row)
        _event(session, "booking.round_trip", row, count=row.round_trips)
        return rules.RoundTrips(row.round_trips, limit)


def cut_call_short(vault: OpenVault, *, booking_id: int, reason: rules.PremeetReason) -> None:
    """P-PREMEET: note that a booking call with someone not yet met was cut short, and why.

    Only the reason code is kept (in the audit trail), never what was said.
    """
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        met = session.scalar(
            select(Booking.id).where(
                Booking.client_id == row.client_id, Booking.status == BookingStatus.COMPLETED.value
            )
        )
        _enforce(rules.check_premeet(met is not None))
        _event(session, "booking.call_cut_short", row, reason=reason.value)
