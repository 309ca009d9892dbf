"""A client with a completed session is no longer "not yet met" (issue 14).

Completing a session now makes a prospect an active client in the same
transaction (services/bookings/transitions.py); this brings the clients whose
first session was completed before that rule to the same status, so the client
list, the client's page and the inbox agree on every vault.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "UPDATE clients SET status = 'active' WHERE status = 'prospect' "
        "AND id IN (SELECT client_id FROM bookings WHERE status = 'completed')"
    )


def downgrade() -> None:
    """Nothing to undo: which clients were prospects before their first session is not kept."""
