"""Demo follow-up: holds, trigger tags and contacts around the demo practice's messages.

Runs after the demo mail (:mod:`desktop.demo.mail`) so there are messages to triage. It
keeps the rules the services enforce: a pre-meeting hold only for someone not
yet met, a trigger hold only on a tagged message of a met client, a ``reply``
contact only to the client's own message, and each exception contact with a
note (and the booking, for the two booking bases). Everything is decided by
its own seeded random stream, in one transaction with one ``demo.followup_generated``
audit event carrying counts only.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, timezone

from sqlalchemy import insert, select

from desktop.models import Booking, Contact, Message, MessageHold, MessageTag
from desktop.policy.afterfollow import HoldReason, ReplyTemplate, Stage, Trigger
from desktop.policy.bookings import ACTIVE_STATUSES
from desktop.policy.contacts import Basis
from desktop.services import practice_settings
from desktop.services.inbox import replies
from desktop.services.inbox.triage import stages_of_clients
from desktop.vault import audit
from desktop.vault.store import OpenVault

#: Shares of the inbound messages that get each treatment.
HOLD_SHARE = 0.25
TAG_SHARE = 0.15
REPLY_SHARE = 0.5
EXCEPTION_CONTACTS = 6
JST = timezone(timedelta(hours=9))
#: Contacts are made between these hours, Japan time.
WORKING_HOURS = (9, 19)

_EXCEPTION_NOTES = {
    Basis.COUNSELLOR_UNAVAILABLE: "カウンセラー体調不良のため、当日の予定変更をお知らせ",
    Basis.BOOKING_CHANGE: "希望日に空きが出たため、お問い合わせ中の方へ至急ご連絡",
    Basis.FAIR_BOOKING: "仮押さえの期限が近く、ご予約のご意思を確認",
    Basis.DISASTER: "大雨で在来線が運休、来談予定の方へ安否と予定の確認",
}


@dataclass(frozen=True, slots=True)
class FollowupSummary:
    holds: int = 0
    tags: int = 0
    contacts: int = 0


def _later(stamp: str, rng: random.Random) -> str:
    """A few hours to a day after ``stamp``, within the counsellor's working hours (Japan time)."""
    moment = (datetime.fromisoformat(stamp) + timedelta(hours=rng.randint(2, 30))).astimezone(JST)
    if not WORKING_HOURS[0] <= moment.hour < WORKING_HOURS[1]:
        next_day = moment.date() + timedelta(days=1 if moment.hour >= WORKING_HOURS[1] else 0)
        moment = datetime.combine(next_day, time(WORKING_HOURS[0]), JST) + timedelta(
            minutes=rng.randint(0, 180)
        )
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def generate(vault: OpenVault, *, seed: int) -> FollowupSummary:
    """Triage a share of the vault's inbound messages and log the contacts that followed."""
    rng = random.Random(f"followup-{seed}")
    settings = practice_settings.load(vault)
    with vault.unit_of_work() as session:
        already = set(session.scalars(select(MessageHold.message_id)))
        already |= set(session.scalars(select(MessageTag.message_id)))
        already |= set(session.scalars(select(Contact.reply_to_message_id).where(Contact.basis == "reply")))
        inbound = session.execute(
            select(Message.id, Message.client_id, Message.subject, Message.sent_at)
            .where(Message.direction == "in", Message.client_id.is_not(None))
            .order_by(Message.id)
        ).all()
        stages = stages_of_clients(session, {row.client_id for row in inbound if row.client_id is not None})
        holds: list[dict[str, object]] = []
        tags: list[dict[str, object]] = []
        contacts: list[dict[str, object]] = []
        for message_id, client_id, subject, sent_at in inbound:
            if message_id in already or client_id is None:
                continue
            stage = stages[client_id]
            roll = rng.random()
            if roll < HOLD_SHARE and stage is Stage.NOT_MET:
                reason = rng.choice([HoldReason.INSUFFICIENT_INTENT, HoldReason.CONSULTATION_CONTENT])
                holds.append(
                    {"message_id": message_id, "reason": reason.value, "held_at": _later(sent_at, rng)}
                )
                continue
            if roll < HOLD_SHARE + TAG_SHARE and stage is not Stage.NOT_MET:
                trigger = rng.choice(list(Trigger))
                tagged_at = _later(sent_at, rng)
                tags.append({"message_id": message_id, "trigger": trigger.value, "tagged_at": tagged_at})
                if stage is Stage.ELIGIBLE and rng.random() < 0.5:
                    holds.append({"message_id": message_id, "reason": "trigger", "held_at": tagged_at})
                    continue
            if rng.random() < REPLY_SHARE:
                when = _later(sent_at, rng)
                template = (
                    ReplyTemplate.AFTER_FOLLOW
                    if stage is Stage.ELIGIBLE
                    else ReplyTemplate.IN_PERSON_PROPOSAL
                )
                contacts.append(
                    {
                        "client_id": client_id,
                        "basis": Basis.REPLY.value,
                        "channel": "email",
                        "status": "made",
                        "reply_to_message_id": message_id,
                        "booking_id": None,
                        "note": "",
                        "subject": replies.reply_subject(subject),
                        "text": replies.template_text(
                            template,
                            name="",
                            stage=stage,
                            practice_name=settings.practice_name,
                            counsellor_name=settings.counsellor_name,
                        ),
                        "created_at": when,
                        "made_at": when,
                    }
                )
        live = session.execute(
            select(Booking.id, Booking.client_id, Booking.created_at)
            .where(Booking.status.in_([s.value for s in ACTIVE_STATUSES]))
            .order_by(Booking.id)
        ).all()
        for _ in range(min(EXCEPTION_CONTACTS, len(live))):
            booking_id, client_id, created_at = rng.choice(live)
            basis = rng.choice(list(_EXCEPTION_NOTES))
            when = _later(created_at, rng)
            contacts.append(
                {
                    "client_id": client_id,
                    "basis": basis.value,
                    "channel": rng.choice(["phone", "email"]),
                    "status": "made",
                    "reply_to_message_id": None,
                    "booking_id": booking_id,
                    "note": _EXCEPTION_NOTES[basis],
                    "subject": "",
                    "text": "",
                    "created_at": when,
                    "made_at": when,
                }
            )
        for table, rows in ((MessageHold, holds), (MessageTag, tags), (Contact, contacts)):
            if rows:
                session.execute(insert(table), rows)
        summary = FollowupSummary(len(holds), len(tags), len(contacts))
        audit.append(
            session,
            "demo.followup_generated",
            detail={"holds": summary.holds, "tags": summary.tags, "contacts": summary.contacts, "seed": seed},
        )
    return summary
