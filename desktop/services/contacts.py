"""P-CONTACT: the outbound contact log, read and kept.

Every contact is written by the gate (:mod:`desktop.services.outbound`); this
module logs one the counsellor makes from the Contacts page through it, dates
a queued one when it is made, lists the log, the client's messages a reply may
answer, and the counsellor's mail found in an import that no logged contact
matches ("sent outside the app, basis not recorded"), which the counsellor
gives a basis here, again through the gate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop.models import Booking, Client, Contact, Message
from desktop.policy import Verdict
from desktop.policy.afterfollow import ReplyTemplate
from desktop.policy.contacts import Basis, ContactChannel
from desktop.services import outbound
from desktop.services.outbound import MADE, QUEUED, ContactRecord, OutboundContact, contact_record
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault

__all__ = [
    "MADE",
    "QUEUED",
    "ContactRecord",
    "ReplyOptions",
    "ReplyTarget",
    "SentMail",
    "give_basis",
    "list_contacts",
    "log_confirmation",
    "log_contact",
    "mark_made",
    "reply_options",
    "reply_targets",
    "sent_outside",
]

#: A list never grows past this many rows; filters narrow it.
LIST_LIMIT = 2000


@dataclass(frozen=True, slots=True)
class ReplyTarget:
    """A message or call the person sent, which a ``reply`` contact may answer."""

    message_id: int
    kind: str
    subject: str
    sent_at: str


@dataclass(frozen=True, slots=True)
class ReplyOptions:
    """The replies the gate accepts for one message; ``why`` says why the others are not offered."""

    templates: tuple[ReplyTemplate, ...]
    why: Verdict


@dataclass(frozen=True, slots=True)
class SentMail:
    """Mail sent from the practice's own address outside the app, its basis not recorded yet."""

    message_id: int
    client_id: int
    client_name: str
    subject: str
    sent_at: str


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise LookupError(client_id)
    return client


def log_contact(
    vault: OpenVault,
    *,
    client_id: int,
    basis: str | None,
    channel: str,
    template: ReplyTemplate | None = None,
    note: str = "",
    reply_to_message_id: int | None = None,
    booking_ids: tuple[int, ...] = (),
    subject: str = "",
    text: str = "",
) -> ContactRecord:
    """P-CONTACT and the reply rules: log a contact made now, through the gate (``PolicyRefusal`` if not)."""
    return outbound.record(
        vault,
        OutboundContact(
            client_id=client_id,
            basis=basis,
            channel=channel,
            template=template,
            note=note,
            reply_to_message_id=reply_to_message_id,
            booking_ids=booking_ids,
            subject=subject,
            text=text,
        ),
    )


def log_confirmation(vault: OpenVault, *, booking_id: int, text: str) -> ContactRecord:
    """P-CONTACT, P-CONFIRM: a copied booking confirmation is a contact, answering the client's own booking.

    Its basis is ``reply`` to the booking's negotiation: the booking must be the
    client's own request, confirmed and still ahead. The gate logs it.
    """
    with vault.unit_of_work() as session:
        booking = session.get(Booking, booking_id)
        if booking is None:
            raise LookupError(booking_id)
        client = _client(session, booking.client_id)
        return outbound.record_within(
            session,
            OutboundContact(
                client_id=client.id,
                basis=Basis.REPLY.value,
                channel=(ContactChannel.EMAIL if client.email else ContactChannel.PHONE).value,
                template=ReplyTemplate.CONFIRMATION,
                booking_ids=(booking.id,),
                text=text,
            ),
        )


def reply_options(
    vault: OpenVault, *, client_id: int, message_id: int, channel: ContactChannel
) -> ReplyOptions:
    """P-PREMEET, P-AFTERFOLLOW, P-ROUNDTRIPS: the replies a screen may offer for this message."""
    with vault.reading() as session:
        _client(session, client_id)
        offered, why = outbound.reply_options(
            session, client_id=client_id, message_id=message_id, channel=channel
        )
        return ReplyOptions(tuple(offered), why)


