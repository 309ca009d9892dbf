"""A client and everything the practice holds about them (P-DATA)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base
from desktop.models.consultation_note import ConsultationNote


class Client(Base):
    """One person: identity, contact details, status and private notes.

    ``sort_key`` is the reading folded to hiragana, so lists sort in gojūon order.
    ``version`` counts the changes: an edit made on an older version is refused
    (services/clients.py), and SQLAlchemy checks it on every UPDATE.
    """

    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    name_reading: Mapped[str] = mapped_column(String(120), default="")
    sort_key: Mapped[str] = mapped_column(String(120), default="", index=True)
    postal_code: Mapped[str] = mapped_column(String(8), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    gender: Mapped[str] = mapped_column(String(16), default="unspecified")
    occupation: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    mobile: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    status: Mapped[str] = mapped_column(String(16), default="prospect", index=True)
    private_notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    notes: Mapped[list[ConsultationNote]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="ConsultationNote.occurred_on"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads a plain dict
