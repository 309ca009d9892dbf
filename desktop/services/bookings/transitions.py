"""Status changes along the booking state machine: negotiating, confirmed, completed, no-show, postponed.

Each passes the booking gate (:mod:`.gate`), which checks the state machine and the rules;
:func:`transition_within` runs inside the caller's transaction so an emergency can change many
bookings in one. The moment of a change is the vault's clock, never the caller's. Cancelling
has its own module.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.models import Client
from desktop.policy.bookings import BookingStatus
from desktop.policy.personal_data import ClientStatus
from desktop.services.bookings import gate
from desktop.services.bookings._shared import (
    BookingDetails,
    _details,
    _event,
    _local_now,
    _row,
    _stamp,
    _touch,
)
from desktop.vault import audit
from desktop.vault.store import OpenVault


def _transition(vault: OpenVault, booking_id: int, target: BookingStatus, action: str) -> BookingDetails:
    with vault.unit_of_work() as session:
        return transition_within(session, booking_id, target, action)


def transition_within(
    session: Session, booking_id: int, target: BookingStatus, action: str
) -> BookingDetails:
    """A status change inside the caller's transaction (an emergency changes many bookings in one)."""
    row = _row(session, booking_id)
    was = BookingStatus(row.status)
    row.status = target.value
    if target is BookingStatus.CONFIRMED:
        row.confirmed_at = _local_now(session)
    _touch(session, row)
    gate.admit(session, row, gate.Act.TRANSITION, was=was)
    _event(session, action, row)
    if target is BookingStatus.COMPLETED:
        _client_met(session, row.client_id)
    return _details(session, row)


def _client_met(session: Session, client_id: int) -> None:
    """A completed session means the client has been met: "not yet met" becomes "active".

    Done in the same transaction as the completion, so the client list, the client's page and
    the inbox's after-follow stage (which reads the sessions) never disagree (issue 14).
    """
    client = session.get(Client, client_id)
    if client is not None and client.status == ClientStatus.PROSPECT.value:
        client.status = ClientStatus.ACTIVE.value
        client.updated_at = _stamp(session)
        audit.append(
            session,
            "client.changed",
            entity="client",
            entity_id=client_id,
            detail={"fields": "status"},
        )


def start_negotiation(vault: OpenVault, *, booking_id: int) -> BookingDetails:
    """Inquiry -> negotiating: P-WHO (own will confirmed) and P-CHANNEL must hold."""
    return _transition(vault, booking_id, BookingStatus.NEGOTIATING, "booking.negotiating")


def confirm_booking(vault: OpenVault, *, booking_id: int) -> BookingDetails:
    """Negotiating -> confirmed: P-WHO, P-CHANNEL, P-ROUNDTRIPS and all four points of P-CONFIRM."""
    return _transition(vault, booking_id, BookingStatus.CONFIRMED, "booking.confirmed")


def complete_booking(vault: OpenVault, *, booking_id: int) -> BookingDetails:
    """Confirmed -> completed, once the session has begun (by the vault's clock)."""
    return _transition(vault, booking_id, BookingStatus.COMPLETED, "booking.completed")


def mark_no_show(vault: OpenVault, *, booking_id: int) -> BookingDetails:
    """Confirmed -> no-show, once the session has begun (by the vault's clock)."""
    return _transition(vault, booking_id, BookingStatus.NO_SHOW, "booking.no_show")


def postpone_booking(vault: OpenVault, *, booking_id: int) -> BookingDetails:
    """Negotiating or confirmed -> postponed; a new booking is made when a date is found."""
    return _transition(vault, booking_id, BookingStatus.POSTPONED, "booking.postponed")
