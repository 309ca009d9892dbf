"""Consents a client gave (P-DISCLOSE, P-PURPOSE, APPI Art. 20(2)): scope, date, how, and withdrawal.

A consent is withdrawn by dating its withdrawal, never erased: the disclosures
made while it was in force keep pointing at it. Recipient kinds and data items
are stored as comma-separated enum values (``desktop.policy.disclosure``).
``client_id`` is cleared, not cascaded, when the client is erased, so a consent
that a kept disclosure rests on stays until that record's retention ends.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class Consent(Base):
    __tablename__ = "consents"
    __table_args__ = (
        CheckConstraint("kind IN ('disclosure', 'testimonial', 'sensitive_data_acquisition')", name="kind"),
        CheckConstraint("method IN ('in_person', 'phone', 'email', 'form')", name="method"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    given_on: Mapped[date] = mapped_column(Date, index=True)
    method: Mapped[str] = mapped_column(String(16))
    relations: Mapped[str] = mapped_column(String(200), default="")
    recipient: Mapped[str] = mapped_column(String(120), default="")
    items: Mapped[str] = mapped_column(String(200), default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    #: The last day the consent holds, when the client limited it; after that it is no basis.
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    withdrawal_note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[str] = mapped_column(String(32))
