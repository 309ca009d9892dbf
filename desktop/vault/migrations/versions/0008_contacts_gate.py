"""The outbound-contact gate: what each contact answered, which bookings it names, which mail it was.

P-CONTACT: a contact now records the reply it was (``template``: the
confirmation, the in-person proposal, ...), the imported mail it matched when
it was sent from the counsellor's own mail program (``sent_message_id``), and
every booking it concerns (``contact_bookings``: an emergency notice names
each affected booking of the client, not the first).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("template", sa.String(24), nullable=False, server_default=""))
        batch.add_column(sa.Column("sent_message_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_contacts_sent_message_id_messages",
            "messages",
            ["sent_message_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index("ix_contacts_sent_message_id", ["sent_message_id"], unique=True)
    op.create_table(
        "contact_bookings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name="fk_contact_bookings_contact_id_contacts",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["booking_id"],
            ["bookings.id"],
            name="fk_contact_bookings_booking_id_bookings",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_contact_bookings"),
        sa.UniqueConstraint("contact_id", "booking_id", name="uq_contact_bookings_contact_id"),
    )
    op.create_index("ix_contact_bookings_booking_id", "contact_bookings", ["booking_id"])


def downgrade() -> None:
    op.drop_index("ix_contact_bookings_booking_id", "contact_bookings")
    op.drop_table("contact_bookings")
    with op.batch_alter_table("contacts") as batch:
        batch.drop_index("ix_contacts_sent_message_id")
        batch.drop_constraint("fk_contacts_sent_message_id_messages", type_="foreignkey")
        batch.drop_column("sent_message_id")
        batch.drop_column("template")
