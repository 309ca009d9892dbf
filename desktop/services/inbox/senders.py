"""Matching senders to clients: linking an unknown address, or making its sender a prospect.

Matching is by address: a client's own email field and any address the
counsellor linked (``client_addresses``, several per client). Linking an
unknown sender, or making them a prospect, matches every message from that
address at once.
"""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.errors import PolicyRefusal
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Client, ClientAddress, Message
from desktop.policy import personal_data as pd
from desktop.policy.bookings import P_WHO
from desktop.services import clients
from desktop.services.inbox._shared import _message, _stamp
from desktop.services.inbox.mail_import import open_bookings
from desktop.vault import audit
from desktop.vault.store import OpenVault


def _match_address(session: Session, address: str, client_id: int) -> int:
    """Remember ``address`` as the client's and match every unmatched message from it."""
    if session.scalar(select(ClientAddress.id).where(ClientAddress.address == address)) is None:
        session.add(ClientAddress(client_id=client_id, address=address, created_at=_stamp(session)))
    booking_id = open_bookings(session).get(client_id)
    result = session.execute(
        update(Message)
        .where(Message.from_address == address, Message.client_id.is_(None))
        .values(client_id=client_id, booking_id=booking_id)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _known_addresses(session: Session, client: Client) -> set[str]:
    known = set(session.scalars(select(ClientAddress.address).where(ClientAddress.client_id == client.id)))
    return known | ({client.email.lower()} if client.email else set())


def third_party_client(session: Session, row: Message) -> int | None:
    """P-WHO: the client a third party's message concerns (the client in copy), or ``None``.

    Mail from someone who is neither the practice nor a known client, sent with
    a client among its recipients (a parent writing with the child in copy),
    is inbound from a third party: the sender is never the client.
    """
    if row.direction != "in" or row.client_id is not None or not row.from_address:
        return None
    recipients = [a.strip().lower() for a in row.to_addresses.split(",") if a.strip()]
    for address in recipients:
        client_id = session.scalar(select(ClientAddress.client_id).where(ClientAddress.address == address))
        if client_id is None:
            client_id = session.scalar(select(Client.id).where(func.lower(Client.email) == address))
        if client_id is not None:
            return int(client_id)
    return None


def link_sender(vault: OpenVault, *, message_id: int, client_id: int) -> int:
    """Link the sender of a "not matched" message to a client; return how many messages were matched.

    P-WHO: a third party writing with that client in copy is not the client;
    their address is not made the client's.
    """
    with vault.unit_of_work() as session:
        row = _message(session, message_id)
        client = session.get(Client, client_id)
        if client is None:
            raise LookupError(client_id)
        if third_party_client(session, row) == client_id and row.from_address not in _known_addresses(
            session, client
        ):
            raise PolicyRefusal(
                P_WHO,
                QT_TRANSLATE_NOOP(
                    "policy",
                    "Under “Who may book”, only the client themself may ask: this message comes from "
                    "someone else with the client in copy, so its sender cannot be linked to the client.",
                ),
            )
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
