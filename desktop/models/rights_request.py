"""The register of clients' requests under APPI Arts. 33–35 (P-LAW).

Each request has the day it arrived, the day an answer is due, its status,
the response and, when refused, the reason the client was given. The register
outlives an erasure (``client_id`` is cleared): it shows the request was answered.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class RightsRequest(Base):
    __tablename__ = "rights_requests"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('see_data', 'see_provision_records', 'correct', 'stop_use', 'erase')", name="kind"
        ),
        CheckConstraint("status IN ('open', 'answered', 'refused')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(24))
    received_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    answered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    details: Mapped[str] = mapped_column(Text, default="")
    response: Mapped[str] = mapped_column(Text, default="")
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
