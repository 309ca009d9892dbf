"""The demo clients' bookings, as the services would have left them in every state.

A completed session for each note whose day still has room in the
:class:`~desktop.demo.agenda.Agenda`; around them the bookings that fell
through (cancelled with the vault's fee, no-shows, postponed), the requests
refused under P-WHO, and what is open at ``until``. Each holds what the
services record before a booking reaches its state. Bookings draw only from
the agenda's own random stream.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desktop.demo.agenda import Agenda, working_day
from desktop.demo.plans import (
    DEMO_MENU,
    MENU_WEIGHTS,
    BookingPlan,
    CancelPlan,
    ClientPlan,
    DemoMenuItem,
    NotePlan,
)
from desktop.demo.world import World, wall_clock
from desktop.policy import bookings as rules
from desktop.policy import cancellation as fees
from desktop.policy import personal_data as pd
from desktop.policy.bookings import BookingStatus, Point
from desktop.services import clients as client_service

TRAVEL_WEIGHTS = (
    (rules.TravelMeans.CAR, 45),
    (rules.TravelMeans.TRAIN, 30),
    (rules.TravelMeans.BUS, 10),
    (rules.TravelMeans.WALK, 8),
    (rules.TravelMeans.TAXI, 5),
    (rules.TravelMeans.OTHER, 2),
)
REQUESTERS = ("母親", "父親", "配偶者", "姉", "兄", "友人", "職場の上司", "祖母")
CLIENT_CANCEL_REASONS = ("", "体調不良", "仕事の都合", "家庭の事情", "子どもの発熱", "天候不良")
COUNSELLOR_CANCEL_REASONS = ("カウンセラーの体調不良", "研修のため", "")
REFUSAL = rules.check_requester(rules.Requester.OTHER)


@dataclass(frozen=True, slots=True)
class _Habits:
    """How one client books: by email or phone, which session, how they come."""

    email: bool
    menu: DemoMenuItem
    travel: rules.TravelMeans
    pickup: bool


def _menu(agenda: Agenda, habits: _Habits) -> DemoMenuItem:
    """Mostly the client's usual session, now and then another one."""
    if agenda.rng.random() < 0.85:
        return habits.menu
    return agenda.rng.choices(DEMO_MENU, MENU_WEIGHTS)[0]


def _habits(agenda: Agenda, draft: client_service.ClientDraft) -> _Habits:
    rng = agenda.rng
    menu = rng.choices(DEMO_MENU, MENU_WEIGHTS)[0]
    travel = rng.choices([t for t, _w in TRAVEL_WEIGHTS], [w for _t, w in TRAVEL_WEIGHTS])[0]
    pickup = travel is rules.TravelMeans.TRAIN and rng.random() < 0.4
    return _Habits(bool(draft.email) and rng.random() < 0.45, menu, travel, pickup)


def _minutes(rng: random.Random, low: int, high: int) -> timedelta:
    return timedelta(minutes=rng.randint(low, high))


def _session(
    agenda: Agenda,
    habits: _Habits,
    status: BookingStatus,
    start: datetime,
    menu: DemoMenuItem,
    *,
    not_after: datetime,
    points: int = 4,
    confirmed: bool = True,
) -> BookingPlan:
    """A booking for ``start`` as the services leave it: own will, channel facts, points, confirmation.

    Every step happens after the previous one and before the session and ``not_after``.
    """
    rng = agenda.rng
    channel = rules.Channel.EMAIL if habits.email and rng.random() < 0.8 else rules.Channel.PHONE
    created = min(start - timedelta(days=rng.randint(2, 24), hours=rng.randint(0, 8)), not_after)
    created = created.replace(second=rng.randrange(60), microsecond=0)
    plan = BookingPlan(status, channel, created, created)
    plan.own_will_at = created + _minutes(rng, 0, 90)
    plan.starts_at = start
    plan.menu = menu
    if channel is rules.Channel.EMAIL:
        plan.round_trips = rng.randint(1, agenda.round_trip_limit)
    _arrival(plan, habits)
    moment = plan.own_will_at
    for point in list(Point)[:points]:
        moment += _minutes(rng, 1, 90)
        plan.agreed[point] = moment
    if Point.ARRIVAL not in plan.agreed:  # point 4's values are only entered when it is agreed
        plan.travel_means = plan.pickup_needed = plan.call_means = None
    if confirmed and points == 4:
        moment += _minutes(rng, 1, 30)
        plan.confirmed_at = moment
    plan.updated = moment
    return plan


