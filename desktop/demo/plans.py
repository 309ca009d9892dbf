"""What the demo will insert: one plan per client, note, booking and cancellation, and the menu.

Plans are planned first and written in a batch later (:mod:`desktop.demo.inserts`);
a booking plan learns its id only when it is inserted, so a note can point at it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.policy import bookings as rules
from desktop.policy import cancellation as fees
from desktop.policy.bookings import BookingStatus, Point
from desktop.services import clients as client_service


@dataclass
class NotePlan:
    occurred_on: date
    texts: list[str]
    written_at: list[str]
    #: The completed session this note records (``consultation_notes.booking_id``).
    booking: BookingPlan | None = None


@dataclass
class ClientPlan:
    draft: client_service.ClientDraft
    created_at: str
    updated_at: str
    notes: list[NotePlan] = field(default_factory=list)
    bookings: list[BookingPlan] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class DemoMenuItem:
    name: str
    format: rules.SessionFormat
    duration_minutes: int
    price_yen: int


#: The demo practice's menu (tax included, as a private practice in Shizuoka might charge).
DEMO_MENU = (
    DemoMenuItem("対面カウンセリング 60分", rules.SessionFormat.IN_PERSON, 60, 8800),
    DemoMenuItem("対面カウンセリング 90分", rules.SessionFormat.IN_PERSON, 90, 12100),
    DemoMenuItem("オンライン(電話) 50分", rules.SessionFormat.ONLINE_PHONE, 50, 7700),
    DemoMenuItem("オンライン(ビデオ) 50分", rules.SessionFormat.ONLINE_VIDEO, 50, 7700),
)
MENU_WEIGHTS = (55, 13, 12, 20)


@dataclass
class CancelPlan:
    cancelled_by: rules.CancelledBy
    cancelled_at: datetime
    reason: str
    terms: fees.CancellationTerms


@dataclass
class BookingPlan:
    status: BookingStatus
    channel: rules.Channel
    created: datetime
    updated: datetime
    requested_by: rules.Requester = rules.Requester.CLIENT
    requester_relation: str = ""
    round_trips: int = 0
    own_will_at: datetime | None = None
    starts_at: datetime | None = None
    menu: DemoMenuItem | None = None
    travel_means: rules.TravelMeans | None = None
    pickup_needed: bool | None = None
    call_means: rules.CallMeans | None = None
    agreed: dict[Point, datetime] = field(default_factory=dict)
    confirmed_at: datetime | None = None
    cancellation: CancelPlan | None = None
    #: Set when the row is inserted, so the note can point at it.
    id: int = 0
