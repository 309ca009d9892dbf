"""Matching senders to clients: linking an unknown address, or making its sender a prospect.

Matching is by address: a client's own email field and any address the
counsellor linked (``client_addresses``, several per client). Linking an
unknown sender, or making them a prospect, matches every message from that
address at once.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.models import Client, ClientAddress, Message
from desktop.policy import personal_data as pd
from desktop.services import clients
from desktop.services.inbox._shared import _message, _stamp
from desktop.services.inbox.mail_import import open_bookings
from desktop.vault import audit
from desktop.vault.store import OpenVault


def _match_address(session: Session, address: str, client_id: int) -> int:
    """Remember ``address`` as the client's and match every unmatched message from it."""
    if session.scalar(select(ClientAddress.id).where(ClientAddress.address == address)) is None:
        session.add(ClientAddress(client_id=client_id, address=address, created_at=_stamp()))
    booking_id = open_bookings(session).get(client_id)
    result = session.execute(
        update(Message)
        .where(Message.from_address == address, Message.client_id.is_(None))
        .values(client_id=client_id, booking_id=booking_id)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def link_sender(vault: OpenVault, *, message_id: int, client_id: int) -> int:
    """Link the sender of a "not matched" message to a client; return how many messages were matched."""
    with vault.unit_of_work() as session:
        row = _message(session, message_id)
        if session.get(Client, client_id) is None:
            raise LookupError(client_id)
        if row.from_address:
            matched = _match_address(session, row.from_address, client_id)
        else:
            row.client_id = client_id
            matched = 1
        audit.append(
            session, "message.sender_linked", entity="message", entity_id=message_id,
            detail={"client": client_id, "matched": matched},
        )  # fmt: skip
        return matched


def create_prospect(vault: OpenVault, *, message_id: int, full_name: str) -> int:
    """Make the sender of a message a new client with status *prospect*; return the client's id."""
    with vault.unit_of_work() as session:
        row = _message(session, message_id)
        client = clients.insert_client(
            session,
            clients.ClientDraft(
                full_name=full_name,
                email=row.from_address,
                status=pd.ClientStatus.PROSPECT.value,
            ),
        )
        if row.from_address:
            _match_address(session, row.from_address, client.id)
        else:
            row.client_id = client.id
        audit.append(
            session, "message.sender_linked", entity="message", entity_id=message_id,
            detail={"client": client.id, "prospect": True},
        )  # fmt: skip
        return client.id
