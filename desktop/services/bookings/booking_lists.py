"""The lists of bookings the window shows: a period of the calendar, one client's history.

Read-only queries, apart from the state machine in
:mod:`desktop.services.bookings`, and shaped for the screen: the calendar asks
only for the period it draws, and a client's page for that client's rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from desktop.models import Booking, BookingCancellation, Client, ConsultationNote
from desktop.policy import bookings as rules
from desktop.policy.bookings import BookingStatus
from desktop.services.bookings._shared import CancellationRecord, _cancellation
from desktop.vault import audit
from desktop.vault.store import OpenVault

#: No session is longer: bounds the scan for bookings that began before a period and run into it.
_LONGEST = timedelta(minutes=rules.DURATION_MINUTES_RANGE[1])


@dataclass(frozen=True, slots=True)
class BookingSummary:
    """One row of a client's booking list."""

    id: int
    status: BookingStatus
    starts_at: datetime | None
    ends_at: datetime | None
    format: rules.SessionFormat | None
    menu_item_name: str
    #: The consultation note attached to this session, if any (its date shows which).
    note_id: int | None = None
    note_on: date | None = None
    #: P-CANCEL: shown wherever the booking is listed.
    cancellation: CancellationRecord | None = None


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """What the calendar draws for one booking."""

    id: int
    client_id: int
    client_name: str
    start: datetime
    end: datetime
    status: BookingStatus
    format: rules.SessionFormat | None
    pickup_needed: bool


def bookings_of(vault: OpenVault, *, client_id: int) -> list[BookingSummary]:
    """The client's bookings, newest first (those without a time first of all)."""
    query = (
        select(Booking, BookingCancellation)
        .outerjoin(BookingCancellation, BookingCancellation.booking_id == Booking.id)
        .where(Booking.client_id == client_id)
        .order_by(Booking.starts_at.desc().nulls_first(), Booking.id.desc())
    )
    notes = (
        select(ConsultationNote.booking_id, ConsultationNote.id, ConsultationNote.occurred_on)
        .where(ConsultationNote.client_id == client_id, ConsultationNote.booking_id.is_not(None))
        .order_by(ConsultationNote.id)  # the newest note attached to a session wins
    )
    with vault.unit_of_work() as session:
        attached = {booking_id: (note_id, day) for booking_id, note_id, day in session.execute(notes)}
        return [
            BookingSummary(
                row.id,
                BookingStatus(row.status),
                row.starts_at,
                row.ends_at,
                rules.SessionFormat(row.format) if row.format else None,
                row.session_name,  # P-CONFIRM point 3 as agreed, not the menu's name today
                note_id=attached.get(row.id, (None, None))[0],
                note_on=attached.get(row.id, (None, None))[1],
                cancellation=_cancellation(record) if record else None,
            )
            for row, record in session.execute(query)
        ]


def bookings_between(vault: OpenVault, *, start: datetime, end: datetime) -> list[CalendarEntry]:
    """Bookings with a time that overlaps ``start``–``end``, for the calendar, in time order.

    One range scan of the ``starts_at`` index (bounded by the longest session),
    however many years of bookings the vault holds.
    """
    query = (
        select(
            Booking.id,
            Booking.client_id,
            Client.full_name,
            Booking.starts_at,
            Booking.ends_at,
            Booking.status,
            Booking.format,
            Booking.pickup_needed,
        )
        .join(Client, Client.id == Booking.client_id)
        .where(
            Booking.starts_at >= start - _LONGEST,
            Booking.starts_at < end,
            Booking.ends_at > start,
        )
        .order_by(Booking.starts_at, Booking.id)
    )
    with vault.unit_of_work() as session:
        return [
            CalendarEntry(
                r.id,
                r.client_id,
                r.full_name,
                r.starts_at,
                r.ends_at,
                BookingStatus(r.status),
                rules.SessionFormat(r.format) if r.format else None,
                bool(r.pickup_needed),
            )
            for r in session.execute(query)
        ]


def record_agenda_printed(vault: OpenVault, *, day: date, booking_ids: list[int]) -> None:
    """P-SAFEGUARD: a day's agenda went to paper with the clients' names; the audit trail says which day
    and which bookings (ids only, never a name)."""
    with vault.unit_of_work() as session:
        audit.append(
            session,
            "calendar.agenda_printed",
            detail={"day": day.isoformat(), "bookings": ",".join(str(i) for i in booking_ids)},
        )
