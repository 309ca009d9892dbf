"""The gate for every outbound contact: the only code that writes a contact row.

A reply from the reply dialog or from the Contacts page, a copied booking
confirmation, an emergency notice, an outgoing call and the counsellor's sent
mail found in an import all reach :func:`record_within`, which reads the facts
from the vault inside the caller's transaction and applies, in this order:

- P-CONTACT: a basis, and what justifies it (a reply answers the client's own
  message not yet answered, or their own booking request; an exception names
  the client's upcoming open bookings it concerns);
- P-ROUNDTRIPS: past the email round-trip limit of the client's booking
  negotiation, an email about booking can only propose settling by phone;
- P-PREMEET: a held message gets only the hold notice or an in-person
  proposal; someone not yet met gets only replies about booking;
- P-AFTERFOLLOW: an after-follow answer needs a completed in-person session.

A refusal raises :class:`~desktop.errors.PolicyRefusal` and nothing is
written. Every time comes from the vault's clock.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import PolicyRefusal
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Booking, Client, Contact, ContactBooking, Message, MessageHold
from desktop.policy import Verdict
from desktop.policy import afterfollow as replies_rules
from desktop.policy import contacts as rules
from desktop.policy.afterfollow import ReplyTemplate, Stage
from desktop.policy.bookings import (
    ACTIVE_STATUSES,
    BookingFacts,
    BookingStatus,
    Channel,
    ExchangeSource,
    Requester,
    check_another_round_trip,
)
from desktop.policy.contacts import BOOKING_BASES, Basis, ContactChannel, ContactFacts
from desktop.services import practice_settings
from desktop.services.bookings import count_exchange
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault

QUEUED = "queued"
MADE = "made"
SUBJECT_MAX = 200
INBOUND = "in"
_OPEN_NEGOTIATION = (BookingStatus.INQUIRY.value, BookingStatus.NEGOTIATING.value)


@dataclass(frozen=True, slots=True)
class OutboundContact:
    """One contact the counsellor makes (or has made), as a caller describes it to the gate.

    ``template`` says what a reply is (required for ``reply`` unless the mail
    already left, ``sent_message_id``); ``booking_ids`` the bookings the
    contact concerns; ``queued`` a contact prepared but not yet made.
    """

    client_id: int
    basis: str | None
    channel: str
    template: ReplyTemplate | None = None
    reply_to_message_id: int | None = None
    booking_ids: tuple[int, ...] = ()
    emergency_id: int | None = None
    note: str = ""
    subject: str = ""
    text: str = ""
    queued: bool = False
    sent_message_id: int | None = None


@dataclass(frozen=True, slots=True)
class ContactRecord:
    """One row of the contact log."""

    id: int
    client_id: int
    client_name: str
    client_email: str
    basis: Basis
    channel: ContactChannel
    status: str
    reply_to_message_id: int | None
    booking_id: int | None
    emergency_id: int | None
    note: str
    subject: str
    text: str
    created_at: str
    made_at: str | None
    template: str = ""
    booking_ids: tuple[int, ...] = ()

    @property
    def queued(self) -> bool:
        return self.status == QUEUED


def contact_record(session: Session, row: Contact, client: Client) -> ContactRecord:
    """The log row of ``row`` with the bookings it names."""
    named = tuple(
        session.scalars(
            select(ContactBooking.booking_id)
            .where(ContactBooking.contact_id == row.id)
            .order_by(ContactBooking.booking_id)
        )
    )
    return ContactRecord(
        id=row.id,
        client_id=row.client_id,
        client_name=client.full_name,
        client_email=client.email,
        basis=Basis(row.basis),
        channel=ContactChannel(row.channel),
        status=row.status,
        reply_to_message_id=row.reply_to_message_id,
        booking_id=row.booking_id,
        emergency_id=row.emergency_id,
        note=row.note,
        subject=row.subject,
        text=row.text,
        created_at=row.created_at,
        made_at=row.made_at,
        template=row.template,
        booking_ids=named or ((row.booking_id,) if row.booking_id is not None else ()),
    )


def enforce(verdict: Verdict) -> None:
    if not verdict.allowed:
        raise PolicyRefusal(verdict.rule, verdict.reason, verdict.args)


# --- the facts, read from the vault ----------------------------------------------------------


def stage_of(session: Session, client_id: int | None) -> Stage:
    """P-PREMEET, P-AFTERFOLLOW: where the client stands, from their most recent completed session."""
    if client_id is None:
        return Stage.NOT_MET
    latest = session.scalars(
        select(Booking.format)
        .where(Booking.client_id == client_id, Booking.status == BookingStatus.COMPLETED.value)
        .order_by(Booking.starts_at.desc(), Booking.id.desc())
        .limit(1)
    ).first()
    return replies_rules.stage_after(latest)


def round_trips(session: Session, client_id: int) -> Verdict:
    """P-ROUNDTRIPS, asked of the booking rules: may the client's email negotiation take another mail?

    The one place the gate reads the count: the client's open email bookings
    (an inquiry or a negotiation), the highest count among them.
    """
    counts = session.scalars(
        select(Booking.round_trips).where(
            Booking.client_id == client_id,
            Booking.channel == Channel.EMAIL.value,
            Booking.status.in_(_OPEN_NEGOTIATION),
        )
    ).all()
    if not counts:
        return Verdict.allow(rules.P_CONTACT)
    facts = BookingFacts(
        status=BookingStatus.NEGOTIATING,
        requested_by=Requester.CLIENT,
        channel=Channel.EMAIL,
        round_trips=max(counts),
    )
    return check_another_round_trip(facts, practice_settings.load_in(session).round_trip_limit)


def held(session: Session, message_id: int | None) -> bool:
    if message_id is None:
        return False
    hold = session.scalars(select(MessageHold).where(MessageHold.message_id == message_id)).first()
    return hold is not None and hold.released_at is None


def reply_options(
    session: Session, *, client_id: int, message_id: int | None, channel: ContactChannel
) -> tuple[list[ReplyTemplate], Verdict]:
    """The replies the gate accepts for this client and message, and why the others are not offered.

    The views offer exactly these (a template that does not apply cannot be
    chosen); the verdict is the first refusal among the rest, for the sentence
    shown beside the list (allowed when every template fits).
    """
    stage = stage_of(session, client_id)
    is_held = held(session, message_id)
    trips = round_trips(session, client_id) if channel is ContactChannel.EMAIL else None
    offered: list[ReplyTemplate] = []
    why = Verdict.allow(rules.P_CONTACT)
    for template in ReplyTemplate:
        verdict = replies_rules.check_reply(stage, template, held=is_held, round_trips=trips)
        if verdict.allowed:
            offered.append(template)
        elif why.allowed:
            why = verdict
    return offered, why


def _upcoming_open(session: Session, client_id: int, booking_ids: tuple[int, ...]) -> int:
    today = practice_time(session).today()
    live = {s.value for s in ACTIVE_STATUSES}
    count = 0
    for booking_id in booking_ids:
        row = session.get(Booking, booking_id)
        if (
            row is not None
            and row.client_id == client_id
            and row.status in live
            and (row.session_date is None or row.session_date >= today)
        ):
            count += 1
    return count


def _facts(session: Session, contact: OutboundContact) -> ContactFacts:
    answered = (
        session.get(Message, contact.reply_to_message_id) if contact.reply_to_message_id is not None else None
    )
    already = answered is not None and (
        session.scalars(
            select(Contact.id).where(
                Contact.reply_to_message_id == answered.id, Contact.basis == Basis.REPLY.value
            )
        ).first()
        is not None
    )
    first = session.get(Booking, contact.booking_ids[0]) if contact.booking_ids else None
    return ContactFacts(
        basis=contact.basis,
        channel=contact.channel,
        note=contact.note.strip(),
        reply_to_message=answered.id if answered else None,
        answers_inbound=answered is not None
        and answered.direction == INBOUND
        and answered.client_id == contact.client_id,
        already_answered=already,
        answers_booking=contact.template is ReplyTemplate.CONFIRMATION
        and first is not None
        and first.requested_by == Requester.CLIENT.value
        and first.status == BookingStatus.CONFIRMED.value,
        booking_ids=contact.booking_ids,
        upcoming_open=_upcoming_open(session, contact.client_id, contact.booking_ids),
    )


def check_within(session: Session, contact: OutboundContact) -> None:
    """Every rule an outbound contact must pass; raises :class:`PolicyRefusal` at the first it fails."""
    enforce(rules.check_contact(_facts(session, contact)))
    by_email = contact.channel == ContactChannel.EMAIL.value
    if contact.sent_message_id is not None:
        return  # the mail already left: what is recorded is its basis (P-CONTACT)
    if contact.basis == Basis.REPLY.value:
        if contact.template is None:
            raise PolicyRefusal(rules.P_CONTACT, QT_TRANSLATE_NOOP("policy", "Choose what the reply says."))
        enforce(
            replies_rules.check_reply(
                stage_of(session, contact.client_id),
                contact.template,
                held=held(session, contact.reply_to_message_id),
                round_trips=round_trips(session, contact.client_id) if by_email else None,
            )
        )
    elif by_email and contact.basis in BOOKING_BASES:
        enforce(round_trips(session, contact.client_id))


# --- the one writer ----------------------------------------------------------------------------


def record_within(session: Session, contact: OutboundContact) -> ContactRecord:
    """Check ``contact`` and log it inside the caller's transaction (the only writer of contacts)."""
    client = session.get(Client, contact.client_id)
    if client is None:
        raise LookupError(contact.client_id)
    check_within(session, contact)
    now = practice_time(session).stamp()
    row = Contact(
        client_id=client.id,
        basis=str(contact.basis),
        channel=contact.channel,
        status=QUEUED if contact.queued else MADE,
        reply_to_message_id=contact.reply_to_message_id,
        booking_id=contact.booking_ids[0] if contact.booking_ids else None,
        emergency_id=contact.emergency_id,
        note=contact.note.strip(),
        subject=" ".join(contact.subject.split())[:SUBJECT_MAX],
        text=contact.text,
        created_at=now,
        made_at=None if contact.queued else now,
        template=contact.template.value if contact.template else "",
        sent_message_id=contact.sent_message_id,
    )
    session.add(row)
    session.flush()
    for booking_id in dict.fromkeys(contact.booking_ids):
        session.add(ContactBooking(contact_id=row.id, booking_id=booking_id))
    session.flush()
    if _is_negotiation_mail(contact):
        # P-ROUNDTRIPS counts itself: each mail the counsellor sends while the client's email
        # booking is open is one exchange of that negotiation (no button press needed).
        count_exchange(session, client_id=client.id, source=ExchangeSource.REPLY, message_id=row.id)
    audit.append(
        session,
        "contact.queued" if contact.queued else "contact.logged",
        entity="contact",
        entity_id=row.id,
        detail={"client": client.id, "basis": row.basis, "channel": row.channel, "template": row.template},
    )
    return contact_record(session, row, client)


