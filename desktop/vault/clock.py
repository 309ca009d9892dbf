"""One clock per open vault, read in the practice's time zone.

Every time a service writes or checks — a fee's notice period, a retention
date, a request's due date, after-follow eligibility — comes from here, never
from an argument: no caller can backdate an act (DESIGN.md, "Gates, clock and
transactions"). Tests give the vault a clock they move by hand.

Session times are wall-clock times in the practice's zone (a practice
setting, Asia/Tokyo by default) whatever zone the laptop is set to, so a
counsellor travelling with the laptop still sees 10:00 for a 10:00 session.
Stamps stored in the database (``created_at`` and the like) are UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.policy.practice import DEFAULT_TIME_ZONE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: Where a unit of work keeps the vault's :class:`PracticeTime` (``Session.info``).
SESSION_KEY = "practice_time"


class Clock(Protocol):
    """A source of the current moment."""

    def now(self) -> datetime:
        """The current moment, timezone-aware."""
        ...


class SystemClock:
    """The operating system's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


def zone_named(name: str) -> ZoneInfo | None:
    """The IANA zone called ``name``, or ``None`` when there is no such zone."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


@dataclass(slots=True)
class PracticeTime:
    """The vault's clock and the practice's time zone: every reading of "now" a service makes."""

    clock: Clock = field(default_factory=SystemClock)
    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo(DEFAULT_TIME_ZONE))

    def now(self) -> datetime:
        """The current moment in UTC, to the second."""
        return self.clock.now().astimezone(UTC).replace(microsecond=0)

    def stamp(self) -> str:
        """The current moment as stored in ``*_at`` text columns (ISO 8601, UTC, seconds)."""
        return self.now().isoformat(timespec="seconds")

    def local_now(self) -> datetime:
        """The practice's wall-clock time now, naive, as session times are stored."""
        return self.local(self.now())

    def local(self, moment: datetime) -> datetime:
        """``moment`` (timezone-aware) as the practice's naive wall-clock time."""
        return moment.astimezone(self.zone).replace(tzinfo=None)

    def today(self) -> date:
        """The practice's date now."""
        return self.local_now().date()


def practice_time(session: Session) -> PracticeTime:
    """The clock of the vault whose unit of work ``session`` is."""
    time = session.info.get(SESSION_KEY)
    if not isinstance(time, PracticeTime):
        raise RuntimeError("this session was not opened by OpenVault.unit_of_work")
    return time
