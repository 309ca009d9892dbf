"""P-CANCEL and P-EMERGENCY: what a cancellation costs, and when it may be made.

The fee schedule is the counsellor's (tiers by notice period, a percentage of
the session's price); only a confirmed booking cancelled at the client's
request costs anything, and an emergency waives it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.policy import Verdict
from desktop.policy.bookings import (
    ACTIVE_STATUSES,
    EMERGENCY_REASON,
    FINISHED,
    P_CANCEL,
    P_EMERGENCY,
    BookingStatus,
    CancelledBy,
)


@dataclass(frozen=True, slots=True)
class FeeTier:
    """From ``min_notice_hours`` of notice (inclusive) up to the next tier, ``percent`` of the price."""

    min_notice_hours: int
    percent: int


@dataclass(frozen=True, slots=True)
class FeeSchedule:
    """P-CANCEL: cancellation fees by notice period; the counsellor sets it in Settings."""

    tiers: tuple[FeeTier, ...] = (FeeTier(72, 0), FeeTier(24, 50), FeeTier(0, 100))

    def percent_for(self, notice_hours: float) -> int:
        for tier in sorted(self.tiers, key=lambda t: t.min_notice_hours, reverse=True):
            if notice_hours >= tier.min_notice_hours:
                return tier.percent
        return max((t.percent for t in self.tiers), default=0)


def check_fee_schedule(schedule: FeeSchedule) -> Verdict:
    """P-CANCEL: tiers start at 0 hours, have distinct notice periods and percentages from 0 to 100."""
    hours = [t.min_notice_hours for t in schedule.tiers]
    if 0 not in hours or len(set(hours)) != len(hours) or min(hours) < 0:
        return Verdict.refuse(
            P_CANCEL,
            QT_TRANSLATE_NOOP(
                "policy", "Give each tier a different notice period in hours, and one tier from 0 hours."
            ),
        )
    if any(not 0 <= t.percent <= 100 for t in schedule.tiers):
        return Verdict.refuse(P_CANCEL, QT_TRANSLATE_NOOP("policy", "A fee is between 0 and 100 percent."))
    return Verdict.allow(P_CANCEL)


@dataclass(frozen=True, slots=True)
class CancellationTerms:
    """The fee of one cancellation and how it was reached."""

    notice_hours: float
    percent: int
    fee_yen: int
    waived: bool


def cancellation_terms(
    *,
    schedule: FeeSchedule,
    status: BookingStatus,
    starts_at: datetime | None,
    cancelled_at: datetime,
    price_yen: int | None,
    cancelled_by: CancelledBy,
    reason: str = "",
    waive_fee: bool = False,
) -> CancellationTerms:
    """P-CANCEL: the fee is the schedule's percentage for the notice period, in whole yen rounded down.

    Only a confirmed booking cancelled at the client's request costs a fee.
    P-EMERGENCY: the reason ``emergency`` (or an explicit waiver) forces the fee to zero.
    """
    notice = (starts_at - cancelled_at).total_seconds() / 3600 if starts_at else math.inf
    waived = waive_fee or reason == EMERGENCY_REASON
    chargeable = (
        status is BookingStatus.CONFIRMED and cancelled_by is CancelledBy.CLIENT and price_yen is not None
    )
    if waived or not chargeable or price_yen is None:
        return CancellationTerms(notice, 0, 0, waived)
    percent = schedule.percent_for(notice)
    return CancellationTerms(notice, percent, price_yen * percent // 100, False)


def check_cancel(status: BookingStatus, *, reason: str, waive_fee: bool) -> Verdict:
    """P-CANCEL, P-EMERGENCY: only a live booking is cancelled; a waived fee needs its reason."""
    if status not in ACTIVE_STATUSES:
        return Verdict.refuse(P_CANCEL, FINISHED)
    if waive_fee and not reason.strip():
        return Verdict.refuse(
            P_EMERGENCY, QT_TRANSLATE_NOOP("policy", "Give the reason the cancellation fee is waived.")
        )
    return Verdict.allow(P_CANCEL)
