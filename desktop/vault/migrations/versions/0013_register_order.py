"""The consent register in its order (issue 17): an index on ``consents.given_on``.

The Disclosures & consents section shows the newest consents first, a page at
a time; with the index each page is a short walk backwards instead of a sort
of every consent the practice ever recorded (one per client: 50,000 in a
career-long vault).

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_consents_given_on", "consents", ["given_on"])


def downgrade() -> None:
    op.drop_index("ix_consents_given_on", "consents")
