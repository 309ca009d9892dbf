"""The booking rules of POLICY.md: P-FORMAT, P-WHO, P-CHANNEL, P-ROUNDTRIPS, P-CONFIRM, P-CANCEL.

A booking is the practice's compliance at its sharpest: it may only become
*confirmed* when the client themself asked, their own will was confirmed
directly, the channel is allowed, the email exchange stayed within its limit,
and all four points were explicitly agreed. Each rule is a pure function over
a :class:`BookingFacts` snapshot, so the service can check a transition in
microseconds without touching the database, and the tests can name each rule.

Every function returns a :class:`~desktop.policy.Verdict`; none raises for a
business refusal. Times are the practice's local wall-clock times (naive
``datetime``), since sessions, notice periods and the calendar all live there.

Callers use this package's names (``from desktop.policy.bookings import
BookingStatus``, ``rules.check_transition(...)``); the submodules hold one
subject each:

- :mod:`.vocabulary`: the rule ids, limits, enums, state machine, labels and
  :class:`BookingFacts`;
- :mod:`.requester`: P-WHO, P-CHANNEL, P-ROUNDTRIPS and P-PREMEET;
- :mod:`.agreement`: P-FORMAT, P-CONFIRM and the checks of every status change.
"""

from __future__ import annotations

from desktop.policy.bookings.agreement import (
    FINISHED,
    changed_points,
    check_can_negotiate,
    check_changeable,
    check_checklist,
    check_format,
    check_no_overlap,
    check_point_value,
    check_session_started,
    check_transition,
    conflicts,
)
from desktop.policy.bookings.requester import (
    PHONE_PROPOSAL,
    RoundTrips,
    check_another_round_trip,
    check_channel,
    check_own_will,
    check_premeet,
    check_reagree_by_email,
    check_relation,
    check_requester,
    check_round_trips,
    round_trip_count,
)
from desktop.policy.bookings.vocabulary import (
    ACTIVE_STATUSES,
    BUFFER_MINUTES_RANGE,
    DEFAULT_BUFFER_MINUTES,
    DURATION_MINUTES_RANGE,
    EMERGENCY_REASON,
    EXCHANGE_SOURCE_LABELS,
    FORMAT_LABELS,
    ONLINE_ARRIVAL_LABEL,
    P_CANCEL,
    P_CHANNEL,
    P_CONFIRM,
    P_EMERGENCY,
    P_FORMAT,
    P_PREMEET,
    P_ROUNDTRIPS,
    P_WHO,
    PAST_INQUIRY,
    POINT_LABELS,
    PRICE_YEN_RANGE,
    PROVISIONAL_DURATION_MINUTES,
    SESSION_HELD,
    STARTER_MINUTES,
    STARTER_PRICE_YEN,
    STATUS_LABELS,
    TERMINAL_STATUSES,
    TRANSITIONS,
    BookingFacts,
    BookingStatus,
    CallMeans,
    CancelledBy,
    Channel,
    ExchangeSource,
    Point,
    PremeetReason,
    Requester,
    SessionFormat,
    TravelMeans,
)

__all__ = [
    "ACTIVE_STATUSES",
    "BUFFER_MINUTES_RANGE",
    "DEFAULT_BUFFER_MINUTES",
    "DURATION_MINUTES_RANGE",
    "EMERGENCY_REASON",
    "EXCHANGE_SOURCE_LABELS",
    "FINISHED",
    "FORMAT_LABELS",
    "ONLINE_ARRIVAL_LABEL",
    "PAST_INQUIRY",
    "PHONE_PROPOSAL",
    "POINT_LABELS",
    "PRICE_YEN_RANGE",
    "PROVISIONAL_DURATION_MINUTES",
    "P_CANCEL",
    "P_CHANNEL",
    "P_CONFIRM",
    "P_EMERGENCY",
    "P_FORMAT",
    "P_PREMEET",
    "P_ROUNDTRIPS",
    "P_WHO",
    "SESSION_HELD",
    "STARTER_MINUTES",
    "STARTER_PRICE_YEN",
    "STATUS_LABELS",
    "TERMINAL_STATUSES",
    "TRANSITIONS",
    "BookingFacts",
    "BookingStatus",
    "CallMeans",
    "CancelledBy",
    "Channel",
    "ExchangeSource",
    "Point",
    "PremeetReason",
    "Requester",
    "RoundTrips",
    "SessionFormat",
    "TravelMeans",
    "changed_points",
    "check_another_round_trip",
    "check_can_negotiate",
    "check_changeable",
    "check_channel",
    "check_checklist",
    "check_format",
    "check_no_overlap",
    "check_own_will",
    "check_point_value",
    "check_premeet",
    "check_reagree_by_email",
    "check_relation",
    "check_requester",
    "check_round_trips",
    "check_session_started",
    "check_transition",
    "conflicts",
    "round_trip_count",
]
