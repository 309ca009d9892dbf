"""Bookings: from the first request to a completed, missed, postponed or cancelled session.

One function per action the counsellor takes. Each opens one unit of work,
reads the booking into a :class:`~desktop.policy.bookings.BookingFacts`
snapshot, asks the policy (P-WHO, P-CHANNEL, P-ROUNDTRIPS, P-CONFIRM,
P-FORMAT, P-CANCEL), and turns a refusal into a
:class:`~desktop.errors.PolicyRefusal` whose sentence names the rule and what
is missing. Every change is audited with ids only. Views get dataclasses.

Session times are the practice's local wall-clock times (naive ``datetime``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import InvalidInput, InvalidSetting, PolicyRefusal
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Booking, BookingCancellation, Client, ConsultationNote, SessionMenuItem, Setting
from desktop.policy import Verdict, confirmation
from desktop.policy import bookings as rules
from desktop.policy import cancellation as fees
from desktop.policy.bookings import BookingStatus, Point
from desktop.services import cancellation_fees, practice_settings
from desktop.vault import audit
from desktop.vault.audit import DetailValue
from desktop.vault.store import OpenVault

BUFFER_KEY = "booking_buffer_minutes"
#: The longest session the menu allows bounds the index range scanned for overlaps.
_LONGEST = timedelta(minutes=rules.DURATION_MINUTES_RANGE[1])
_ACTIVE = [s.value for s in rules.ACTIVE_STATUSES]


class BookingRefused(PolicyRefusal):
    """P-WHO: the request was refused but kept, as booking ``booking_id`` with status *refused*."""

    def __init__(self, verdict: Verdict, booking_id: int) -> None:
        super().__init__(verdict.rule, verdict.reason, verdict.args)
        self.booking_id = booking_id


@dataclass(frozen=True, slots=True)
class PointState:
    """One point of the P-CONFIRM checklist: ticked when ``agreed_at`` is set."""

    point: Point
    agreed_at: datetime | None

    @property
    def agreed(self) -> bool:
        return self.agreed_at is not None


@dataclass(frozen=True, slots=True)
class BookingDetails:
    id: int
    client_id: int
    status: BookingStatus
    requested_by: rules.Requester
    requester_relation: str
    refusal_rule: str
    refusal_reason: str
    channel: rules.Channel
    via_website_form: bool
    wish_to_book: bool
    form_consents_agreed: bool
    own_will_confirmed_at: datetime | None
    own_will_channel: rules.Channel | None
    round_trips: rules.RoundTrips
    session_date: date | None
    start_time: time | None
    starts_at: datetime | None
    ends_at: datetime | None
    menu_item_id: int | None
    format: rules.SessionFormat | None
    duration_minutes: int | None
    price_yen: int | None
    travel_means: rules.TravelMeans | None
    pickup_needed: bool | None
    call_means: rules.CallMeans | None
    checklist: tuple[PointState, ...]
    confirmed_at: datetime | None


@dataclass(frozen=True, slots=True)
class CancellationRecord:
    id: int
    booking_id: int
    cancelled_by: rules.CancelledBy
    cancelled_at: datetime
    notice_minutes: int | None
    price_yen: int
    fee_percent: int
    fee_yen: int
    fee_waived: bool
    reason: str


# --- helpers -------------------------------------------------------------------------------


def _stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _local_now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _enforce(verdict: Verdict) -> None:
    if not verdict.allowed:
        raise PolicyRefusal(verdict.rule, verdict.reason, verdict.args)


def _row(session: Session, booking_id: int) -> Booking:
    row = session.get(Booking, booking_id)
    if row is None:
        raise LookupError(booking_id)
    return row


_AGREED_COLUMNS = {
    Point.DATE: "date_agreed_at",
    Point.START: "start_agreed_at",
    Point.MENU: "menu_agreed_at",
    Point.ARRIVAL: "arrival_agreed_at",
}


def _agreed(row: Booking) -> frozenset[Point]:
    return frozenset(p for p, column in _AGREED_COLUMNS.items() if getattr(row, column) is not None)


def _facts(row: Booking) -> rules.BookingFacts:
    return rules.BookingFacts(
        status=BookingStatus(row.status),
        requested_by=rules.Requester(row.requested_by),
        channel=rules.Channel(row.channel),
        via_website_form=row.via_website_form,
        wish_to_book=row.wish_to_book,
        form_consents_agreed=row.form_consents_agreed,
        own_will_confirmed_at=row.own_will_confirmed_at,
        own_will_channel=rules.Channel(row.own_will_channel) if row.own_will_channel else None,
        round_trips=row.round_trips,
        agreed=_agreed(row),
    )


def _details(row: Booking, limit: int) -> BookingDetails:
    return BookingDetails(
        id=row.id,
        client_id=row.client_id,
        status=BookingStatus(row.status),
        requested_by=rules.Requester(row.requested_by),
        requester_relation=row.requester_relation,
        refusal_rule=row.refusal_rule,
        refusal_reason=row.refusal_reason,
        channel=rules.Channel(row.channel),
        via_website_form=row.via_website_form,
        wish_to_book=row.wish_to_book,
        form_consents_agreed=row.form_consents_agreed,
        own_will_confirmed_at=row.own_will_confirmed_at,
        own_will_channel=rules.Channel(row.own_will_channel) if row.own_will_channel else None,
        round_trips=rules.RoundTrips(row.round_trips, limit),
        session_date=row.session_date,
        start_time=row.start_time,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        menu_item_id=row.menu_item_id,
        format=rules.SessionFormat(row.format) if row.format else None,
        duration_minutes=row.duration_minutes,
        price_yen=row.price_yen,
        travel_means=rules.TravelMeans(row.travel_means) if row.travel_means else None,
        pickup_needed=row.pickup_needed,
        call_means=rules.CallMeans(row.call_means) if row.call_means else None,
        checklist=tuple(PointState(p, getattr(row, c)) for p, c in _AGREED_COLUMNS.items()),
        confirmed_at=row.confirmed_at,
    )


def _round_trip_limit(vault: OpenVault) -> int:
    return practice_settings.load(vault).round_trip_limit


def _buffer(session: Session) -> int:
    stored = session.get(Setting, BUFFER_KEY)
    if stored is not None and stored.value.isdigit():
        return int(stored.value)
    return rules.DEFAULT_BUFFER_MINUTES


def _check_overlap(session: Session, row: Booking) -> None:
    """P-FORMAT: refuse a time that overlaps another live booking of the counsellor."""
    if row.starts_at is None or row.ends_at is None:
        return
    gap = timedelta(minutes=_buffer(session))
    query = select(Booking.starts_at, Booking.ends_at).where(
        Booking.starts_at < row.ends_at + gap,
        Booking.starts_at > row.starts_at - gap - _LONGEST,
        Booking.ends_at > row.starts_at - gap,
        Booking.status.in_(_ACTIVE),
    )
    if row.id is not None:
        query = query.where(Booking.id != row.id)
    others = [(s, e) for s, e in session.execute(query) if s is not None and e is not None]
    _enforce(rules.check_no_overlap(row.starts_at, row.ends_at, others, int(gap.total_seconds()) // 60))


def _menu_item(session: Session, menu_item_id: int) -> SessionMenuItem:
    item = session.get(SessionMenuItem, menu_item_id)
    if item is None:
        raise LookupError(menu_item_id)
    if not item.active:
        raise InvalidInput(QT_TRANSLATE_NOOP("policy", "This session is no longer on the menu."))
    return item


def _reschedule(
    session: Session,
    row: Booking,
    *,
    session_date: date | None,
    start_time: time | None,
    menu_item: SessionMenuItem | None,
) -> frozenset[Point]:
    """Set new values, untick exactly the points they change and demote a confirmed booking.

    ``None`` keeps a value. Returns the points that were unticked or changed.
    """
    _enforce(rules.check_changeable(BookingStatus(row.status)))
    new_date = session_date or row.session_date
    new_time = start_time or row.start_time
    new_start = datetime.combine(new_date, new_time) if new_date and new_time else None
    new_menu_id = menu_item.id if menu_item else row.menu_item_id
    new_format = rules.SessionFormat(menu_item.format) if menu_item else None
    old_format = rules.SessionFormat(row.format) if row.format else None
    changed = rules.changed_points(
        old_date=row.session_date,
        new_date=new_date,
        old_start=row.start_time,
        new_start=new_time,
        old_format=old_format,
        new_format=new_format or old_format,
        old_menu_item=row.menu_item_id,
        new_menu_item=new_menu_id,
    )
    if not changed:
        return frozenset()
    row.session_date, row.start_time, row.starts_at = new_date, new_time, new_start
    if menu_item is not None:
        row.menu_item_id = menu_item.id
        row.format = menu_item.format
        row.duration_minutes = menu_item.duration_minutes
        row.price_yen = menu_item.price_yen
    if Point.ARRIVAL in changed:
        row.travel_means = row.pickup_needed = row.call_means = None
    minutes = row.duration_minutes or rules.PROVISIONAL_DURATION_MINUTES
    row.ends_at = new_start + timedelta(minutes=minutes) if new_start else None
    for point in changed:
        setattr(row, _AGREED_COLUMNS[point], None)
    if row.status == BookingStatus.CONFIRMED:
        row.status = BookingStatus.NEGOTIATING.value
        row.confirmed_at = None
    session.flush()
    _check_overlap(session, row)
    return changed


def _event(session: Session, action: str, row: Booking, **detail: DetailValue) -> None:
    audit.append(
        session, action, entity="booking", entity_id=row.id, detail={"client": row.client_id, **detail}
    )


def _touch(row: Booking) -> None:
    row.updated_at = _stamp()


# --- creating a booking --------------------------------------------------------------------


def create_booking(
    vault: OpenVault,
    *,
    client_id: int,
    requested_by: rules.Requester,
    channel: rules.Channel,
    requester_relation: str = "",
    via_website_form: bool = False,
    wish_to_book: bool = False,
    form_consents_agreed: bool = False,
    session_date: date | None = None,
    start_time: time | None = None,
    menu_item_id: int | None = None,
) -> BookingDetails:
    """Record a request as an inquiry (optionally with a proposed time and session).

    P-WHO: a request made by anyone but the client is kept as a *refused*
    inquiry with its reason, and :class:`BookingRefused` is raised after it is saved.
    """
    limit = _round_trip_limit(vault)
    who = rules.check_requester(requested_by)
    with vault.unit_of_work() as session:
        details = create_within(
            session,
            limit,
            client_id=client_id,
            requested_by=requested_by,
            channel=channel,
            requester_relation=requester_relation,
            via_website_form=via_website_form,
            wish_to_book=wish_to_book,
            form_consents_agreed=form_consents_agreed,
            session_date=session_date,
            start_time=start_time,
            menu_item_id=menu_item_id,
        )
    if not who.allowed:
        raise BookingRefused(who, details.id)
    return details


def create_within(
    session: Session,
    limit: int,
    *,
    client_id: int,
    requested_by: rules.Requester,
    channel: rules.Channel,
    requester_relation: str = "",
    via_website_form: bool = False,
    wish_to_book: bool = False,
    form_consents_agreed: bool = False,
    session_date: date | None = None,
    start_time: time | None = None,
    menu_item_id: int | None = None,
) -> BookingDetails:
    """:func:`create_booking` inside the caller's transaction; a refused request is kept, not raised."""
    who = rules.check_requester(requested_by)
    now = _stamp()
    if session.get(Client, client_id) is None:
        raise LookupError(client_id)
    row = Booking(
        client_id=client_id,
        status=BookingStatus.INQUIRY.value if who.allowed else BookingStatus.REFUSED.value,
        requested_by=requested_by.value,
        requester_relation=" ".join(requester_relation.split())[:40],
        refusal_rule="" if who.allowed else who.rule,
        refusal_reason="" if who.allowed else who.reason,
        channel=channel.value,
        via_website_form=via_website_form,
        wish_to_book=wish_to_book,
        form_consents_agreed=form_consents_agreed,
        round_trips=0,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    if who.allowed:
        menu = _menu_item(session, menu_item_id) if menu_item_id is not None else None
        _reschedule(session, row, session_date=session_date, start_time=start_time, menu_item=menu)
        _event(session, "booking.created", row, channel=channel.value)
    else:
        _event(session, "booking.refused", row, rule=who.rule)
    return _details(row, limit)


def record_channel_facts(
    vault: OpenVault,
    *,
    booking_id: int,
    via_website_form: bool,
    wish_to_book: bool,
    form_consents_agreed: bool,
) -> BookingDetails:
    """P-CHANNEL: record what the website-form request showed."""
    limit = _round_trip_limit(vault)
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        _enforce(rules.check_changeable(BookingStatus(row.status)))
        row.via_website_form = via_website_form
        row.wish_to_book = wish_to_book
        row.form_consents_agreed = form_consents_agreed
        _touch(row)
        _event(session, "booking.channel_facts", row)
        return _details(row, limit)


def change_channel(vault: OpenVault, *, booking_id: int, channel: rules.Channel) -> BookingDetails:
    """P-CHANNEL, P-ROUNDTRIPS: settle by phone (what the app proposes past the round-trip limit)."""
    limit = _round_trip_limit(vault)
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        _enforce(rules.check_changeable(BookingStatus(row.status)))
        if row.channel != channel.value:
            row.channel = channel.value
            _touch(row)
            _event(session, "booking.channel_changed", row, channel=channel.value)
        return _details(row, limit)


def confirm_own_will(
    vault: OpenVault, *, booking_id: int, channel: rules.Channel, confirmed_at: datetime | None = None
) -> BookingDetails:
    """P-WHO: record when and by which channel the client's own will was confirmed directly."""
    limit = _round_trip_limit(vault)
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        _enforce(rules.check_requester(rules.Requester(row.requested_by)))
        _enforce(rules.check_changeable(BookingStatus(row.status)))
        row.own_will_confirmed_at = confirmed_at or _local_now()
        row.own_will_channel = channel.value
        _touch(row)
        _event(session, "booking.own_will_confirmed", row, channel=channel.value)
        return _details(row, limit)


def record_round_trip(vault: OpenVault, *, booking_id: int) -> rules.RoundTrips:
    """P-ROUNDTRIPS: count one email exchange; ``.last`` is the warning, past the limit it is refused."""
    limit = _round_trip_limit(vault)
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        _enforce(rules.check_another_round_trip(_facts(row), limit))
        row.round_trips += 1
        _touch(row)
        _event(session, "booking.round_trip", row, count=row.round_trips)
        return rules.RoundTrips(row.round_trips, limit)


def cut_call_short(vault: OpenVault, *, booking_id: int, reason: rules.PremeetReason) -> None:
    """P-PREMEET: note that a booking call with someone not yet met was cut short, and why.

    Only the reason code is kept (in the audit trail), never what was said.
    """
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        met = session.scalar(
            select(Booking.id).where(
                Booking.client_id == row.client_id, Booking.status == BookingStatus.COMPLETED.value
            )
        )
        _enforce(rules.check_premeet(met is not None))
        _event(session, "booking.call_cut_short", row, reason=reason.value)


# --- the four points -----------------------------------------------------------------------


def move_booking(
    vault: OpenVault,
    *,
    booking_id: int,
    session_date: date | None = None,
    start_time: time | None = None,
    menu_item_id: int | None = None,
) -> BookingDetails:
    """P-CONFIRM, P-FORMAT: propose a new date, start or session (``None`` keeps it).

    The points it changes are unticked and a confirmed booking goes back to
    *negotiating*; the new time must not overlap another session.
    """
    limit = _round_trip_limit(vault)
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        was = row.status
        menu = _menu_item(session, menu_item_id) if menu_item_id is not None else None
        changed = _reschedule(session, row, session_date=session_date, start_time=start_time, menu_item=menu)
        if changed:
            _touch(row)
            _event(
                session,
                "booking.moved",
                row,
                unticked=",".join(p.value for p in Point if p in changed),
                demoted=was != row.status,
            )
        return _details(row, limit)


Arrival = tuple[rules.TravelMeans | None, bool | None, rules.CallMeans | None]


def _set_arrival(row: Booking, arrival: Arrival) -> bool:
    """P-CONFIRM, P-FORMAT: store point 4's values; a change unticks it and demotes a confirmed booking.

    Pick-up only exists for in-person sessions. Returns whether the values changed.
    """
    travel, pickup, call = arrival
    in_person = row.format == rules.SessionFormat.IN_PERSON.value
    new = (travel.value if travel else None, bool(pickup) and in_person, call.value if call else None)
    if (row.travel_means, row.pickup_needed, row.call_means) == new:
        return False
    row.travel_means, row.pickup_needed, row.call_means = new
    row.arrival_agreed_at = None
    if row.status == BookingStatus.CONFIRMED:
        row.status, row.confirmed_at = BookingStatus.NEGOTIATING.value, None
    return True


def propose_arrival(
    vault: OpenVault,
    *,
    booking_id: int,
    travel_means: rules.TravelMeans | None = None,
    pickup_needed: bool | None = None,
    call_means: rules.CallMeans | None = None,
) -> BookingDetails:
    """P-CONFIRM point 4: propose new travel, pick-up or call means without agreeing them yet.

    As with moving a booking, a change unticks the point and sends a confirmed
    booking back to *negotiating*: what the client agreed to is no longer what
    is written down.
    """
    limit = _round_trip_limit(vault)
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        _enforce(rules.check_changeable(BookingStatus(row.status)))
        was, was_agreed = row.status, row.arrival_agreed_at is not None
        if _set_arrival(row, (travel_means, pickup_needed, call_means)):
            _touch(row)
            _event(
                session,
                "booking.moved",
                row,
                unticked=Point.ARRIVAL.value if was_agreed else "",
                demoted=was != row.status,
            )
        return _details(row, limit)


def _agree(
    vault: OpenVault,
    booking_id: int,
    point: Point,
    agreed_at: datetime | None,
    *,
    session_date: date | None = None,
    start_time: time | None = None,
    menu_item_id: int | None = None,
    arrival: Arrival | None = None,
) -> BookingDetails:
    limit = _round_trip_limit(vault)
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        _enforce(rules.check_can_negotiate(_facts(row), limit))
        menu = _menu_item(session, menu_item_id) if menu_item_id is not None else None
        was = row.status
        changed = _reschedule(session, row, session_date=session_date, start_time=start_time, menu_item=menu)
        session_format = rules.SessionFormat(row.format) if row.format else None
        if arrival is not None:
            travel, pickup, call = arrival
            _enforce(
                rules.check_point_value(
                    point,
                    session_format=session_format,
                    has_value=True,
                    travel_means=travel,
                    pickup_needed=pickup,
                    call_means=call,
                )
            )
            _set_arrival(row, arrival)
        else:
            value = {
                Point.DATE: row.session_date,
                Point.START: row.start_time,
                Point.MENU: row.menu_item_id,
            }[point]
            _enforce(
                rules.check_point_value(point, session_format=session_format, has_value=value is not None)
            )
        setattr(row, _AGREED_COLUMNS[point], agreed_at or _local_now())
        _touch(row)
        if changed - {point}:
            _event(
                session,
                "booking.moved",
                row,
                unticked=",".join(p.value for p in Point if p in changed - {point}),
                demoted=was != row.status,
            )
        _event(session, "booking.point_agreed", row, point=point.value, demoted=was != row.status)
        return _details(row, limit)


def agree_date(
    vault: OpenVault, *, booking_id: int, session_date: date | None = None, agreed_at: datetime | None = None
) -> BookingDetails:
    """P-CONFIRM point 1: tick the date (setting it first when given)."""
    return _agree(vault, booking_id, Point.DATE, agreed_at, session_date=session_date)


def agree_start(
    vault: OpenVault, *, booking_id: int, start_time: time | None = None, agreed_at: datetime | None = None
) -> BookingDetails:
    """P-CONFIRM point 2: tick the start time (setting it first when given)."""
    return _agree(vault, booking_id, Point.START, agreed_at, start_time=start_time)


def agree_menu_item(
    vault: OpenVault, *, booking_id: int, menu_item_id: int | None = None, agreed_at: datetime | None = None
) -> BookingDetails:
    """P-CONFIRM point 3: tick the session (menu item), choosing it first when given."""
    return _agree(vault, booking_id, Point.MENU, agreed_at, menu_item_id=menu_item_id)


def agree_arrival(
    vault: OpenVault,
    *,
    booking_id: int,
    travel_means: rules.TravelMeans | None = None,
    pickup_needed: bool | None = None,
    call_means: rules.CallMeans | None = None,
    agreed_at: datetime | None = None,
) -> BookingDetails:
    """P-CONFIRM point 4: in person, the travel means and pick-up; online, the call means (no pick-up)."""
    return _agree(
        vault, booking_id, Point.ARRIVAL, agreed_at, arrival=(travel_means, pickup_needed, call_means)
    )


# --- status changes ------------------------------------------------------------------------


def _transition(
    vault: OpenVault,
    booking_id: int,
    target: BookingStatus,
    action: str,
    *,
    now: datetime | None = None,
) -> BookingDetails:
    limit = _round_trip_limit(vault)
    with vault.unit_of_work() as session:
        return transition_within(session, booking_id, target, action, limit, now=now)


def transition_within(
    session: Session,
    booking_id: int,
    target: BookingStatus,
    action: str,
    limit: int,
    *,
    now: datetime | None = None,
) -> BookingDetails:
    """A status change inside the caller's transaction (an emergency changes many bookings in one)."""
    row = _row(session, booking_id)
    _enforce(rules.check_transition(_facts(row), target, limit))
    if target in (BookingStatus.COMPLETED, BookingStatus.NO_SHOW):
        _enforce(rules.check_session_started(row.starts_at, now or _local_now()))
    if target is BookingStatus.CONFIRMED:
        _check_overlap(session, row)
        row.confirmed_at = now or _local_now()
    row.status = target.value
    _touch(row)
    _event(session, action, row)
    return _details(row, limit)


def start_negotiation(vault: OpenVault, *, booking_id: int) -> BookingDetails:
    """Inquiry -> negotiating: P-WHO (own will confirmed) and P-CHANNEL must hold."""
    return _transition(vault, booking_id, BookingStatus.NEGOTIATING, "booking.negotiating")


def confirm_booking(vault: OpenVault, *, booking_id: int, now: datetime | None = None) -> BookingDetails:
    """Negotiating -> confirmed: P-WHO, P-CHANNEL, P-ROUNDTRIPS and all four points of P-CONFIRM."""
    return _transition(vault, booking_id, BookingStatus.CONFIRMED, "booking.confirmed", now=now)


def complete_booking(vault: OpenVault, *, booking_id: int, now: datetime | None = None) -> BookingDetails:
    """Confirmed -> completed, once the session has begun."""
    return _transition(vault, booking_id, BookingStatus.COMPLETED, "booking.completed", now=now)


def mark_no_show(vault: OpenVault, *, booking_id: int, now: datetime | None = None) -> BookingDetails:
    """Confirmed -> no-show, once the session has begun."""
    return _transition(vault, booking_id, BookingStatus.NO_SHOW, "booking.no_show", now=now)


def postpone_booking(vault: OpenVault, *, booking_id: int) -> BookingDetails:
    """Negotiating or confirmed -> postponed; a new booking is made when a date is found."""
    return _transition(vault, booking_id, BookingStatus.POSTPONED, "booking.postponed")


def cancel_booking(
    vault: OpenVault,
    *,
    booking_id: int,
    cancelled_by: rules.CancelledBy,
    cancelled_at: datetime | None = None,
    reason: str = "",
    waive_fee: bool = False,
) -> CancellationRecord:
    """P-CANCEL: cancel and record who asked, when, and the fee from the schedule.

    P-EMERGENCY: the reason ``emergency`` or ``waive_fee=True`` (with a reason) makes the fee zero.
    """
    schedule = cancellation_fees.load(vault)
    with vault.unit_of_work() as session:
        return cancel_within(
            session,
            schedule,
            booking_id=booking_id,
            cancelled_by=cancelled_by,
            cancelled_at=cancelled_at or _local_now(),
            reason=reason,
            waive_fee=waive_fee,
        )


def cancel_within(
    session: Session,
    schedule: fees.FeeSchedule,
    *,
    booking_id: int,
    cancelled_by: rules.CancelledBy,
    cancelled_at: datetime,
    reason: str = "",
    waive_fee: bool = False,
) -> CancellationRecord:
    """:func:`cancel_booking` inside the caller's transaction (an emergency cancels many in one)."""
    code = reason.strip()[:40]
    row = _row(session, booking_id)
    status = BookingStatus(row.status)
    _enforce(fees.check_cancel(status, reason=code, waive_fee=waive_fee))
    terms = fees.cancellation_terms(
        schedule=schedule,
        status=status,
        starts_at=row.starts_at,
        cancelled_at=cancelled_at,
        price_yen=row.price_yen,
        cancelled_by=cancelled_by,
        reason=code,
        waive_fee=waive_fee,
    )
    record = BookingCancellation(
        booking_id=row.id,
        cancelled_by=cancelled_by.value,
        cancelled_at=cancelled_at,
        notice_minutes=int(terms.notice_hours * 60) if row.starts_at else None,
        price_yen=row.price_yen or 0,
        fee_percent=terms.percent,
        fee_yen=terms.fee_yen,
        fee_waived=terms.waived,
        reason=code,
        recorded_at=_stamp(),
    )
    session.add(record)
    row.status = BookingStatus.CANCELLED.value
    _touch(row)
    session.flush()
    _event(
        session,
        "booking.cancelled",
        row,
        cancellation=record.id,
        by=cancelled_by.value,
        waived=terms.waived,
    )
    return _cancellation(record)


def _cancellation(record: BookingCancellation) -> CancellationRecord:
    return CancellationRecord(
        record.id,
        record.booking_id,
        rules.CancelledBy(record.cancelled_by),
        record.cancelled_at,
        record.notice_minutes,
        record.price_yen,
        record.fee_percent,
        record.fee_yen,
        record.fee_waived,
        record.reason,
    )


def cancellation_of(vault: OpenVault, *, booking_id: int) -> CancellationRecord | None:
    with vault.unit_of_work() as session:
        record = session.scalars(
            select(BookingCancellation).where(BookingCancellation.booking_id == booking_id)
        ).one_or_none()
        return _cancellation(record) if record else None


# --- reading -------------------------------------------------------------------------------


def open_booking(vault: OpenVault, *, booking_id: int) -> BookingDetails:
    """The whole booking; opening it is an audited view."""
    limit = _round_trip_limit(vault)
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        _event(session, "booking.viewed", row)
        return _details(row, limit)


def confirmation_message(vault: OpenVault, *, booking_id: int, language: str = "ja") -> str:
    """P-CONFIRM: the confirmation text of a confirmed booking, in Japanese (``ja``) or English."""
    settings = practice_settings.load(vault)
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        if row.status != BookingStatus.CONFIRMED:
            _enforce(
                Verdict.refuse(
                    rules.P_CONFIRM,
                    QT_TRANSLATE_NOOP("policy", "Only a confirmed booking has a confirmation message."),
                )
            )
        client = session.get(Client, row.client_id)
        menu = session.get(SessionMenuItem, row.menu_item_id) if row.menu_item_id else None
        assert client is not None and menu is not None
        assert row.session_date and row.start_time and row.format and row.duration_minutes
        facts = confirmation.ConfirmationFacts(
            client_name=client.full_name,
            session_date=row.session_date,
            start=row.start_time,
            menu_name=menu.name,
            duration_minutes=row.duration_minutes,
            session_format=rules.SessionFormat(row.format),
            travel_means=rules.TravelMeans(row.travel_means) if row.travel_means else None,
            pickup_needed=bool(row.pickup_needed),
            practice_name=settings.practice_name,
            counsellor_name=settings.counsellor_name,
            pickup_station=settings.pickup_station,
        )
        _event(session, "booking.confirmation_text", row, language=language)
    return confirmation.confirmation_text(facts, language)


def attach_note(vault: OpenVault, *, note_id: int, booking_id: int) -> None:
    """Link a consultation note to the completed session it records (the same client's)."""
    with vault.unit_of_work() as session:
        note = session.get(ConsultationNote, note_id)
        if note is None:
            raise LookupError(note_id)
        row = _row(session, booking_id)
        if row.client_id != note.client_id:
            _enforce(
                Verdict.refuse(
                    rules.P_FORMAT,
                    QT_TRANSLATE_NOOP(
                        "policy", "A note can only be attached to a session of the same client."
                    ),
                )
            )
        if row.status != BookingStatus.COMPLETED:
            _enforce(
                Verdict.refuse(
                    rules.P_CONFIRM,
                    QT_TRANSLATE_NOOP("policy", "A note can only be attached to a completed session."),
                )
            )
        note.booking_id = booking_id
        _event(session, "note.attached", row, note=note_id)


# --- booking settings ----------------------------------------------------------------------


def buffer_minutes(vault: OpenVault) -> int:
    """P-FORMAT: the minutes kept free between two sessions."""
    with vault.unit_of_work() as session:
        return _buffer(session)


def set_buffer_minutes(vault: OpenVault, *, minutes: int) -> int:
    low, high = rules.BUFFER_MINUTES_RANGE
    if not low <= minutes <= high:
        raise InvalidSetting(
            BUFFER_KEY,
            QT_TRANSLATE_NOOP("settings", "%1 must be between %2 and %3."),
            QT_TRANSLATE_NOOP("settings", "Minutes between sessions"),
            str(low),
            str(high),
        )
    with vault.unit_of_work() as session:
        if _buffer(session) != minutes or session.get(Setting, BUFFER_KEY) is None:
            session.merge(Setting(key=BUFFER_KEY, value=str(minutes)))
            audit.append(session, "settings.changed", detail={"keys": BUFFER_KEY})
    return minutes
