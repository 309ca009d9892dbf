"""The cancellation fee schedule (P-CANCEL), stored inside the vault.

The practice's terms are its own page, so the schedule is the counsellor's to
set: tiers by hours of notice, each a percentage of the session price. It is
kept as one JSON value in the ``settings`` table under its own key, next to the
practice settings, and falls back to the policy default when never saved.
"""

from __future__ import annotations

import json

from desktop.errors import PolicyRefusal
from desktop.models import Setting
from desktop.policy import cancellation as fees
from desktop.vault import audit
from desktop.vault.store import OpenVault

KEY = "cancellation_fees"


def _encode(schedule: fees.FeeSchedule) -> str:
    tiers = sorted(schedule.tiers, key=lambda t: t.min_notice_hours, reverse=True)
    return json.dumps([{"min_notice_hours": t.min_notice_hours, "percent": t.percent} for t in tiers])


def _decode(value: str) -> fees.FeeSchedule | None:
    try:
        raw = json.loads(value)
        tiers = tuple(fees.FeeTier(int(t["min_notice_hours"]), int(t["percent"])) for t in raw)
    except (ValueError, TypeError, KeyError):
        return None
    schedule = fees.FeeSchedule(tiers)
    return schedule if fees.check_fee_schedule(schedule).allowed else None


def load(vault: OpenVault) -> fees.FeeSchedule:
    """The stored schedule, or the default (72 h or more 0 %, 24–72 h 50 %, less 100 %)."""
    with vault.unit_of_work() as session:
        stored = session.get(Setting, KEY)
        value = stored.value if stored else None
    return (_decode(value) if value else None) or fees.FeeSchedule()


def save(vault: OpenVault, schedule: fees.FeeSchedule) -> fees.FeeSchedule:
    """Check and store the schedule, tiers sorted from the longest notice down."""
    verdict = fees.check_fee_schedule(schedule)
    if not verdict.allowed:
        raise PolicyRefusal(verdict.rule, verdict.reason, verdict.args)
    clean = fees.FeeSchedule(tuple(sorted(schedule.tiers, key=lambda t: t.min_notice_hours, reverse=True)))
    encoded = _encode(clean)
    with vault.unit_of_work() as session:
        stored = session.get(Setting, KEY)
        if stored is None or stored.value != encoded:
            session.merge(Setting(key=KEY, value=encoded))
            audit.append(session, "settings.changed", detail={"keys": KEY})
    return clean
