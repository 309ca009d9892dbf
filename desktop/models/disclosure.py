"""The disclosure log (P-DISCLOSE, APPI Art. 29): what reached whom, on which basis.

Rows are only ever added. A correction is a new row whose ``corrects_id``
names the original record; the newest row of a chain is what the log shows.
``subject_name`` keeps the person the record is about, because the law wants
the record to say so for as long as it is kept — even after the client's
record itself was erased (``client_id`` is then cleared, not cascaded).
``retained_until`` is the first day the row may be deleted.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class Disclosure(Base):
    __tablename__ = "disclosures"
    __table_args__ = (
        CheckConstraint("basis IN ('consent', 'law', 'vital', 'public_health', 'rights')", name="basis"),
        CheckConstraint(
            "relation IN ('family', 'friend', 'school', 'employer', 'medical', 'government', 'court', "
            "'police', 'other')",
            name="relation",
        ),
        CheckConstraint("retention_case IN ('standard', 'contract')", name="retention_case"),
        CheckConstraint("basis != 'consent' OR consent_id IS NOT NULL", name="consent_basis"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    corrects_id: Mapped[int | None] = mapped_column(
        ForeignKey("disclosures.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), nullable=True, index=True
    )
    subject_name: Mapped[str] = mapped_column(String(120))
    disclosed_on: Mapped[date] = mapped_column(Date, index=True)
    recipient_name: Mapped[str] = mapped_column(String(120))
    relation: Mapped[str] = mapped_column(String(16))
    recipient_contact: Mapped[str] = mapped_column(String(300), default="")
    items: Mapped[str] = mapped_column(String(200))
    basis: Mapped[str] = mapped_column(String(16), index=True)
    consent_id: Mapped[int | None] = mapped_column(
        ForeignKey("consents.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    justification: Mapped[str] = mapped_column(Text, default="")
    requesting_body: Mapped[str] = mapped_column(String(200), default="")
    reference: Mapped[str] = mapped_column(String(200), default="")
    hand_over: Mapped[str] = mapped_column(String(16))
    retention_case: Mapped[str] = mapped_column(String(16), default="standard")
    retained_until: Mapped[date] = mapped_column(Date)
    correction_reason: Mapped[str] = mapped_column(Text, default="")
    #: Set when an export for this recipient was written ("pdf"/"json"), and whether it was encrypted.
    export_format: Mapped[str] = mapped_column(String(8), default="")
    export_encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[str] = mapped_column(String(32))
    #: The consent's withdrawal date when the record was made after it (dated before it): recorded late.
    late_after_withdrawal_on: Mapped[date | None] = mapped_column(Date, nullable=True)
