"""The gate for exports of client data for someone other than the client (P-DISCLOSE).

Such an export always rests on a disclosure record made first, handed over
"as an exported file" and not used by another export. The gate builds the
content itself from the vault: exactly the data items the record names — the
name without its reading, the consultation notes as they now stand without
earlier versions — and nothing else: no status, no internal numbers, no
counsellor's notes. JSON is rendered here; a PDF drawn by the window from that
document alone is read back and refused if it lacks the document's reference
or shows a value the record does not name. The file can be sealed with a
password given to the recipient by another way (AES-256, PDF 2.0). Writing it
is audited as ``client.exported`` to a third party with the disclosure's id and
digest, and the disclosure notes the format, so each names the other.
"""

from __future__ import annotations

import io
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import InvalidInput, PolicyRefusal
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Client, ConsultationNote, Disclosure, NoteRevision
from desktop.policy import disclosure as rules
from desktop.policy.disclosure import DataItem, HandOver
from desktop.services.consents import split_values
from desktop.services.records import record_seals
from desktop.services.records.record_exports import (
    Entry,
    ExportDocument,
    ExportFormat,
    Field,
    Renderer,
    Section,
    rendered,
    sealed,
    write,
)
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault

RECIPIENT = "third_party"
KIND = "third-party"
MIN_PASSWORD_LENGTH = 10

#: The client-record fields each data item covers; consultation content is the notes, as they stand.
FIELDS = {
    DataItem.NAME: ("full_name",),
    DataItem.ADDRESS: ("postal_code", "address"),
    DataItem.BIRTH_DATE: ("birth_date",),
    DataItem.GENDER: ("gender",),
    DataItem.OCCUPATION: ("occupation",),
    DataItem.PHONE: ("phone", "mobile"),
    DataItem.EMAIL: ("email",),
    DataItem.CONSULTATION: (),
}
_CLIENT_TEXT = (
    "full_name",
    "name_reading",
    "postal_code",
    "address",
    "occupation",
    "phone",
    "mobile",
    "email",
    "private_notes",
)


def _exportable(row: Disclosure | None, disclosure_id: int) -> Disclosure:
    if row is None:
        raise LookupError(disclosure_id)
    if row.client_id is None or row.hand_over != HandOver.FILE.value or row.export_format:
        raise PolicyRefusal(
            rules.P_DISCLOSE,
            QT_TRANSLATE_NOOP(
                "policy",
                "An export for someone else needs its own disclosure record, handed over as an exported file "
                "and not used by another export (“Disclosure of personal data to third parties”).",
            ),
        )
    return row


def _notes(session: Session, client_id: int) -> tuple[list[tuple[ConsultationNote, NoteRevision]], list[str]]:
    """Each note with its newest revision, and the text of every earlier revision (withheld)."""
    current: list[tuple[ConsultationNote, NoteRevision]] = []
    earlier: list[str] = []
    notes = session.scalars(
        select(ConsultationNote)
        .where(ConsultationNote.client_id == client_id)
        .order_by(ConsultationNote.occurred_on, ConsultationNote.id)
    )
    for note in notes:
        revisions = list(
            session.scalars(
                select(NoteRevision).where(NoteRevision.note_id == note.id).order_by(NoteRevision.revision)
            )
        )
        if revisions:
            current.append((note, revisions[-1]))
            earlier.extend(r.text for r in revisions[:-1])
    return current, earlier


def build(session: Session, disclosure_id: int) -> tuple[ExportDocument, list[str]]:
    """The document for the disclosure's recipient, and the values it leaves out (for the check)."""
    row = _exportable(session.get(Disclosure, disclosure_id), disclosure_id)
    assert row.client_id is not None
    client = session.get(Client, row.client_id)
    if client is None:
        raise LookupError(row.client_id)
    items = split_values(DataItem, row.items)
    named = {name for item in items for name in FIELDS[item]}
    fields = tuple(
        Field(name, getattr(client, name)) for item in DataItem if item in items for name in FIELDS[item]
    )
    withheld = [str(getattr(client, name)) for name in _CLIENT_TEXT if name not in named]
    if DataItem.BIRTH_DATE not in items and client.birth_date is not None:
        withheld.append(client.birth_date.isoformat())
    sections = [Section("disclosed", (Entry(fields),))]
    current, earlier = _notes(session, client.id)
    if DataItem.CONSULTATION in items:
        notes = tuple(
            Entry((Field("occurred_on", note.occurred_on), Field("text", rev.text))) for note, rev in current
        )
        sections.append(Section("consultation_notes", notes))
        withheld.extend(earlier)
    else:
        withheld.extend(rev.text for _note, rev in current)
        withheld.extend(earlier)
    heading = (
        Field("disclosure_id", row.id),
        Field("basis", row.basis),
        *((Field("consent_id", row.consent_id),) if row.consent_id is not None else ()),
        Field("disclosed_on", row.disclosed_on),
        Field("recipient_name", row.recipient_name),
    )
    subject = client.full_name if DataItem.NAME in items else ""
    produced = practice_time(session).stamp()
    return sealed(ExportDocument(KIND, subject, produced, tuple(sections), heading)), withheld


def gather(vault: OpenVault, *, disclosure_id: int) -> ExportDocument:
    """What the recipient's copy would hold, for showing before an export."""
    with vault.reading() as session:
        return build(session, disclosure_id)[0]


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


def export_for_recipient(
    vault: OpenVault,
    *,
    disclosure_id: int,
    path: Path,
    fmt: ExportFormat,
    render: Renderer | None = None,
    password: str | None = None,
) -> ExportDocument:
    """P-DISCLOSE: write the recipient's copy of exactly the named items and link it to its record.

    With a password the PDF is encrypted after the check (a JSON export cannot be).
    The file is written inside the transaction: if the write fails, nothing claims it exists.
    """
    if password is not None:
        check_password(password)
        if fmt is not ExportFormat.PDF:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("policy", "Only a PDF export can be sealed with a password.")
            )
    with vault.reading() as session:
        document, withheld = build(session, disclosure_id)
    data = rendered(document, fmt, render, withheld)
    if password is not None:
        data = encrypt_pdf(data, password)
    with vault.unit_of_work() as session:
        row = _exportable(session.get(Disclosure, disclosure_id), disclosure_id)
        if sealed(build(session, disclosure_id)[0]).sections != document.sections:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("policy", "The record changed while the export was drawn; export it again.")
            )
        row.export_format = fmt.value
        row.export_encrypted = password is not None
        record_seals.seal(
            session,
            "client.exported",
            row,
            detail={
                "format": fmt.value,
                "recipient": RECIPIENT,
                "encrypted": password is not None,
                "reference": document.reference,
            },
        )
        write(path, data)
    return document
