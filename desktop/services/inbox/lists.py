"""The inbox: threads per view, reading a thread, matching senders, logging calls, danger flags.

Views (P-PREMEET, P-AFTERFOLLOW): ``booking`` holds mail from people not yet
met and every thread tied to a booking being agreed (with its round-trip
count, P-ROUNDTRIPS); ``after_follow`` mail from clients already met (the
action panel says whether they are eligible); ``held`` the messages whose
reply is held, with reason and date; ``not_matched`` mail from addresses no
client has; ``all`` everything. In every list the threads holding a message
flagged by the danger-phrase aid come first, so none is overlooked.

Matching is by address: a client's own email field and any address the
counsellor linked (``client_addresses``, several per client). Linking an
unknown sender, or making them a prospect, matches every message from that
address at once. A phone call is logged as a message of kind ``call``, so a
thread holds the whole exchange. Every use case is one transaction, audited
with ids only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.errors import InvalidInput
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Booking, Client, ClientAddress, Message, MessageAttachment, MessageHold
from desktop.policy import danger
from desktop.policy import personal_data as pd
from desktop.policy.afterfollow import Stage
from desktop.policy.calls import CALL_MINUTES_MAX, SUMMARY_MAX
from desktop.services import clients, practice_settings
from desktop.services.mail_import import open_bookings
from desktop.services.triage import stages_of_clients
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


class InvalidCall(InvalidInput):
    """A call that cannot be logged as typed; ``template`` is the English sentence (views translate)."""

    def __init__(self, template: str, *args: str) -> None:
        self.template = template
        self.args_ = args
        super().__init__(template)


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


def _stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


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


def _message(session: Session, message_id: int) -> Message:
    row = session.get(Message, message_id)
    if row is None:
        raise LookupError(message_id)
    return row


def _match_address(session: Session, address: str, client_id: int) -> int:
    """Remember ``address`` as the client's and match every unmatched message from it."""
    if session.scalar(select(ClientAddress.id).where(ClientAddress.address == address)) is None:
        session.add(ClientAddress(client_id=client_id, address=address, created_at=_stamp()))
    booking_id = open_bookings(session).get(client_id)
    result = session.execute(
        update(Message)
        .where(Message.from_address == address, Message.client_id.is_(None))
        .values(client_id=client_id, booking_id=booking_id)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def link_sender(vault: OpenVault, *, message_id: int, client_id: int) -> int:
    """Link the sender of a "not matched" message to a client; return how many messages were matched."""
    with vault.unit_of_work() as session:
        row = _message(session, message_id)
        if session.get(Client, client_id) is None:
            raise LookupError(client_id)
        if row.from_address:
            matched = _match_address(session, row.from_address, client_id)
        else:
            row.client_id = client_id
            matched = 1
        audit.append(
            session, "message.sender_linked", entity="message", entity_id=message_id,
            detail={"client": client_id, "matched": matched},
        )  # fmt: skip
        return matched


def create_prospect(vault: OpenVault, *, message_id: int, full_name: str) -> int:
    """Make the sender of a message a new client with status *prospect*; return the client's id."""
    with vault.unit_of_work() as session:
        row = _message(session, message_id)
        client = clients.insert_client(
            session,
            clients.ClientDraft(
                full_name=full_name,
                email=row.from_address,
                status=pd.ClientStatus.PROSPECT.value,
            ),
        )
        if row.from_address:
            _match_address(session, row.from_address, client.id)
        else:
            row.client_id = client.id
        audit.append(
            session, "message.sender_linked", entity="message", entity_id=message_id,
            detail={"client": client.id, "prospect": True},
        )  # fmt: skip
        return client.id


@dataclass(frozen=True, slots=True)
class CallDraft:
    """A phone call as typed in the call dialog; ``occurred_at`` is aware (any zone)."""

    occurred_at: datetime
    duration_minutes: int
    caller: str
    summary: str
    client_id: int | None = None
    direction: str = "in"
    thread_of: int | None = None


def _check_call(draft: CallDraft) -> None:
    if not 1 <= draft.duration_minutes <= CALL_MINUTES_MAX:
        raise InvalidCall(
            QT_TRANSLATE_NOOP("inbox", "A call lasts from 1 to %1 minutes."), str(CALL_MINUTES_MAX)
        )
    if draft.client_id is None and not draft.caller.strip():
        raise InvalidCall(QT_TRANSLATE_NOOP("inbox", "Say who called, or choose the client."))
    if not draft.summary.strip():
        raise InvalidCall(QT_TRANSLATE_NOOP("inbox", "Write a short summary of the call."))
    if len(draft.summary) > SUMMARY_MAX:
        raise InvalidCall(
            QT_TRANSLATE_NOOP("inbox", "The summary can be at most %1 characters."), str(SUMMARY_MAX)
        )
    if draft.occurred_at.tzinfo is None or draft.occurred_at > datetime.now(UTC):
        raise InvalidCall(QT_TRANSLATE_NOOP("inbox", "A call can only be logged once it has happened."))


def add_call(session: Session, draft: CallDraft, phrases: tuple[str, ...], now: str) -> Message:
    """Add a checked call inside the caller's transaction; it joins ``thread_of``'s thread if given."""
    _check_call(draft)
    if draft.client_id is not None and session.get(Client, draft.client_id) is None:
        raise LookupError(draft.client_id)
    thread = _message(session, draft.thread_of).thread_key if draft.thread_of is not None else None
    row = Message(
        kind="call",
        direction=draft.direction,
        client_id=draft.client_id,
        booking_id=open_bookings(session).get(draft.client_id) if draft.client_id is not None else None,
        thread_key=thread or "",
        message_id=None,
        from_name=" ".join(draft.caller.split())[:200],
        sent_at=draft.occurred_at.astimezone(UTC).isoformat(timespec="seconds"),
        body=draft.summary.strip(),
        body_source="plain",
        duration_minutes=draft.duration_minutes,
        danger=danger.mentions_danger(draft.summary, phrases),
        created_at=now,
    )
    session.add(row)
    session.flush()
    if not thread:
        row.thread_key = f"call:{row.id}"
    return row


def log_call(vault: OpenVault, *, draft: CallDraft) -> int:
    """Record a phone call as a message (kind ``call``); it joins ``thread_of``'s thread if given."""
    phrases = practice_settings.load(vault).danger_phrases
    with vault.unit_of_work() as session:
        row = add_call(session, draft, phrases, _stamp())
        audit.append(
            session, "call.logged", entity="message", entity_id=row.id,
            detail={"client": draft.client_id, "minutes": draft.duration_minutes},
        )  # fmt: skip
        return row.id


def refresh_danger_flags(session: Session, phrases: Iterable[str]) -> int:
    """Re-check every message against a new phrase list (P-AFTERFOLLOW aid); return how many now are.

    Runs inside the caller's transaction (the settings save), so the list and
    the flags never disagree.
    """
    wanted = tuple(phrases)
    flagged: list[int] = []
    cleared: list[int] = []
    total = 0
    query = select(Message.id, Message.subject, Message.body, Message.danger).execution_options(
        yield_per=1000
    )
    for message_id, subject, body, was in session.execute(query):
        now = danger.mentions_danger(f"{subject}\n{body}", wanted)
        total += now
        if now != was:
            (flagged if now else cleared).append(message_id)
    for ids, value in ((flagged, True), (cleared, False)):
        for start in range(0, len(ids), 500):
            session.execute(
                update(Message).where(Message.id.in_(ids[start : start + 500])).values(danger=value)
            )
    audit.append(
        session, "messages.danger_refreshed", detail={"flagged": len(flagged), "cleared": len(cleared)}
    )
    return total
