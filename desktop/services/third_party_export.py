"""Exports of client data for someone other than the client (P-DISCLOSE).

Such an export always rests on a disclosure record made first, handed over
"as an exported file" and not used by another export: the record says who
receives it, on which basis and which data items, and the export holds only
those items. The file can be sealed with a password the counsellor gives the
recipient by another way: a PDF encrypted with AES-256 (the PDF 2.0 standard
security handler, which every current PDF reader opens with the password).
Writing the file is audited as ``client.exported`` to a third party with the
disclosure's id, and the disclosure notes the format, so each names the other.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop.errors import InvalidInput, PolicyRefusal
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Disclosure
from desktop.policy import disclosure as rules
from desktop.policy.disclosure import DataItem, HandOver
from desktop.services import subject_access
from desktop.services.disclosures import DisclosureEntry, entry_of_row
from desktop.services.subject_access import ClientRecord, ExportFormat
from desktop.vault import audit
from desktop.vault.files import write_atomically
from desktop.vault.store import OpenVault

RECIPIENT = "third_party"
MIN_PASSWORD_LENGTH = 10

#: The client-record fields each data item covers; consultation content is the notes.
_FIELDS = {
    DataItem.NAME: ("full_name", "name_reading"),
    DataItem.ADDRESS: ("postal_code", "address"),
    DataItem.BIRTH_DATE: ("birth_date",),
    DataItem.GENDER: ("gender",),
    DataItem.OCCUPATION: ("occupation",),
    DataItem.PHONE: ("phone", "mobile"),
    DataItem.EMAIL: ("email",),
    DataItem.CONSULTATION: ("private_notes",),
}


@dataclass(frozen=True, slots=True)
class ThirdPartyRecord:
    """The disclosure an export rests on, and the part of the record it allows."""

    disclosure: DisclosureEntry
    record: ClientRecord


def limited_to(record: ClientRecord, items: frozenset[DataItem]) -> ClientRecord:
    """``record`` with every field outside ``items`` emptied (and no notes without consultation content)."""
    draft = record.details.draft
    emptied: dict[str, Any] = {
        name: (None if name == "birth_date" else "")
        for item, names in _FIELDS.items()
        if item not in items
        for name in names
    }
    details = replace(record.details, draft=replace(draft, **emptied))
    notes = record.notes if DataItem.CONSULTATION in items else []
    return replace(record, details=details, notes=notes)


def _exportable(row: Disclosure | None, disclosure_id: int) -> Disclosure:
    if row is None:
        raise LookupError(disclosure_id)
    if row.client_id is None or row.hand_over != HandOver.FILE.value or row.export_format:
        raise PolicyRefusal(
            rules.P_DISCLOSE,
            QT_TRANSLATE_NOOP(
                "policy",
                "An export for someone else needs its own disclosure record, handed over as an exported file "
                "and not used by another export.",
            ),
        )
    return row


def gather(vault: OpenVault, *, disclosure_id: int) -> ThirdPartyRecord:
    """The disclosure and the client's record limited to its data items (an audited view)."""
    with vault.unit_of_work() as session:
        row = _exportable(session.get(Disclosure, disclosure_id), disclosure_id)
        entry = entry_of_row(row)
        client_id = row.client_id
    assert client_id is not None
    record = subject_access.gather(vault, client_id=client_id)
    return ThirdPartyRecord(entry, limited_to(record, entry.draft.items))


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(QT_TRANSLATE_NOOP("policy", "The password needs at least 10 characters."))


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """The PDF sealed with AES-256 under ``password`` (for opening and for changing it alike)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def to_json(third: ThirdPartyRecord) -> bytes:
    return subject_access.to_json(third.record)


def save_export(
    vault: OpenVault,
    *,
    disclosure_id: int,
    path: Path,
    data: bytes,
    fmt: ExportFormat,
    password: str | None = None,
) -> None:
    """Write the export for the disclosure's recipient and link the two in the audit trail.

    With a password the PDF is encrypted first (a JSON export cannot be).
    The file is written inside the transaction: if the write fails, nothing claims it exists.
    """
    if password is not None:
        check_password(password)
        if fmt is not ExportFormat.PDF:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("policy", "Only a PDF export can be sealed with a password.")
            )
        data = encrypt_pdf(data, password)
    with vault.unit_of_work() as session:
        row = _exportable(session.get(Disclosure, disclosure_id), disclosure_id)
        row.export_format = fmt.value
        row.export_encrypted = password is not None
        audit.append(
            session,
            "client.exported",
            entity="client",
            entity_id=row.client_id,
            detail={
                "format": fmt.value,
                "recipient": RECIPIENT,
                "disclosure": disclosure_id,
                "encrypted": password is not None,
            },
        )
        session.flush()
        write_atomically(path, data)
