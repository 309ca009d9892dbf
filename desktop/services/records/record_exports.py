"""The gate for every record leaving the vault (P-LAW, P-DISCLOSE): content built here, never handed in.

An export is an :class:`ExportDocument` the gate builds from the vault itself:
sections of entries of named fields, plain values only. JSON is rendered here.
A PDF is drawn by the window (Qt lives there), so the writer takes a *render*
function that receives only the gate's document and returns the PDF; the gate
then reads the PDF's text back and checks it carries the document's reference
(a digest of exactly this content) and none of the values the document leaves
out, and only then writes the file. No function here or in the export services
accepts the bytes of a file from its caller.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.errors import InvalidInput, PolicyRefusal
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.policy import disclosure as rules
from desktop.vault.files import write_atomically

FieldValue = str | int | bool | date | None


class ExportFormat(StrEnum):
    PDF = "pdf"
    JSON = "json"


@dataclass(frozen=True, slots=True)
class Field:
    """One value; ``key`` names it (a column name, labelled by the window through :data:`FIELD_LABELS`)."""

    key: str
    value: FieldValue


@dataclass(frozen=True, slots=True)
class Entry:
    fields: tuple[Field, ...]
    parts: tuple[Section, ...] = ()

    def value(self, key: str) -> FieldValue:
        return next((f.value for f in self.fields if f.key == key), None)


@dataclass(frozen=True, slots=True)
class Section:
    """A kind of data (``key`` as in :data:`SECTION_LABELS`) and its entries, oldest first."""

    key: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class ExportDocument:
    """What leaves the vault: for whom (``kind``), about whom, when, and the sections."""

    kind: str
    subject_name: str
    produced_at: str
    sections: tuple[Section, ...]
    heading: tuple[Field, ...] = ()
    reference: str = field(default="")

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)


Renderer = Callable[[ExportDocument], bytes]

SECTION_LABELS = {
    "client": QT_TRANSLATE_NOOP("export", "Your details"),
    "consultation_notes": QT_TRANSLATE_NOOP("export", "Consultation notes"),
    "revisions": QT_TRANSLATE_NOOP("export", "Versions of the note"),
    "bookings": QT_TRANSLATE_NOOP("export", "Bookings"),
    "cancellation": QT_TRANSLATE_NOOP("export", "Cancellation"),
    "messages": QT_TRANSLATE_NOOP("export", "Mail and calls"),
    "attachments": QT_TRANSLATE_NOOP("export", "Attachments"),
    "addresses": QT_TRANSLATE_NOOP("export", "Email addresses"),
    "contacts": QT_TRANSLATE_NOOP("export", "Contacts from the practice"),
    "consents": QT_TRANSLATE_NOOP("export", "Consents"),
    "disclosures": QT_TRANSLATE_NOOP("export", "Disclosures to third parties"),
    "requests": QT_TRANSLATE_NOOP("export", "Your requests"),
    "testimonials": QT_TRANSLATE_NOOP("export", "Testimonials"),
    "disclosed": QT_TRANSLATE_NOOP("export", "Disclosed data"),
    "disclosure_log": QT_TRANSLATE_NOOP("export", "Provision records"),
}
#: Labels of the fields the window shows; a field without one is shown by its key.
FIELD_LABELS = {
    "full_name": QT_TRANSLATE_NOOP("export", "Name"),
    "name_reading": QT_TRANSLATE_NOOP("export", "Reading"),
    "postal_code": QT_TRANSLATE_NOOP("export", "Postal code"),
    "address": QT_TRANSLATE_NOOP("export", "Address"),
    "birth_date": QT_TRANSLATE_NOOP("export", "Date of birth"),
    "gender": QT_TRANSLATE_NOOP("export", "Gender"),
    "occupation": QT_TRANSLATE_NOOP("export", "Occupation"),
    "phone": QT_TRANSLATE_NOOP("export", "Telephone"),
    "mobile": QT_TRANSLATE_NOOP("export", "Mobile"),
    "email": QT_TRANSLATE_NOOP("export", "Email"),
    "status": QT_TRANSLATE_NOOP("export", "Status"),
    "private_notes": QT_TRANSLATE_NOOP("export", "Counsellor's notes"),
    "occurred_on": QT_TRANSLATE_NOOP("export", "Date"),
    "text": QT_TRANSLATE_NOOP("export", "Text"),
    "revision": QT_TRANSLATE_NOOP("export", "Version"),
    "written_at": QT_TRANSLATE_NOOP("export", "Written"),
    "session_date": QT_TRANSLATE_NOOP("export", "Session date"),
    "start_time": QT_TRANSLATE_NOOP("export", "Start time"),
    "price_yen": QT_TRANSLATE_NOOP("export", "Price (yen)"),
    "fee_yen": QT_TRANSLATE_NOOP("export", "Cancellation fee (yen)"),
    "cancelled_at": QT_TRANSLATE_NOOP("export", "Cancelled at"),
    "reason": QT_TRANSLATE_NOOP("export", "Reason"),
    "subject": QT_TRANSLATE_NOOP("export", "Subject"),
    "body": QT_TRANSLATE_NOOP("export", "Text"),
    "sent_at": QT_TRANSLATE_NOOP("export", "Sent"),
    "filename": QT_TRANSLATE_NOOP("export", "File name"),
    "kind": QT_TRANSLATE_NOOP("export", "Kind"),
    "given_on": QT_TRANSLATE_NOOP("export", "Given on"),
    "withdrawn_on": QT_TRANSLATE_NOOP("export", "Withdrawn on"),
    "expires_on": QT_TRANSLATE_NOOP("export", "Holds until"),
    "disclosed_on": QT_TRANSLATE_NOOP("export", "Disclosed on"),
    "recipient_name": QT_TRANSLATE_NOOP("export", "Recipient"),
    "recipient_contact": QT_TRANSLATE_NOOP("export", "How to reach the recipient"),
    "items": QT_TRANSLATE_NOOP("export", "Data items"),
    "basis": QT_TRANSLATE_NOOP("export", "Basis"),
    "disclosure_id": QT_TRANSLATE_NOOP("export", "Disclosure record no."),
    "consent_id": QT_TRANSLATE_NOOP("export", "Consent no."),
    "received_on": QT_TRANSLATE_NOOP("export", "Received on"),
    "answered_on": QT_TRANSLATE_NOOP("export", "Answered on"),
    "response": QT_TRANSLATE_NOOP("export", "Response"),
    "consultation": QT_TRANSLATE_NOOP("export", "Consultation content"),
    "late_after_withdrawal_on": QT_TRANSLATE_NOOP("export", "Recorded late: consent withdrawn on"),
}


def row_fields(row: object, *, leave_out: Iterable[str] = ()) -> tuple[Field, ...]:
    """Every column of a mapped row as fields (binary columns are left out: files are listed, not copied)."""
    from sqlalchemy import LargeBinary, inspect  # here, so the window's drawing code loads no SQLAlchemy

    skipped = set(leave_out)
    fields: list[Field] = []
    for attr in inspect(row).mapper.column_attrs:
        if attr.key in skipped:
            continue
        value: Any = getattr(row, attr.key)
        if isinstance(attr.columns[0].type, LargeBinary):
            continue
        if isinstance(value, datetime):
            value = value.isoformat(sep=" ", timespec="minutes")
        elif not isinstance(value, str | int | bool | date | type(None)):
            value = str(value)
        fields.append(Field(attr.key, value))
    return tuple(fields)


def _plain(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    return value


def _section_json(section: Section) -> list[dict[str, object]]:
    return [
        {
            **{f.key: _plain(f.value) for f in entry.fields},
            **{part.key: _section_json(part) for part in entry.parts},
        }
        for entry in section.entries
    ]


def _content(document: ExportDocument) -> dict[str, object]:
    return {
        "kind": document.kind,
        "subject": document.subject_name,
        "produced_at": document.produced_at,
        **{f.key: _plain(f.value) for f in document.heading},
        **{section.key: _section_json(section) for section in document.sections},
    }


def sealed(document: ExportDocument) -> ExportDocument:
    """``document`` with its reference: the first 16 hex digits of a digest of its whole content."""
    canonical = json.dumps(_content(document), ensure_ascii=False, sort_keys=True)
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16].upper()
    return ExportDocument(
        document.kind,
        document.subject_name,
        document.produced_at,
        document.sections,
        document.heading,
        digest,
    )


def to_json(document: ExportDocument) -> bytes:
    """The document as UTF-8 JSON, readable with any text editor."""
    body = {
        "format": f"sorakumo-desk {document.kind} export",
        "version": 2,
        "produced_by": f"Sorakumo Desk {__version__}",
        "reference": document.reference,
        **_content(document),
    }
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def document_text(document: ExportDocument) -> str:
    """Every value the document holds, as one string (what a rendering may show)."""
    return json.dumps(_content(document), ensure_ascii=False)


def pdf_text(data: bytes) -> str:
    """The text of a PDF, whitespace removed (line breaks fall anywhere in a long value)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        text = "".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("policy", "The export could not be drawn as a PDF; nothing was written.")
        ) from error
    return re.sub(r"\s+", "", text)


def _not_this_record() -> PolicyRefusal:
    return PolicyRefusal(
        rules.P_DISCLOSE,
        QT_TRANSLATE_NOOP(
            "policy",
            "The file drawn is not the record the export gate built from the vault; under “Disclosure of "
            "personal data to third parties” nothing else may leave, so nothing was written.",
        ),
    )


def rendered(
    document: ExportDocument, fmt: ExportFormat, render: Renderer | None, withheld: Iterable[str] = ()
) -> bytes:
    """The file's bytes: JSON built here, or a PDF drawn by ``render`` and checked against ``document``."""
    if fmt is ExportFormat.JSON:
        return to_json(document)
    if render is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("policy", "A PDF export needs the window to draw it."))
    data = render(document)
    text = pdf_text(data)
    if document.reference not in text:
        raise _not_this_record()
    shown = re.sub(r"\s+", "", document_text(document))
    for value in withheld:
        folded = re.sub(r"\s+", "", value)
        if len(folded) >= 2 and folded not in shown and folded in text:
            raise _not_this_record()
    return data


def write(path: Path, data: bytes) -> None:
    """Put an export on disk, atomically and owner-only (called inside the recording transaction)."""
    write_atomically(path, data)
