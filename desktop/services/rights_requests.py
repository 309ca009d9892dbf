"""The register of clients' requests under APPI Arts. 33–35 (P-LAW).

A request to see the data, see the provision records, correct, stop use or
erase is registered with the day it arrived and the day its answer is due
(Settings: days for "without delay"); answering records the response, and a
refusal its reason. A request for the provision records is answered with the
client's disclosure log as a PDF (drawn by the view) written here and
recorded as given to the client themself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.errors import InvalidInput, PolicyRefusal
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Client, RightsRequest
from desktop.policy import disclosure as rules
from desktop.policy.disclosure import RequestKind, RequestStatus
from desktop.services import practice_settings
from desktop.services.disclosures import DisclosureEntry, LogFilter, list_log
from desktop.services.records import record_exports
from desktop.services.records.subject_access import RECIPIENT
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault


@dataclass(frozen=True, slots=True)
class RequestEntry:
    id: int
    client_id: int | None
    client_name: str
    kind: RequestKind
    received_on: date
    due_on: date
    status: RequestStatus
    answered_on: date | None
    details: str
    response: str
    refusal_reason: str

    def overdue_on(self, day: date) -> bool:
        return self.status is RequestStatus.OPEN and day > self.due_on


def _entry(row: RightsRequest, client_name: str) -> RequestEntry:
    return RequestEntry(
        row.id,
        row.client_id,
        client_name,
        RequestKind(row.kind),
        row.received_on,
        row.due_on,
        RequestStatus(row.status),
        row.answered_on,
        row.details,
        row.response,
        row.refusal_reason,
    )


def record_request(
    vault: OpenVault,
    *,
    client_id: int,
    kind: RequestKind,
    received_on: date,
    details: str = "",
) -> RequestEntry:
    """Register a request; its answer is due the configured number of days after it arrived."""
    with vault.unit_of_work() as session:
        if received_on > practice_time(session).today():
            raise InvalidInput(QT_TRANSLATE_NOOP("policy", "A request cannot have arrived in the future."))
        due_days = practice_settings.load_in(session).request_due_days
        client = session.get(Client, client_id)
        if client is None:
            raise LookupError(client_id)
        now = practice_time(session).stamp()
        row = RightsRequest(
            client_id=client_id,
            kind=kind.value,
            received_on=received_on,
            due_on=rules.request_due(received_on, due_days),
            status=RequestStatus.OPEN.value,
            details=details.strip(),
            response="",
            refusal_reason="",
            recorded_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        audit.append(
            session,
            "request.recorded",
            entity="client",
            entity_id=client_id,
            detail={"request": row.id, "kind": kind.value},
        )
        return _entry(row, client.full_name)


def answer_request(
    vault: OpenVault,
    *,
    request_id: int,
    status: RequestStatus,
    response: str,
    refusal_reason: str = "",
) -> RequestEntry:
    """Record the answer (or refusal, with its reason) given to the client today (the vault's clock)."""
    verdict = rules.check_answer(status, response, refusal_reason)
    if not verdict.allowed:
        raise PolicyRefusal(verdict.rule, verdict.reason, verdict.args)
    with vault.unit_of_work() as session:
        row = session.get(RightsRequest, request_id)
        if row is None:
            raise LookupError(request_id)
        row.status = status.value
        row.response = response.strip()
        row.refusal_reason = refusal_reason.strip() if status is RequestStatus.REFUSED else ""
        row.answered_on = None if status is RequestStatus.OPEN else practice_time(session).today()
        row.updated_at = practice_time(session).stamp()
        audit.append(
            session,
            "request.answered",
            entity="client" if row.client_id is not None else None,
            entity_id=row.client_id,
            detail={"request": request_id, "status": status.value},
        )
        client = session.get(Client, row.client_id) if row.client_id is not None else None
        return _entry(row, client.full_name if client else "")


def list_requests(vault: OpenVault, *, client_id: int | None = None) -> list[RequestEntry]:
    """The register, open requests first (soonest due first), then the answered ones, newest first."""
    query = select(RightsRequest, Client.full_name).outerjoin(Client, Client.id == RightsRequest.client_id)
    if client_id is not None:
        query = query.where(RightsRequest.client_id == client_id)
    with vault.unit_of_work() as session:
        entries = [_entry(row, name or "") for row, name in session.execute(query)]
    open_ = sorted((e for e in entries if e.status is RequestStatus.OPEN), key=lambda e: (e.due_on, e.id))
    closed = sorted(
        (e for e in entries if e.status is not RequestStatus.OPEN),
        key=lambda e: (e.received_on, e.id),
        reverse=True,
    )
    return open_ + closed


@dataclass(frozen=True, slots=True)
class ProvisionRecords:
    """APPI Art. 33(5): what the practice has recorded as provided about one client, for them."""

    client_id: int
    client_name: str
    entries: list[DisclosureEntry]
    produced_at: str


def provision_records(vault: OpenVault, *, client_id: int) -> ProvisionRecords:
    with vault.unit_of_work() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise LookupError(client_id)
        name = client.full_name
    entries = sorted(
        list_log(vault, wanted=LogFilter(client_id=client_id)), key=lambda e: (e.draft.disclosed_on, e.id)
    )
    return ProvisionRecords(client_id, name, entries, vault.time.stamp())


def save_provision_records(
    vault: OpenVault, *, client_id: int, path: Path, render: Callable[[ProvisionRecords], bytes]
) -> ProvisionRecords:
    """Write the client's disclosure log, drawn by ``render`` from the records built here, for them."""
    records = provision_records(vault, client_id=client_id)
    data = render(records)
    with vault.unit_of_work() as session:
        audit.append(
            session,
            "client.exported",
            entity="client",
            entity_id=client_id,
            detail={"format": "pdf", "recipient": RECIPIENT, "content": "provision_records"},
        )
        session.flush()
        record_exports.write(path, data)
    return records
