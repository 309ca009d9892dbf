"""The demo counsellor's one calendar: working hours, a daily cap and the vault's buffer.

Every timed demo booking takes a slot here, across all batches and around
the bookings the vault already holds, so no two sessions overlap and the
buffer the vault's settings ask for is kept between them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from desktop.models import Booking
from desktop.policy import cancellation as fees
from desktop.services import bookings as booking_service
from desktop.services import practice_settings
from desktop.services.bookings import cancellation_fees
from desktop.vault.store import OpenVault

#: Sessions start on the half hour and end within these hours (minutes after midnight).
WEEKDAY_HOURS = (9 * 60, 19 * 60)
SATURDAY_HOURS = (9 * 60, 13 * 60)
#: No more sessions than this in one day, however many clients ask.
DAY_CAP = {"weekday": 6, "saturday": 3}
START_STEP_MINUTES = 30


def working_day(day: date, first: date, last: date) -> date:
    """The day itself on a weekday or an open Saturday (one in four), else the nearest weekday in range.

    Deterministic, so notes land on working days without drawing from the random stream.
    """
    weekday = day.weekday()
    if weekday == 6:
        candidates: tuple[date, ...] = (day + timedelta(days=1), day - timedelta(days=2))
    elif weekday == 5 and day.toordinal() % 4:
        candidates = (day - timedelta(days=1), day + timedelta(days=2))
    else:
        return day
    for candidate in candidates:
        if first <= candidate <= last:
            return candidate
    return day


@dataclass
class Agenda:
    """The counsellor's one calendar and the vault's booking settings, shared by every batch."""

    rng: random.Random
    gap_minutes: int
    round_trip_limit: int
    schedule: fees.FeeSchedule
    taken: dict[date, list[tuple[int, int]]] = field(default_factory=dict)

    def take(self, start: datetime, end: datetime) -> None:
        minutes = start.hour * 60 + start.minute
        self.taken.setdefault(start.date(), []).append(
            (minutes, minutes + int((end - start).total_seconds()) // 60)
        )

    def place(self, day: date, duration: int) -> datetime | None:
        """A free start on ``day`` in working hours, buffer kept, or ``None`` (closed or full)."""
        weekday = day.weekday()
        if weekday == 6:
            return None
        opening, closing = SATURDAY_HOURS if weekday == 5 else WEEKDAY_HOURS
        taken = self.taken.setdefault(day, [])
        if len(taken) >= DAY_CAP["saturday" if weekday == 5 else "weekday"]:
            return None
        starts = range(opening, closing - duration + 1, START_STEP_MINUTES)
        if not starts:
            return None
        first = self.rng.randrange(len(starts))
        gap = self.gap_minutes
        for step in range(len(starts)):
            begin = starts[(first + step) % len(starts)]
            end = begin + duration
            if all(not (begin < e + gap and s < end + gap) for s, e in taken):
                taken.append((begin, end))
                return datetime.combine(day, time(begin // 60, begin % 60))
        return None


def load_agenda(vault: OpenVault, seed: int) -> Agenda:
    """The vault's buffer, round-trip limit and fee schedule, and the slots its bookings already hold."""
    agenda = Agenda(
        random.Random(seed * 1_000_003 + 17),
        booking_service.buffer_minutes(vault),
        practice_settings.load(vault).round_trip_limit,
        cancellation_fees.load(vault),
    )
    with vault.unit_of_work() as session:
        for start, end in session.execute(
            select(Booking.starts_at, Booking.ends_at).where(Booking.starts_at.is_not(None))
        ):
            if start is not None and end is not None:
                agenda.take(start, end)
    return agenda
