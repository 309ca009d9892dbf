"""What every booking act shares: the booking read as policy facts and as details, and its changes.

:class:`BookingDetails` is what callers get back; the private helpers read a row
into it and into the policy's facts, check the overlap (P-FORMAT), reschedule
so that changed points are unticked (P-CONFIRM), and write the audit event.
The submodules import them from here directly; the package's ``__init__``
re-exports only the public names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import InvalidInput, PolicyRefusal
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import (
    Booking,
    BookingCancellation,
    BookingExchange,
    Emergency,
    SessionMenuItem,
    Setting,
)
from desktop.policy import Verdict
from desktop.policy import bookings as rules
from desktop.policy.bookings import BookingStatus, Point
from desktop.services import practice_settings
from desktop.vault import audit
from desktop.vault.audit import DetailValue
from desktop.vault.clock import practice_time

BUFFER_KEY = "booking_buffer_minutes"
#: The longest session the menu allows bounds the index range scanned for overlaps.
_LONGEST = timedelta(minutes=rules.DURATION_MINUTES_RANGE[1])
_ACTIVE = [s.value for s in rules.ACTIVE_STATUSES]


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
    #: P-CONFIRM point 3 as agreed (kept on the booking; a later menu edit does not change it).
    session_name: str = ""
    #: P-ROUNDTRIPS: what the negotiation's count is made of, oldest first.
    exchanges: tuple[ExchangeRecord, ...] = ()
    #: P-CANCEL: the cancellation record of a cancelled booking.
    cancellation: CancellationRecord | None = None
    #: P-EMERGENCY: who declared the emergency whose period covers a live booking's day ("" if none).
    declared_by: str = ""


@dataclass(frozen=True, slots=True)
class ExchangeRecord:
    """P-ROUNDTRIPS: one counted exchange: when, from where, and the message or contact it came from."""

    id: int
    booking_id: int | None
    source: rules.ExchangeSource
    reference: int | None
    counted_at: str


@dataclass(frozen=True, slots=True)
class CancellationRecord:
    """P-CANCEL: when, who asked, why, the notice and the fee (or that it was waived, and under what)."""

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
    #: P-EMERGENCY: the declaration a fee waived as an emergency stands on.
    emergency_id: int | None = None


def _stamp(session: Session) -> str:
    return practice_time(session).stamp()


def _local_now(session: Session) -> datetime:
    return practice_time(session).local_now()


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
        record.emergency_id,
    )


def _exchanges(session: Session, client_id: int, since: str | None) -> list[BookingExchange]:
    """P-ROUNDTRIPS: the exchanges of the client's current negotiation, oldest first."""
    query = select(BookingExchange).where(BookingExchange.client_id == client_id)
    if since is not None:
        query = query.where(BookingExchange.counted_at > since)
    return list(session.scalars(query.order_by(BookingExchange.counted_at, BookingExchange.id)))


def _negotiation_start(session: Session, client_id: int) -> str | None:
    """When the client's last session took place (or was missed): their negotiation began after it."""
    return session.scalar(
        select(func.max(Booking.updated_at)).where(
            Booking.client_id == client_id, Booking.status.in_([s.value for s in rules.SESSION_HELD])
        )
    )


def _exchange_rows(session: Session, client_id: int) -> list[BookingExchange]:
    return _exchanges(session, client_id, _negotiation_start(session, client_id))


def _shown_exchanges(session: Session, row: Booking) -> list[BookingExchange]:
    """What a booking lists: an open one its client's whole negotiation, a settled one its own exchanges."""
    if row.channel != rules.Channel.EMAIL.value:
        return []
    if BookingStatus(row.status) in rules.ACTIVE_STATUSES:
        return _exchange_rows(session, row.client_id)
    query = select(BookingExchange).where(BookingExchange.booking_id == row.id)
    return list(session.scalars(query.order_by(BookingExchange.counted_at, BookingExchange.id)))


def _count(exchanges: list[BookingExchange]) -> int:
    inbound = sum(1 for e in exchanges if rules.ExchangeSource(e.source).inbound)
    return rules.round_trip_count(inbound, len(exchanges) - inbound)


def _details(session: Session, row: Booking) -> BookingDetails:
    limit = _round_trip_limit(session)
    exchanges = _shown_exchanges(session, row)
    record = session.scalars(
        select(BookingCancellation).where(BookingCancellation.booking_id == row.id)
    ).one_or_none()
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
        session_name=row.session_name,
        exchanges=tuple(
            ExchangeRecord(e.id, e.booking_id, rules.ExchangeSource(e.source), e.reference, e.counted_at)
            for e in exchanges
        ),
        cancellation=_cancellation(record) if record else None,
        declared_by=_declared_by(session, row),
    )


def _declared_by(session: Session, row: Booking) -> str:
    """P-EMERGENCY: a live booking on a day a declared emergency covers is warned about."""
    if row.session_date is None or BookingStatus(row.status) not in rules.ACTIVE_STATUSES:
        return ""
    body = session.scalar(
        select(Emergency.issuing_body)
        .where(Emergency.first_day <= row.session_date, Emergency.last_day >= row.session_date)
        .order_by(Emergency.id.desc())
        .limit(1)
    )
    return body or ""


def _round_trip_limit(session: Session) -> int:
    """P-ROUNDTRIPS: the limit from Settings, which can only be stricter than the written policy's."""
    return practice_settings.load_in(session).round_trip_limit


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
        _snapshot(row, menu_item)
    if Point.ARRIVAL in changed:
        row.travel_means = row.pickup_needed = row.call_means = None
    _untick(session, row, changed)
    return changed


def _snapshot(row: Booking, menu_item: SessionMenuItem) -> None:
    """P-CONFIRM point 3: copy what the session is (name, format, duration, price) onto the booking."""
    row.menu_item_id = menu_item.id
    row.session_name = menu_item.name[:80]
    row.format = menu_item.format
    row.duration_minutes = menu_item.duration_minutes
    row.price_yen = menu_item.price_yen
    minutes = row.duration_minutes or rules.PROVISIONAL_DURATION_MINUTES
    row.ends_at = row.starts_at + timedelta(minutes=minutes) if row.starts_at else None


def _untick(session: Session, row: Booking, points: frozenset[Point]) -> None:
    """P-CONFIRM: untick ``points`` and demote a confirmed booking; P-ROUNDTRIPS: note the count then."""
    minutes = row.duration_minutes or rules.PROVISIONAL_DURATION_MINUTES
    row.ends_at = row.starts_at + timedelta(minutes=minutes) if row.starts_at else None
    if any(getattr(row, _AGREED_COLUMNS[p]) is not None for p in points):
        row.unticked_at_round_trip = _count(_exchange_rows(session, row.client_id))
    for point in points:
        setattr(row, _AGREED_COLUMNS[point], None)
    if row.status == BookingStatus.CONFIRMED:
        row.status = BookingStatus.NEGOTIATING.value
        row.confirmed_at = None


def _event(session: Session, action: str, row: Booking, **detail: DetailValue) -> None:
    audit.append(
        session, action, entity="booking", entity_id=row.id, detail={"client": row.client_id, **detail}
    )


def _touch(session: Session, row: Booking) -> None:
    row.updated_at = _stamp(session)
