"""The books: charges, payments, their allocation, receipts (P-MONEY-LEDGER, P-MONEY-RETAIN).

Every table here is append-only. A correction is a new row (a counter-entry
charge naming the one it corrects, a refund naming the payment it returns, a
receipt event re-issuing or voiding a receipt); database triggers (migration
0010) refuse any other UPDATE or DELETE. The one change allowed is the link
to an erased client or a deleted booking going to NULL (``ON DELETE SET NULL``),
and the one deletion is the retention purge, which opens a permit row first
(:class:`MoneyPurgePermit`). ``retained_until`` is the first day a row may go.
Amounts are whole yen, tax included.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class MoneyCharge(Base):
    __tablename__ = "money_charges"
    __table_args__ = (
        CheckConstraint("kind IN ('session', 'cancellation_fee', 'manual')", name="kind"),
        CheckConstraint("tax_class IN ('taxable_10', 'non_taxable')", name="tax_class"),
        # Covering the year's summary: a year's sums per month are read from the index alone.
        Index("ix_money_charges_incurred_on", "incurred_on", "kind", "tax_class", "amount_yen"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), nullable=True, index=True
    )
    booking_id: Mapped[int | None] = mapped_column(
        ForeignKey("bookings.id", ondelete="SET NULL"), nullable=True, index=True
    )
    corrects_id: Mapped[int | None] = mapped_column(
        ForeignKey("money_charges.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    tax_class: Mapped[str] = mapped_column(String(16))
    amount_yen: Mapped[int] = mapped_column(Integer)
    #: What it is for (the session's name as agreed, a manual charge's text).
    description: Mapped[str] = mapped_column(String(200), default="")
    #: A zero cancellation charge's reason (``policy.money.WaiverReason``); a correction's reason.
    reason: Mapped[str] = mapped_column(String(200), default="")
    incurred_on: Mapped[date] = mapped_column(Date)
    retained_until: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[str] = mapped_column(String(32))


class MoneyPayment(Base):
    __tablename__ = "money_payments"
    __table_args__ = (
        CheckConstraint("method IN ('cash', 'bank_transfer', 'card_qr', 'other')", name="method"),
        CheckConstraint("amount_yen != 0", name="amount"),
        Index("ix_money_payments_paid_on", "paid_on", "method", "amount_yen"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), nullable=True, index=True
    )
    #: A refund (negative amount) names the payment it returns.
    refunds_id: Mapped[int | None] = mapped_column(
        ForeignKey("money_payments.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    paid_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(16))
    amount_yen: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200), default="")
    retained_until: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[str] = mapped_column(String(32))


class MoneyAllocation(Base):
    """How much of a payment went to which charge (a part payment covers part of one)."""

    __tablename__ = "money_allocations"
    __table_args__ = (Index("ix_money_allocations_charge_id", "charge_id", "amount_yen"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("money_payments.id", ondelete="RESTRICT"), index=True)
    charge_id: Mapped[int] = mapped_column(ForeignKey("money_charges.id", ondelete="RESTRICT"))
    amount_yen: Mapped[int] = mapped_column(Integer)


class MoneyReceipt(Base):
    """A receipt as issued: its number and every value printed, so a copy can be drawn again.

    ``status`` ``lost`` marks a number issued after the backup a restore went back to: the
    number stays taken (never reused) and the gap is explained (P-MONEY-RECEIPT).
    """

    __tablename__ = "money_receipts"
    __table_args__ = (CheckConstraint("status IN ('issued', 'lost')", name="status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    status: Mapped[str] = mapped_column(String(8), default="issued")
    payment_id: Mapped[int | None] = mapped_column(
        ForeignKey("money_payments.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), nullable=True, index=True
    )
    issued_on: Mapped[date] = mapped_column(Date, index=True)
    transaction_on: Mapped[date] = mapped_column(Date)
    addressee: Mapped[str] = mapped_column(String(120), default="")
    content: Mapped[str] = mapped_column(String(200), default="")
    total_yen: Mapped[int] = mapped_column(Integer, default=0)
    taxable_yen: Mapped[int] = mapped_column(Integer, default=0)
    tax_yen: Mapped[int] = mapped_column(Integer, default=0)
    non_taxable_yen: Mapped[int] = mapped_column(Integer, default=0)
    rate_percent: Mapped[int] = mapped_column(Integer, default=10)
    registration_number: Mapped[str] = mapped_column(String(14), default="")
    issuer_name: Mapped[str] = mapped_column(String(120), default="")
    issuer_address: Mapped[str] = mapped_column(String(300), default="")
    issuer_contact: Mapped[str] = mapped_column(String(200), default="")
    retained_until: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[str] = mapped_column(String(32))


class MoneyReceiptEvent(Base):
    """A receipt re-issued (再発行, same number) or voided (取消, kept in the list)."""

    __tablename__ = "money_receipt_events"
    __table_args__ = (CheckConstraint("kind IN ('reissued', 'voided')", name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("money_receipts.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    happened_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[str] = mapped_column(String(32))


class MoneySequence(Base):
    """The last number taken of a sequence (``receipt``); the trigger lets it only rise."""

    __tablename__ = "money_sequences"

    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


class MoneyPurgePermit(Base):
    """Opened by the retention purge for its own transaction: rows retained until ``day`` may go."""

    __tablename__ = "money_purge_permits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
