"""A clock tests move by hand: ``vault.time.clock = FakeClock(...)``.

Services read every "now" from the vault's clock (desktop/vault/clock.py),
never from an argument, so a test sets the moment here and then calls the
service exactly as a screen would.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

TOKYO = ZoneInfo("Asia/Tokyo")


class FakeClock:
    """Stands still at ``moment`` until moved with :meth:`set` or :meth:`advance`."""

    def __init__(self, moment: datetime) -> None:
        self.set(moment)

    def set(self, moment: datetime) -> None:
        """Stand at ``moment``; a naive one is read as the practice's Tokyo wall-clock time."""
        self._moment = moment if moment.tzinfo else moment.replace(tzinfo=TOKYO)

    def advance(self, **delta: float) -> None:
        self._moment += timedelta(**delta)

    def now(self) -> datetime:
        return self._moment.astimezone(UTC)
