"""Clients in each after-follow stage, bookings and messages for the follow-up tests.

Messages are written as rows (the import service is tested on its own); the
bookings go through the booking services, as the app makes them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from desktop.models import Message
from desktop.policy.bookings import CallMeans, Channel, Requester, TravelMeans
from desktop.services import bookings, clients
from desktop.services.bookings import session_menu
from desktop.services.bookings.session_menu import MenuItemDraft
from desktop.services.clients import ClientDraft
from desktop.vault.store import OpenVault
from tests.helpers.clock import FakeClock

PAST = datetime(2026, 3, 4, 10, 0)


def add_client(vault: OpenVault, name: str, email: str = "") -> int:
    return clients.create_client(
        vault, draft=ClientDraft(full_name=name, name_reading="", email=email, status="active")
    ).id


def menu_item(vault: OpenVault, session_format: str) -> int:
    names = {
        "in_person": "対面カウンセリング",
        "online_phone": "電話カウンセリング",
        "online_video": "ビデオ通話",
    }
    return session_menu.add_item(
        vault, draft=MenuItemDraft(names[session_format], session_format, 60, 8000)
    ).id


def confirmed_booking(vault: OpenVault, client_id: int, menu_item_id: int, start: datetime) -> int:
    """A booking taken by phone with all four points agreed and confirmed."""
    booking_id = bookings.create_booking(
        vault, client_id=client_id, requested_by=Requester.CLIENT, channel=Channel.PHONE
    ).id
    bookings.confirm_own_will(vault, booking_id=booking_id, channel=Channel.PHONE)
    bookings.start_negotiation(vault, booking_id=booking_id)
    bookings.agree_date(vault, booking_id=booking_id, session_date=start.date())
    bookings.agree_start(vault, booking_id=booking_id, start_time=start.time())
    details = bookings.agree_menu_item(vault, booking_id=booking_id, menu_item_id=menu_item_id)
    if details.format is not None and details.format.online:
        bookings.agree_arrival(vault, booking_id=booking_id, call_means=CallMeans(details.format.value[7:]))
    else:
        bookings.agree_arrival(
            vault, booking_id=booking_id, travel_means=TravelMeans.TRAIN, pickup_needed=False
        )
    return bookings.confirm_booking(vault, booking_id=booking_id).id


def completed_session(vault: OpenVault, client_id: int, menu_item_id: int, start: datetime = PAST) -> int:
    booking_id = confirmed_booking(vault, client_id, menu_item_id, start)
    kept = vault.time.clock  # the session is over by the vault's clock, then time goes on as it was
    vault.time.clock = FakeClock(start + timedelta(hours=2))
    try:
        bookings.complete_booking(vault, booking_id=booking_id)
    finally:
        vault.time.clock = kept
    return booking_id


def add_message(
    vault: OpenVault,
    *,
    client_id: int | None,
    subject: str = "ご相談",
    body: str = "先日はありがとうございました。",
    from_address: str = "hanako@example.jp",
    from_name: str = "",
    kind: str = "email",
    direction: str = "in",
    danger: bool = False,
    sent_at: datetime | None = None,
) -> int:
    when = (sent_at or datetime(2026, 11, 20, 9, 0)).replace(tzinfo=UTC).isoformat()
    with vault.unit_of_work() as session:
        row = Message(
            kind=kind,
            direction=direction,
            client_id=client_id,
            thread_key=f"thread-{subject}-{when}",
            content_hash="",
            from_address=from_address if kind == "email" else "",
            from_name=from_name,
            subject=subject,
            sent_at=when,
            body=body,
            danger=danger,
            created_at=when,
        )
        session.add(row)
        session.flush()
        return row.id


def day_at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0))
