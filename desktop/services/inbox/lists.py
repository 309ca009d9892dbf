"""What the inbox shows: the threads of each view, and the messages of one thread.

Views (P-PREMEET, P-AFTERFOLLOW): ``booking`` holds mail from people not yet
met and every thread tied to a booking being agreed (with its round-trip
count, P-ROUNDTRIPS); ``after_follow`` mail from clients already met (the
action panel says whether they are eligible); ``held`` the messages whose
reply is held, with reason and date; ``not_matched`` mail from addresses no
client has; ``all`` everything. In every list the threads holding a message
flagged by the danger-phrase aid come first, so none is overlooked.

Reading a thread shows every message in it, oldest first, and is an audited view.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Booking, Client, Message, MessageAttachment, MessageHold
from desktop.policy.afterfollow import Stage
from desktop.services import practice_settings
from desktop.services.inbox.triage import stages_of_clients
from desktop.vault import audit
from desktop.vault.store import OpenVault

#: Most threads a list shows; the counsellor narrows with the views, the newest come first.
THREAD_LIMIT = 500


class InboxView(StrEnum):
    BOOKING = "booking"
    AFTER_FOLLOW = "after_follow"
    HELD = "held"
    NOT_MATCHED = "not_matched"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class ThreadRow:
    """One line of an inbox list: a conversation, as seen in the chosen view."""

    thread_key: str
    message_id: int
    subject: str
    correspondent: str
    client_id: int | None
    messages: int
    calls: int
    last_at: str
    danger: bool
    held_reason: str | None
    stage: Stage | None
    booking_id: int | None
    round_trips: int | None
    round_trip_limit: int


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    id: int
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True, slots=True)
class MessageView:
    """One message of a thread as the reader shows it."""

    id: int
    kind: str
    direction: str
    client_id: int | None
    client_name: str
    from_address: str
    from_name: str
    to_addresses: str
    subject: str
    sent_at: str
    body: str
    body_source: str
    duration_minutes: int | None
    danger: bool
    held_reason: str | None
    held_at: str | None
    attachments: tuple[AttachmentInfo, ...]


@dataclass(frozen=True, slots=True)
class _Line:
    id: int
    thread_key: str
    kind: str
    client_id: int | None
    booking_id: int | None
    subject: str
    from_name: str
    from_address: str
    sent_at: str
    danger: bool


def _holds(session: Session) -> dict[int, tuple[str, str]]:
    """Message -> (reason, held_at) for every reply still held."""
    rows = session.execute(
        select(MessageHold.message_id, MessageHold.reason, MessageHold.held_at).where(
            MessageHold.released_at.is_(None)
        )
    )
    return {message_id: (reason, held_at) for message_id, reason, held_at in rows}


def _names(session: Session, client_ids: set[int]) -> dict[int, str]:
    query = select(Client.id, Client.full_name).where(Client.id.in_(client_ids))
    return {client_id: name for client_id, name in session.execute(query)}


def _belongs(view: InboxView, line: _Line, stage: Stage | None, held: bool) -> bool:
    if view is InboxView.ALL:
        return True
    if view is InboxView.HELD:
        return held
    if view is InboxView.NOT_MATCHED:
        return line.client_id is None
    if line.client_id is None or held:
        return False
    booking_thread = line.booking_id is not None or stage is Stage.NOT_MET
    return booking_thread if view is InboxView.BOOKING else not booking_thread


def threads(vault: OpenVault, *, view: InboxView, limit: int = THREAD_LIMIT) -> list[ThreadRow]:
    """The conversations of ``view``: danger first, then the most recent first."""
    round_trip_limit = practice_settings.load(vault).round_trip_limit
    with vault.unit_of_work() as session:
        lines = [
            _Line(**row._asdict())
            for row in session.execute(
                select(
                    Message.id,
                    Message.thread_key,
                    Message.kind,
                    Message.client_id,
                    Message.booking_id,
                    Message.subject,
                    Message.from_name,
                    Message.from_address,
                    Message.sent_at,
                    Message.danger,
                ).order_by(Message.sent_at, Message.id)
            )
        ]
        holds = _holds(session)
        client_ids = {line.client_id for line in lines if line.client_id is not None}
        stages = stages_of_clients(session, client_ids) if client_ids else {}
        names = _names(session, client_ids)
        grouped: dict[str, list[_Line]] = {}
        for line in lines:
            stage = stages.get(line.client_id) if line.client_id is not None else None
            if _belongs(view, line, stage, line.id in holds):
                grouped.setdefault(line.thread_key, []).append(line)
        booking_ids = {line.booking_id for group in grouped.values() for line in group if line.booking_id}
        query = select(Booking.id, Booking.round_trips).where(Booking.id.in_(booking_ids))
        trips = {booking_id: count for booking_id, count in session.execute(query)}
        rows = [
            _thread_row(key, group, names, stages, holds, trips, round_trip_limit)
            for key, group in grouped.items()
        ]
    rows.sort(key=lambda row: (not row.danger, _descending(row.last_at)))
    return rows[:limit]


def _descending(stamp: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in stamp)


def _thread_row(
    key: str,
    group: list[_Line],
    names: dict[int, str],
    stages: dict[int, Stage],
    holds: dict[int, tuple[str, str]],
    trips: dict[int, int],
    round_trip_limit: int,
) -> ThreadRow:
    first, last = group[0], group[-1]
    client_id = next((line.client_id for line in reversed(group) if line.client_id is not None), None)
    booking_id = next((line.booking_id for line in reversed(group) if line.booking_id is not None), None)
    held = next((holds[line.id] for line in reversed(group) if line.id in holds), None)
    correspondent = (
        names.get(client_id, "") if client_id is not None else (last.from_name or last.from_address)
    )
    return ThreadRow(
        thread_key=key,
        message_id=last.id,
        subject=first.subject,
        correspondent=correspondent,
        client_id=client_id,
        messages=len(group),
        calls=sum(1 for line in group if line.kind == "call"),
        last_at=last.sent_at,
        danger=any(line.danger for line in group),
        held_reason=held[0] if held else None,
        stage=stages.get(client_id) if client_id is not None else None,
        booking_id=booking_id,
        round_trips=trips.get(booking_id) if booking_id is not None else None,
        round_trip_limit=round_trip_limit,
    )


def thread_messages(vault: OpenVault, *, thread_key: str) -> list[MessageView]:
    """Every message of a thread, oldest first; reading it is an audited view of personal data."""
    with vault.unit_of_work() as session:
        rows = list(
            session.scalars(
                select(Message).where(Message.thread_key == thread_key).order_by(Message.sent_at, Message.id)
            )
        )
        holds = _holds(session)
        names = _names(session, {r.client_id for r in rows if r.client_id is not None})
        attachments: dict[int, list[AttachmentInfo]] = {}
        found = session.execute(
            select(
                MessageAttachment.message_id,
                MessageAttachment.id,
                MessageAttachment.filename,
                MessageAttachment.content_type,
                MessageAttachment.size,
            ).where(MessageAttachment.message_id.in_([r.id for r in rows]))
        )
        for message_id, attachment_id, filename, content_type, size in found:
            attachments.setdefault(message_id, []).append(
                AttachmentInfo(attachment_id, filename, content_type, size)
            )
        if rows:
            audit.append(
                session,
                "thread.opened",
                entity="message",
                entity_id=rows[-1].id,
                detail={"client": rows[-1].client_id, "messages": len(rows)},
            )
        return [
            MessageView(
                id=row.id,
                kind=row.kind,
                direction=row.direction,
                client_id=row.client_id,
                client_name=names.get(row.client_id, "") if row.client_id is not None else "",
                from_address=row.from_address,
                from_name=row.from_name,
                to_addresses=row.to_addresses,
                subject=row.subject,
                sent_at=row.sent_at,
                body=row.body,
                body_source=row.body_source,
                duration_minutes=row.duration_minutes,
                danger=row.danger,
                held_reason=holds[row.id][0] if row.id in holds else None,
                held_at=holds[row.id][1] if row.id in holds else None,
                attachments=tuple(attachments.get(row.id, ())),
            )
            for row in rows
        ]
