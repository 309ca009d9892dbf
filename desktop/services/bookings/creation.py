"""Creating a booking and what the requester showed: P-WHO, P-CHANNEL, P-PREMEET.

A request by anyone but the client is kept as a *refused* inquiry (:class:`BookingRefused`);
the own-will confirmation and the channel facts are recorded here, before the four points are
negotiated. Every write passes the booking gate (:mod:`.gate`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import PolicyRefusal
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Booking, Client, Message
from desktop.policy import Verdict
from desktop.policy import bookings as rules
from desktop.policy.bookings import BookingStatus
from desktop.services.bookings import gate
from desktop.services.bookings._shared import (
    BookingDetails,
    _details,
    _enforce,
    _event,
    _local_now,
    _menu_item,
    _reschedule,
    _row,
    _stamp,
    _touch,
)
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault


class BookingRefused(PolicyRefusal):
    """P-WHO: the request was refused but kept, as booking ``booking_id`` with status *refused*."""

    def __init__(self, verdict: Verdict, booking_id: int) -> None:
        super().__init__(verdict.rule, verdict.reason, verdict.args)
        self.booking_id = booking_id


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
    inquiry with its reason, and :class:`BookingRefused` is raised after it is saved;
    a relation given for the client's own request is a contradiction and is refused.
    """
    who = rules.check_requester(requested_by)
    with vault.unit_of_work() as session:
        details = create_within(
            session,
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
    relation = " ".join(requester_relation.split())[:40]
    _enforce(rules.check_relation(requested_by, relation))
    now = _stamp(session)
    if session.get(Client, client_id) is None:
        raise LookupError(client_id)
    row = gate.new_booking(
        session,
        client_id=client_id,
        status=BookingStatus.INQUIRY.value if who.allowed else BookingStatus.REFUSED.value,
        requested_by=requested_by.value,
        requester_relation=relation,
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
    if who.allowed:
        menu = _menu_item(session, menu_item_id) if menu_item_id is not None else None
        _reschedule(session, row, session_date=session_date, start_time=start_time, menu_item=menu)
        gate.admit(session, row, gate.Act.CREATE)
        _event(session, "booking.created", row, channel=channel.value)
    else:
        gate.admit(session, row, gate.Act.CREATE)
        _event(session, "booking.refused", row, rule=who.rule)
    return _details(session, row)


def record_channel_facts(
    vault: OpenVault,
    *,
    booking_id: int,
    via_website_form: bool,
    wish_to_book: bool,
    form_consents_agreed: bool,
) -> BookingDetails:
    """P-CHANNEL: record what the website-form request showed."""
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        _enforce(rules.check_changeable(BookingStatus(row.status)))
        row.via_website_form = via_website_form
        row.wish_to_book = wish_to_book
        row.form_consents_agreed = form_consents_agreed
        _touch(session, row)
        gate.admit(session, row, gate.Act.RECORD)
        _event(session, "booking.channel_facts", row)
        return _details(session, row)


def change_channel(vault: OpenVault, *, booking_id: int, channel: rules.Channel) -> BookingDetails:
    """P-CHANNEL, P-ROUNDTRIPS: settle by phone (what the app proposes past the round-trip limit)."""
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        _enforce(rules.check_changeable(BookingStatus(row.status)))
        if row.channel != channel.value:
            row.channel = channel.value
            _touch(session, row)
            gate.admit(session, row, gate.Act.RECORD)
            _event(session, "booking.channel_changed", row, channel=channel.value)
        return _details(session, row)


def confirm_own_will(
    vault: OpenVault, *, booking_id: int, channel: rules.Channel, message_id: int | None = None
) -> BookingDetails:
    """P-WHO: record that the client's own will was confirmed directly, when and by which channel.

    Without ``message_id`` it was confirmed now, by ``channel``. With it, it was confirmed in that
    call or mail of the client's (an earlier moment): its time and channel are the message's.
    """
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        _enforce(rules.check_requester(rules.Requester(row.requested_by)))
        _enforce(rules.check_changeable(BookingStatus(row.status)))
        when, how = _local_now(session), channel
        if message_id is not None:
            when, how = _message_moment(session, row, message_id)
        row.own_will_confirmed_at = when
        row.own_will_channel = how.value
        _touch(session, row)
        gate.admit(session, row, gate.Act.RECORD)
        _event(session, "booking.own_will_confirmed", row, channel=how.value, message=message_id or 0)
        return _details(session, row)


def _message_moment(session: Session, row: Booking, message_id: int) -> tuple[datetime, rules.Channel]:
    """The practice's wall-clock time and the channel of the client's own call or mail ``message_id``."""
    message = session.get(Message, message_id)
    if message is None or message.client_id != row.client_id or message.direction != "in":
        _enforce(
            Verdict.refuse(
                rules.P_WHO,
                QT_TRANSLATE_NOOP(
                    "policy",
                    "Under the written policy's section “Who may book”, the own will is confirmed with "
                    "the client themself: name a call or mail from this client.",
                ),
            )
        )
    assert message is not None
    sent = datetime.fromisoformat(message.sent_at)
    moment = practice_time(session).local(sent if sent.tzinfo else sent.replace(tzinfo=UTC))
    channel = rules.Channel.PHONE if message.kind == "call" else rules.Channel.EMAIL
    return moment, channel


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
