"""Rows the counsellor edits carry a version (issue 15), so a stale edit is refused.

- ``clients.version``: 1 for every existing client; SQLAlchemy raises it on each UPDATE
  (``version_id_col``), and an edit made on an older version is refused.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clients") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("clients") as batch:
        batch.drop_column("version")
