"""Paths between screens that the booking gate holds: a drag in the calendar then a tick in the dialog,
and a cancellation read back in the dialog and on the client's bookings tab.

The vault is real and encrypted; bookings are made through the services, the mouse drags in the week
view, the keyboard ticks in the booking dialog, and the outcome is read from the widgets and the vault.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QTreeWidget
from pytestqt.qtbot import QtBot

from desktop.models import Booking
from desktop.policy.bookings import (
    BookingStatus,
    CancelledBy,
    Channel,
    ExchangeSource,
    Requester,
    TravelMeans,
)
from desktop.policy.emergency import EmergencyAction, EmergencyKind
from desktop.services import bookings, clients, emergencies
from desktop.services.bookings import session_menu
from desktop.services.bookings.session_menu import MenuItemDraft
from desktop.services.clients import ClientDraft
from desktop.vault.store import OpenVault
from desktop.views.calendar.calendar_page import CalendarPage
from desktop.views.clients.client_bookings import ClientBookings
from desktop.views.common.worker import wait_for_background_work
from tests.helpers.clock import FakeClock
from tests.helpers.vaults import make_vault
from tests.ui.booking_drive import drag_booking, idle, open_dialog, state
from tests.ui.drive import SLOW_MS, child, click, run_modal, tick

WEDNESDAY = date(2026, 11, 25)
TEN = datetime.combine(WEDNESDAY, time(10))


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    opened, _code = make_vault(tmp_path / "vault")
    opened.time.clock = FakeClock(datetime(2026, 11, 18, 9))
    yield opened
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()
    opened.close()


def _client_and_menu(vault: OpenVault) -> tuple[int, int]:
    menu = session_menu.add_item(vault, draft=MenuItemDraft("個人カウンセリング", "in_person", 60, 8000))
    client = clients.create_client(
        vault, draft=ClientDraft(full_name="山田 花子", name_reading="やまだ はなこ")
    )
    return client.id, menu.id


def _confirmed(vault: OpenVault, client_id: int, menu_id: int, channel: Channel) -> int:
    booking_id = bookings.create_booking(
        vault,
        client_id=client_id,
        requested_by=Requester.CLIENT,
        channel=channel,
        via_website_form=True,
        wish_to_book=True,
        form_consents_agreed=True,
        session_date=TEN.date(),
        start_time=TEN.time(),
        menu_item_id=menu_id,
    ).id
    bookings.confirm_own_will(vault, booking_id=booking_id, channel=channel)
    bookings.start_negotiation(vault, booking_id=booking_id)
    if channel is Channel.EMAIL:  # five round trips, counted as the mail came in and the replies went out
        with vault.unit_of_work() as session:
            for n in range(5):
                bookings.count_exchange(
                    session, client_id=client_id, source=ExchangeSource.MAIL_IN, message_id=n
                )
                bookings.count_exchange(
                    session, client_id=client_id, source=ExchangeSource.REPLY, message_id=n
                )
    bookings.agree_date(vault, booking_id=booking_id)
    bookings.agree_start(vault, booking_id=booking_id)
    bookings.agree_menu_item(vault, booking_id=booking_id)
    bookings.agree_arrival(vault, booking_id=booking_id, travel_means=TravelMeans.TRAIN, pickup_needed=True)
    assert bookings.confirm_booking(vault, booking_id=booking_id).status is BookingStatus.CONFIRMED
    return booking_id


def test_p_roundtrips_email_booking_at_its_limit_dragged_and_re_agreed_by_email_gets_phone_proposal(
    qtbot: QtBot, vault: OpenVault
) -> None:
    client_id, menu_id = _client_and_menu(vault)
    booking_id = _confirmed(vault, client_id, menu_id, Channel.EMAIL)
    page = CalendarPage()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.set_vault(vault)
    page.go_to(WEDNESDAY)
    qtbot.waitUntil(lambda: page.week_view.booking_ids() == [booking_id], timeout=SLOW_MS)
    later = datetime.combine(WEDNESDAY + timedelta(days=1), time(13))
    run_modal(  # a confirmed booking is moved only once the counsellor says so
        page,
        "moveConfirmedBox",
        lambda: drag_booking(qtbot, page.week_view, booking_id, later, TEN),
        lambda box: click(qtbot, child(box, QAbstractButton, "moveBookingButton")),
    )
    qtbot.waitUntil(lambda: idle() is None and _starts(vault, booking_id) == later, timeout=SLOW_MS)
    page.clear()

    dialog = open_dialog(qtbot, vault, booking_id=booking_id)
    qtbot.waitUntil(lambda: state(dialog) == "Negotiating", timeout=SLOW_MS)
    assert child(dialog, QLabel, "roundTripLabel").text() == "5/5"
    assert "Client's mail imported" in child(dialog, QLabel, "roundTripSourcesLabel").text()
    date_box = child(dialog, QAbstractButton, "agreeDateCheck")
    assert not date_box.isChecked(), "the move unticked the date"
    tick(qtbot, date_box)
    label = child(dialog, QLabel, "bookingStatusLabel")
    qtbot.waitUntil(lambda: bool(label.text()), timeout=SLOW_MS)
    assert "round trips" in label.text() and "by phone" in label.text()
    qtbot.waitUntil(lambda: not date_box.isChecked(), timeout=SLOW_MS)
    idle()
    details = bookings.open_booking(vault, booking_id=booking_id)
    assert not details.checklist[0].agreed and details.status is BookingStatus.NEGOTIATING
    dialog.clear()


def _starts(vault: OpenVault, booking_id: int) -> datetime | None:
    with vault.reading() as session:
        row = session.get(Booking, booking_id)
        return row.starts_at if row else None


def test_p_cancel_a_cancelled_booking_shows_its_fee_in_the_dialog_and_the_clients_bookings_tab(
    qtbot: QtBot, vault: OpenVault
) -> None:
    client_id, menu_id = _client_and_menu(vault)
    booking_id = _confirmed(vault, client_id, menu_id, Channel.PHONE)
    vault.time.clock = FakeClock(TEN - timedelta(hours=30))
    bookings.cancel_booking(vault, booking_id=booking_id, cancelled_by=CancelledBy.CLIENT, reason="体調不良")

    dialog = open_dialog(qtbot, vault, booking_id=booking_id)
    shown = child(dialog, QLabel, "bookingCancellationLabel")
    qtbot.waitUntil(lambda: "4,000" in shown.text(), timeout=SLOW_MS)
    for part in ("the client", "体調不良", "30 h before the session", "50%"):
        assert part in shown.text()
    dialog.clear()

    tab = ClientBookings()
    qtbot.addWidget(tab)
    tab.set_vault(vault)
    tab.show_client(client_id)
    tree = child(tab, QTreeWidget, "clientBookingsTree")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=SLOW_MS)
    item = tree.topLevelItem(0)
    assert item is not None
    assert "4,000" in item.text(4)
    assert "体調不良" in item.toolTip(4) and "the client" in item.toolTip(4)
    tab.clear()
    idle()


def test_p_emergency_a_booking_made_later_inside_a_declared_period_warns(
    qtbot: QtBot, vault: OpenVault
) -> None:
    client_id, _menu_id = _client_and_menu(vault)
    emergencies.declare_emergency(
        vault,
        kind=EmergencyKind.TYPHOON,
        issuing_body="静岡県",
        first_day=WEDNESDAY,
        last_day=WEDNESDAY + timedelta(days=1),
        action=EmergencyAction.POSTPONE,
    )
    inside = bookings.create_booking(
        vault,
        client_id=client_id,
        requested_by=Requester.CLIENT,
        channel=Channel.PHONE,
        session_date=WEDNESDAY,
        start_time=time(10),
    )
    outside = bookings.create_booking(
        vault,
        client_id=client_id,
        requested_by=Requester.CLIENT,
        channel=Channel.PHONE,
        session_date=WEDNESDAY + timedelta(days=2),
        start_time=time(10),
    )
    assert inside.declared_by == "静岡県" and outside.declared_by == ""

    dialog = open_dialog(qtbot, vault, booking_id=inside.id)
    warning = child(dialog, QLabel, "bookingEmergencyLabel")
    qtbot.waitUntil(lambda: "静岡県" in warning.text(), timeout=SLOW_MS)
    assert not warning.isHidden()
    dialog.clear()
    later = open_dialog(qtbot, vault, booking_id=outside.id)
    qtbot.waitUntil(lambda: state(later) != "", timeout=SLOW_MS)
    assert child(later, QLabel, "bookingEmergencyLabel").isHidden()
    later.clear()
