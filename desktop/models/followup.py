"""Triage of messages, the outbound contact log and declared emergencies.

P-PREMEET / P-AFTERFOLLOW: a :class:`MessageHold` keeps a held message listed
with its reason and date; releasing it dates the release instead of deleting
the row. :class:`MessageTag` records the after-follow triggers tagged on a
message. P-CONTACT: every outbound contact is a :class:`Contact` row with its
basis (a contact without one cannot be stored). P-EMERGENCY: an
:class:`Emergency` is the declaration the bookings of its period were
cancelled or postponed under; its ``disaster`` contacts point back at it.
Audit times are UTC ISO strings, the emergency period is the practice's
local calendar days.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class MessageHold(Base):
    """A held reply (P-PREMEET, P-AFTERFOLLOW); one per message, released by dating ``released_at``."""

    __tablename__ = "message_holds"
    __table_args__ = (
        CheckConstraint(
            "reason IN ('insufficient_intent', 'consultation_content', 'trigger')", name="reason"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), unique=True)
    reason: Mapped[str] = mapped_column(String(24))
    held_at: Mapped[str] = mapped_column(String(32))
    released_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class MessageTag(Base):
    """An after-follow trigger tagged on a message (P-AFTERFOLLOW)."""

    __tablename__ = "message_tags"
    __table_args__ = (
        CheckConstraint("trigger IN ('dependency', 'risk', 'others', 'in_person_better')", name="trigger"),
        UniqueConstraint("message_id", "trigger", name="uq_message_tags_message_id_trigger"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    trigger: Mapped[str] = mapped_column(String(20))
    tagged_at: Mapped[str] = mapped_column(String(32))


class Emergency(Base):
    """P-EMERGENCY: a declaration by a government body, and what was done to the bookings in its period."""

    __tablename__ = "emergencies"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('typhoon', 'earthquake', 'epidemic', 'terrorism', 'conflict', 'other')",
            name="kind",
        ),
        CheckConstraint("action IN ('cancel', 'postpone')", name="action"),
        CheckConstraint("last_day >= first_day", name="period"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    issuing_body: Mapped[str] = mapped_column(String(120))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    action: Mapped[str] = mapped_column(String(10))
    declared_at: Mapped[str] = mapped_column(String(32))


class Contact(Base):
    """P-CONTACT: one outbound contact, never without its basis.

    ``status`` is ``queued`` for a contact prepared but not yet made (the
    emergency step queues one per client) and ``made`` once the counsellor
    handed it to the mail program or made the call (``made_at``).
    """

    __tablename__ = "contacts"
    __table_args__ = (
        CheckConstraint(
            "basis IN ('reply', 'disaster', 'counsellor_unavailable', 'fair_booking', 'booking_change')",
            name="basis",
        ),
        CheckConstraint("channel IN ('email', 'phone')", name="channel"),
        CheckConstraint("status IN ('queued', 'made')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    basis: Mapped[str] = mapped_column(String(24), index=True)
    channel: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(8), default="made")
    reply_to_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), nullable=True, index=True
    )
    booking_id: Mapped[int | None] = mapped_column(
        ForeignKey("bookings.id", ondelete="SET NULL"), nullable=True, index=True
    )
    emergency_id: Mapped[int | None] = mapped_column(
        ForeignKey("emergencies.id", ondelete="SET NULL"), nullable=True, index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(32), index=True)
    made_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    #: The reply it was (a :class:`~desktop.policy.afterfollow.ReplyTemplate` value), "" for none.
    template: Mapped[str] = mapped_column(String(24), default="", server_default="")
    #: The imported mail this contact was, once the counsellor's sent mail is imported.
    sent_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), nullable=True, unique=True, index=True
    )


class ContactBooking(Base):
    """P-CONTACT: a booking one contact concerns; an emergency notice names every affected one."""

    __tablename__ = "contact_bookings"
    __table_args__ = (UniqueConstraint("contact_id", "booking_id", name="uq_contact_bookings_contact_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id", ondelete="CASCADE"), index=True)
