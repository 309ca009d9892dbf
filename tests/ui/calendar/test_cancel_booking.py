"""Cancelling a booking: the fee from the schedule is shown before confirming, then recorded (P-CANCEL).

The dialog is opened on its own for a booking confirmed through the services,
and once from the booking dialog's own button; who asked, the reason and the
waiver are chosen with the keyboard, and the record is read back.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.policy import bookings as rules
from desktop.services import bookings, clients
from desktop.services.bookings import session_menu
from desktop.services.bookings.session_menu import MenuItemDraft
from desktop.services.clients import ClientDraft
from desktop.vault.store import OpenVault
from desktop.views.calendar.booking_dialog import BookingDialog
from desktop.views.calendar.cancel_booking_dialog import CancelBookingDialog
from desktop.views.common.worker import wait_for_background_work
from tests.helpers.clock import FakeClock
from tests.helpers.vaults import make_vault
from tests.ui.drive import SLOW_MS, child, click, tick, type_into

PRICE = 8000
#: The vault's clock stands here (the practice's Tokyo time), whatever zone the machine is in.
NOW = datetime(2026, 12, 7, 10, 0)


def idle() -> None:
    """Let the dialog's own work (the confirmation text, a reload) finish before the test reads the vault."""
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    opened, _code = make_vault(tmp_path / "vault")
    opened.time.clock = FakeClock(NOW)
    yield opened
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()
    opened.close()


def confirmed_booking(vault: OpenVault, notice: timedelta) -> int:
    """A phone booking confirmed through the services, starting ``notice`` from now."""
    client = clients.create_client(vault, draft=ClientDraft(full_name="佐藤一郎"))
    item = session_menu.add_item(vault, draft=MenuItemDraft("対面カウンセリング", "in_person", 60, PRICE))
    start = NOW + notice
    booking = bookings.create_booking(
        vault,
        client_id=client.id,
        requested_by=rules.Requester.CLIENT,
        channel=rules.Channel.PHONE,
        session_date=start.date(),
        start_time=start.time(),
        menu_item_id=item.id,
    )
    bookings.confirm_own_will(vault, booking_id=booking.id, channel=rules.Channel.PHONE)
    bookings.start_negotiation(vault, booking_id=booking.id)
    bookings.agree_date(vault, booking_id=booking.id)
    bookings.agree_start(vault, booking_id=booking.id)
    bookings.agree_menu_item(vault, booking_id=booking.id)
    bookings.agree_arrival(
        vault, booking_id=booking.id, travel_means=rules.TravelMeans.CAR, pickup_needed=False
    )
    return bookings.confirm_booking(vault, booking_id=booking.id).id


def open_cancel(qtbot: QtBot, vault: OpenVault, booking_id: int) -> CancelBookingDialog:
    dialog = CancelBookingDialog(vault, booking_id=booking_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(
        lambda: child(dialog, QAbstractButton, "cancelConfirmButton").isEnabled(), timeout=SLOW_MS
    )
    return dialog


def fee_shows(qtbot: QtBot, dialog: CancelBookingDialog, text: str) -> None:
    label = child(dialog, QLabel, "cancelFeeLabel")
    qtbot.waitUntil(lambda: text in label.text(), timeout=SLOW_MS)


def test_thirty_hours_notice_costs_half_the_price(qtbot: QtBot, vault: OpenVault) -> None:
    booking_id = confirmed_booking(vault, timedelta(hours=30))
    dialog = open_cancel(qtbot, vault, booking_id)
    fee_shows(qtbot, dialog, "50 % of the price: ¥4,000")
    by = child(dialog, QComboBox, "cancelByCombo")
    qtbot.keyClick(by, Qt.Key.Key_Down)  # the counsellor cancels: no fee
    fee_shows(qtbot, dialog, "No fee")
    qtbot.keyClick(by, Qt.Key.Key_Home)
    fee_shows(qtbot, dialog, "¥4,000")
    type_into(qtbot, child(dialog, QLineEdit, "cancelReasonEdit"), "illness")
    with qtbot.waitSignal(dialog.cancelled, timeout=SLOW_MS):
        click(qtbot, child(dialog, QAbstractButton, "cancelConfirmButton"))
    idle()
    record = bookings.cancellation_of(vault, booking_id=booking_id)
    assert record is not None
    assert (record.fee_percent, record.fee_yen, record.price_yen) == (50, PRICE // 2, PRICE)
    assert record.cancelled_by is rules.CancelledBy.CLIENT and record.reason == "illness"
    idle()
    assert bookings.open_booking(vault, booking_id=booking_id).status is rules.BookingStatus.CANCELLED


def test_emergency_waiver_needs_a_reason_and_records_no_fee(qtbot: QtBot, vault: OpenVault) -> None:
    booking_id = confirmed_booking(vault, timedelta(hours=30))
    dialog = open_cancel(qtbot, vault, booking_id)
    tick(qtbot, child(dialog, QAbstractButton, "cancelWaiveCheck"))
    fee_shows(qtbot, dialog, "waived")
    status = child(dialog, QLabel, "cancelStatusLabel")
    click(qtbot, child(dialog, QAbstractButton, "cancelConfirmButton"))
    qtbot.waitUntil(lambda: "reason" in status.text(), timeout=SLOW_MS)
    idle()
    assert bookings.cancellation_of(vault, booking_id=booking_id) is None
    type_into(qtbot, child(dialog, QLineEdit, "cancelReasonEdit"), "台風 emergency")
    with qtbot.waitSignal(dialog.cancelled, timeout=SLOW_MS):
        click(qtbot, child(dialog, QAbstractButton, "cancelConfirmButton"))
    idle()
    record = bookings.cancellation_of(vault, booking_id=booking_id)
    assert record is not None
    assert (record.fee_yen, record.fee_percent, record.fee_waived) == (0, 0, True)
    assert record.reason == "台風 emergency"


def test_cancel_from_the_booking_dialog(qtbot: QtBot, vault: OpenVault) -> None:
    booking_id = confirmed_booking(vault, timedelta(hours=100))
    booking = BookingDialog(vault, booking_id=booking_id)
    qtbot.addWidget(booking)
    booking.show()
    state = child(booking, QLabel, "bookingStateLabel")
    qtbot.waitUntil(lambda: state.text() == "Confirmed", timeout=SLOW_MS)
    click(qtbot, child(booking, QAbstractButton, "cancelBookingButton"))
    dialog = child(booking, CancelBookingDialog, "cancelBookingDialog")
    qtbot.waitUntil(
        lambda: child(dialog, QAbstractButton, "cancelConfirmButton").isEnabled(), timeout=SLOW_MS
    )
    fee_shows(qtbot, dialog, "No fee (¥0)")  # 100 hours' notice: the 72-hour tier, 0 %
    with qtbot.waitSignal(booking.changed, timeout=SLOW_MS):
        click(qtbot, child(dialog, QAbstractButton, "cancelConfirmButton"))
    assert state.text() == "Cancelled"
    assert not child(booking, QAbstractButton, "cancelBookingButton").isEnabled()
    idle()
    record = bookings.cancellation_of(vault, booking_id=booking_id)
    assert record is not None and record.fee_yen == 0
