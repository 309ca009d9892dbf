"""The Contacts section's work for the worker thread: the contact log and emergencies.

P-CONTACT and P-EMERGENCY are applied by the services these call.

Like :mod:`desktop.views.calendar.booking_jobs`, each function imports its
service when it runs, on the worker thread, so SQLAlchemy stays out of the views.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from desktop.policy.afterfollow import ReplyTemplate
from desktop.policy.contacts import Basis, ContactChannel
from desktop.policy.emergency import EmergencyAction, EmergencyKind

if TYPE_CHECKING:
    from desktop.services.bookings.booking_lists import BookingSummary
    from desktop.services.contacts import ContactRecord, ReplyOptions, ReplyTarget, SentMail
    from desktop.services.emergencies import AffectedBooking, EmergencyOutcome
    from desktop.vault.store import OpenVault


@dataclass(frozen=True, slots=True)
class ContactChoices:
    """What the new-contact dialog offers for one client: messages to answer and bookings to name."""

    reply_targets: list[ReplyTarget]
    bookings: list[BookingSummary]


# --- contacts ------------------------------------------------------------------------------


def list_contacts(vault: OpenVault, basis: Basis | None, queued_only: bool) -> list[ContactRecord]:
    from desktop.services import contacts

    return contacts.list_contacts(vault, basis=basis, queued_only=queued_only)


def contact_choices(vault: OpenVault, client_id: int) -> ContactChoices:
    from desktop.services import contacts
    from desktop.services.bookings import booking_lists

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
    template: ReplyTemplate | None = None,
) -> ContactRecord:
    from desktop.services import contacts

    return contacts.log_contact(
        vault,
        client_id=client_id,
        basis=basis,
        channel=channel,
        template=template,
        note=note,
        reply_to_message_id=reply_to_message_id,
        booking_ids=(booking_id,) if booking_id is not None else (),
    )


def reply_options(vault: OpenVault, client_id: int, message_id: int, channel: ContactChannel) -> ReplyOptions:
    from desktop.services import contacts

    return contacts.reply_options(vault, client_id=client_id, message_id=message_id, channel=channel)


def log_confirmation_copied(vault: OpenVault, booking_id: int, text: str) -> ContactRecord:
    from desktop.services import contacts

    return contacts.log_confirmation(vault, booking_id=booking_id, text=text)


def sent_outside(vault: OpenVault) -> list[SentMail]:
    from desktop.services import contacts

    return contacts.sent_outside(vault)


def give_basis(
    vault: OpenVault,
    message_id: int,
    *,
    basis: str | None,
    note: str,
    reply_to_message_id: int | None,
    booking_id: int | None,
) -> ContactRecord:
    from desktop.services import contacts

    return contacts.give_basis(
        vault,
        message_id=message_id,
        basis=basis,
        note=note,
        reply_to_message_id=reply_to_message_id,
        booking_ids=(booking_id,) if booking_id is not None else (),
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
