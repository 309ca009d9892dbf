"""Cancelling a booking (P-CANCEL, P-EMERGENCY): who asked, when, and the fee from the schedule.

The cancellation is kept as its own row beside the booking, so the fee and its reason are shown
wherever the booking is opened (:func:`cancellation_of`, ``BookingDetails.cancellation``). The
moment is the vault's clock; a fee is waived as an emergency only under a declaration covering
the session's day, which the booking gate (:mod:`.gate`) checks.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import BookingCancellation
from desktop.policy import bookings as rules
from desktop.policy import cancellation as fees
from desktop.policy.bookings import BookingStatus
from desktop.services.bookings import cancellation_fees, gate
from desktop.services.bookings._shared import (
    CancellationRecord,
    _cancellation,
    _event,
    _local_now,
    _row,
    _stamp,
    _touch,
)
from desktop.vault.store import OpenVault

__all__ = ["CancellationRecord", "cancel_booking", "cancel_within", "cancellation_of"]


def cancel_booking(
    vault: OpenVault,
    *,
    booking_id: int,
    cancelled_by: rules.CancelledBy,
    reason: str = "",
    waive_fee: bool = False,
) -> CancellationRecord:
    """P-CANCEL: cancel now and record who asked, the notice, and the fee from the schedule.

    P-EMERGENCY: the reason ``emergency`` waives the fee, under a declaration covering the
    session's day; ``waive_fee=True`` waives it for another reason, which must be given.
    """
    schedule = cancellation_fees.load(vault)
    with vault.unit_of_work() as session:
        return cancel_within(
            session,
            schedule,
            booking_id=booking_id,
            cancelled_by=cancelled_by,
            reason=reason,
            waive_fee=waive_fee,
        )


def cancel_within(
    session: Session,
    schedule: fees.FeeSchedule,
    *,
    booking_id: int,
    cancelled_by: rules.CancelledBy,
    reason: str = "",
    waive_fee: bool = False,
) -> CancellationRecord:
    """:func:`cancel_booking` inside the caller's transaction (an emergency cancels many in one)."""
    code = reason.strip()[:40]
    row = _row(session, booking_id)
    was = BookingStatus(row.status)
    cancelled_at = _local_now(session)
    terms = fees.cancellation_terms(
        schedule=schedule,
        status=was,
        starts_at=row.starts_at,
        cancelled_at=cancelled_at,
        price_yen=row.price_yen,
        cancelled_by=cancelled_by,
        reason=code,
        waive_fee=waive_fee,
    )
    record = gate.new_cancellation(
        session,
        booking_id=row.id,
        cancelled_by=cancelled_by.value,
        cancelled_at=cancelled_at,
        notice_minutes=int(terms.notice_hours * 60) if row.starts_at else None,
        price_yen=row.price_yen or 0,
        fee_percent=terms.percent,
        fee_yen=terms.fee_yen,
        fee_waived=terms.waived,
        reason=code,
        recorded_at=_stamp(session),
    )
    row.status = BookingStatus.CANCELLED.value
    _touch(session, row)
    gate.admit(session, row, gate.Act.CANCEL, was=was, cancellation=record)
    _event(
        session,
        "booking.cancelled",
        row,
        cancellation=record.id,
        by=cancelled_by.value,
        waived=record.fee_waived,
    )
    return _cancellation(record)


def cancellation_of(vault: OpenVault, *, booking_id: int) -> CancellationRecord | None:
    """P-CANCEL: the booking's cancellation record, if it was cancelled."""
    with vault.unit_of_work() as session:
        record = session.scalars(
            select(BookingCancellation).where(BookingCancellation.booking_id == booking_id)
        ).one_or_none()
        return _cancellation(record) if record else None
