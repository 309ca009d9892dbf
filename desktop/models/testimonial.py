"""A client's words marked for use as a testimonial (P-PURPOSE, purpose 4).

Marking needs the client's ``testimonial`` consent, which the row points at.
Testimonials go with the client when the client is erased; one taken down keeps its day.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class Testimonial(Base):
    __tablename__ = "testimonials"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    consent_id: Mapped[int] = mapped_column(ForeignKey("consents.id", ondelete="RESTRICT"), index=True)
    text: Mapped[str] = mapped_column(Text)
    marked_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[str] = mapped_column(String(32))
    #: The day the testimonial stopped being used (its consent withdrawn, say); ``None`` while in use.
    taken_down_on: Mapped[date | None] = mapped_column(Date, nullable=True)
