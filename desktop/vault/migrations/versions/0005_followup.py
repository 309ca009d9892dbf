"""Message holds and trigger tags, the outbound contact log, declared emergencies.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "message_holds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(24), nullable=False),
        sa.Column("held_at", sa.String(32), nullable=False),
        sa.Column("released_at", sa.String(32), nullable=True),
        sa.CheckConstraint(
            "reason IN ('insufficient_intent', 'consultation_content', 'trigger')",
            name="ck_message_holds_reason",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"], ["messages.id"], name="fk_message_holds_message_id_messages", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_message_holds"),
        sa.UniqueConstraint("message_id", name="uq_message_holds_message_id"),
    )
    op.create_table(
        "message_tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("trigger", sa.String(20), nullable=False),
        sa.Column("tagged_at", sa.String(32), nullable=False),
        sa.CheckConstraint(
            "trigger IN ('dependency', 'risk', 'others', 'in_person_better')", name="ck_message_tags_trigger"
        ),
        sa.ForeignKeyConstraint(
            ["message_id"], ["messages.id"], name="fk_message_tags_message_id_messages", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_message_tags"),
        sa.UniqueConstraint("message_id", "trigger", name="uq_message_tags_message_id_trigger"),
    )
    op.create_index("ix_message_tags_message_id", "message_tags", ["message_id"])
    op.create_table(
        "emergencies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("issuing_body", sa.String(120), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("action", sa.String(10), nullable=False),
        sa.Column("declared_at", sa.String(32), nullable=False),
        sa.CheckConstraint(
            "kind IN ('typhoon', 'earthquake', 'epidemic', 'terrorism', 'conflict', 'other')",
            name="ck_emergencies_kind",
        ),
        sa.CheckConstraint("action IN ('cancel', 'postpone')", name="ck_emergencies_action"),
        sa.CheckConstraint("last_day >= first_day", name="ck_emergencies_period"),
        sa.PrimaryKeyConstraint("id", name="pk_emergencies"),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("basis", sa.String(24), nullable=False),
        sa.Column("channel", sa.String(8), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("reply_to_message_id", sa.Integer(), nullable=True),
        sa.Column("booking_id", sa.Integer(), nullable=True),
        sa.Column("emergency_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("made_at", sa.String(32), nullable=True),
        sa.CheckConstraint(
            "basis IN ('reply', 'disaster', 'counsellor_unavailable', 'fair_booking', 'booking_change')",
            name="ck_contacts_basis",
        ),
        sa.CheckConstraint("channel IN ('email', 'phone')", name="ck_contacts_channel"),
        sa.CheckConstraint("status IN ('queued', 'made')", name="ck_contacts_status"),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name="fk_contacts_client_id_clients", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["reply_to_message_id"],
            ["messages.id"],
            name="fk_contacts_reply_to_message_id_messages",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["booking_id"], ["bookings.id"], name="fk_contacts_booking_id_bookings", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["emergency_id"],
            ["emergencies.id"],
            name="fk_contacts_emergency_id_emergencies",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_contacts"),
    )
    for column in ("client_id", "basis", "reply_to_message_id", "booking_id", "emergency_id", "created_at"):
        op.create_index(f"ix_contacts_{column}", "contacts", [column])


def downgrade() -> None:
    for column in ("client_id", "basis", "reply_to_message_id", "booking_id", "emergency_id", "created_at"):
        op.drop_index(f"ix_contacts_{column}", "contacts")
    op.drop_table("contacts")
    op.drop_table("emergencies")
    op.drop_index("ix_message_tags_message_id", "message_tags")
    op.drop_table("message_tags")
    op.drop_table("message_holds")
