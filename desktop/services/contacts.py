"""P-CONTACT: the outbound contact log.

The only way the app starts a contact is by logging it here, and a contact is
logged only with a basis the policy accepts (``reply`` to the person's own
message or call, or one of the four exceptions with a note). The facts the
rule needs (is the answered message the person's own? is the booking theirs?)
are read from the vault, not taken from the caller.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Booking, Client, Contact, Message
from desktop.policy import contacts as rules
from desktop.policy.contacts import Basis, ContactChannel, ContactFacts
from desktop.services.inbox.triage import INBOUND, enforce, stamp
from desktop.vault import audit
from desktop.vault.store import OpenVault

QUEUED = "queued"
MADE = "made"
SUBJECT_MAX = 200
#: A list never grows past this many rows; filters narrow it.
LIST_LIMIT = 2000


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

    @property
    def queued(self) -> bool:
        return self.status == QUEUED


@dataclass(frozen=True, slots=True)
class ReplyTarget:
    """A message or call the person sent, which a ``reply`` contact may answer."""

    message_id: int
    kind: str
    subject: str
    sent_at: str


def _record(row: Contact, client: Client) -> ContactRecord:
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
    )


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise LookupError(client_id)
    return client


def record_within(
    session: Session,
    *,
    client_id: int,
    basis: str | None,
    channel: str,
    note: str = "",
    reply_to_message_id: int | None = None,
    booking_id: int | None = None,
    emergency_id: int | None = None,
    subject: str = "",
    text: str = "",
    queued: bool = False,
) -> ContactRecord:
    """Log one contact inside the caller's transaction, after P-CONTACT accepts its basis."""
    client = _client(session, client_id)
    answered = session.get(Message, reply_to_message_id) if reply_to_message_id is not None else None
    booking = session.get(Booking, booking_id) if booking_id is not None else None
    facts = ContactFacts(
        basis=basis,
        channel=channel,
        note=note.strip(),
        reply_to_message=answered.id if answered else None,
        answers_inbound=answered is not None
        and answered.direction == INBOUND
        and answered.client_id == client_id,
        booking_id=booking.id if booking is not None and booking.client_id == client_id else None,
    )
    enforce(rules.check_contact(facts))
    now = stamp()
    row = Contact(
        client_id=client_id,
        basis=str(basis),
        channel=channel,
        status=QUEUED if queued else MADE,
        reply_to_message_id=facts.reply_to_message,
        booking_id=facts.booking_id,
        emergency_id=emergency_id,
        note=facts.note,
        subject=" ".join(subject.split())[:SUBJECT_MAX],
        text=text,
        created_at=now,
        made_at=None if queued else now,
    )
    session.add(row)
    session.flush()
    audit.append(
        session,
        "contact.queued" if queued else "contact.logged",
        entity="contact",
        entity_id=row.id,
        detail={"client": client_id, "basis": row.basis, "channel": channel},
    )
    return _record(row, client)


def log_contact(
    vault: OpenVault,
    *,
    client_id: int,
    basis: str | None,
    channel: str,
    note: str = "",
    reply_to_message_id: int | None = None,
    booking_id: int | None = None,
    subject: str = "",
    text: str = "",
) -> ContactRecord:
    """P-CONTACT: log a contact made now; refused (``PolicyRefusal``) without a fitting basis."""
    with vault.unit_of_work() as session:
        return record_within(
            session,
            client_id=client_id,
            basis=basis,
            channel=channel,
            note=note,
            reply_to_message_id=reply_to_message_id,
            booking_id=booking_id,
            subject=subject,
            text=text,
        )


def mark_made(vault: OpenVault, *, contact_id: int) -> ContactRecord:
    """A queued contact (an emergency notice, say) was made: date it."""
    with vault.unit_of_work() as session:
        row = session.get(Contact, contact_id)
        if row is None:
            raise LookupError(contact_id)
        if row.status == QUEUED:
            row.status, row.made_at = MADE, stamp()
            audit.append(
                session, "contact.made", entity="contact", entity_id=row.id, detail={"client": row.client_id}
            )
        return _record(row, _client(session, row.client_id))


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
        rows = [_record(row, client) for row, client in session.execute(query)]
        audit.append(session, "contacts.listed", detail={"rows": len(rows)})
        return rows


def reply_targets(vault: OpenVault, *, client_id: int) -> list[ReplyTarget]:
    """The person's own messages and calls, newest first: what a ``reply`` contact may answer."""
    query = (
        select(Message.id, Message.kind, Message.subject, Message.sent_at)
        .where(Message.client_id == client_id, Message.direction == INBOUND)
        .order_by(Message.sent_at.desc())
        .limit(200)
    )
    with vault.unit_of_work() as session:
        _client(session, client_id)
        targets = [ReplyTarget(*r) for r in session.execute(query)]
        audit.append(session, "contacts.reply_targets", entity="client", entity_id=client_id)
        return targets
