"""Messages (imported email and logged calls), their attachments, and clients' email addresses.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("direction", sa.String(4), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("booking_id", sa.Integer(), nullable=True),
        sa.Column("thread_key", sa.String(255), nullable=False),
        sa.Column("message_id", sa.String(255), nullable=True),
        sa.Column("in_reply_to", sa.String(255), nullable=False),
        sa.Column("reference_ids", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("from_address", sa.String(254), nullable=False),
        sa.Column("from_name", sa.String(200), nullable=False),
        sa.Column("to_addresses", sa.Text(), nullable=False),
        sa.Column("subject", sa.String(998), nullable=False),
        sa.Column("sent_at", sa.String(32), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("body_source", sa.String(8), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("danger", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.CheckConstraint("kind IN ('email', 'call')", name="ck_messages_kind"),
        sa.CheckConstraint("direction IN ('in', 'out')", name="ck_messages_direction"),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name="fk_messages_client_id_clients", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["booking_id"], ["bookings.id"], name="fk_messages_booking_id_bookings", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_messages"),
        sa.UniqueConstraint("message_id", name="uq_messages_message_id"),
    )
    op.create_index("ix_messages_client_id", "messages", ["client_id"])
    op.create_index("ix_messages_booking_id", "messages", ["booking_id"])
    op.create_index("ix_messages_thread_key", "messages", ["thread_key"])
    op.create_index("ix_messages_content_hash", "messages", ["content_hash"])
    op.create_index("ix_messages_from_address", "messages", ["from_address"])
    op.create_index("ix_messages_sent_at", "messages", ["sent_at"])
    op.create_index("ix_messages_danger_sent_at", "messages", ["danger", "sent_at"])
    op.create_table(
        "message_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("content_type", sa.String(127), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name="fk_message_attachments_message_id_messages",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_message_attachments"),
    )
    op.create_index("ix_message_attachments_message_id", "message_attachments", ["message_id"])
    op.create_table(
        "client_addresses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(254), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name="fk_client_addresses_client_id_clients", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_client_addresses"),
        sa.UniqueConstraint("address", name="uq_client_addresses_address"),
    )
    op.create_index("ix_client_addresses_client_id", "client_addresses", ["client_id"])


def downgrade() -> None:
    op.drop_index("ix_client_addresses_client_id", "client_addresses")
    op.drop_table("client_addresses")
    op.drop_index("ix_message_attachments_message_id", "message_attachments")
    op.drop_table("message_attachments")
    indexed = (
        "danger_sent_at",
        "sent_at",
        "from_address",
        "content_hash",
        "thread_key",
        "booking_id",
        "client_id",
    )
    for name in indexed:
        op.drop_index(f"ix_messages_{name}", "messages")
    op.drop_table("messages")
