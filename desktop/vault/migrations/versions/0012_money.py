"""The books (issue 16): charges, payments, allocations, receipts and their events, sequences.

P-MONEY-LEDGER: the money tables are append-only. Triggers refuse every UPDATE
except a link to an erased client or a deleted booking going to NULL (the
foreign keys' ``ON DELETE SET NULL``), and every DELETE unless the retention
purge has opened a permit (``money_purge_permits``) for a day on or after the
row's ``retained_until``. The receipt sequence may only rise.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

#: Each table, the columns no UPDATE may change, and the links that may go to NULL.
_FROZEN = {
    "money_charges": (
        (
            "id",
            "corrects_id",
            "kind",
            "tax_class",
            "amount_yen",
            "description",
            "reason",
            "incurred_on",
            "retained_until",
            "recorded_at",
        ),
        ("client_id", "booking_id"),
    ),
    "money_payments": (
        ("id", "refunds_id", "paid_on", "method", "amount_yen", "reason", "retained_until", "recorded_at"),
        ("client_id",),
    ),
    "money_receipts": (
        (
            "id",
            "number",
            "status",
            "payment_id",
            "issued_on",
            "transaction_on",
            "addressee",
            "content",
            "total_yen",
            "taxable_yen",
            "tax_yen",
            "non_taxable_yen",
            "rate_percent",
            "registration_number",
            "issuer_name",
            "issuer_address",
            "issuer_contact",
            "retained_until",
            "recorded_at",
        ),
        ("client_id",),
    ),
    "money_allocations": (("id", "payment_id", "charge_id", "amount_yen"), ()),
    "money_receipt_events": (("id", "receipt_id", "kind", "happened_on", "reason", "recorded_at"), ()),
}
_PERMIT = "(SELECT MAX(day) FROM money_purge_permits)"


def _triggers(table: str, frozen: tuple[str, ...], nullable: tuple[str, ...]) -> list[str]:
    changed = [f"NEW.{c} IS NOT OLD.{c}" for c in frozen]
    changed += [f"(NEW.{c} IS NOT OLD.{c} AND NEW.{c} IS NOT NULL)" for c in nullable]
    kept = f"OLD.retained_until > {_PERMIT}" if "retained_until" in frozen else "0"
    return [
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE ON {table} "
        f"WHEN {' OR '.join(changed)} "
        f"BEGIN SELECT RAISE(ABORT, 'P-MONEY-LEDGER: {table} rows are corrected by a counter-entry'); END",
        f"CREATE TRIGGER {table}_kept BEFORE DELETE ON {table} "
        f"WHEN {_PERMIT} IS NULL OR {kept} "
        f"BEGIN SELECT RAISE(ABORT, 'P-MONEY-LEDGER: {table} rows go only by the retention purge'); END",
    ]


def _client_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["client_id"], ["clients.id"], name=f"fk_{table}_client_id_clients", ondelete="SET NULL"
    )


def upgrade() -> None:
    op.create_table(
        "money_charges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("booking_id", sa.Integer(), nullable=True),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("tax_class", sa.String(16), nullable=False),
        sa.Column("amount_yen", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(200), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("incurred_on", sa.Date(), nullable=False),
        sa.Column("retained_until", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.CheckConstraint("kind IN ('session', 'cancellation_fee', 'manual')", name="ck_money_charges_kind"),
        sa.CheckConstraint("tax_class IN ('taxable_10', 'non_taxable')", name="ck_money_charges_tax_class"),
        _client_fk("money_charges"),
        sa.ForeignKeyConstraint(
            ["booking_id"], ["bookings.id"], name="fk_money_charges_booking_id_bookings", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["corrects_id"],
            ["money_charges.id"],
            name="fk_money_charges_corrects_id_money_charges",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_money_charges"),
    )
    for column in ("client_id", "booking_id", "corrects_id"):
        op.create_index(f"ix_money_charges_{column}", "money_charges", [column])
    # Covering indexes: a year's summary reads its sums from the index alone (one frame on 20 years).
    op.create_index(
        "ix_money_charges_incurred_on", "money_charges", ["incurred_on", "kind", "tax_class", "amount_yen"]
    )
    op.create_table(
        "money_payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("refunds_id", sa.Integer(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("amount_yen", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("retained_until", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.CheckConstraint(
            "method IN ('cash', 'bank_transfer', 'card_qr', 'other')", name="ck_money_payments_method"
        ),
        sa.CheckConstraint("amount_yen != 0", name="ck_money_payments_amount"),
        _client_fk("money_payments"),
        sa.ForeignKeyConstraint(
            ["refunds_id"],
            ["money_payments.id"],
            name="fk_money_payments_refunds_id_money_payments",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_money_payments"),
    )
    for column in ("client_id", "refunds_id"):
        op.create_index(f"ix_money_payments_{column}", "money_payments", [column])
    op.create_index("ix_money_payments_paid_on", "money_payments", ["paid_on", "method", "amount_yen"])
    op.create_table(
        "money_allocations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("charge_id", sa.Integer(), nullable=False),
        sa.Column("amount_yen", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["money_payments.id"],
            name="fk_money_allocations_payment_id_money_payments",
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["charge_id"],
            ["money_charges.id"],
            name="fk_money_allocations_charge_id_money_charges",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_money_allocations"),
    )
    op.create_index("ix_money_allocations_payment_id", "money_allocations", ["payment_id"])
    op.create_index("ix_money_allocations_charge_id", "money_allocations", ["charge_id", "amount_yen"])
    op.create_table(
        "money_receipts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("transaction_on", sa.Date(), nullable=False),
        sa.Column("addressee", sa.String(120), nullable=False),
        sa.Column("content", sa.String(200), nullable=False),
        sa.Column("total_yen", sa.Integer(), nullable=False),
        sa.Column("taxable_yen", sa.Integer(), nullable=False),
        sa.Column("tax_yen", sa.Integer(), nullable=False),
        sa.Column("non_taxable_yen", sa.Integer(), nullable=False),
        sa.Column("rate_percent", sa.Integer(), nullable=False),
        sa.Column("registration_number", sa.String(14), nullable=False),
        sa.Column("issuer_name", sa.String(120), nullable=False),
        sa.Column("issuer_address", sa.String(300), nullable=False),
        sa.Column("issuer_contact", sa.String(200), nullable=False),
        sa.Column("retained_until", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.CheckConstraint("status IN ('issued', 'lost')", name="ck_money_receipts_status"),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["money_payments.id"],
            name="fk_money_receipts_payment_id_money_payments",
            ondelete="RESTRICT",
        ),
        _client_fk("money_receipts"),
        sa.PrimaryKeyConstraint("id", name="pk_money_receipts"),
        sa.UniqueConstraint("number", name="uq_money_receipts_number"),
    )
    for column in ("payment_id", "client_id", "issued_on"):
        op.create_index(f"ix_money_receipts_{column}", "money_receipts", [column])
    op.create_table(
        "money_receipt_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("receipt_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.CheckConstraint("kind IN ('reissued', 'voided')", name="ck_money_receipt_events_kind"),
        sa.ForeignKeyConstraint(
            ["receipt_id"],
            ["money_receipts.id"],
            name="fk_money_receipt_events_receipt_id_money_receipts",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_money_receipt_events"),
    )
    op.create_index("ix_money_receipt_events_receipt_id", "money_receipt_events", ["receipt_id"])
    op.create_table(
        "money_sequences",
        sa.Column("name", sa.String(16), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_money_sequences"),
    )
    op.create_table(
        "money_purge_permits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_money_purge_permits"),
    )
    for table, (frozen, nullable) in _FROZEN.items():
        for statement in _triggers(table, frozen, nullable):
            op.execute(statement)
    op.execute(
        "CREATE TRIGGER money_sequences_rise BEFORE UPDATE ON money_sequences "
        "WHEN NEW.last_number < OLD.last_number OR NEW.name IS NOT OLD.name "
        "BEGIN SELECT RAISE(ABORT, 'P-MONEY-RECEIPT: a receipt number is never reused'); END"
    )
    op.execute(
        "CREATE TRIGGER money_sequences_kept BEFORE DELETE ON money_sequences "
        "BEGIN SELECT RAISE(ABORT, 'P-MONEY-RECEIPT: a receipt number is never reused'); END"
    )


def downgrade() -> None:
    for table in _FROZEN:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_kept")
    op.execute("DROP TRIGGER IF EXISTS money_sequences_rise")
    op.execute("DROP TRIGGER IF EXISTS money_sequences_kept")
    for table in (
        "money_purge_permits",
        "money_sequences",
        "money_receipt_events",
        "money_receipts",
        "money_allocations",
        "money_payments",
        "money_charges",
    ):
        op.drop_table(table)
