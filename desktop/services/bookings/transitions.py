"""Status changes along the booking state machine: negotiating, confirmed, completed, no-show, postponed.

Each is checked by ``policy.bookings.check_transition``; :func:`transition_within` runs inside the
caller's transaction so an emergency can change many bookings in one. Cancelling has its own module.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from desktop.policy import bookings as rules
from desktop.policy.bookings import BookingStatus
from desktop.services.bookings._shared import (
    BookingDetails,
    _check_overlap,
    _details,
    _enforce,
    _event,
    _facts,
    _local_now,
    _round_trip_limit,
    _row,
    _touch,
)
from desktop.vault.store import OpenVault


def _transition(
    vault: OpenVault,
    booking_id: int,
    target: BookingStatus,
    action: str,
    *,
    now: datetime | None = None,
) -> BookingDetails:
    limit = _round_trip_limit(vault)
    with vault.unit_of_work() as session:
        return transition_within(session, booking_id, target, action, limit, now=now)


def transition_within(
    session: Session,
    booking_id: int,
    target: BookingStatus,
    action: str,
    limit: int,
    *,
    now: datetime | None = None,
) -> BookingDetails:
    """A status change inside the caller's transaction (an emergency changes many bookings in one)."""
    row = _row(session, booking_id)
    _enforce(rules.check_transition(_facts(row), target, limit))
    if target in (BookingStatus.COMPLETED, BookingStatus.NO_SHOW):
        _enforce(rules.check_session_started(row.starts_at, now or _local_now()))
    if target is BookingStatus.CONFIRMED:
        _check_overlap(session, row)
        row.confirmed_at = now or _local_now()
    row.status = target.value
    _touch(row)
    _event(session, action, row)
    return _details(row, limit)


def start_negotiation(vault: OpenVault, *, booking_id: int) -> BookingDetails:
    """Inquiry -> negotiating: P-WHO (own will confirmed) and P-CHANNEL must hold."""
    return _transition(vault, booking_id, BookingStatus.NEGOTIATING, "booking.negotiating")


def confirm_booking(vault: OpenVault, *, booking_id: int, now: datetime | None = None) -> BookingDetails:
    """Negotiating -> confirmed: P-WHO, P-CHANNEL, P-ROUNDTRIPS and all four points of P-CONFIRM."""
    return _transition(vault, booking_id, BookingStatus.CONFIRMED, "booking.confirmed", now=now)


def complete_booking(vault: OpenVault, *, booking_id: int, now: datetime | None = None) -> BookingDetails:
    """Confirmed -> completed, once the session has begun."""
    return _transition(vault, booking_id, BookingStatus.COMPLETED, "booking.completed", now=now)


def mark_no_show(vault: OpenVault, *, booking_id: int, now: datetime | None = None) -> BookingDetails:
    """Confirmed -> no-show, once the session has begun."""
    return _transition(vault, booking_id, BookingStatus.NO_SHOW, "booking.no_show", now=now)


def postpone_booking(vault: OpenVault, *, booking_id: int) -> BookingDetails:
    """Negotiating or confirmed -> postponed; a new booking is made when a date is found."""
    return _transition(vault, booking_id, BookingStatus.POSTPONED, "booking.postponed")
