"""What is agreed and when a booking may move on: P-FORMAT, P-CONFIRM and the state machine's checks.

A session of an offered format at a free time (no overlap, buffer kept), the four points of
the checklist ticked with values that fit the session, and every status change checked
against the rules of :mod:`.requester` as well.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.policy import Verdict
from desktop.policy.bookings.requester import check_channel, check_own_will, check_round_trips
from desktop.policy.bookings.vocabulary import (
    P_CONFIRM,
    P_FORMAT,
    TERMINAL_STATUSES,
    TRANSITIONS,
    BookingFacts,
    BookingStatus,
    CallMeans,
    Point,
    SessionFormat,
    TravelMeans,
)

_MISSING_POINT = {
    Point.DATE: QT_TRANSLATE_NOOP("policy", "The date has not been agreed with the client yet."),
    Point.START: QT_TRANSLATE_NOOP("policy", "The start time has not been agreed with the client yet."),
    Point.MENU: QT_TRANSLATE_NOOP(
        "policy", "The session (menu item) has not been agreed with the client yet."
    ),
    Point.ARRIVAL: QT_TRANSLATE_NOOP(
        "policy", "How the client comes (travel, pick-up or call means) has not been agreed yet."
    ),
}
_NEEDS_VALUE = {
    Point.DATE: QT_TRANSLATE_NOOP("policy", "Enter the date before ticking it."),
    Point.START: QT_TRANSLATE_NOOP("policy", "Enter the start time before ticking it."),
    Point.MENU: QT_TRANSLATE_NOOP("policy", "Choose the session (menu item) before ticking it."),
}
FINISHED = QT_TRANSLATE_NOOP(
    "policy",
    "This booking is finished (completed, missed, cancelled, postponed or refused); it cannot change.",
)
_WRONG_STEP = {
    BookingStatus.INQUIRY: QT_TRANSLATE_NOOP("policy", "A booking never goes back to the inquiry stage."),
    BookingStatus.NEGOTIATING: QT_TRANSLATE_NOOP("policy", "Only an inquiry moves on to negotiation."),
    BookingStatus.CONFIRMED: QT_TRANSLATE_NOOP(
        "policy", "Only a booking under negotiation can be confirmed; start the negotiation first."
    ),
    BookingStatus.COMPLETED: QT_TRANSLATE_NOOP("policy", "Only a confirmed session can be marked completed."),
    BookingStatus.NO_SHOW: QT_TRANSLATE_NOOP("policy", "Only a confirmed session can be marked as missed."),
    BookingStatus.POSTPONED: QT_TRANSLATE_NOOP(
        "policy", "Only a booking under negotiation or confirmed can be postponed."
    ),
    BookingStatus.CANCELLED: FINISHED,
    BookingStatus.REFUSED: QT_TRANSLATE_NOOP(
        "policy", "A request is refused when it is recorded, if someone other than the client made it."
    ),
}


# --- P-FORMAT ------------------------------------------------------------------------------


def check_format(value: str) -> Verdict:
    """P-FORMAT: a session is in person, online by phone or online by video; nothing else."""
    if value in set(SessionFormat):
        return Verdict.allow(P_FORMAT)
    return Verdict.refuse(
        P_FORMAT,
        QT_TRANSLATE_NOOP(
            "policy", "Sessions are one to one, in person or online (phone or video); “%1” is not offered."
        ),
        value,
    )


def conflicts(
    start: datetime,
    end: datetime,
    others: Iterable[tuple[datetime, datetime]],
    buffer_minutes: int,
) -> list[tuple[datetime, datetime]]:
    """The sessions among ``others`` that ``start``–``end`` would overlap, buffer included."""
    gap = timedelta(minutes=buffer_minutes)
    return [(s, e) for s, e in others if start < e + gap and s < end + gap]


def check_no_overlap(
    start: datetime,
    end: datetime,
    others: Iterable[tuple[datetime, datetime]],
    buffer_minutes: int,
) -> Verdict:
    """P-FORMAT: the counsellor is never booked twice at overlapping times.

    ``others`` are the start and end of the counsellor's other active bookings;
    ``buffer_minutes`` must stay free between two sessions.
    """
    clashes = conflicts(start, end, others, buffer_minutes)
    if not clashes:
        return Verdict.allow(P_FORMAT)
    first_start, first_end = min(clashes)
    return Verdict.refuse(
        P_FORMAT,
        QT_TRANSLATE_NOOP(
            "policy",
            "The counsellor already has a session from %1 to %2; keep %3 minutes between sessions.",
        ),
        first_start.strftime("%Y-%m-%d %H:%M"),
        first_end.strftime("%H:%M"),
        str(buffer_minutes),
    )


# --- P-CONFIRM -----------------------------------------------------------------------------


def check_point_value(
    point: Point,
    *,
    session_format: SessionFormat | None,
    has_value: bool,
    travel_means: TravelMeans | None = None,
    pickup_needed: bool | None = None,
    call_means: CallMeans | None = None,
) -> Verdict:
    """P-CONFIRM: a point can be ticked only with an agreed value that fits the session.

    Point 4 is the travel means and the pick-up for in-person sessions, and the
    call means (matching the menu item) for online ones, where pick-up does not apply.
    """
    if point is not Point.ARRIVAL:
        if has_value:
            return Verdict.allow(P_CONFIRM)
        return Verdict.refuse(P_CONFIRM, _NEEDS_VALUE[point])
    if session_format is None:
        return Verdict.refuse(
            P_CONFIRM,
            QT_TRANSLATE_NOOP("policy", "Choose the session first; how the client comes depends on it."),
        )
    if session_format.online:
        if pickup_needed:
            return Verdict.refuse(
                P_CONFIRM, QT_TRANSLATE_NOOP("policy", "Online sessions have no pick-up at the station.")
            )
        if session_format is SessionFormat.ONLINE_PHONE and call_means is not CallMeans.PHONE:
            return Verdict.refuse(
                P_CONFIRM,
                QT_TRANSLATE_NOOP("policy", "This session is a phone call; agree phone as the call means."),
            )
        if session_format is SessionFormat.ONLINE_VIDEO and call_means is not CallMeans.VIDEO:
            return Verdict.refuse(
                P_CONFIRM,
                QT_TRANSLATE_NOOP("policy", "This session is a video call; agree video as the call means."),
            )
        return Verdict.allow(P_CONFIRM)
    if travel_means is None or pickup_needed is None:
        return Verdict.refuse(
            P_CONFIRM,
            QT_TRANSLATE_NOOP(
                "policy", "For an in-person session, agree the travel means and whether pick-up is needed."
            ),
        )
    if call_means is not None:
        return Verdict.refuse(
            P_CONFIRM, QT_TRANSLATE_NOOP("policy", "An in-person session has no call means.")
        )
    return Verdict.allow(P_CONFIRM)


def check_checklist(facts: BookingFacts) -> Verdict:
    """P-CONFIRM: all four points must be ticked; the refusal names the first one still open."""
    for point in Point:
        if point not in facts.agreed:
            return Verdict.refuse(P_CONFIRM, _MISSING_POINT[point])
    return Verdict.allow(P_CONFIRM)


def check_changeable(status: BookingStatus) -> Verdict:
    """P-CONFIRM: a finished booking's values never change; a new booking is made instead."""
    if status in TERMINAL_STATUSES:
        return Verdict.refuse(P_CONFIRM, FINISHED)
    return Verdict.allow(P_CONFIRM)


