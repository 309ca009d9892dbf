"""The calendar's query and the booking policy, timed without Qt (for ``python -m tests.bench``).

* :func:`week_queries`: ``booking_lists.bookings_between`` for one week (what the
  week view asks for each time it switches), on weeks spread over the demo
  vault's years, each the median of a few calls; the question is whether
  years of bookings slow it down, so the weeks come from the whole period.
* :func:`policy_check`: ``policy.bookings.check_transition`` on the facts of a
  typical booking about to be confirmed by email (every rule runs and
  passes), timed in batches so the clock's own cost does not count; there is
  no baseline that would make a ratio meaningful, so it is printed in
  microseconds.
"""

from __future__ import annotations

import random
import statistics
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desktop.policy import bookings as rules
from desktop.services.bookings import booking_lists
from desktop.vault.store import OpenVault

WEEKS = 60
REPEATS = 3
POLICY_BATCH = 2000
POLICY_BATCHES = 100


@dataclass
class WeekQueries:
    """Per-week medians in milliseconds and the number of bookings each week returned."""

    ms: list[float] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)


def week_queries(vault: OpenVault, first: date, last: date, seed: int = 1) -> WeekQueries:
    rng = random.Random(seed)
    span = (last - first).days - 7
    result = WeekQueries()
    for _ in range(WEEKS):
        day = first + timedelta(days=rng.randrange(max(1, span)))
        monday = datetime.combine(day - timedelta(days=day.weekday()), datetime.min.time())
        timings: list[float] = []
        found: list[booking_lists.CalendarEntry] = []
        for _round in range(REPEATS):
            started = time.perf_counter()
            found = booking_lists.bookings_between(vault, start=monday, end=monday + timedelta(days=7))
            timings.append((time.perf_counter() - started) * 1000)
        result.ms.append(statistics.median(timings))
        result.counts.append(len(found))
    return result


def typical_facts() -> rules.BookingFacts:
    """A booking under negotiation by email, own will confirmed, three round trips, all points agreed."""
    return rules.BookingFacts(
        status=rules.BookingStatus.NEGOTIATING,
        requested_by=rules.Requester.CLIENT,
        channel=rules.Channel.EMAIL,
        via_website_form=True,
        wish_to_book=True,
        form_consents_agreed=True,
        own_will_confirmed_at=datetime(2026, 10, 1, 10, 0),
        own_will_channel=rules.Channel.EMAIL,
        round_trips=3,
        agreed=frozenset(rules.Point),
    )


def policy_check() -> list[float]:
    """Microseconds per ``check_transition`` call (negotiating -> confirmed), one value per batch."""
    facts = typical_facts()
    target = rules.BookingStatus.CONFIRMED
    check = rules.check_transition
    assert check(facts, target, 5).allowed
    per_call: list[float] = []
    for _batch in range(POLICY_BATCHES):
        started = time.perf_counter()
        for _ in range(POLICY_BATCH):
            check(facts, target, 5)
        per_call.append((time.perf_counter() - started) / POLICY_BATCH * 1e6)
    return per_call
