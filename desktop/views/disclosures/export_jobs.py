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
    from desktop.services.record_exports import Renderer
    from desktop.vault.store import OpenVault


# --- subject-access export (P-LAW) ---------------------------------------------------------


def export_record(
    vault: OpenVault, client_id: int, path: Path, as_pdf: bool, render: Renderer | None
) -> Path:
    """Write the client's own copy through the export gate, which builds it from the vault."""
    from desktop.services import subject_access
    from desktop.services.record_exports import ExportFormat

    fmt = ExportFormat.PDF if as_pdf else ExportFormat.JSON
    subject_access.export_record(vault, client_id=client_id, path=path, fmt=fmt, render=render)
    return path
