"""The booking gate (issue 12): point 3 as agreed, exchanges counted per client, waivers and declarations.

- ``bookings.session_name``: the agreed session's name, beside the format, duration and price
  already copied (P-CONFIRM point 3); filled from the menu for existing bookings.
- ``bookings.unticked_at_round_trip``: the client's exchange count when a change last unticked
  an agreed point (P-ROUNDTRIPS: at the limit, re-agreeing by email is refused).
- ``booking_exchanges``: every email exchange of a client's negotiation and where it was counted
  (P-ROUNDTRIPS); an existing booking's count is carried over as that many ``manual`` exchanges.
- ``booking_cancellations.emergency_id``: the declaration under which a fee was waived (P-EMERGENCY).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("bookings") as batch:
        batch.add_column(sa.Column("session_name", sa.String(80), nullable=False, server_default=""))
        batch.add_column(sa.Column("unticked_at_round_trip", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE bookings SET session_name = COALESCE("
        "(SELECT substr(name, 1, 80) FROM session_menu_items"
        " WHERE session_menu_items.id = bookings.menu_item_id),"
        " '')"
    )
    with op.batch_alter_table("booking_cancellations") as batch:
        batch.add_column(sa.Column("emergency_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_booking_cancellations_emergency_id_emergencies",
            "emergencies",
            ["emergency_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    op.create_table(
        "booking_exchanges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("reference", sa.Integer(), nullable=True),
        sa.Column("counted_at", sa.String(32), nullable=False),
        sa.CheckConstraint("source IN ('mail_in', 'reply', 'manual')", name="ck_booking_exchanges_source"),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name="fk_booking_exchanges_client_id_clients", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["booking_id"],
            ["bookings.id"],
            name="fk_booking_exchanges_booking_id_bookings",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_booking_exchanges"),
        sa.UniqueConstraint("source", "reference", name="uq_booking_exchanges_source"),
    )
    op.create_index("ix_booking_exchanges_booking_id", "booking_exchanges", ["booking_id"])
    op.create_index(
        "ix_booking_exchanges_client_id_counted_at", "booking_exchanges", ["client_id", "counted_at"]
    )
    # The counts kept so far become manual exchanges, so no open negotiation starts again at 0.
    op.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) "
        "INSERT INTO booking_exchanges (client_id, booking_id, source, reference, counted_at) "
        "SELECT b.client_id, b.id, 'manual', NULL, b.updated_at "
        "FROM bookings AS b JOIN n ON n.i <= b.round_trips "
        "WHERE b.channel = 'email'"
    )


def downgrade() -> None:
    op.drop_index("ix_booking_exchanges_client_id_counted_at", "booking_exchanges")
    op.drop_index("ix_booking_exchanges_booking_id", "booking_exchanges")
    op.drop_table("booking_exchanges")
    with op.batch_alter_table("booking_cancellations") as batch:
        batch.drop_constraint("fk_booking_cancellations_emergency_id_emergencies", type_="foreignkey")
        batch.drop_column("emergency_id")
    with op.batch_alter_table("bookings") as batch:
        batch.drop_column("unticked_at_round_trip")
        batch.drop_column("session_name")
