"""The two helpers the inbox's writing modules share: a stamp from the vault's clock, a message by id."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.models import Message
from desktop.vault.clock import practice_time


def _stamp(session: Session) -> str:
    """Now, from the vault's clock."""
    return practice_time(session).stamp()


def _message(session: Session, message_id: int) -> Message:
    row = session.get(Message, message_id)
    if row is None:
        raise LookupError(message_id)
    return row
