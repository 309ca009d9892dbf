"""P-ROUNDTRIPS counts itself: the email exchanges of a client's booking negotiation.

The client's mail imported while their email booking is open, each reply the app hands to the
mail program, and mail written outside the app (counted by hand) are each recorded with where
they came from. The count belongs to the client's negotiation, not to one booking row: it runs
from the client's last session (held or missed) onward, so opening a second booking does not
start it again at 0. One mail each way makes one round trip, so the larger side is the count.

:func:`count_exchange` and :func:`round_trips_of` work inside the caller's unit of work: the
mail import and the reply gate call them in their own transaction.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Booking, BookingExchange, Client
from desktop.policy import bookings as rules
from desktop.policy.bookings import BookingStatus, Channel, ExchangeSource
from desktop.services.bookings import gate
from desktop.services.bookings._shared import (
    _count,
    _enforce,
    _event,
    _exchange_rows,
    _facts,
    _round_trip_limit,
    _row,
    _stamp,
    _touch,
)
from desktop.vault.store import OpenVault

_OPEN = [s.value for s in rules.ACTIVE_STATUSES]


def _open_email_bookings(session: Session, client_id: int) -> list[Booking]:
    query = (
        select(Booking)
        .where(
            Booking.client_id == client_id,
            Booking.channel == Channel.EMAIL.value,
            Booking.status.in_(_OPEN),
        )
        .order_by(Booking.starts_at.is_(None), Booking.starts_at, Booking.id)
    )
    return list(session.scalars(query))


def round_trips_of(session: Session, *, client_id: int) -> rules.RoundTrips:
    """P-ROUNDTRIPS: the client's negotiation count and limit (``.last`` warns, ``.over`` refuses)."""
    return rules.RoundTrips(_count(_exchange_rows(session, client_id)), _round_trip_limit(session))


def count_exchange(
    session: Session,
    *,
    client_id: int,
    source: ExchangeSource,
    message_id: int | None = None,
) -> rules.RoundTrips | None:
    """P-ROUNDTRIPS: count one exchange of the client's email negotiation, in the caller's transaction.

    ``source`` says where it came from; ``message_id`` is the id of the imported message
    (``mail_in``) or of the logged contact (``reply``), so one mail is counted once. Returns the
    count after it, or ``None`` when the client has no open email booking (nothing is counted).
    Past the limit the exchange is still recorded — it happened — and the booking can no longer
    be settled by email: the gate then refuses with the phone proposal.
    """
    if session.get(Client, client_id) is None:
        raise LookupError(client_id)
    open_rows = _open_email_bookings(session, client_id)
    if not open_rows:
        return None
    if message_id is not None:
        seen = session.scalar(
            select(BookingExchange.id).where(
                BookingExchange.source == source.value, BookingExchange.reference == message_id
            )
        )
        if seen is not None:
            return round_trips_of(session, client_id=client_id)
    first = open_rows[0]
    gate.new_exchange(
        session,
        client_id=client_id,
        booking_id=first.id,
        source=source.value,
        reference=message_id if source is not ExchangeSource.MANUAL else None,
        counted_at=_stamp(session),
    )
    for row in open_rows:
        _touch(session, row)
        gate.admit(session, row, gate.Act.RECORD)
    trips = round_trips_of(session, client_id=client_id)
    _event(session, "booking.round_trip", first, count=trips.count, source=source.value)
    return trips


def record_round_trip(vault: OpenVault, *, booking_id: int) -> rules.RoundTrips:
    """P-ROUNDTRIPS: count by hand one mail written outside the app for this open email booking."""
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        _enforce(rules.check_changeable(BookingStatus(row.status)))
        if row.channel != Channel.EMAIL:
            _enforce(rules.check_another_round_trip(_facts(row), _round_trip_limit(session)))
        trips = count_exchange(session, client_id=row.client_id, source=ExchangeSource.MANUAL)
        if trips is None:  # an open email booking always counts; kept for the type checker
            raise LookupError(booking_id)
        return trips
