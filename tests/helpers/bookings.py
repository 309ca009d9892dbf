"""Bookings for tests, made through the services as a screen would make them."""

from __future__ import annotations

from datetime import datetime

from desktop.policy.bookings import Channel, Requester, TravelMeans
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


def confirmed_phone_booking(vault: OpenVault, client_id: int, menu_id: int, start: datetime) -> int:
    """A phone booking with its four points agreed and confirmed, in person by train (P-CONFIRM)."""
    booking_id = bookings.create_booking(
        vault, client_id=client_id, requested_by=Requester.CLIENT, channel=Channel.PHONE
    ).id
    bookings.confirm_own_will(vault, booking_id=booking_id, channel=Channel.PHONE)
    bookings.start_negotiation(vault, booking_id=booking_id)
    bookings.agree_date(vault, booking_id=booking_id, session_date=start.date())
    bookings.agree_start(vault, booking_id=booking_id, start_time=start.time())
    bookings.agree_menu_item(vault, booking_id=booking_id, menu_item_id=menu_id)
    bookings.agree_arrival(vault, booking_id=booking_id, travel_means=TravelMeans.TRAIN, pickup_needed=False)
    return bookings.confirm_booking(vault, booking_id=booking_id).id