def _finish(plan: BookingPlan, agenda: Agenda, status: BookingStatus) -> BookingPlan:
    """Mark a past session completed or missed shortly after it ended."""
    assert plan.starts_at is not None and plan.menu is not None
    plan.status = status
    plan.updated = (
        plan.starts_at + timedelta(minutes=plan.menu.duration_minutes) + _minutes(agenda.rng, 5, 180)
    )
    return plan


def _cancel(plan: BookingPlan, agenda: Agenda) -> BookingPlan:
    """Cancel a live booking before its session, with the fee the vault's schedule gives (P-CANCEL)."""
    rng = agenda.rng
    assert plan.starts_at is not None
    by = rules.CancelledBy.CLIENT if rng.random() < 0.85 else rules.CancelledBy.COUNSELLOR
    notice = rng.choice((rng.uniform(1, 24), rng.uniform(24, 72), rng.uniform(72, 240)))
    at = (plan.starts_at - timedelta(hours=notice)).replace(second=0, microsecond=0)
    at = max(at, plan.updated + timedelta(minutes=1))
    if by is rules.CancelledBy.CLIENT:
        # the demo declares no emergency, so none of its fees is waived as one (P-EMERGENCY)
        reason = "天候不良" if rng.random() < 0.05 else _pick(rng, CLIENT_CANCEL_REASONS)
    else:
        reason = _pick(rng, COUNSELLOR_CANCEL_REASONS)
    terms = fees.cancellation_terms(
        schedule=agenda.schedule,
        status=plan.status,
        starts_at=plan.starts_at,
        cancelled_at=at,
        price_yen=plan.menu.price_yen if plan.menu else None,
        cancelled_by=by,
        reason=reason,
    )
    plan.cancellation = CancelPlan(by, at, reason, terms)
    plan.status = BookingStatus.CANCELLED
    plan.updated = at
    return plan


def _pick(rng: random.Random, choices: Sequence[str]) -> str:
    return choices[rng.randrange(len(choices))]


def _fell_through(
    world: World, agenda: Agenda, habits: _Habits, before: date, floor: date
) -> BookingPlan | None:
    """Now and then a booking before a session did not happen: cancelled, missed or postponed."""
    rng = agenda.rng
    roll = rng.random()
    if roll >= 0.1:
        return None
    day = working_day(before - timedelta(days=rng.randint(2, 9)), floor, world.until)
    if day < floor or day >= before:
        return None
    menu = _menu(agenda, habits)
    start = agenda.place(day, menu.duration_minutes)
    if start is None:
        return None
    end_of_day = datetime.combine(world.until, time(18))
    if roll < 0.05:  # cancelled: mostly once confirmed, sometimes still under negotiation
        confirmed = rng.random() < 0.8
        plan = _session(
            agenda,
            habits,
            BookingStatus.CONFIRMED if confirmed else BookingStatus.NEGOTIATING,
            start,
            menu,
            not_after=end_of_day,
            points=4 if confirmed else rng.randint(0, 3),
            confirmed=confirmed,
        )
        return _cancel(plan, agenda)
    if roll < 0.075:
        plan = _session(agenda, habits, BookingStatus.CONFIRMED, start, menu, not_after=end_of_day)
        return _finish(plan, agenda, BookingStatus.NO_SHOW)
    confirmed = rng.random() < 0.5
    plan = _session(
        agenda,
        habits,
        BookingStatus.POSTPONED,
        start,
        menu,
        not_after=end_of_day,
        points=4 if confirmed else rng.randint(1, 3),
        confirmed=confirmed,
    )
    plan.updated += _minutes(rng, 60, 3 * 24 * 60)
    plan.updated = min(plan.updated, start - timedelta(minutes=30))
    return plan


def _refused(agenda: Agenda, habits: _Habits, when: datetime) -> BookingPlan:
    """P-WHO: a relative or acquaintance asked for the client; kept as refused with the rule's reason."""
    rng = agenda.rng
    channel = rules.Channel.EMAIL if habits.email and rng.random() < 0.3 else rules.Channel.PHONE
    plan = BookingPlan(BookingStatus.REFUSED, channel, when, when, requested_by=rules.Requester.OTHER)
    plan.requester_relation = _pick(rng, REQUESTERS)
    return plan


