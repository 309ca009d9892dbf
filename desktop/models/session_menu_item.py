"""The session menu (P-FORMAT): what the practice offers, one to one, in person or online."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class SessionMenuItem(Base):
    """One offer on the menu. Items are deactivated, never deleted, so old bookings keep their name.

    The check constraint repeats P-FORMAT in the database: there is no group format.
    """

    __tablename__ = "session_menu_items"
    __table_args__ = (
        CheckConstraint("format IN ('in_person', 'online_phone', 'online_video')", name="format"),
        CheckConstraint("duration_minutes > 0", name="duration"),
        CheckConstraint("price_yen >= 0", name="price"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    format: Mapped[str] = mapped_column(String(16))
    duration_minutes: Mapped[int] = mapped_column(Integer)
    price_yen: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
