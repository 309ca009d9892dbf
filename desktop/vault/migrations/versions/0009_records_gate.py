"""The records gate (issue 12): consent expiry, disclosures recorded late, testimonials taken down.

- ``consents.expires_on``: the last day a consent holds, when the client set one.
- ``disclosures.late_after_withdrawal_on``: set when a disclosure was recorded after the
  consent it rests on was withdrawn, though dated before the withdrawal; it keeps the
  withdrawal date so both dates are shown and the record is flagged as recorded late.
- ``testimonials.taken_down_on``: the day a testimonial stopped being used.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("consents") as batch:
        batch.add_column(sa.Column("expires_on", sa.Date(), nullable=True))
    with op.batch_alter_table("disclosures") as batch:
        batch.add_column(sa.Column("late_after_withdrawal_on", sa.Date(), nullable=True))
    with op.batch_alter_table("testimonials") as batch:
        batch.add_column(sa.Column("taken_down_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("testimonials") as batch:
        batch.drop_column("taken_down_on")
    with op.batch_alter_table("disclosures") as batch:
        batch.drop_column("late_after_withdrawal_on")
    with op.batch_alter_table("consents") as batch:
        batch.drop_column("expires_on")
