"""Practice defaults taken from the practice's written policy (POLICY.md).

Every value is editable in Settings, because another solo practice may adopt
the same rules under its own name.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.policy import Verdict
from desktop.policy.danger import DEFAULT_PHRASES_EN, DEFAULT_PHRASES_JA

DEFAULT_PRACTICE_NAME = "メンタル心理そらくも"
DEFAULT_COUNSELLOR_NAME = "寺井"
DEFAULT_PICKUP_STATION = "JR三島駅"
# Session times are wall-clock times in this zone, whatever zone the laptop is set to.
DEFAULT_TIME_ZONE = "Asia/Tokyo"
# P-ROUNDTRIPS: an email booking settles the four points within this many round trips.
DEFAULT_ROUND_TRIP_LIMIT = 5
# P-SAFEGUARD: the vault locks itself after this many idle minutes.
DEFAULT_IDLE_LOCK_MINUTES = 5
# The hours the calendar draws by default; bookings outside them widen the grid.
DEFAULT_WORK_START_HOUR = 9
DEFAULT_WORK_END_HOUR = 19

# P-LAW / APPI Art. 29: years a provision record is kept (standard case, contract-document case).
DEFAULT_DISCLOSURE_RETENTION_YEARS = 3
DEFAULT_CONTRACT_RETENTION_YEARS = 1
# APPI Arts. 33–35: days within which a client's request is answered.
DEFAULT_REQUEST_DUE_DAYS = 14

# P-ROUNDTRIPS: Settings may lower the limit, never raise it above the written policy's five.
ROUND_TRIP_LIMIT_RANGE = (1, DEFAULT_ROUND_TRIP_LIMIT)
IDLE_LOCK_MINUTES_RANGE = (1, 240)
WORK_START_HOUR_RANGE = (0, 23)
WORK_END_HOUR_RANGE = (1, 24)


# The numbers the written policy or the law sets, and the way Settings may move each: a
# maximum may only be lowered, a minimum only raised (stricter, never looser).
POLICY_MAXIMUMS: dict[str, tuple[int, str]] = {
    "round_trip_limit": (DEFAULT_ROUND_TRIP_LIMIT, "P-ROUNDTRIPS"),
    "request_due_days": (DEFAULT_REQUEST_DUE_DAYS, "P-LAW"),
}
POLICY_MINIMUMS: dict[str, tuple[int, str]] = {
    "disclosure_retention_years": (DEFAULT_DISCLOSURE_RETENTION_YEARS, "P-DISCLOSE"),
    "contract_retention_years": (DEFAULT_CONTRACT_RETENTION_YEARS, "P-DISCLOSE"),
}


def check_not_looser(name: str, value: int) -> Verdict:
    """A setting the written policy or the law fixes may be made stricter, never looser.

    The email round-trip limit may go below five, never above; retention may be lengthened,
    never shortened below the law; a client's request may be answered sooner, never later.
    """
    if name in POLICY_MAXIMUMS:
        bound, rule = POLICY_MAXIMUMS[name]
        if value > bound:
            return Verdict.refuse(
                rule,
                QT_TRANSLATE_NOOP(
                    "settings",
                    "%1 can be made stricter, never looser: at most %2, "
                    "as the written policy or the law sets.",
                ),
                name,
                str(bound),
            )
        return Verdict.allow(rule)
    if name in POLICY_MINIMUMS:
        bound, rule = POLICY_MINIMUMS[name]
        if value < bound:
            return Verdict.refuse(
                rule,
                QT_TRANSLATE_NOOP(
                    "settings",
                    "%1 can be made stricter, never looser: at least %2, "
                    "as the written policy or the law sets.",
                ),
                name,
                str(bound),
            )
        return Verdict.allow(rule)
    return Verdict.allow("")


def strictest(name: str, value: int) -> int:
    """``value`` brought within what the policy allows (a stored value from an older, looser version)."""
    if name in POLICY_MAXIMUMS:
        return min(value, POLICY_MAXIMUMS[name][0])
    if name in POLICY_MINIMUMS:
        return max(value, POLICY_MINIMUMS[name][0])
    return value


@dataclass(frozen=True, slots=True)
class PracticeSettings:
    """Every practice setting, declared once with its type and default.

    Stored inside the vault by ``desktop.services.practice_settings``; the
    Settings page edits them.
    """

    practice_name: str = DEFAULT_PRACTICE_NAME
    counsellor_name: str = DEFAULT_COUNSELLOR_NAME
    pickup_station: str = DEFAULT_PICKUP_STATION
    # The practice's IANA time zone: every "now" and "today" of the vault is read in it.
    time_zone: str = DEFAULT_TIME_ZONE
    round_trip_limit: int = DEFAULT_ROUND_TRIP_LIMIT
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES
    work_start_hour: int = DEFAULT_WORK_START_HOUR
    work_end_hour: int = DEFAULT_WORK_END_HOUR
    disclosure_retention_years: int = DEFAULT_DISCLOSURE_RETENTION_YEARS
    contract_retention_years: int = DEFAULT_CONTRACT_RETENTION_YEARS
    request_due_days: int = DEFAULT_REQUEST_DUE_DAYS
    # P-AFTERFOLLOW: phrases that pin a message to the top of the inbox (an aid; see policy.danger).
    danger_phrases: tuple[str, ...] = DEFAULT_PHRASES_JA + DEFAULT_PHRASES_EN
    #: P-CONTACT: the practice's own email addresses; imported mail from them is outbound.
    practice_addresses: tuple[str, ...] = ()
