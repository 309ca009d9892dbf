"""Reading the audit trail: filtered listing and chain verification (P-SAFEGUARD)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.models import AuditEvent
from desktop.vault import audit
from desktop.vault.store import OpenVault


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    occurred_at: str
    action: str
    entity: str | None
    entity_id: int | None
    detail: str


def list_events(
    vault: OpenVault,
    *,
    action_prefix: str = "",
    client_id: int | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 5000,
) -> list[AuditEntry]:
    """Events newest first; ``since``/``until`` are ISO dates or times (UTC).

    ``client_id`` keeps the events that name the client: those about their
    record and those whose details name them (a booking's, a message's).
    """
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if action_prefix:
        query = query.where(AuditEvent.action.startswith(action_prefix, autoescape=True))
    if client_id is not None:
        about_record = (AuditEvent.entity == "client") & (AuditEvent.entity_id == client_id)
        query = query.where(about_record | (func.json_extract(AuditEvent.detail, "$.client") == client_id))
    if since:
        query = query.where(AuditEvent.occurred_at >= since)
    if until:
        query = query.where(AuditEvent.occurred_at < until)
    with vault.reading() as session:
        return [
            AuditEntry(e.id, e.occurred_at, e.action, e.entity, e.entity_id, e.detail)
            for e in session.scalars(query)
        ]


def verify(vault: OpenVault) -> audit.ChainReport:
    with vault.reading() as session:
        return audit.verify(session)
