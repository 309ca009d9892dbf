"""Phone calls logged as messages, and the danger flags every message carries.

A phone call is logged as a message of kind ``call``, so a thread holds the whole exchange;
an outgoing call is also an outbound contact, logged through the gate
(:mod:`desktop.services.outbound`) with its basis, or not logged at all;
its summary is checked against the danger phrases like any mail, and a new phrase list
re-checks every message (P-AFTERFOLLOW aid).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.errors import InvalidInput
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Client, Message
from desktop.policy import danger
from desktop.policy.afterfollow import ReplyTemplate
from desktop.policy.calls import CALL_MINUTES_MAX, SUMMARY_MAX
from desktop.policy.contacts import ContactChannel
from desktop.services import outbound, practice_settings
from desktop.services.inbox._shared import _message
from desktop.services.inbox.mail_import import open_bookings
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault


class InvalidCall(InvalidInput):
    """A call that cannot be logged as typed; ``template`` is the English sentence (views translate)."""

    def __init__(self, template: str, *args: str) -> None:
        self.template = template
        self.args_ = args
        super().__init__(template)


@dataclass(frozen=True, slots=True)
class CallDraft:
    """A phone call as typed in the call dialog; ``occurred_at`` is aware (any zone).

    An outgoing call (``direction="out"``) is a contact: it carries its basis,
    what it answered with (``template``), the message it ``answers`` and the
    bookings it concerns, which the gate checks (P-CONTACT and the reply rules).
    """

    occurred_at: datetime
    duration_minutes: int
    caller: str
    summary: str
    client_id: int | None = None
    direction: str = "in"
    thread_of: int | None = None
    basis: str | None = None
    template: ReplyTemplate | None = None
    answers: int | None = None
    booking_ids: tuple[int, ...] = ()
    note: str = ""


def _check_call(draft: CallDraft, now: datetime) -> None:
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
    if draft.direction == "out" and draft.client_id is None:
        raise InvalidCall(QT_TRANSLATE_NOOP("inbox", "Choose the client the call was made to."))
    if draft.occurred_at.tzinfo is None or draft.occurred_at > now:
        raise InvalidCall(QT_TRANSLATE_NOOP("inbox", "A call can only be logged once it has happened."))


def add_call(session: Session, draft: CallDraft, phrases: tuple[str, ...]) -> Message:
    """Add a checked call inside the caller's transaction; it joins ``thread_of``'s thread if given.

    An outgoing call goes through the outbound-contact gate in the same
    transaction: refused there, nothing of it is written.
    """
    clock = practice_time(session)
    _check_call(draft, clock.now())
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
        created_at=clock.stamp(),
    )
    session.add(row)
    session.flush()
    if not thread:
        row.thread_key = f"call:{row.id}"
    if draft.direction == "out" and draft.client_id is not None:
        outbound.record_within(
            session,
            outbound.OutboundContact(
                client_id=draft.client_id,
                basis=draft.basis,
                channel=ContactChannel.PHONE.value,
                template=draft.template,
                reply_to_message_id=draft.answers,
                booking_ids=draft.booking_ids,
                note=draft.note,
                text=draft.summary.strip(),
            ),
        )
    return row


def log_call(vault: OpenVault, *, draft: CallDraft) -> int:
    """Record a phone call as a message (kind ``call``); it joins ``thread_of``'s thread if given."""
    phrases = practice_settings.load(vault).danger_phrases
    with vault.unit_of_work() as session:
        row = add_call(session, draft, phrases)
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