def _upcoming(world: World, agenda: Agenda, habits: _Habits, status: pd.ClientStatus) -> list[BookingPlan]:
    """What is open at ``until``: the next session of an active client, a prospect's first request."""
    rng = agenda.rng
    now = datetime.combine(world.until, time(9 + rng.randrange(3), rng.randrange(60)))
    horizon = world.until + timedelta(days=60)
    if status is pd.ClientStatus.CLOSED:
        return []
    for _attempt in range(4):
        day = working_day(world.until + timedelta(days=rng.randint(1, 28)), world.until, horizon)
        if day <= world.until:
            continue
        menu = _menu(agenda, habits)
        start = agenda.place(day, menu.duration_minutes)
        if start is None:
            continue
        if status is pd.ClientStatus.ACTIVE:
            confirmed = rng.random() < 0.75
            return [
                _session(
                    agenda,
                    habits,
                    BookingStatus.CONFIRMED if confirmed else BookingStatus.NEGOTIATING,
                    start,
                    menu,
                    not_after=now,
                    points=4 if confirmed else rng.randint(0, 3),
                    confirmed=confirmed,
                )
            ]
        if rng.random() < 0.5:  # a prospect still in negotiation over the first session
            return [
                _session(
                    agenda,
                    habits,
                    BookingStatus.NEGOTIATING,
                    start,
                    menu,
                    not_after=now,
                    points=rng.randint(0, 3),
                )
            ]
        plan = _session(agenda, habits, BookingStatus.INQUIRY, start, menu, not_after=now, points=0)
        plan.own_will_at, plan.round_trips, plan.updated = None, 0, plan.created
        return [plan]
    if status is pd.ClientStatus.PROSPECT:  # the calendar is full: an inquiry without a time yet
        channel = rules.Channel.EMAIL if habits.email else rules.Channel.PHONE
        return [BookingPlan(BookingStatus.INQUIRY, channel, now, now)]
    return []


def plan_bookings(
    world: World, agenda: Agenda, status: pd.ClientStatus, plan: ClientPlan
) -> list[BookingPlan]:
    """The client's bookings: one completed session per note where the day has room, and the rest."""
    rng = agenda.rng
    habits = _habits(agenda, plan.draft)
    first_contact = wall_clock(plan.created_at)
    bookings: list[BookingPlan] = []
    if rng.random() < 0.04:
        asked = max(
            first_contact - timedelta(days=rng.randint(0, 10)), datetime.combine(world.start, time(10))
        )
        bookings.append(_refused(agenda, habits, asked))
    floor = first_contact.date()
    end_of_day = datetime.combine(world.until, time(18))
    for index, note in enumerate(plan.notes):
        missed = _fell_through(world, agenda, habits, note.occurred_on, floor)
        if missed is not None:
            bookings.append(missed)
        menu = _menu(agenda, habits)
        ceiling = plan.notes[index + 1].occurred_on if index + 1 < len(plan.notes) else world.until
        start = _place_near(agenda, note.occurred_on, menu.duration_minutes, floor, min(ceiling, world.until))
        if start is None:
            continue
        if start.date() != note.occurred_on:  # the day was full: the session (and its note) moved
            _move_note(note, start.date())
            plan.updated_at = max(plan.updated_at, note.written_at[-1])
        session = _session(agenda, habits, BookingStatus.CONFIRMED, start, menu, not_after=end_of_day)
        bookings.append(_finish(session, agenda, BookingStatus.COMPLETED))
        note.booking = session
        floor = note.occurred_on + timedelta(days=1)
    bookings.extend(_upcoming(world, agenda, habits, status))
    return bookings


def _place_near(agenda: Agenda, day: date, duration: int, floor: date, ceiling: date) -> datetime | None:
    """A slot on ``day``, else on one of the next or previous working days within (floor, ceiling)."""
    for offset in (0, 1, 2, 3, -1, -2, 4, 5):
        candidate = day + timedelta(days=offset)
        if offset and not (floor <= candidate < ceiling or candidate == ceiling == day):
            continue
        start = agenda.place(candidate, duration)
        if start is not None:
            return start
    return None


def _move_note(note: NotePlan, day: date) -> None:
    """Shift a note and its revisions' times to the day the session actually took place."""
    delta = day - note.occurred_on
    note.occurred_on = day
    note.written_at = [
        (datetime.fromisoformat(stamp) + delta).isoformat(timespec="seconds") for stamp in note.written_at
    ]


def _arrival(plan: BookingPlan, habits: _Habits) -> None:
    """Point 4's values for the plan's session format (no pick-up online)."""
    assert plan.menu is not None
    if plan.menu.format is rules.SessionFormat.IN_PERSON:
        plan.travel_means, plan.pickup_needed, plan.call_means = habits.travel, habits.pickup, None
    else:
        plan.travel_means, plan.pickup_needed = None, False
        plan.call_means = (
            rules.CallMeans.PHONE
            if plan.menu.format is rules.SessionFormat.ONLINE_PHONE
            else rules.CallMeans.VIDEO
        )
