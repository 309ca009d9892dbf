"""Client sort keys read the long-vowel mark ー as the vowel before it (issue 15).

``clients.sort_key`` is stored; keys made before the change kept ー as it is, so
ラーメン sorted after every other kana. Only rows whose reading (or, without
one, name) holds the mark are rewritten, with the key function of today.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.policy.personal_data import reading_key

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT id, full_name, name_reading FROM clients "
            "WHERE name_reading LIKE '%ー%' OR name_reading LIKE '%ｰ%' "
            "OR (name_reading = '' AND full_name LIKE '%ー%')"
        )
    ).all()
    for row in rows:
        connection.execute(
            sa.text("UPDATE clients SET sort_key = :key WHERE id = :id"),
            {"key": reading_key(row.name_reading or row.full_name), "id": row.id},
        )


def downgrade() -> None:
    """The old keys are not restored: they only sorted ー last, and every key is valid either way."""
