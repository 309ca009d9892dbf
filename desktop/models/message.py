"""Mail and phone calls that pass between the counsellor and clients (P-PREMEET, P-AFTERFOLLOW).

An imported email and a call logged by hand are both a :class:`Message`, so a
thread holds the whole exchange whatever its channel. ``client_id`` is empty
until the sender is matched to a client ("not matched"). Dedupe rests on the
``Message-ID`` (unique when present) and, for mail without one, on
``content_hash`` (SHA-256 of the raw bytes). Attachments are kept as bytes
inside the vault: nothing of a message is ever written to a file elsewhere.
Times are UTC ISO strings, like every other time in the vault.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base


class Message(Base):
    """One email (imported) or phone call (logged by hand), in or out."""

    __tablename__ = "messages"
    __table_args__ = (
        CheckConstraint("kind IN ('email', 'call')", name="kind"),
        CheckConstraint("direction IN ('in', 'out')", name="direction"),
        Index("ix_messages_danger_sent_at", "danger", "sent_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    direction: Mapped[str] = mapped_column(String(4), default="in")
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=True, index=True
    )
    booking_id: Mapped[int | None] = mapped_column(
        ForeignKey("bookings.id", ondelete="SET NULL"), nullable=True, index=True
    )
    #: Messages of one conversation share this key (References, In-Reply-To, then subject).
    thread_key: Mapped[str] = mapped_column(String(255), index=True)
    #: The ``Message-ID`` without angle brackets; ``None`` for calls and mail without one.
    message_id: Mapped[str | None] = mapped_column(String(255), nullable=True, unique=True)
    in_reply_to: Mapped[str] = mapped_column(String(255), default="")
    reference_ids: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64), default="", index=True)
    #: Lower-cased address for email; empty for a call (``from_name`` says who called).
    from_address: Mapped[str] = mapped_column(String(254), default="", index=True)
    from_name: Mapped[str] = mapped_column(String(200), default="")
    to_addresses: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(String(998), default="")
    sent_at: Mapped[str] = mapped_column(String(32), index=True)
    body: Mapped[str] = mapped_column(Text, default="")
    #: ``plain``, ``html`` (converted to text) or ``none``; a call's summary is ``plain``.
    body_source: Mapped[str] = mapped_column(String(8), default="plain")
    #: A call's length in minutes; ``None`` for email.
    duration_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: The danger-phrase aid matched this message (policy.danger); pinned first in every list.
    danger: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[str] = mapped_column(String(32))

    attachments: Mapped[list[MessageAttachment]] = relationship(
        back_populates="message", cascade="all, delete-orphan", order_by="MessageAttachment.id"
    )


class MessageAttachment(Base):
    """A file that came with an email, kept whole inside the vault."""

    __tablename__ = "message_attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255), default="")
    content_type: Mapped[str] = mapped_column(String(127), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[bytes] = mapped_column(LargeBinary)

    message: Mapped[Message] = relationship(back_populates="attachments")


class ClientAddress(Base):
    """An email address known to belong to a client; a client may have several, an address one client."""

    __tablename__ = "client_addresses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    #: Lower-cased, so matching a sender is one indexed look-up.
    address: Mapped[str] = mapped_column(String(254), unique=True)
    created_at: Mapped[str] = mapped_column(String(32))
