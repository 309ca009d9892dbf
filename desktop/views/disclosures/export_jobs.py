"""The vault work behind client-record screens that are not the client list itself.

Subject-access export (P-LAW), erasure on request (P-LAW) and the audit trail
(P-SAFEGUARD) each hand their database work to the worker thread through the
functions here. As in :mod:`desktop.views.vault.vault_jobs`, every function imports its
service when it runs, on the worker thread, so that opening a window never
loads SQLAlchemy and the views never import it at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.subject_access import ClientRecord
    from desktop.vault.store import OpenVault


# --- subject-access export (P-LAW) ---------------------------------------------------------


def gather_record(vault: OpenVault, client_id: int) -> ClientRecord:
    """The client's whole record, every revision of every note included (an audited view)."""
    from desktop.services import subject_access

    return subject_access.gather(vault, client_id=client_id)


def save_pdf(vault: OpenVault, client_id: int, path: Path, data: bytes) -> Path:
    """Write a PDF drawn on the GUI thread and record it as given to the client."""
    from desktop.services import subject_access

    subject_access.save_export(
        vault, client_id=client_id, path=path, data=data, fmt=subject_access.ExportFormat.PDF
    )
    return path


def save_json(vault: OpenVault, record: ClientRecord, path: Path) -> Path:
    """Write the record as JSON and record it as given to the client."""
    from desktop.services import subject_access

    subject_access.save_export(
        vault,
        client_id=record.details.id,
        path=path,
        data=subject_access.to_json(record),
        fmt=subject_access.ExportFormat.JSON,
    )
    return path
