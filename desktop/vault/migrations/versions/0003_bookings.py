"""The session menu, bookings with their four-point checklist, and cancellations.

Consultation notes gain an optional link to the completed session they record.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "session_menu_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("price_yen", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.CheckConstraint(
            "format IN ('in_person', 'online_phone', 'online_video')", name="ck_session_menu_items_format"
        ),
        sa.CheckConstraint("duration_minutes > 0", name="ck_session_menu_items_duration"),
        sa.CheckConstraint("price_yen >= 0", name="ck_session_menu_items_price"),
        sa.PrimaryKeyConstraint("id", name="pk_session_menu_items"),
    )
    op.create_table(
        "bookings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("requested_by", sa.String(8), nullable=False),
        sa.Column("requester_relation", sa.String(40), nullable=False),
        sa.Column("refusal_rule", sa.String(16), nullable=False),
        sa.Column("refusal_reason", sa.String(300), nullable=False),
        sa.Column("channel", sa.String(8), nullable=False),
        sa.Column("via_website_form", sa.Boolean(), nullable=False),
        sa.Column("wish_to_book", sa.Boolean(), nullable=False),
        sa.Column("form_consents_agreed", sa.Boolean(), nullable=False),
        sa.Column("own_will_confirmed_at", sa.DateTime(), nullable=True),
        sa.Column("own_will_channel", sa.String(8), nullable=True),
        sa.Column("round_trips", sa.Integer(), nullable=False),
        sa.Column("session_date", sa.Date(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=True),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("menu_item_id", sa.Integer(), nullable=True),
        sa.Column("format", sa.String(16), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("price_yen", sa.Integer(), nullable=True),
        sa.Column("travel_means", sa.String(16), nullable=True),
        sa.Column("pickup_needed", sa.Boolean(), nullable=True),
        sa.Column("call_means", sa.String(8), nullable=True),
        sa.Column("date_agreed_at", sa.DateTime(), nullable=True),
        sa.Column("start_agreed_at", sa.DateTime(), nullable=True),
        sa.Column("menu_agreed_at", sa.DateTime(), nullable=True),
        sa.Column("arrival_agreed_at", sa.DateTime(), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.CheckConstraint(
            "status IN ('inquiry', 'negotiating', 'confirmed', 'completed', 'no_show', "
            "'cancelled', 'postponed', 'refused')",
            name="ck_bookings_status",
        ),
        sa.CheckConstraint("requested_by IN ('client', 'other')", name="ck_bookings_requested_by"),
        sa.CheckConstraint("channel IN ('email', 'phone')", name="ck_bookings_channel"),
        sa.CheckConstraint("round_trips >= 0", name="ck_bookings_round_trips"),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name="fk_bookings_client_id_clients", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["menu_item_id"],
            ["session_menu_items.id"],
            name="fk_bookings_menu_item_id_session_menu_items",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_bookings"),
    )
    op.create_index("ix_bookings_starts_at", "bookings", ["starts_at"])
    op.create_index("ix_bookings_status", "bookings", ["status"])
    op.create_index("ix_bookings_menu_item_id", "bookings", ["menu_item_id"])
    op.create_index("ix_bookings_client_id_starts_at", "bookings", ["client_id", "starts_at"])
    op.create_table(
        "booking_cancellations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=False),
        sa.Column("cancelled_by", sa.String(16), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=False),
        sa.Column("notice_minutes", sa.Integer(), nullable=True),
        sa.Column("price_yen", sa.Integer(), nullable=False),
        sa.Column("fee_percent", sa.Integer(), nullable=False),
        sa.Column("fee_yen", sa.Integer(), nullable=False),
        sa.Column("fee_waived", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(40), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.CheckConstraint(
            "cancelled_by IN ('client', 'counsellor')", name="ck_booking_cancellations_cancelled_by"
        ),
        sa.CheckConstraint("fee_percent BETWEEN 0 AND 100", name="ck_booking_cancellations_fee_percent"),
        sa.ForeignKeyConstraint(
            ["booking_id"],
            ["bookings.id"],
            name="fk_booking_cancellations_booking_id_bookings",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_booking_cancellations"),
        sa.UniqueConstraint("booking_id", name="uq_booking_cancellations_booking_id"),
    )
    # SQLite adds a column with its foreign key in place; a batch copy of the table
    # would drop and recreate it, and with foreign keys on that would cascade to revisions.
    op.execute(
        "ALTER TABLE consultation_notes ADD COLUMN booking_id INTEGER "
        "CONSTRAINT fk_consultation_notes_booking_id_bookings "
        "REFERENCES bookings (id) ON DELETE SET NULL"
    )
    op.create_index("ix_consultation_notes_booking_id", "consultation_notes", ["booking_id"])


def downgrade() -> None:
    op.drop_index("ix_consultation_notes_booking_id", "consultation_notes")
    op.execute("ALTER TABLE consultation_notes DROP COLUMN booking_id")
    op.drop_table("booking_cancellations")
    op.drop_index("ix_bookings_client_id_starts_at", "bookings")
    op.drop_index("ix_bookings_menu_item_id", "bookings")
    op.drop_index("ix_bookings_status", "bookings")
    op.drop_index("ix_bookings_starts_at", "bookings")
    op.drop_table("bookings")
    op.drop_table("session_menu_items")
