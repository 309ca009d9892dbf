"""P-LAW: a client's own request for their data, answered with everything the vault keeps about them.

The gate gathers the record itself — the client's details, every consultation
note with every revision, bookings with their cancellation records, mail and
call summaries with their attachments listed (names and sizes, not the files),
email addresses, the practice's contacts, consents, disclosures, requests and
testimonials — renders JSON itself or checks the PDF the window drew from that
document alone (:mod:`desktop.services.records.record_exports`), and writes the file
inside the transaction that records it in the audit trail as given to the data
subject — the client themself, not a third party (P-DISCLOSE).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Booking,
    BookingCancellation,
    Client,
    ClientAddress,
    Consent,
    ConsultationNote,
    Contact,
    Disclosure,
    Message,
    MessageAttachment,
    NoteRevision,
    RightsRequest,
    Testimonial,
)
from desktop.services.records.record_exports import (
    Entry,
    ExportDocument,
    ExportFormat,
    Renderer,
    Section,
    rendered,
    row_fields,
    sealed,
    write,
)
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault

RECIPIENT = "data_subject"
KIND = "subject-access"
#: The sections of the client's own copy, in the order they are shown.
SECTIONS = (
    "client",
    "consultation_notes",
    "bookings",
    "messages",
    "addresses",
    "contacts",
    "consents",
    "disclosures",
    "requests",
    "testimonials",
)
_LINK = ("client_id",)


def _rows(session: Session, model: Any, *where: Any, order: Any) -> list[Any]:
    return list(session.scalars(select(model).where(*where).order_by(order, model.id)))


def _notes(session: Session, client_id: int) -> Section:
    entries = []
    for note in _rows(
        session, ConsultationNote, ConsultationNote.client_id == client_id, order=ConsultationNote.occurred_on
    ):
        assert isinstance(note, ConsultationNote)
        revisions = _rows(session, NoteRevision, NoteRevision.note_id == note.id, order=NoteRevision.revision)
        versions = Section(
            "revisions", tuple(Entry(row_fields(r, leave_out=("note_id",))) for r in revisions)
        )
        entries.append(Entry(row_fields(note, leave_out=_LINK), (versions,)))
    return Section("consultation_notes", tuple(entries))


def _bookings(session: Session, client_id: int) -> Section:
    entries = []
    for booking in _rows(session, Booking, Booking.client_id == client_id, order=Booking.created_at):
        assert isinstance(booking, Booking)
        cancelled = _rows(
            session,
            BookingCancellation,
            BookingCancellation.booking_id == booking.id,
            order=BookingCancellation.id,
        )
        part = Section(
            "cancellation", tuple(Entry(row_fields(c, leave_out=("booking_id",))) for c in cancelled)
        )
        entries.append(Entry(row_fields(booking, leave_out=_LINK), (part,) if cancelled else ()))
    return Section("bookings", tuple(entries))


def _messages(session: Session, client_id: int) -> Section:
    entries = []
    for message in _rows(session, Message, Message.client_id == client_id, order=Message.sent_at):
        assert isinstance(message, Message)
        files = _rows(
            session, MessageAttachment, MessageAttachment.message_id == message.id, order=MessageAttachment.id
        )
        listed = Section("attachments", tuple(Entry(row_fields(f, leave_out=("message_id",))) for f in files))
        entries.append(Entry(row_fields(message, leave_out=_LINK), (listed,) if files else ()))
    return Section("messages", tuple(entries))


def _plain(session: Session, key: str, model: type, client_id: int, order: object) -> Section:
    rows = _rows(session, model, model.client_id == client_id, order=order)  # type: ignore[attr-defined]
    return Section(key, tuple(Entry(row_fields(row, leave_out=_LINK)) for row in rows))


def build(session: Session, client_id: int) -> ExportDocument:
    """The client's whole record as the gate's document (inside the caller's transaction)."""
    client = session.get(Client, client_id)
    if client is None:
        raise LookupError(client_id)
    sections = (
        Section("client", (Entry(row_fields(client, leave_out=("sort_key",))),)),
        _notes(session, client_id),
        _bookings(session, client_id),
        _messages(session, client_id),
        _plain(session, "addresses", ClientAddress, client_id, ClientAddress.address),
        _plain(session, "contacts", Contact, client_id, Contact.id),
        _plain(session, "consents", Consent, client_id, Consent.given_on),
        _plain(session, "disclosures", Disclosure, client_id, Disclosure.disclosed_on),
        _plain(session, "requests", RightsRequest, client_id, RightsRequest.received_on),
        _plain(session, "testimonials", Testimonial, client_id, Testimonial.marked_on),
    )
    produced = practice_time(session).stamp()
    return sealed(ExportDocument(KIND, client.full_name, produced, sections))


def gather(vault: OpenVault, *, client_id: int) -> ExportDocument:
    """The document the client's copy would hold, for showing before an export."""
    with vault.reading() as session:
        return build(session, client_id)


def export_record(
    vault: OpenVault, *, client_id: int, path: Path, fmt: ExportFormat, render: Renderer | None = None
) -> ExportDocument:
    """P-LAW: write the client's own copy and record it as given to them; returns what was written.

    JSON is rendered here; a PDF by ``render``, which receives only the document
    built here and whose output is checked against it. The file is written inside
    the transaction that records it: if the write fails, no event claims it.
    """
    document = gather(vault, client_id=client_id)
    data = rendered(document, fmt, render)
    with vault.unit_of_work() as session:
        if session.get(Client, client_id) is None:
            raise LookupError(client_id)
        audit.append(
            session,
            "client.exported",
            entity="client",
            entity_id=client_id,
            detail={"format": fmt.value, "recipient": RECIPIENT, "reference": document.reference},
        )
        session.flush()
        write(path, data)
    return document


def record_printed(vault: OpenVault, *, client_id: int, reference: str) -> None:
    """P-LAW: a printed copy of the gate's document, handed to the client, recorded as given to them.

    The window printed the document :func:`gather` built (the same drawing as the
    PDF); paper cannot be read back, so the event names the document by its
    reference, the digest of exactly what was drawn.
    """
    with vault.unit_of_work() as session:
        if session.get(Client, client_id) is None:
            raise LookupError(client_id)
        audit.append(
            session,
            "client.exported",
            entity="client",
            entity_id=client_id,
            detail={"format": "print", "recipient": RECIPIENT, "reference": reference},
        )
