"""Dated consultation notes; an edit appends a revision, the earlier text stays."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base

if TYPE_CHECKING:
    from desktop.models.client import Client


class ConsultationNote(Base):
    """An entry on the client's timeline; its text lives in :class:`NoteRevision` rows."""

    __tablename__ = "consultation_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    occurred_on: Mapped[date] = mapped_column(Date)
    #: The completed session this note belongs to, if any (``bookings.attach_note``).
    booking_id: Mapped[int | None] = mapped_column(
        ForeignKey("bookings.id", ondelete="SET NULL"), nullable=True, index=True
    )
    created_at: Mapped[str] = mapped_column(String(32))

    client: Mapped[Client] = relationship(back_populates="notes")
    revisions: Mapped[list[NoteRevision]] = relationship(
        back_populates="note", cascade="all, delete-orphan", order_by="NoteRevision.revision"
    )


class NoteRevision(Base):
    """One version of a note's text; revisions are only ever added."""

    __tablename__ = "note_revisions"
    __table_args__ = (UniqueConstraint("note_id", "revision"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("consultation_notes.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    written_at: Mapped[str] = mapped_column(String(32))

    note: Mapped[ConsultationNote] = relationship(back_populates="revisions")
