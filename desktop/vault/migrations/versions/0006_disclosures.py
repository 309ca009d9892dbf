"""Consents, the disclosure log, the register of clients' requests, and testimonials (issue 6).

Consents, disclosures and requests keep their rows when a client is erased
(``client_id`` is set to NULL) because the law wants provision records kept
for their retention period; testimonials go with the client.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _client_fk(table: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["client_id"], ["clients.id"], name=f"fk_{table}_client_id_clients", ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("relations", sa.String(200), nullable=False),
        sa.Column("recipient", sa.String(120), nullable=False),
        sa.Column("items", sa.String(200), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawal_note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.CheckConstraint(
            "kind IN ('disclosure', 'testimonial', 'sensitive_data_acquisition')", name="ck_consents_kind"
        ),
        sa.CheckConstraint("method IN ('in_person', 'phone', 'email', 'form')", name="ck_consents_method"),
        _client_fk("consents", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_consents"),
    )
    op.create_index("ix_consents_client_id", "consents", ["client_id"])
    op.create_table(
        "disclosures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("subject_name", sa.String(120), nullable=False),
        sa.Column("disclosed_on", sa.Date(), nullable=False),
        sa.Column("recipient_name", sa.String(120), nullable=False),
        sa.Column("relation", sa.String(16), nullable=False),
        sa.Column("recipient_contact", sa.String(300), nullable=False),
        sa.Column("items", sa.String(200), nullable=False),
        sa.Column("basis", sa.String(16), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=True),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("requesting_body", sa.String(200), nullable=False),
        sa.Column("reference", sa.String(200), nullable=False),
        sa.Column("hand_over", sa.String(16), nullable=False),
        sa.Column("retention_case", sa.String(16), nullable=False),
        sa.Column("retained_until", sa.Date(), nullable=False),
        sa.Column("correction_reason", sa.Text(), nullable=False),
        sa.Column("export_format", sa.String(8), nullable=False),
        sa.Column("export_encrypted", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.CheckConstraint(
            "basis IN ('consent', 'law', 'vital', 'public_health', 'rights')", name="ck_disclosures_basis"
        ),
        sa.CheckConstraint(
            "relation IN ('family', 'friend', 'school', 'employer', 'medical', 'government', 'court', "
            "'police', 'other')",
            name="ck_disclosures_relation",
        ),
        sa.CheckConstraint(
            "retention_case IN ('standard', 'contract')", name="ck_disclosures_retention_case"
        ),
        sa.CheckConstraint(
            "basis != 'consent' OR consent_id IS NOT NULL", name="ck_disclosures_consent_basis"
        ),
        sa.ForeignKeyConstraint(
            ["corrects_id"],
            ["disclosures.id"],
            name="fk_disclosures_corrects_id_disclosures",
            ondelete="RESTRICT",
        ),
        _client_fk("disclosures", "SET NULL"),
        sa.ForeignKeyConstraint(
            ["consent_id"], ["consents.id"], name="fk_disclosures_consent_id_consents", ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_disclosures"),
    )
    for column in ("corrects_id", "client_id", "disclosed_on", "basis", "consent_id"):
        op.create_index(f"ix_disclosures_{column}", "disclosures", [column])
    op.create_table(
        "rights_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("refusal_reason", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.CheckConstraint(
            "kind IN ('see_data', 'see_provision_records', 'correct', 'stop_use', 'erase')",
            name="ck_rights_requests_kind",
        ),
        sa.CheckConstraint("status IN ('open', 'answered', 'refused')", name="ck_rights_requests_status"),
        _client_fk("rights_requests", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_rights_requests"),
    )
    for column in ("client_id", "due_on", "status"):
        op.create_index(f"ix_rights_requests_{column}", "rights_requests", [column])
    op.create_table(
        "testimonials",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("marked_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        _client_fk("testimonials", "CASCADE"),
        sa.ForeignKeyConstraint(
            ["consent_id"], ["consents.id"], name="fk_testimonials_consent_id_consents", ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_testimonials"),
    )
    op.create_index("ix_testimonials_client_id", "testimonials", ["client_id"])
    op.create_index("ix_testimonials_consent_id", "testimonials", ["consent_id"])


def downgrade() -> None:
    op.drop_table("testimonials")
    op.drop_table("rights_requests")
    op.drop_table("disclosures")
    op.drop_table("consents")
