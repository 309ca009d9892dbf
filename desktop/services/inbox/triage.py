"""Triage of one message: where its sender stands, holds, trigger tags, an in-person proposal.

P-PREMEET and P-AFTERFOLLOW decide what the counsellor may do with a
message; the sender's stage is computed from their completed sessions each
time (never stored), so completing a session changes it at once. Each action
is one transaction, audited with ids only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import PolicyRefusal
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Booking, Client, Message, MessageHold, MessageTag
from desktop.policy import Verdict
from desktop.policy import afterfollow as rules
from desktop.policy import bookings as rules_bookings
from desktop.policy.afterfollow import HoldReason, Stage, Trigger
from desktop.policy.bookings import BookingStatus, Channel, Requester
from desktop.services import bookings, outbound
from desktop.services.inbox import senders
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault

INBOUND = "in"


@dataclass(frozen=True, slots=True)
class Hold:
    reason: HoldReason
    held_at: str


@dataclass(frozen=True, slots=True)
class MessageTriage:
    """What the action panel shows for one message."""

    message_id: int
    client_id: int | None
    client_name: str
    kind: str
    inbound: bool
    from_address: str
    subject: str
    booking_id: int | None
    danger: bool
    stage: Stage
    verdict: Verdict
    triggers: frozenset[Trigger]
    hold: Hold | None

    @property
    def suggests_in_person(self) -> bool:
        return rules.suggests_in_person(self.stage, self.triggers)


def stamp(session: Session) -> str:
    """Now, from the vault's clock, as stored in ``*_at`` columns."""
    return practice_time(session).stamp()


def enforce(verdict: Verdict) -> None:
    if not verdict.allowed:
        raise PolicyRefusal(verdict.rule, verdict.reason, verdict.args)


def stage_of_client(session: Session, client_id: int | None) -> Stage:
    """P-PREMEET, P-AFTERFOLLOW: the stage from the client's most recent completed session."""
    return outbound.stage_of(session, client_id)


def stages_of_clients(session: Session, client_ids: Iterable[int]) -> dict[int, Stage]:
    """The stage of many clients in one query (for inbox lists); clients not met map to ``NOT_MET``."""
    ids = set(client_ids)
    latest: dict[int, str | None] = dict.fromkeys(ids)
    query = (
        select(Booking.client_id, Booking.format)
        .where(Booking.client_id.in_(ids), Booking.status == BookingStatus.COMPLETED.value)
        .order_by(Booking.starts_at, Booking.id)
    )
    for client_id, session_format in session.execute(query):
        latest[client_id] = session_format  # the last one wins: the most recent session
    return {client_id: rules.stage_after(found) for client_id, found in latest.items()}


def message_row(session: Session, message_id: int) -> Message:
    row = session.get(Message, message_id)
    if row is None:
        raise LookupError(message_id)
    return row


def _triggers(session: Session, message_id: int) -> frozenset[Trigger]:
    query = select(MessageTag.trigger).where(MessageTag.message_id == message_id)
    return frozenset(Trigger(t) for t in session.scalars(query))


def active_hold(session: Session, message_id: int) -> MessageHold | None:
    row = session.scalars(select(MessageHold).where(MessageHold.message_id == message_id)).first()
    return row if row is not None and row.released_at is None else None


def _triage(session: Session, row: Message) -> MessageTriage:
    client = session.get(Client, row.client_id) if row.client_id is not None else None
    stage = stage_of_client(session, row.client_id)
    hold = active_hold(session, row.id)
    return MessageTriage(
        message_id=row.id,
        client_id=row.client_id,
        client_name=client.full_name if client else "",
        kind=row.kind,
        inbound=row.direction == INBOUND,
        from_address=row.from_address,
        subject=row.subject,
        booking_id=row.booking_id,
        danger=row.danger,
        stage=stage,
        verdict=rules.check_after_follow(stage),
        triggers=_triggers(session, row.id),
        hold=Hold(HoldReason(hold.reason), hold.held_at) if hold else None,
    )


def _event(session: Session, action: str, row: Message, **detail: str | int | bool) -> None:
    audit.append(
        session, action, entity="message", entity_id=row.id, detail={"client": row.client_id, **detail}
    )


