"""The follow-up work (triage, replies, contacts, emergencies, danger phrases) for the worker thread.

Like :mod:`desktop.views.calendar.booking_jobs`, each function imports its service
when it runs, on the worker thread, so SQLAlchemy stays out of the views.
Results are the services' dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from desktop.policy.afterfollow import HoldReason, ReplyTemplate, Trigger
from desktop.policy.contacts import Basis
from desktop.policy.emergency import EmergencyAction, EmergencyKind

if TYPE_CHECKING:
    from desktop.services.booking_lists import BookingSummary
    from desktop.services.contacts import ContactRecord, ReplyTarget
    from desktop.services.emergencies import AffectedBooking, EmergencyOutcome
    from desktop.services.replies import ReplyDraft
    from desktop.services.triage import MessageTriage
    from desktop.vault.store import OpenVault


@dataclass(frozen=True, slots=True)
class ContactChoices:
    """What the new-contact dialog offers for one client: messages to answer and bookings to name."""

    reply_targets: list[ReplyTarget]
    bookings: list[BookingSummary]


# --- triage --------------------------------------------------------------------------------


def triage_of(vault: OpenVault, message_id: int) -> MessageTriage:
    from desktop.services import triage

    return triage.triage_of(vault, message_id=message_id)


def set_trigger(vault: OpenVault, message_id: int, trigger: Trigger, tagged: bool) -> MessageTriage:
    from desktop.services import triage

    return triage.set_trigger(vault, message_id=message_id, trigger=trigger, tagged=tagged)


def hold(vault: OpenVault, message_id: int, reason: HoldReason) -> MessageTriage:
    from desktop.services import triage

    return triage.hold_message(vault, message_id=message_id, reason=reason)


def release(vault: OpenVault, message_id: int) -> MessageTriage:
    from desktop.services import triage

    return triage.release_hold(vault, message_id=message_id)


def propose_in_person(vault: OpenVault, message_id: int) -> int:
    from desktop.services import triage

    return triage.propose_in_person(vault, message_id=message_id)


# --- replies -------------------------------------------------------------------------------


def draft_reply(vault: OpenVault, message_id: int, template: ReplyTemplate, language: str) -> ReplyDraft:
    from desktop.services import replies

    return replies.draft_reply(vault, message_id=message_id, template=template, language=language)


def mailto(to_address: str, subject: str, text: str) -> str:
    """The ``mailto:`` URL of a reply as edited (pure; runs on the calling thread)."""
    from desktop.services import replies

    return replies.mailto_url(to_address, subject, text)


def log_reply(vault: OpenVault, draft: ReplyDraft, subject: str, text: str) -> ContactRecord:
    from desktop.services import replies

    return replies.log_reply(vault, draft=draft, subject=subject, text=text)


# --- contacts ------------------------------------------------------------------------------


def list_contacts(vault: OpenVault, basis: Basis | None, queued_only: bool) -> list[ContactRecord]:
    from desktop.services import contacts

    return contacts.list_contacts(vault, basis=basis, queued_only=queued_only)


def contact_choices(vault: OpenVault, client_id: int) -> ContactChoices:
    from desktop.services import booking_lists, contacts

    return ContactChoices(
        contacts.reply_targets(vault, client_id=client_id),
        booking_lists.bookings_of(vault, client_id=client_id),
    )


def log_contact(
    vault: OpenVault,
    *,
    client_id: int,
    basis: str | None,
    channel: str,
    note: str,
    reply_to_message_id: int | None,
    booking_id: int | None,
) -> ContactRecord:
    from desktop.services import contacts

    return contacts.log_contact(
        vault,
        client_id=client_id,
        basis=basis,
        channel=channel,
        note=note,
        reply_to_message_id=reply_to_message_id,
        booking_id=booking_id,
    )


def mark_made(vault: OpenVault, contact_id: int) -> ContactRecord:
    from desktop.services import contacts

    return contacts.mark_made(vault, contact_id=contact_id)


# --- emergencies ---------------------------------------------------------------------------


def affected_bookings(vault: OpenVault, first_day: date, last_day: date) -> list[AffectedBooking]:
    from desktop.services import emergencies

    return emergencies.affected_bookings(vault, first_day=first_day, last_day=last_day)


def declare_emergency(
    vault: OpenVault,
    *,
    kind: EmergencyKind,
    issuing_body: str,
    first_day: date,
    last_day: date,
    action: EmergencyAction,
    language: str,
) -> EmergencyOutcome:
    from desktop.services import emergencies

    return emergencies.declare_emergency(
        vault,
        kind=kind,
        issuing_body=issuing_body,
        first_day=first_day,
        last_day=last_day,
        action=action,
        language=language,
    )


# --- danger phrases ------------------------------------------------------------------------


def danger_phrases(vault: OpenVault) -> tuple[str, ...]:
    from desktop.services import danger_phrases

    return danger_phrases.load(vault)


def save_danger_phrases(vault: OpenVault, phrases: tuple[str, ...]) -> tuple[str, ...]:
    from desktop.services import danger_phrases

    return danger_phrases.save(vault, phrases)