def _is_negotiation_mail(contact: OutboundContact) -> bool:
    """An email the counsellor sends that answers the client or concerns their booking, and has left."""
    answers = contact.basis == Basis.REPLY.value or contact.basis in BOOKING_BASES
    return contact.channel == ContactChannel.EMAIL.value and answers and not contact.queued


def record(vault: OpenVault, contact: OutboundContact) -> ContactRecord:
    """:func:`record_within` in its own unit of work (one ``BEGIN IMMEDIATE`` transaction)."""
    with vault.unit_of_work() as session:
        return record_within(session, contact)


def link_sent_mail(session: Session, message: Message) -> bool:
    """P-CONTACT: the counsellor's own mail found in an import matches the contact it was, if logged.

    A match is an email contact of the same client, made, not yet matched, with
    the same subject, logged before the mail was sent. Unmatched mail stays
    listed as "sent outside the app" until the counsellor gives its basis.
    """
    if message.client_id is None:
        return False
    subject = " ".join(message.subject.split())[:SUBJECT_MAX]
    candidates = session.scalars(
        select(Contact)
        .where(
            Contact.client_id == message.client_id,
            Contact.channel == ContactChannel.EMAIL.value,
            Contact.status == MADE,
            Contact.sent_message_id.is_(None),
            Contact.subject == subject,
        )
        .order_by(Contact.created_at.desc())
    ).all()
    for row in candidates:
        if not message.sent_at or row.created_at <= message.sent_at:
            row.sent_message_id = message.id
            return True
    return False
