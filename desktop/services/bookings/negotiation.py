"""Negotiating the four points of P-CONFIRM: moving a booking, proposing how the client comes,
and ticking each point once the client agreed it.

A change to an agreed value unticks the points it touches and sends a confirmed booking back
to *negotiating* (P-CONFIRM, P-FORMAT).
"""

from __future__ import annotations

from datetime import date, time

from sqlalchemy.orm import Session

from desktop.models import Booking
from desktop.policy import bookings as rules
from desktop.policy.bookings import BookingStatus, Point
from desktop.services.bookings import gate
from desktop.services.bookings._shared import (
    _AGREED_COLUMNS,
    BookingDetails,
    _details,
    _enforce,
    _event,
    _local_now,
    _menu_item,
    _reschedule,
    _row,
    _snapshot,
    _touch,
    _untick,
)
from desktop.vault.store import OpenVault


def move_booking(
    vault: OpenVault,
    *,
    booking_id: int,
    session_date: date | None = None,
    start_time: time | None = None,
    menu_item_id: int | None = None,
) -> BookingDetails:
    """P-CONFIRM, P-FORMAT: propose a new date, start or session (``None`` keeps it).

    The points it changes are unticked and a confirmed booking goes back to
    *negotiating*; the new time must not overlap another session.
    """
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        move_within(session, row, session_date=session_date, start_time=start_time, menu_item_id=menu_item_id)
        return _details(session, row)


def move_within(
    session: Session,
    row: Booking,
    *,
    session_date: date | None = None,
    start_time: time | None = None,
    menu_item_id: int | None = None,
) -> bool:
    """:func:`move_booking` inside the caller's unit of work; whether anything changed."""
    was = row.status
    menu = _menu_item(session, menu_item_id) if menu_item_id is not None else None
    changed = _reschedule(session, row, session_date=session_date, start_time=start_time, menu_item=menu)
    if changed:
        _touch(session, row)
        gate.admit(session, row, gate.Act.MOVE)
        _event(
            session,
            "booking.moved",
            row,
            unticked=",".join(p.value for p in Point if p in changed),
            demoted=was != row.status,
        )
    return bool(changed)


Arrival = tuple[rules.TravelMeans | None, bool | None, rules.CallMeans | None]


def _set_arrival(session: Session, row: Booking, arrival: Arrival) -> bool:
    """P-CONFIRM, P-FORMAT: store point 4's values; a change unticks it and demotes a confirmed booking.

    Pick-up only exists for in-person sessions. Returns whether the values changed.
    """
    travel, pickup, call = arrival
    in_person = row.format == rules.SessionFormat.IN_PERSON.value
    new = (travel.value if travel else None, bool(pickup) and in_person, call.value if call else None)
    if (row.travel_means, row.pickup_needed, row.call_means) == new:
        return False
    row.travel_means, row.pickup_needed, row.call_means = new
    _untick(session, row, frozenset({Point.ARRIVAL}))
    return True


def propose_arrival(
    vault: OpenVault,
    *,
    booking_id: int,
    travel_means: rules.TravelMeans | None = None,
    pickup_needed: bool | None = None,
    call_means: rules.CallMeans | None = None,
) -> BookingDetails:
    """P-CONFIRM point 4: propose new travel, pick-up or call means without agreeing them yet.

    As with moving a booking, a change unticks the point and sends a confirmed
    booking back to *negotiating*: what the client agreed to is no longer what
    is written down.
    """
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        _enforce(rules.check_changeable(BookingStatus(row.status)))
        was, was_agreed = row.status, row.arrival_agreed_at is not None
        if _set_arrival(session, row, (travel_means, pickup_needed, call_means)):
            _touch(session, row)
            gate.admit(session, row, gate.Act.MOVE)
            _event(
                session,
                "booking.moved",
                row,
                unticked=Point.ARRIVAL.value if was_agreed else "",
                demoted=was != row.status,
            )
        return _details(session, row)


def _agree(
    vault: OpenVault,
    booking_id: int,
    point: Point,
    *,
    session_date: date | None = None,
    start_time: time | None = None,
    menu_item_id: int | None = None,
    arrival: Arrival | None = None,
) -> BookingDetails:
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        _enforce(rules.check_changeable(BookingStatus(row.status)))
        menu = _menu_item(session, menu_item_id) if menu_item_id is not None else None
        was = row.status
        changed = _reschedule(session, row, session_date=session_date, start_time=start_time, menu_item=menu)
        if point is Point.MENU and row.menu_item_id is not None:
            # P-CONFIRM point 3: what is agreed is the session as it stands now, kept from here on
            _snapshot(row, menu or _menu_item(session, row.menu_item_id))
        session_format = rules.SessionFormat(row.format) if row.format else None
        if arrival is not None:
            travel, pickup, call = arrival
            _enforce(
                rules.check_point_value(
                    point,
                    session_format=session_format,
                    has_value=True,
                    travel_means=travel,
                    pickup_needed=pickup,
                    call_means=call,
                )
            )
            _set_arrival(session, row, arrival)
        else:
            value = {
                Point.DATE: row.session_date,
                Point.START: row.start_time,
                Point.MENU: row.menu_item_id,
            }[point]
            _enforce(
                rules.check_point_value(point, session_format=session_format, has_value=value is not None)
            )
        setattr(row, _AGREED_COLUMNS[point], _local_now(session))
        _touch(session, row)
        gate.admit(session, row, gate.Act.AGREE)
        if changed - {point}:
            _event(
                session,
                "booking.moved",
                row,
                unticked=",".join(p.value for p in Point if p in changed - {point}),
                demoted=was != row.status,
            )
        _event(session, "booking.point_agreed", row, point=point.value, demoted=was != row.status)
        return _details(session, row)


def agree_date(vault: OpenVault, *, booking_id: int, session_date: date | None = None) -> BookingDetails:
    """P-CONFIRM point 1: tick the date (setting it first when given)."""
    return _agree(vault, booking_id, Point.DATE, session_date=session_date)


def agree_start(vault: OpenVault, *, booking_id: int, start_time: time | None = None) -> BookingDetails:
    """P-CONFIRM point 2: tick the start time (setting it first when given)."""
    return _agree(vault, booking_id, Point.START, start_time=start_time)


def agree_menu_item(vault: OpenVault, *, booking_id: int, menu_item_id: int | None = None) -> BookingDetails:
    """P-CONFIRM point 3: tick the session (menu item), choosing it first when given.

    The session's name, format, duration and price are kept on the booking as agreed.
    """
    return _agree(vault, booking_id, Point.MENU, menu_item_id=menu_item_id)


def agree_arrival(
    vault: OpenVault,
    *,
    booking_id: int,
    travel_means: rules.TravelMeans | None = None,
    pickup_needed: bool | None = None,
    call_means: rules.CallMeans | None = None,
) -> BookingDetails:
    """P-CONFIRM point 4: in person, the travel means and pick-up; online, the call means (no pick-up)."""
    return _agree(vault, booking_id, Point.ARRIVAL, arrival=(travel_means, pickup_needed, call_means))