def check_can_negotiate(facts: BookingFacts, round_trip_limit: int) -> Verdict:
    """P-WHO, P-CHANNEL, P-ROUNDTRIPS: may the booking be worked on (points agreed, values changed)?"""
    if facts.status not in (BookingStatus.NEGOTIATING, BookingStatus.CONFIRMED):
        return Verdict.refuse(
            P_CONFIRM,
            QT_TRANSLATE_NOOP("policy", "Points can be agreed only while the booking is being negotiated."),
        )
    for verdict in (
        check_own_will(facts),
        check_channel(facts),
        check_round_trips(facts, round_trip_limit),
    ):
        if not verdict.allowed:
            return verdict
    return Verdict.allow(P_CONFIRM)


def check_transition(facts: BookingFacts, target: BookingStatus, round_trip_limit: int) -> Verdict:
    """Every status change of a booking, checked against the state machine and the rules.

    - leaving the inquiry stage needs P-WHO (the client asked, own will confirmed)
      and P-CHANNEL;
    - *confirmed* also needs P-ROUNDTRIPS and the four points of P-CONFIRM;
    - a terminal booking (completed, no-show, cancelled, postponed, refused) never changes.
    """
    if facts.status in TERMINAL_STATUSES:
        return Verdict.refuse(P_CONFIRM, FINISHED)
    if target not in TRANSITIONS[facts.status]:
        return Verdict.refuse(P_CONFIRM, _WRONG_STEP[target])
    if target in (BookingStatus.NEGOTIATING, BookingStatus.CONFIRMED):
        checks = [check_own_will(facts), check_channel(facts)]
        if target is BookingStatus.CONFIRMED:
            checks += [check_round_trips(facts, round_trip_limit), check_checklist(facts)]
        for verdict in checks:
            if not verdict.allowed:
                return verdict
    return Verdict.allow(P_CONFIRM)


def check_session_started(starts_at: datetime | None, now: datetime) -> Verdict:
    """P-CONFIRM: a session can be marked completed or a no-show only once it has begun."""
    if starts_at is not None and starts_at <= now:
        return Verdict.allow(P_CONFIRM)
    return Verdict.refuse(
        P_CONFIRM,
        QT_TRANSLATE_NOOP("policy", "The session has not started yet; it cannot be completed or missed."),
    )


def changed_points(
    *,
    old_date: date | None,
    new_date: date | None,
    old_start: time | None,
    new_start: time | None,
    old_format: SessionFormat | None,
    new_format: SessionFormat | None,
    old_menu_item: int | None,
    new_menu_item: int | None,
) -> frozenset[Point]:
    """P-CONFIRM: the points a move changes, and so unticks.

    The date and the start time are separate points; a new menu item changes
    point 3, and point 4 too when the format (in person, phone, video) changes.
    """
    changed: set[Point] = set()
    if old_date != new_date:
        changed.add(Point.DATE)
    if old_start != new_start:
        changed.add(Point.START)
    if old_menu_item != new_menu_item:
        changed.add(Point.MENU)
    if old_format != new_format:
        changed.add(Point.ARRIVAL)
    return frozenset(changed)
