"""Cancelling a booking (P-CANCEL, P-EMERGENCY): who asked, when, and the fee from the schedule.

The cancellation is kept as its own row beside the booking, so the fee and its reason can be
shown later (:func:`cancellation_of`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import BookingCancellation
from desktop.policy import bookings as rules
from desktop.policy import cancellation as fees
from desktop.policy.bookings import BookingStatus
from desktop.services.bookings import cancellation_fees
from desktop.services.bookings._shared import _enforce, _event, _local_now, _row, _stamp, _touch
from desktop.vault.store import OpenVault


@dataclass(frozen=True, slots=True)
class CancellationRecord:
    id: int
    booking_id: int
    cancelled_by: rules.CancelledBy
    cancelled_at: datetime
    notice_minutes: int | None
    price_yen: int
    fee_percent: int
    fee_yen: int
    fee_waived: bool
    reason: str


def cancel_booking(
    vault: OpenVault,
    *,
    booking_id: int,
    cancelled_by: rules.CancelledBy,
    cancelled_at: datetime | None = None,
    reason: str = "",
    waive_fee: bool = False,
) -> CancellationRecord:
    """P-CANCEL: cancel and record who asked, when, and the fee from the schedule.

    P-EMERGENCY: the reason ``emergency`` or ``waive_fee=True`` (with a reason) makes the fee zero.
    """
    schedule = cancellation_fees.load(vault)
    with vault.unit_of_work() as session:
        return cancel_within(
            session,
            schedule,
            booking_id=booking_id,
            cancelled_by=cancelled_by,
            cancelled_at=cancelled_at or _local_now(),
            reason=reason,
            waive_fee=waive_fee,
        )


def cancel_within(
    session: Session,
    schedule: fees.FeeSchedule,
    *,
    booking_id: int,
    cancelled_by: rules.CancelledBy,
    cancelled_at: datetime,
    reason: str = "",
    waive_fee: bool = False,
) -> CancellationRecord:
    """:func:`cancel_booking` inside the caller's transaction (an emergency cancels many in one)."""
    code = reason.strip()[:40]
    row = _row(session, booking_id)
    status = BookingStatus(row.status)
    _enforce(fees.check_cancel(status, reason=code, waive_fee=waive_fee))
    terms = fees.cancellation_terms(
        schedule=schedule,
        status=status,
        starts_at=row.starts_at,
        cancelled_at=cancelled_at,
        price_yen=row.price_yen,
        cancelled_by=cancelled_by,
        reason=code,
        waive_fee=waive_fee,
    )
    record = BookingCancellation(
        booking_id=row.id,
        cancelled_by=cancelled_by.value,
        cancelled_at=cancelled_at,
        notice_minutes=int(terms.notice_hours * 60) if row.starts_at else None,
        price_yen=row.price_yen or 0,
        fee_percent=terms.percent,
        fee_yen=terms.fee_yen,
        fee_waived=terms.waived,
        reason=code,
        recorded_at=_stamp(),
    )
    session.add(record)
    row.status = BookingStatus.CANCELLED.value
    _touch(row)
    session.flush()
    _event(
        session,
        "booking.cancelled",
        row,
        cancellation=record.id,
        by=cancelled_by.value,
        waived=terms.waived,
    )
    return _cancellation(record)


def _cancellation(record: BookingCancellation) -> CancellationRecord:
    return CancellationRecord(
        record.id,
        record.booking_id,
        rules.CancelledBy(record.cancelled_by),
        record.cancelled_at,
        record.notice_minutes,
        record.price_yen,
        record.fee_percent,
        record.fee_yen,
        record.fee_waived,
        record.reason,
    )


def cancellation_of(vault: OpenVault, *, booking_id: int) -> CancellationRecord | None:
    with vault.unit_of_work() as session:
        record = session.scalars(
            select(BookingCancellation).where(BookingCancellation.booking_id == booking_id)
        ).one_or_none()
        return _cancellation(record) if record else None
