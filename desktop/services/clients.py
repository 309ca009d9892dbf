"""Client records (P-DATA): create, open, change, search and erase.

Every change re-indexes the client in the encrypted FTS5 search table and
appends to the audit trail (ids and field names, never values). Views get
plain dataclasses, never ORM objects.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from desktop.errors import InvalidInput, StaleEdit, StaleSubject
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Booking, Client, ConsultationNote, Contact, Message, NoteRevision
from desktop.policy import personal_data as pd
from desktop.services import retention
from desktop.services.money import books
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.engine import checkpoint
from desktop.vault.store import OpenVault


@dataclass(frozen=True, slots=True)
class ClientDraft:
    """What the counsellor typed for a client, before or after folding."""

    full_name: str
    name_reading: str = ""
    postal_code: str = ""
    address: str = ""
    birth_date: date | None = None
    gender: str = pd.Gender.UNSPECIFIED.value
    occupation: str = ""
    phone: str = ""
    mobile: str = ""
    email: str = ""
    status: str = pd.ClientStatus.PROSPECT.value
    private_notes: str = ""


@dataclass(frozen=True, slots=True)
class ClientDetails:
    """A client as read; ``version`` goes back with an edit, so a stale one is refused."""

    id: int
    draft: ClientDraft
    created_at: str
    updated_at: str
    version: int


@dataclass(frozen=True, slots=True)
class ClientSummary:
    """One row of the client list."""

    id: int
    full_name: str
    name_reading: str
    status: str
    phone: str
    email: str
    #: The reading folded for gojūon order: with ``id``, where the next page of the list starts.
    sort_key: str = ""


class InvalidFields(InvalidInput):
    """Some fields do not fit; ``problems`` maps field name to an English template."""

    def __init__(self, problems: dict[str, str], folded: ClientDraft) -> None:
        self.problems = problems
        self.folded = folded
        super().__init__("invalid fields: " + ", ".join(sorted(problems)))


def validate(draft: ClientDraft, *, born_before: date) -> ClientDraft:
    """Fold every field; raise :class:`InvalidFields` naming each one that still does not fit.

    A date of birth must fall before ``born_before``: the services pass the practice's today.
    """
    checks = {
        "full_name": pd.check_name(draft.full_name),
        "name_reading": pd.check_reading(draft.name_reading),
        "postal_code": pd.check_postal_code(draft.postal_code),
        "phone": pd.check_phone(draft.phone),
        "mobile": pd.check_phone(draft.mobile, mobile=True),
        "email": pd.check_email(draft.email),
    }
    problems = {name: check.problem for name, check in checks.items() if not check.ok}
    birth = pd.check_birth_date(draft.birth_date, born_before)
    if not birth.ok:
        problems["birth_date"] = birth.problem
    if draft.status not in set(pd.ClientStatus):
        problems["status"] = QT_TRANSLATE_NOOP("policy", "Choose one of the listed statuses.")
    if draft.gender not in set(pd.Gender):
        problems["gender"] = QT_TRANSLATE_NOOP("policy", "Choose one of the listed genders.")
    folded = replace(
        draft,
        full_name=checks["full_name"].value,
        name_reading=checks["name_reading"].value,
        postal_code=checks["postal_code"].value,
        phone=checks["phone"].value,
        mobile=checks["mobile"].value,
        email=checks["email"].value,
        address=pd.fold(draft.address),
        occupation=pd.fold(draft.occupation),
        private_notes=draft.private_notes.strip(),
    )
    if problems:
        raise InvalidFields(problems, folded)
    return folded


def _draft_of(client: Client) -> ClientDraft:
    return ClientDraft(**{f.name: getattr(client, f.name) for f in fields(ClientDraft)})


def _details(client: Client) -> ClientDetails:
    return ClientDetails(client.id, _draft_of(client), client.created_at, client.updated_at, client.version)


def _latest_note_texts(session: Session, client_id: int) -> list[str]:
    latest = (
        select(NoteRevision.note_id, func.max(NoteRevision.revision).label("revision"))
        .join(ConsultationNote)
        .where(ConsultationNote.client_id == client_id)
        .group_by(NoteRevision.note_id)
        .subquery()
    )
    rows = session.execute(
        select(NoteRevision.text).join(
            latest, (NoteRevision.note_id == latest.c.note_id) & (NoteRevision.revision == latest.c.revision)
        )
    )
    return [row.text for row in rows]


def search_row(client: Client, note_texts: Iterable[str]) -> dict[str, object]:
    """The client's row of the ``client_search`` index: ``rowid`` and one value per column.

    ``note_texts`` are the newest texts of the client's notes. Bulk loaders (the
    demo data) insert these rows themselves, so the index holds the same either way.
    """
    phones = " ".join(
        part
        for number in (client.phone, client.mobile)
        if number
        for part in (number, pd.digits_only(number))
    )
    return {
        "rowid": client.id,
        "full_name": client.full_name,
        "name_reading": f"{client.name_reading} {client.sort_key}",
        "phones": phones,
        "email": client.email,
        "notes": "\n".join([client.private_notes, *note_texts]),
    }


def reindex(session: Session, client_id: int) -> None:
    """Rewrite the client's row in the search index (inside the caller's transaction)."""
    session.execute(text("DELETE FROM client_search WHERE rowid = :id"), {"id": client_id})
    client = session.get(Client, client_id)
    if client is None:
        return
    row = search_row(client, _latest_note_texts(session, client_id))
    columns = ", ".join(row)
    values = ", ".join(f":{column}" for column in row)
    session.execute(text(f"INSERT INTO client_search ({columns}) VALUES ({values})"), row)


def insert_client(session: Session, draft: ClientDraft) -> Client:
    """Validate and add a client, index and audit it, inside the caller's transaction."""
    time = practice_time(session)
    folded = validate(draft, born_before=time.today())
    now = time.stamp()
    client = Client(
        **asdict(folded),
        sort_key=pd.reading_key(folded.name_reading or folded.full_name),
        created_at=now,
        updated_at=now,
    )
    session.add(client)
    session.flush()
    reindex(session, client.id)
    audit.append(session, "client.created", entity="client", entity_id=client.id)
    return client


