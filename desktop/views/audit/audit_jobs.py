"""The audit page's work for the worker thread (P-SAFEGUARD).

As everywhere in the views, the service is imported when the job runs, on the
worker thread, so the views never import SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.audit_log import AuditEntry
    from desktop.vault.audit import ChainReport
    from desktop.vault.store import OpenVault


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What the audit page asks for; ``since``/``until`` are UTC ISO times, ``until`` excluded."""

    action_prefix: str = ""
    client_id: int | None = None
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True, slots=True)
class AuditListing:
    """The events matching a filter, newest first, and the state of the whole chain."""

    events: list[AuditEntry]
    chain: ChainReport


def list_audit(vault: OpenVault, wanted: AuditFilter) -> AuditListing:
    from desktop.services import audit_log

    events = audit_log.list_events(
        vault,
        action_prefix=wanted.action_prefix,
        client_id=wanted.client_id,
        since=wanted.since,
        until=wanted.until,
    )
    return AuditListing(events, audit_log.verify(vault))
