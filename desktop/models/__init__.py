"""SQLAlchemy 2.x typed ORM classes: the data, no rules."""

from __future__ import annotations

from desktop.models.audit_event import AuditEvent
from desktop.models.base import Base
from desktop.models.booking import Booking, BookingCancellation, BookingExchange
from desktop.models.client import Client
from desktop.models.consent import Consent
from desktop.models.consultation_note import ConsultationNote, NoteRevision
from desktop.models.disclosure import Disclosure
from desktop.models.followup import Contact, ContactBooking, Emergency, MessageHold, MessageTag
from desktop.models.message import ClientAddress, Message, MessageAttachment
from desktop.models.money import (
    MoneyAllocation,
    MoneyCharge,
    MoneyPayment,
    MoneyPurgePermit,
    MoneyReceipt,
    MoneyReceiptEvent,
    MoneySequence,
)
from desktop.models.property import Property
from desktop.models.rights_request import RightsRequest
from desktop.models.session_menu_item import SessionMenuItem
from desktop.models.setting import Setting
from desktop.models.testimonial import Testimonial

__all__ = [
    "AuditEvent",
    "Base",
    "Booking",
    "BookingCancellation",
    "BookingExchange",
    "Client",
    "ClientAddress",
    "Consent",
    "ConsultationNote",
    "Contact",
    "ContactBooking",
    "Disclosure",
    "Emergency",
    "Message",
    "MessageAttachment",
    "MessageHold",
    "MessageTag",
    "MoneyAllocation",
    "MoneyCharge",
    "MoneyPayment",
    "MoneyPurgePermit",
    "MoneyReceipt",
    "MoneyReceiptEvent",
    "MoneySequence",
    "NoteRevision",
    "Property",
    "RightsRequest",
    "SessionMenuItem",
    "Setting",
    "Testimonial",
]
