"""Bookings for tests, made through the services as a screen would make them."""

from __future__ import annotations

from datetime import datetime

from desktop.policy.bookings import Channel, Requester
from desktop.services import bookings
from desktop.vault.store import OpenVault


def email_booking_in_negotiation(vault: OpenVault, client_id: int, menu_id: int, start: datetime) -> int:
    """An email booking through the website form, own will confirmed, being negotiated (P-CHANNEL, P-WHO)."""
    booking_id = bookings.create_booking(
        vault,
        client_id=client_id,
        requested_by=Requester.CLIENT,
        channel=Channel.EMAIL,
        via_website_form=True,
        wish_to_book=True,
        form_consents_agreed=True,
        session_date=start.date(),
        start_time=start.time(),
        menu_item_id=menu_id,
    ).id
    bookings.confirm_own_will(vault, booking_id=booking_id, channel=Channel.EMAIL)
    bookings.start_negotiation(vault, booking_id=booking_id)
    return booking_id
