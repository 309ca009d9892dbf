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
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.policy import Verdict

P_FORMAT = "P-FORMAT"
P_WHO = "P-WHO"
P_CONFIRM = "P-CONFIRM"
P_CHANNEL = "P-CHANNEL"
P_ROUNDTRIPS = "P-ROUNDTRIPS"
P_CANCEL = "P-CANCEL"
P_EMERGENCY = "P-EMERGENCY"
P_PREMEET = "P-PREMEET"

#: P-FORMAT: minutes kept free between two sessions unless Settings says otherwise.
DEFAULT_BUFFER_MINUTES = 15
BUFFER_MINUTES_RANGE = (0, 240)
#: A session menu item lasts between these many minutes.
DURATION_MINUTES_RANGE = (10, 480)
PRICE_YEN_RANGE = (0, 1_000_000)
#: How long a booking blocks the calendar before its menu item is known.
PROVISIONAL_DURATION_MINUTES = 60


class SessionFormat(StrEnum):
    """P-FORMAT: one client, in person or online (phone or video); never a group."""

    IN_PERSON = "in_person"
    ONLINE_PHONE = "online_phone"
    ONLINE_VIDEO = "online_video"

    @property
    def online(self) -> bool:
        return self is not SessionFormat.IN_PERSON


class BookingStatus(StrEnum):
    INQUIRY = "inquiry"
    NEGOTIATING = "negotiating"
    CONFIRMED = "confirmed"
    COMPLETED = "completed"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"
    REFUSED = "refused"


class Requester(StrEnum):
    """P-WHO: who made the request. There is deliberately no companion or attendee."""

    CLIENT = "client"
    OTHER = "other"


class Channel(StrEnum):
    """P-CHANNEL: a booking is settled by email or by phone, nothing else."""

    EMAIL = "email"
    PHONE = "phone"


class TravelMeans(StrEnum):
    """P-CONFIRM point 4 for in-person sessions: how the client comes."""

    TRAIN = "train"
    CAR = "car"
    BUS = "bus"
    TAXI = "taxi"
    WALK = "walk"
    OTHER = "other"


class CallMeans(StrEnum):
    """P-CONFIRM point 4 for online sessions: the call means."""

    PHONE = "phone"
    VIDEO = "video"


class Point(StrEnum):
    """P-CONFIRM: the four points of the booking-agreement checklist, in order."""

    DATE = "date"
    START = "start"
    MENU = "menu"
    ARRIVAL = "arrival"


class CancelledBy(StrEnum):
    CLIENT = "client"
    COUNSELLOR = "counsellor"


class PremeetReason(StrEnum):
    """P-PREMEET: why a reply was held or a call cut short before the first meeting."""

    INSUFFICIENT_INTENT = "insufficient_intent"
    CONSULTATION_CONTENT = "consultation_content"


#: Reason code that forces a cancellation fee of zero (P-EMERGENCY).
EMERGENCY_REASON = "emergency"

#: Bookings that hold a slot in the counsellor's calendar (an inquiry only when it has a time).
ACTIVE_STATUSES = frozenset({BookingStatus.INQUIRY, BookingStatus.NEGOTIATING, BookingStatus.CONFIRMED})
TERMINAL_STATUSES = frozenset(
    {
        BookingStatus.COMPLETED,
        BookingStatus.NO_SHOW,
        BookingStatus.CANCELLED,
        BookingStatus.POSTPONED,
        BookingStatus.REFUSED,
    }
)
#: The state machine. Confirmed -> negotiating happens only when an agreed value changes.
TRANSITIONS: dict[BookingStatus, frozenset[BookingStatus]] = {
    BookingStatus.INQUIRY: frozenset({BookingStatus.NEGOTIATING, BookingStatus.CANCELLED}),
    BookingStatus.NEGOTIATING: frozenset(
        {BookingStatus.CONFIRMED, BookingStatus.CANCELLED, BookingStatus.POSTPONED}
    ),
    BookingStatus.CONFIRMED: frozenset(
        {
            BookingStatus.NEGOTIATING,
            BookingStatus.COMPLETED,
            BookingStatus.NO_SHOW,
            BookingStatus.CANCELLED,
            BookingStatus.POSTPONED,
        }
    ),
}

STATUS_LABELS = {
    BookingStatus.INQUIRY: QT_TRANSLATE_NOOP("policy", "Inquiry"),
    BookingStatus.NEGOTIATING: QT_TRANSLATE_NOOP("policy", "Negotiating"),
    BookingStatus.CONFIRMED: QT_TRANSLATE_NOOP("policy", "Confirmed"),
    BookingStatus.COMPLETED: QT_TRANSLATE_NOOP("policy", "Completed"),
    BookingStatus.NO_SHOW: QT_TRANSLATE_NOOP("policy", "No-show"),
    BookingStatus.CANCELLED: QT_TRANSLATE_NOOP("policy", "Cancelled"),
    BookingStatus.POSTPONED: QT_TRANSLATE_NOOP("policy", "Postponed"),
    BookingStatus.REFUSED: QT_TRANSLATE_NOOP("policy", "Refused"),
}
FORMAT_LABELS = {
    SessionFormat.IN_PERSON: QT_TRANSLATE_NOOP("policy", "In person"),
    SessionFormat.ONLINE_PHONE: QT_TRANSLATE_NOOP("policy", "Online (phone)"),
    SessionFormat.ONLINE_VIDEO: QT_TRANSLATE_NOOP("policy", "Online (video)"),
}
POINT_LABELS = {
    Point.DATE: QT_TRANSLATE_NOOP("policy", "Date"),
    Point.START: QT_TRANSLATE_NOOP("policy", "Start time"),
    Point.MENU: QT_TRANSLATE_NOOP("policy", "Session"),
    Point.ARRIVAL: QT_TRANSLATE_NOOP("policy", "How the client comes"),
}
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


