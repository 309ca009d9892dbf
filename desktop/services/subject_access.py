"""P-LAW: a client's own request for their data, answered with their whole record.

The record is gathered here; the JSON form is built here and the PDF form by
the view (Qt draws it). Writing either is recorded in the audit trail as a
disclosure to the data subject — the client themself — never as a third-party
disclosure (that is P-DISCLOSE's log, a later feature).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from desktop import __version__
from desktop.services import clients, consultation_notes
from desktop.vault import audit
from desktop.vault.files import write_atomically
from desktop.vault.store import OpenVault

RECIPIENT = "data_subject"


class ExportFormat(StrEnum):
    PDF = "pdf"
    JSON = "json"


@dataclass(frozen=True, slots=True)
class NoteWithHistory:
    occurred_on: date
    revisions: list[consultation_notes.Revision]


@dataclass(frozen=True, slots=True)
class ClientRecord:
    """Everything the practice holds about one client."""

    details: clients.ClientDetails
    notes: list[NoteWithHistory]
    produced_at: str


def gather(vault: OpenVault, *, client_id: int) -> ClientRecord:
    """The whole record, oldest note first, with every revision of each note."""
    details = clients.open_client(vault, client_id=client_id)
    entries = sorted(
        consultation_notes.notes_of(vault, client_id=client_id), key=lambda n: (n.occurred_on, n.id)
    )
    notes = [
        NoteWithHistory(entry.occurred_on, consultation_notes.history(vault, note_id=entry.id))
        for entry in entries
    ]
    return ClientRecord(details, notes, datetime.now(UTC).isoformat(timespec="seconds"))


def _jsonable(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def to_json(record: ClientRecord) -> bytes:
    """The record as UTF-8 JSON, readable by the client with any text editor."""
    document = {
        "format": "sorakumo-desk subject-access export",
        "version": 1,
        "produced_by": f"Sorakumo Desk {__version__}",
        "produced_at": record.produced_at,
        "client": {"id": record.details.id, **asdict(record.details.draft)},
        "consultation_notes": [
            {"date": note.occurred_on, "revisions": [asdict(r) for r in note.revisions]}
            for note in record.notes
        ],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2, default=_jsonable) + "\n").encode("utf-8")


def save_export(vault: OpenVault, *, client_id: int, path: Path, data: bytes, fmt: ExportFormat) -> None:
    """Write the export (atomically, owner-only) and record it as a disclosure to the client.

    The file is written inside the transaction that records it: if the write
    fails the event is rolled back, so no event claims an export that is not there.
    """
    with vault.unit_of_work() as session:
        audit.append(
            session,
            "client.exported",
            entity="client",
            entity_id=client_id,
            detail={"format": fmt.value, "recipient": RECIPIENT},
        )
        session.flush()
        write_atomically(path, data)
