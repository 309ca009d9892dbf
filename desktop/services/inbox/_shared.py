"""The two helpers the inbox's writing modules share: the UTC time stamp and a message by id."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from desktop.models import Message


def _stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _message(session: Session, message_id: int) -> Message:
    row = session.get(Message, message_id)
    if row is None:
        raise LookupError(message_id)
    return row