@dataclass(frozen=True, slots=True)
class BookingFacts:
    """What the rules need to know about one booking, read from its row."""

    status: BookingStatus
    requested_by: Requester
    channel: Channel
    via_website_form: bool = False
    wish_to_book: bool = False
    form_consents_agreed: bool = False
    own_will_confirmed_at: datetime | None = None
    own_will_channel: Channel | None = None
    round_trips: int = 0
    agreed: frozenset[Point] = frozenset()


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


# --- P-WHO ---------------------------------------------------------------------------------


def check_requester(requested_by: Requester) -> Verdict:
    """P-WHO: only the client may book; a request by anyone else is refused, whatever the age."""
    if requested_by is Requester.CLIENT:
        return Verdict.allow(P_WHO)
    return Verdict.refuse(
        P_WHO,
        QT_TRANSLATE_NOOP(
            "policy",
            "Only the client may book, by their own will; a request made by anyone else "
            "(family, friend or acquaintance) is refused, whatever the client's age.",
        ),
    )


def check_own_will(facts: BookingFacts) -> Verdict:
    """P-WHO: no booking leaves the inquiry stage before the client's own will is confirmed directly."""
    verdict = check_requester(facts.requested_by)
    if not verdict.allowed:
        return verdict
    if facts.own_will_confirmed_at is None or facts.own_will_channel is None:
        return Verdict.refuse(
            P_WHO,
            QT_TRANSLATE_NOOP(
                "policy", "Record when and how the client's own will to book was confirmed directly."
            ),
        )
    return Verdict.allow(P_WHO)


# --- P-CHANNEL -----------------------------------------------------------------------------


def check_channel(facts: BookingFacts) -> Verdict:
    """P-CHANNEL: phone always; email only through the website form, with a wish to book and every consent."""
    if facts.channel is Channel.PHONE:
        return Verdict.allow(P_CHANNEL)
    if not facts.via_website_form:
        reason = QT_TRANSLATE_NOOP(
            "policy", "An email booking must come through the practice's website form; settle it by phone."
        )
    elif not facts.wish_to_book:
        reason = QT_TRANSLATE_NOOP(
            "policy", "The form message does not show a clear wish to book; it cannot be settled by email."
        )
    elif not facts.form_consents_agreed:
        reason = QT_TRANSLATE_NOOP(
            "policy", "Not every consent item of the website form was agreed; it cannot be settled by email."
        )
    else:
        return Verdict.allow(P_CHANNEL)
    return Verdict.refuse(P_CHANNEL, reason)


# --- P-ROUNDTRIPS --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoundTrips:
    """The email exchange count as shown to the counsellor (3/5)."""

    count: int
    limit: int

    @property
    def last(self) -> bool:
        """The warning: this is the last exchange the limit allows."""
        return self.count == self.limit

    @property
    def over(self) -> bool:
        return self.count > self.limit


def _phone_proposal(limit: int) -> Verdict:
    return Verdict.refuse(
        P_ROUNDTRIPS,
        QT_TRANSLATE_NOOP(
            "policy",
            "The %1 email round trips are used up; propose settling the booking by phone instead.",
        ),
        str(limit),
    )


def check_another_round_trip(facts: BookingFacts, limit: int) -> Verdict:
    """P-ROUNDTRIPS: one more email exchange is allowed only within the limit."""
    if facts.channel is not Channel.EMAIL:
        return Verdict.refuse(
            P_ROUNDTRIPS, QT_TRANSLATE_NOOP("policy", "Round trips are counted for email bookings only.")
        )
    if facts.round_trips + 1 > limit:
        return _phone_proposal(limit)
    return Verdict.allow(P_ROUNDTRIPS)


def check_round_trips(facts: BookingFacts, limit: int) -> Verdict:
    """P-ROUNDTRIPS: past the limit an email booking cannot advance; settle it by phone."""
    if facts.channel is Channel.EMAIL and facts.round_trips > limit:
        return _phone_proposal(limit)
    return Verdict.allow(P_ROUNDTRIPS)


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


# --- P-PREMEET (the phone half) -----------------------------------------------------------


def check_premeet(has_met: bool) -> Verdict:
    """P-PREMEET: before the first meeting, a call is for the four points only and may be cut short.

    Once the client has had a session, the pre-meeting rule no longer applies.
    """
    if not has_met:
        return Verdict.allow(P_PREMEET)
    return Verdict.refuse(
        P_PREMEET,
        QT_TRANSLATE_NOOP(
            "policy", "The client has already been met; the pre-meeting rule no longer applies."
        ),
    )
