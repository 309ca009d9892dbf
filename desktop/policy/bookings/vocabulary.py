"""The words of the booking rules: rule ids, limits, the enums, the state machine, labels and facts.

Every other booking rule module and the services speak in these terms; the labels are
``QT_TRANSLATE_NOOP("policy", ...)`` so the views show them translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktop.i18n import QT_TRANSLATE_NOOP

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
#: What set-up proposes for each session of the starter menu (in person, online) until changed.
STARTER_MINUTES = 50
STARTER_PRICE_YEN = 8000
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


class ExchangeSource(StrEnum):
    """P-ROUNDTRIPS: where an email exchange of a booking negotiation was counted."""

    #: The client's mail, imported while their email booking was open.
    MAIL_IN = "mail_in"
    #: A reply the app handed to the counsellor's mail program.
    REPLY = "reply"
    #: Mail written outside the app, counted by hand.
    MANUAL = "manual"

    @property
    def inbound(self) -> bool:
        return self is ExchangeSource.MAIL_IN


class PremeetReason(StrEnum):
    """P-PREMEET: why a reply was held or a call cut short before the first meeting."""

    INSUFFICIENT_INTENT = "insufficient_intent"
    CONSULTATION_CONTENT = "consultation_content"


#: Reason code that forces a cancellation fee of zero (P-EMERGENCY).
EMERGENCY_REASON = "emergency"

#: Statuses a booking only reaches after leaving the inquiry stage (P-WHO: own will confirmed).
PAST_INQUIRY = frozenset(
    {
        BookingStatus.NEGOTIATING,
        BookingStatus.CONFIRMED,
        BookingStatus.COMPLETED,
        BookingStatus.NO_SHOW,
        BookingStatus.POSTPONED,
    }
)
#: A session that took place (or was missed) ends the client's negotiation: the next starts at 0.
SESSION_HELD = frozenset({BookingStatus.COMPLETED, BookingStatus.NO_SHOW})

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
EXCHANGE_SOURCE_LABELS = {
    ExchangeSource.MAIL_IN: QT_TRANSLATE_NOOP("policy", "Client's mail imported"),
    ExchangeSource.REPLY: QT_TRANSLATE_NOOP("policy", "Reply sent from the app"),
    ExchangeSource.MANUAL: QT_TRANSLATE_NOOP("policy", "Mail outside the app, counted by hand"),
}
POINT_LABELS = {
    Point.DATE: QT_TRANSLATE_NOOP("policy", "Date"),
    Point.START: QT_TRANSLATE_NOOP("policy", "Start time"),
    Point.MENU: QT_TRANSLATE_NOOP("policy", "Session"),
    Point.ARRIVAL: QT_TRANSLATE_NOOP("policy", "How the client comes"),
}
#: P-CONFIRM point 4 of an online session: nobody comes to the office, the call is arranged.
ONLINE_ARRIVAL_LABEL = QT_TRANSLATE_NOOP("policy", "How the call is made")


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