def _inbound(row: Message) -> None:
    if row.direction != INBOUND:
        enforce(
            Verdict.refuse(
                rules.P_AFTERFOLLOW,
                QT_TRANSLATE_NOOP("policy", "Only a message the person sent can be triaged."),
            )
        )


def triage_of(vault: OpenVault, *, message_id: int) -> MessageTriage:
    """The eligibility sentence, triggers and hold of one message."""
    with vault.unit_of_work() as session:
        row = message_row(session, message_id)
        result = _triage(session, row)
        _event(session, "message.triage_viewed", row)
        return result


def set_trigger(vault: OpenVault, *, message_id: int, trigger: Trigger, tagged: bool) -> MessageTriage:
    """P-AFTERFOLLOW: tag (or untag) a trigger on a message the person sent."""
    with vault.unit_of_work() as session:
        row = message_row(session, message_id)
        _inbound(row)
        existing = session.scalars(
            select(MessageTag).where(MessageTag.message_id == row.id, MessageTag.trigger == trigger.value)
        ).first()
        if tagged and existing is None:
            session.add(MessageTag(message_id=row.id, trigger=trigger.value, tagged_at=stamp(session)))
            _event(session, "message.tagged", row, trigger=trigger.value)
        elif not tagged and existing is not None:
            session.delete(existing)
            _event(session, "message.untagged", row, trigger=trigger.value)
        session.flush()
        return _triage(session, row)


def hold_message(vault: OpenVault, *, message_id: int, reason: HoldReason) -> MessageTriage:
    """P-PREMEET, P-AFTERFOLLOW: hold the reply, with a reason that fits the sender's stage."""
    with vault.unit_of_work() as session:
        row = message_row(session, message_id)
        _inbound(row)
        enforce(rules.check_hold(stage_of_client(session, row.client_id), reason, _triggers(session, row.id)))
        hold = session.scalars(select(MessageHold).where(MessageHold.message_id == row.id)).first()
        if hold is None:
            hold = MessageHold(message_id=row.id, reason=reason.value, held_at=stamp(session))
            session.add(hold)
        else:
            hold.reason, hold.held_at, hold.released_at = reason.value, stamp(session), None
        session.flush()
        _event(session, "message.held", row, reason=reason.value)
        return _triage(session, row)


def release_hold(vault: OpenVault, *, message_id: int) -> MessageTriage:
    """Release a held message: the hold row stays, dated, for the record."""
    with vault.unit_of_work() as session:
        row = message_row(session, message_id)
        hold = active_hold(session, row.id)
        if hold is not None:
            hold.released_at = stamp(session)
            session.flush()
            _event(session, "message.released", row)
        return _triage(session, row)


def propose_in_person(vault: OpenVault, *, message_id: int) -> int:
    """P-AFTERFOLLOW: answer with an in-person proposal, opening a booking inquiry for the client.

    The inquiry is the client's own request (they wrote or called); its channel
    is the message's (email or phone). The message is linked to the new
    booking unless it already belongs to one. Returns the booking id.
    """
    with vault.unit_of_work() as session:
        row = message_row(session, message_id)
        _inbound(row)
        concerned = senders.third_party_client(session, row)
        if concerned is not None:
            # P-WHO: a booking asked for by a third party is a proxy request, kept refused.
            refused = bookings.create_within(
                session, client_id=concerned, requested_by=Requester.OTHER, channel=Channel.EMAIL
            )
            _event(session, "message.proxy_request", row, booking=refused.id)
            proxy = refused.id
        elif row.client_id is None:
            raise PolicyRefusal(
                rules.P_AFTERFOLLOW,
                QT_TRANSLATE_NOOP(
                    "policy", "Link the sender to a client (or a prospect) before proposing a session."
                ),
            )
        else:
            booking = bookings.create_within(
                session,
                client_id=row.client_id,
                requested_by=Requester.CLIENT,
                channel=Channel.PHONE if row.kind == "call" else Channel.EMAIL,
            )
            if row.booking_id is None:
                row.booking_id = booking.id
            _event(session, "message.in_person_proposed", row, booking=booking.id)
            return booking.id
    raise bookings.BookingRefused(rules_bookings.check_requester(Requester.OTHER), proxy)