def create_client(vault: OpenVault, *, draft: ClientDraft) -> ClientDetails:
    with vault.unit_of_work() as session:
        return _details(insert_client(session, draft))


def update_client(vault: OpenVault, *, client_id: int, draft: ClientDraft, version: int) -> ClientDetails:
    """Change the client as shown at ``version``; :class:`StaleEdit` if it changed since.

    The check and the write share one BEGIN IMMEDIATE transaction, so another
    window's or a command's edit cannot slip in between; nothing is written over it.
    """
    folded = validate(draft, born_before=vault.time.today())
    with vault.unit_of_work() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise LookupError(client_id)
        if client.version != version:
            raise StaleEdit(StaleSubject.CLIENT)
        before = _draft_of(client)
        changed = [f.name for f in fields(ClientDraft) if getattr(before, f.name) != getattr(folded, f.name)]
        if not changed:
            return _details(client)
        for name in changed:
            setattr(client, name, getattr(folded, name))
        client.sort_key = pd.reading_key(folded.name_reading or folded.full_name)
        client.updated_at = vault.time.stamp()
        session.flush()
        reindex(session, client_id)
        audit.append(
            session,
            "client.changed",
            entity="client",
            entity_id=client_id,
            detail={"fields": ",".join(changed)},
        )
        return _details(client)


def open_client(vault: OpenVault, *, client_id: int) -> ClientDetails:
    """The whole record; opening it is an audited view of personal data."""
    with vault.unit_of_work() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise LookupError(client_id)
        audit.append(session, "client.viewed", entity="client", entity_id=client_id)
        return _details(client)


def summary_of(row: Any) -> ClientSummary:
    """A list row from a result row with the summary's columns (mobile preferred to phone)."""
    return ClientSummary(
        row.id, row.full_name, row.name_reading, row.status, row.mobile or row.phone, row.email, row.sort_key
    )


def summaries(vault: OpenVault, *, client_ids: list[int]) -> list[ClientSummary]:
    """Rows for the given ids, in the order given (the list model fetches them in pages)."""
    if not client_ids:
        return []
    with vault.reading() as session:
        rows = session.execute(
            select(
                Client.id,
                Client.full_name,
                Client.name_reading,
                Client.status,
                Client.phone,
                Client.mobile,
                Client.email,
                Client.sort_key,
            ).where(Client.id.in_(client_ids))
        )
        by_id = {row.id: summary_of(row) for row in rows}
    return [by_id[i] for i in client_ids if i in by_id]


# --- erasure -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ErasureSummary:
    """What an erasure will remove, for the confirmation the counsellor reads first."""

    client_id: int
    full_name: str
    notes: int
    revisions: int
    #: Removed with the client by the database's cascade: their bookings, their mail and
    #: calls, and the log of contacts made to them.
    bookings: int = 0
    messages: int = 0
    contacts: int = 0
    #: P-MONEY-RETAIN: rows of the books (charges, payments, receipts) kept, and until when.
    books_kept: int = 0
    books_until: date | None = None


def erasure_summary(vault: OpenVault, *, client_id: int) -> ErasureSummary:
    with vault.reading() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise LookupError(client_id)
        notes = session.scalar(
            select(func.count()).select_from(ConsultationNote).where(ConsultationNote.client_id == client_id)
        )
        revisions = session.scalar(
            select(func.count())
            .select_from(NoteRevision)
            .join(ConsultationNote)
            .where(ConsultationNote.client_id == client_id)
        )

        def count(model: type[Booking] | type[Message] | type[Contact]) -> int:
            return int(
                session.scalar(select(func.count()).select_from(model).where(model.client_id == client_id))
                or 0
            )

        kept = books.kept_on_erasure(session, client_id)
        return ErasureSummary(
            client_id,
            client.full_name,
            int(notes or 0),
            int(revisions or 0),
            bookings=count(Booking),
            messages=count(Message),
            contacts=count(Contact),
            books_kept=kept.rows,
            books_until=kept.until,
        )


def erase_client(vault: OpenVault, *, client_id: int) -> ErasureSummary:
    """P-LAW: delete the client, their notes and their index row on their request.

    ``secure_delete`` overwrites the freed pages. Records the law requires the
    practice to keep (the disclosure log) stay until their retention ends
    (``retention.keep_on_erasure``).
    """
    summary = erasure_summary(vault, client_id=client_id)
    with vault.unit_of_work() as session:
        session.execute(text("DELETE FROM client_search WHERE rowid = :id"), {"id": client_id})
        note_ids = select(ConsultationNote.id).where(ConsultationNote.client_id == client_id)
        session.execute(delete(NoteRevision).where(NoteRevision.note_id.in_(note_ids)))
        session.execute(delete(ConsultationNote).where(ConsultationNote.client_id == client_id))
        kept = retention.keep_on_erasure(session, client_id)
        session.execute(delete(Client).where(Client.id == client_id))
        audit.append(
            session,
            "client.erased",
            entity="client",
            entity_id=client_id,
            detail={
                "notes": summary.notes,
                "revisions": summary.revisions,
                "kept_disclosures": kept,
                "kept_books": summary.books_kept,
            },
        )
    # Fold the WAL back into the database so the erased pages are overwritten now.
    checkpoint(vault.engine)
    return summary
