"""Dated consultation notes with kept history (P-DATA).

A note's text is never overwritten: each edit appends a revision, and the
timeline shows the newest one. Every change re-indexes the client for search
and is audited (ids only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from desktop.errors import InvalidInput
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Client, ConsultationNote, NoteRevision
from desktop.services.clients import reindex
from desktop.vault import audit
from desktop.vault.store import OpenVault


@dataclass(frozen=True, slots=True)
class NoteEntry:
    """A note on the timeline, with its newest text."""

    id: int
    client_id: int
    occurred_on: date
    text: str
    revisions: int
    last_written_at: str


@dataclass(frozen=True, slots=True)
class Revision:
    revision: int
    text: str
    written_at: str


class EmptyNote(InvalidInput):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("policy", "A consultation note needs some text."))


def _entry(note: ConsultationNote) -> NoteEntry:
    newest = note.revisions[-1]
    return NoteEntry(
        note.id, note.client_id, note.occurred_on, newest.text, len(note.revisions), newest.written_at
    )


def add_note(vault: OpenVault, *, client_id: int, occurred_on: date, text: str) -> NoteEntry:
    if not text.strip():
        raise EmptyNote()
    now = vault.time.stamp()
    with vault.unit_of_work() as session:
        if session.get(Client, client_id) is None:
            raise LookupError(client_id)
        note = ConsultationNote(client_id=client_id, occurred_on=occurred_on, created_at=now)
        note.revisions.append(NoteRevision(revision=1, text=text.strip(), written_at=now))
        session.add(note)
        session.flush()
        reindex(session, client_id)
        audit.append(session, "note.created", entity="client", entity_id=client_id, detail={"note": note.id})
        return _entry(note)


def revise_note(vault: OpenVault, *, note_id: int, text: str, occurred_on: date | None = None) -> NoteEntry:
    """Append a revision (and move the date if asked); the earlier text stays."""
    if not text.strip():
        raise EmptyNote()
    with vault.unit_of_work() as session:
        note = session.get(ConsultationNote, note_id)
        if note is None:
            raise LookupError(note_id)
        if text.strip() == note.revisions[-1].text and occurred_on in (None, note.occurred_on):
            return _entry(note)
        if occurred_on is not None:
            note.occurred_on = occurred_on
        note.revisions.append(
            NoteRevision(revision=len(note.revisions) + 1, text=text.strip(), written_at=vault.time.stamp())
        )
        session.flush()
        reindex(session, note.client_id)
        audit.append(
            session,
            "note.revised",
            entity="client",
            entity_id=note.client_id,
            detail={"note": note_id, "revision": len(note.revisions)},
        )
        return _entry(note)


def notes_of(vault: OpenVault, *, client_id: int) -> list[NoteEntry]:
    """The client's timeline, newest first."""
    with vault.reading() as session:
        notes = session.scalars(
            select(ConsultationNote)
            .where(ConsultationNote.client_id == client_id)
            .order_by(ConsultationNote.occurred_on.desc(), ConsultationNote.id.desc())
        ).all()
        return [_entry(note) for note in notes]


def history(vault: OpenVault, *, note_id: int) -> list[Revision]:
    """Every revision of a note, oldest first."""
    with vault.reading() as session:
        rows = session.scalars(
            select(NoteRevision).where(NoteRevision.note_id == note_id).order_by(NoteRevision.revision)
        ).all()
        if not rows:
            raise LookupError(note_id)
        return [Revision(r.revision, r.text, r.written_at) for r in rows]


def count_revisions(vault: OpenVault, *, note_id: int) -> int:
    with vault.reading() as session:
        return int(session.scalar(select(func.count()).where(NoteRevision.note_id == note_id)) or 0)
