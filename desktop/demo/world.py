"""The demo's random world: the seeded sources, the practice's period and its clock.

Every part of the generator draws from one :class:`World`, so a seed gives
the same practice; the time helpers turn drawn days into the timestamps the
services store (UTC, seconds) and back into the practice's wall-clock time.
"""

from __future__ import annotations

import functools
import random
import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING

from desktop.demo.agenda import Agenda
from desktop.demo.texts import FILLERS

if TYPE_CHECKING:
    from faker import Faker

#: Clients in counselling at once: a full week for one counsellor seeing most of them every two weeks.
ACTIVE_CASELOAD = 45
JST = timezone(timedelta(hours=9))


@functools.cache
def _slots(template: str) -> tuple[str, ...]:
    return tuple(name for _text, name, _spec, _conv in string.Formatter().parse(template) if name)


@dataclass
class World:
    """The seeded sources and the practice's period."""

    fake: Faker
    rng: random.Random
    start: date
    until: date
    #: The bookings' own stream and the shared calendar; ``None`` when no bookings are made.
    agenda: Agenda | None = None
    #: How many more clients may still be in counselling now: one counsellor's caseload.
    active_places: int = ACTIVE_CASELOAD

    def pick(self, choices: Sequence[str]) -> str:
        return choices[self.rng.randrange(len(choices))]

    def fill(self, template: str, **given: str) -> str:
        """The template with each ``{slot}`` filled: from ``given``, else a random filler."""
        values = {
            name: given[name] if name in given else self.pick(FILLERS[name]) for name in _slots(template)
        }
        return template.format(**values)

    def day_between(self, first: date, last: date) -> date:
        if last <= first:
            return first
        return first + timedelta(days=self.rng.randrange((last - first).days + 1))


def timestamp(day: date, world: World, *, earliest_hour: int = 9) -> str:
    """A time on ``day`` in office hours (Japan), as the services store it: UTC, seconds."""
    moment = datetime.combine(
        day, time(world.rng.randint(earliest_hour, 19), world.rng.randrange(60), world.rng.randrange(60)), JST
    )
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def wall_clock(stamp: str) -> datetime:
    """A stored UTC timestamp as the practice's wall-clock time (how booking times are kept)."""
    return datetime.fromisoformat(stamp).astimezone(JST).replace(tzinfo=None)


def utc_stamp(moment: datetime) -> str:
    """A wall-clock time as the services stamp ``created_at``: UTC, seconds."""
    return moment.replace(tzinfo=JST).astimezone(UTC).isoformat(timespec="seconds")
