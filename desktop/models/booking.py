"""Bookings and their cancellations (P-WHO, P-CHANNEL, P-ROUNDTRIPS, P-CONFIRM, P-CANCEL).

A booking has exactly one client and no field for a companion (P-FORMAT,
P-WHO). The four points of the checklist are the current values (date and
start in ``starts_at``, the menu item, how the client comes) plus one
``*_agreed_at`` per point: a point is ticked when its time is set, and any
change of its value clears it. Session times are the practice's local
wall-clock times; ``starts_at`` is indexed so a week of the calendar is one
range scan however many years the vault holds.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class Booking(Base):
    __tablename__ = "bookings"
    __table_args__ = (
        CheckConstraint(
            "status IN ('inquiry', 'negotiating', 'confirmed', 'completed', 'no_show', "
            "'cancelled', 'postponed', 'refused')",
            name="status",
        ),
        CheckConstraint("requested_by IN ('client', 'other')", name="requested_by"),
        CheckConstraint("channel IN ('email', 'phone')", name="channel"),
        CheckConstraint("round_trips >= 0", name="round_trips"),
        Index("ix_bookings_client_id_starts_at", "client_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16), default="inquiry", index=True)
    requested_by: Mapped[str] = mapped_column(String(8))
    requester_relation: Mapped[str] = mapped_column(String(40), default="")
    refusal_rule: Mapped[str] = mapped_column(String(16), default="")
    refusal_reason: Mapped[str] = mapped_column(String(300), default="")
    channel: Mapped[str] = mapped_column(String(8))
    via_website_form: Mapped[bool] = mapped_column(Boolean, default=False)
    wish_to_book: Mapped[bool] = mapped_column(Boolean, default=False)
    form_consents_agreed: Mapped[bool] = mapped_column(Boolean, default=False)
    own_will_confirmed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    own_will_channel: Mapped[str | None] = mapped_column(String(8), nullable=True)
    round_trips: Mapped[int] = mapped_column(Integer, default=0)
    session_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    start_time: Mapped[time | None] = mapped_column(Time, nullable=True)
    starts_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    menu_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("session_menu_items.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    #: P-CONFIRM point 3 as agreed: the session's name, format, duration and price are copied
    #: from the menu when chosen and again when agreed; a later menu edit changes none of them.
    session_name: Mapped[str] = mapped_column(String(80), default="")
    format: Mapped[str | None] = mapped_column(String(16), nullable=True)
    duration_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    price_yen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    travel_means: Mapped[str | None] = mapped_column(String(16), nullable=True)
    pickup_needed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    call_means: Mapped[str | None] = mapped_column(String(8), nullable=True)
    date_agreed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    start_agreed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    menu_agreed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    arrival_agreed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    #: P-ROUNDTRIPS: the client's exchange count when an agreed point was last unticked by a change;
    #: at the limit, re-agreeing by email would need one exchange too many.
    unticked_at_round_trip: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))


class BookingCancellation(Base):
    """P-CANCEL: who asked, when, and the fee reached from the schedule (zero under P-EMERGENCY)."""

    __tablename__ = "booking_cancellations"
    __table_args__ = (
        CheckConstraint("cancelled_by IN ('client', 'counsellor')", name="cancelled_by"),
        CheckConstraint("fee_percent BETWEEN 0 AND 100", name="fee_percent"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id", ondelete="CASCADE"), unique=True)
    cancelled_by: Mapped[str] = mapped_column(String(16))
    cancelled_at: Mapped[datetime] = mapped_column(DateTime)
    notice_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    price_yen: Mapped[int] = mapped_column(Integer, default=0)
    fee_percent: Mapped[int] = mapped_column(Integer, default=0)
    fee_yen: Mapped[int] = mapped_column(Integer, default=0)
    fee_waived: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(String(40), default="")
    #: P-EMERGENCY: the declaration that covers the session's day when the fee is waived as an emergency.
    emergency_id: Mapped[int | None] = mapped_column(
        ForeignKey("emergencies.id", ondelete="RESTRICT"), nullable=True
    )
    recorded_at: Mapped[str] = mapped_column(String(32))


class BookingExchange(Base):
    """P-ROUNDTRIPS: one email exchange of a client's booking negotiation, and where it was counted.

    ``source`` says where: ``mail_in`` (the client's mail imported), ``reply`` (a reply the app
    handed to the mail program) or ``manual`` (mail written outside the app, counted by hand).
    ``reference`` is the id of the message or contact it was counted from (none for ``manual``);
    one message is counted once.
    """

    __tablename__ = "booking_exchanges"
    __table_args__ = (
        CheckConstraint("source IN ('mail_in', 'reply', 'manual')", name="source"),
        UniqueConstraint("source", "reference"),
        Index("ix_booking_exchanges_client_id_counted_at", "client_id", "counted_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    booking_id: Mapped[int | None] = mapped_column(
        ForeignKey("bookings.id", ondelete="SET NULL"), nullable=True, index=True
    )
    source: Mapped[str] = mapped_column(String(8))
    reference: Mapped[int | None] = mapped_column(Integer, nullable=True)
    counted_at: Mapped[str] = mapped_column(String(32))
