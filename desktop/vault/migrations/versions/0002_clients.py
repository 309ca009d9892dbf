"""Clients, consultation notes with revisions, and the encrypted search index.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "clients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(120), nullable=False),
        sa.Column("name_reading", sa.String(120), nullable=False),
        sa.Column("sort_key", sa.String(120), nullable=False),
        sa.Column("postal_code", sa.String(8), nullable=False),
        sa.Column("address", sa.String(300), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("gender", sa.String(16), nullable=False),
        sa.Column("occupation", sa.String(120), nullable=False),
        sa.Column("phone", sa.String(20), nullable=False),
        sa.Column("mobile", sa.String(20), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("private_notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_clients"),
    )
    op.create_index("ix_clients_sort_key", "clients", ["sort_key"])
    op.create_index("ix_clients_status", "clients", ["status"])
    op.create_table(
        "consultation_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name="fk_consultation_notes_client_id_clients", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_consultation_notes"),
    )
    op.create_index("ix_consultation_notes_client_id", "consultation_notes", ["client_id"])
    op.create_table(
        "note_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_at", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["consultation_notes.id"],
            name="fk_note_revisions_note_id_consultation_notes",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_note_revisions"),
        sa.UniqueConstraint("note_id", "revision", name="uq_note_revisions_note_id"),
    )
    op.create_index("ix_note_revisions_note_id", "note_revisions", ["note_id"])
    # The search index lives inside the encrypted database, so it is encrypted with it.
    # Trigram tokens find Japanese text without a word splitter.
    op.execute(
        "CREATE VIRTUAL TABLE client_search USING fts5("
        "full_name, name_reading, phones, email, notes, tokenize='trigram')"
    )
    # Deleted rows leave no tokens behind in the index (SQLite's FTS5 secure-delete).
    op.execute("INSERT INTO client_search (client_search, rank) VALUES ('secure-delete', 1)")


def downgrade() -> None:
    op.execute("DROP TABLE client_search")
    op.drop_table("note_revisions")
    op.drop_table("consultation_notes")
    op.drop_table("clients")