def mark_made(vault: OpenVault, *, contact_id: int) -> ContactRecord:
    """A queued contact (an emergency notice, say) was made: date it."""
    with vault.unit_of_work() as session:
        row = session.get(Contact, contact_id)
        if row is None:
            raise LookupError(contact_id)
        if row.status == QUEUED:
            row.status, row.made_at = MADE, practice_time(session).stamp()
            audit.append(
                session, "contact.made", entity="contact", entity_id=row.id, detail={"client": row.client_id}
            )
        return contact_record(session, row, _client(session, row.client_id))


def list_contacts(
    vault: OpenVault,
    *,
    basis: Basis | None = None,
    client_id: int | None = None,
    queued_only: bool = False,
    since: date | None = None,
    until: date | None = None,
) -> list[ContactRecord]:
    """The contact log, newest first, narrowed by basis, client, state and the day it was logged (UTC)."""
    query = select(Contact, Client).join(Client, Client.id == Contact.client_id)
    if basis is not None:
        query = query.where(Contact.basis == basis.value)
    if client_id is not None:
        query = query.where(Contact.client_id == client_id)
    if queued_only:
        query = query.where(Contact.status == QUEUED)
    if since is not None:
        query = query.where(Contact.created_at >= datetime.combine(since, time()).isoformat())
    if until is not None:
        query = query.where(Contact.created_at < datetime.combine(until, time.max).isoformat())
    query = query.order_by(Contact.created_at.desc(), Contact.id.desc()).limit(LIST_LIMIT)
    with vault.unit_of_work() as session:
        rows = [contact_record(session, row, client) for row, client in session.execute(query)]
        audit.append(session, "contacts.listed", detail={"rows": len(rows)})
        return rows


def reply_targets(vault: OpenVault, *, client_id: int) -> list[ReplyTarget]:
    """The person's own messages and calls, newest first: what a ``reply`` contact may answer."""
    query = (
        select(Message.id, Message.kind, Message.subject, Message.sent_at)
        .where(Message.client_id == client_id, Message.direction == outbound.INBOUND)
        .order_by(Message.sent_at.desc())
        .limit(200)
    )
    with vault.unit_of_work() as session:
        _client(session, client_id)
        targets = [ReplyTarget(*r) for r in session.execute(query)]
        audit.append(session, "contacts.reply_targets", entity="client", entity_id=client_id)
        return targets


def _unmatched() -> Select[Message, str]:
    matched = select(Contact.sent_message_id).where(Contact.sent_message_id.is_not(None))
    return (
        select(Message, Client.full_name)
        .join(Client, Client.id == Message.client_id)
        .where(Message.direction == "out", Message.kind == "email", Message.id.not_in(matched))
    )


def sent_outside(vault: OpenVault) -> list[SentMail]:
    """P-CONTACT: the practice's own mail found in an import that matches no logged contact."""
    with vault.unit_of_work() as session:
        found = [
            SentMail(row.id, row.client_id or 0, name, row.subject, row.sent_at)
            for row, name in session.execute(_unmatched().order_by(Message.sent_at.desc()).limit(LIST_LIMIT))
        ]
        audit.append(session, "contacts.sent_outside_listed", detail={"rows": len(found)})
        return found


def give_basis(
    vault: OpenVault,
    *,
    message_id: int,
    basis: str | None,
    note: str = "",
    reply_to_message_id: int | None = None,
    booking_ids: tuple[int, ...] = (),
) -> ContactRecord:
    """P-CONTACT: record the basis of mail sent outside the app; the gate checks it like any contact."""
    with vault.unit_of_work() as session:
        row = session.get(Message, message_id)
        if row is None or row.direction != "out" or row.client_id is None:
            raise LookupError(message_id)
        return outbound.record_within(
            session,
            OutboundContact(
                client_id=row.client_id,
                basis=basis,
                channel=ContactChannel.EMAIL.value,
                note=note,
                reply_to_message_id=reply_to_message_id,
                booking_ids=booking_ids,
                subject=row.subject,
                sent_message_id=row.id,
            ),
        )
