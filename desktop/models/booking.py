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
    recorded_at: Mapped[str] = mapped_column(String(32))
