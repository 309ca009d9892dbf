"""One booking's whole life through the main window, as the counsellor lives it (P-CONFIRM, P-CANCEL).

An empty slot of the week is clicked; the booking dialog that opens is filled
in by typing and ticking until the booking is confirmed; the booking is dragged
to another hour (which sends it back to negotiation), agreed and confirmed
again, then cancelled by the client with the fee the schedule asks for. The
client's page lists it, and a note is attached to a completed session there.
Every step is read back from the widgets and from the vault.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QTabWidget, QTreeWidget
from pytestqt.qtbot import QtBot

from desktop.policy import bookings as rules
from desktop.services import bookings, client_search, clients, consultation_notes
from desktop.services.bookings import booking_lists, session_menu
from desktop.services.bookings.session_menu import MenuItemDraft
from desktop.services.clients import ClientDraft
from desktop.vault.store import OpenVault
from desktop.views.calendar.booking_dialog import BookingDialog
from desktop.views.calendar.cancel_booking_dialog import CancelBookingDialog
from desktop.views.calendar.week_view import WeekView
from desktop.views.common.local_time import practice_today
from desktop.views.controller import DesktopController
from tests.ui.booking_drive import agree_all, choose, create, drag_booking, idle, press, slot_at, state
from tests.ui.conftest import MadeVault
from tests.ui.drive import SLOW_MS, child, click, open_section, run_modal, tick, unlock

NAME = "山田花子"
PRICE = 8000


@pytest.fixture
def unlocked(qtbot: QtBot, made_vault: MadeVault, controller: DesktopController) -> OpenVault:
    """The main window, unlocked, on a vault with one client and one in-person session on the menu."""
    controller.start()
    unlock(qtbot, controller, made_vault.passphrase)
    vault = controller.vault
    assert vault is not None
    idle()  # the window's own work on the vault thread is done: the test may write now
    clients.create_client(vault, draft=ClientDraft(full_name=NAME, name_reading="やまだはなこ"))
    session_menu.add_item(vault, draft=MenuItemDraft("対面カウンセリング", "in_person", 60, PRICE))
    return vault


def _open_dialog(qtbot: QtBot, controller: DesktopController) -> BookingDialog:
    """The booking dialog the main window has just opened."""
    qtbot.waitUntil(lambda: controller.window.findChild(BookingDialog) is not None, timeout=SLOW_MS)
    dialog = controller.window.findChild(BookingDialog)
    assert isinstance(dialog, BookingDialog)
    qtbot.waitUntil(lambda: child(dialog, QComboBox, "bookingMenuCombo").count() > 1, timeout=SLOW_MS)
    return dialog


def _centre(view: WeekView, booking_id: int) -> QPoint:
    rect = view.booking_rect(booking_id)
    assert rect is not None
    return rect.center()


def _stored(vault: OpenVault, booking_id: int) -> bookings.BookingDetails:
    """The booking as stored, read once the window's work on the vault thread is done
    (opening a booking is audited, and the audit trail has one writer at a time)."""
    idle()
    return bookings.open_booking(vault, booking_id=booking_id)


def _close(qtbot: QtBot, dialog: BookingDialog) -> None:
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=SLOW_MS)
    idle()


def test_P_CONFIRM_P_CANCEL_a_booking_from_an_empty_slot_to_a_cancellation_with_its_fee(
    qtbot: QtBot, controller: DesktopController, unlocked: OpenVault
) -> None:
    # Two days ahead: the notice is then between 24 and 72 hours whatever the time now,
    # which the default schedule charges at 50 %.
    day = practice_today() + timedelta(days=2)
    slot, later = datetime.combine(day, time(10)), datetime.combine(day, time(14))
    open_section(qtbot, controller, "calendar")
    page = controller.window.calendar_page
    page.go_to(day)
    view = page.week_view
    qtbot.waitUntil(lambda: view.first_day() <= day < view.first_day() + timedelta(days=7), timeout=SLOW_MS)

    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=slot_at(view, slot, down=20))
    dialog = _open_dialog(qtbot, controller)
    assert dialog.checklist.session_date() == day and dialog.checklist.start_time() == time(10)
    [menu] = session_menu.list_items(unlocked)
    [client] = clients.summaries(unlocked, client_ids=client_search.search_ids(unlocked, query=NAME))
    create(qtbot, dialog, NAME, client.id, rules.Channel.PHONE, menu.id)
    press(qtbot, dialog, "confirmOwnWillButton")
    press(qtbot, dialog, "startNegotiationButton")
    with qtbot.waitSignal(dialog.changed, timeout=SLOW_MS):
        tick(qtbot, child(dialog, QAbstractButton, "bookingPickupCheck"))
    agree_all(qtbot, dialog)
    press(qtbot, dialog, "confirmBookingButton")
    assert state(dialog) == "Confirmed"
    booking_id = dialog.booking_id
    assert booking_id is not None
    _close(qtbot, dialog)
    stored = _stored(unlocked, booking_id)
    assert (stored.status, stored.starts_at, stored.pickup_needed) == (
        rules.BookingStatus.CONFIRMED,
        slot,
        True,
    )

    qtbot.waitUntil(lambda: booking_id in view.booking_ids(), timeout=SLOW_MS)
    # A confirmed booking is moved only once the counsellor says so (issue 14: no silent demotion).
    run_modal(
        page,
        "moveConfirmedBox",
        lambda: drag_booking(qtbot, view, booking_id, later, slot),
        lambda box: click(qtbot, child(box, QAbstractButton, "moveBookingButton")),
    )
    qtbot.waitUntil(lambda: _stored(unlocked, booking_id).starts_at == later, timeout=SLOW_MS)
    moved = _stored(unlocked, booking_id)
    assert moved.status is rules.BookingStatus.NEGOTIATING
    assert {p.point for p in moved.checklist if not p.agreed} == {rules.Point.START}

    def redrawn() -> bool:
        rect = view.booking_rect(booking_id)
        return rect is not None and abs(rect.top() - view.slot_point(later).y()) <= 2

    qtbot.waitUntil(redrawn, timeout=SLOW_MS)
    banner = child(page, QLabel, "calendarStatusLabel")
    assert banner.isVisible() and "confirming again" in banner.text()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=_centre(view, booking_id))
    dialog = _open_dialog(qtbot, controller)
    qtbot.waitUntil(lambda: state(dialog) == "Negotiating", timeout=SLOW_MS)
    assert not child(dialog, QAbstractButton, "agreeStartCheck").isChecked()
    with qtbot.waitSignal(dialog.changed, timeout=SLOW_MS):
        tick(qtbot, child(dialog, QAbstractButton, "agreeStartCheck"))
    press(qtbot, dialog, "confirmBookingButton")
    assert state(dialog) == "Confirmed"
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=SLOW_MS)  # it is confirmed again

    click(qtbot, child(dialog, QAbstractButton, "cancelBookingButton"))
    cancel = child(dialog, CancelBookingDialog, "cancelBookingDialog")
    fee = child(cancel, QLabel, "cancelFeeLabel")
    qtbot.waitUntil(lambda: "50 % of the price: ¥4,000" in fee.text(), timeout=SLOW_MS)
    choose(qtbot, child(cancel, QComboBox, "cancelByCombo"), rules.CancelledBy.CLIENT.value)
    with qtbot.waitSignal(dialog.changed, timeout=SLOW_MS):
        click(qtbot, child(cancel, QAbstractButton, "cancelConfirmButton"))
    assert state(dialog) == "Cancelled"
    _close(qtbot, dialog)
    record = bookings.cancellation_of(unlocked, booking_id=booking_id)
    assert record is not None
    assert (record.cancelled_by, record.fee_percent, record.fee_yen) == (
        rules.CancelledBy.CLIENT,
        50,
        PRICE // 2,
    )
    assert _stored(unlocked, booking_id).status is rules.BookingStatus.CANCELLED

    open_section(qtbot, controller, "clients")
    tree = _client_bookings(qtbot, controller, NAME)
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=SLOW_MS)
    assert tree.topLevelItem(0).text(2) == "Cancelled"
    assert "14:00" in tree.topLevelItem(0).text(0)


def _client_bookings(qtbot: QtBot, controller: DesktopController, name: str) -> QTreeWidget:
    """Open ``name`` on the Clients page and show the Bookings tab; return its list."""
    page = controller.window.clients_page
    page.reload()  # the client was written behind the window's back, before it listed clients

    def row_of_name() -> int | None:
        rows = range(page.model.rowCount())
        return next((r for r in rows if page.model.index(r, 0).data() == name), None)

    qtbot.waitUntil(lambda: row_of_name() is not None, timeout=SLOW_MS)
    row = row_of_name()
    assert row is not None
    qtbot.mouseClick(
        page.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.table.visualRect(page.model.index(row, 0)).center(),
    )
    tabs = child(page, QTabWidget, "clientRecordTabs")
    tabs.setCurrentIndex(tabs.indexOf(page.bookings))
    return child(page, QTreeWidget, "clientBookingsTree")


def test_a_note_is_attached_to_a_completed_session_from_the_clients_page(
    qtbot: QtBot, controller: DesktopController, unlocked: OpenVault
) -> None:
    [menu] = session_menu.list_items(unlocked)
    [client] = clients.summaries(unlocked, client_ids=client_search.search_ids(unlocked, query=NAME))
    held = datetime.combine(practice_today() - timedelta(days=7), time(11))
    booking_id = bookings.create_booking(
        unlocked,
        client_id=client.id,
        requested_by=rules.Requester.CLIENT,
        channel=rules.Channel.PHONE,
        session_date=held.date(),
        start_time=held.time(),
        menu_item_id=menu.id,
    ).id
    bookings.confirm_own_will(unlocked, booking_id=booking_id, channel=rules.Channel.PHONE)
    bookings.start_negotiation(unlocked, booking_id=booking_id)
    for agree in (bookings.agree_date, bookings.agree_start, bookings.agree_menu_item):
        agree(unlocked, booking_id=booking_id)
    bookings.agree_arrival(
        unlocked, booking_id=booking_id, travel_means=rules.TravelMeans.CAR, pickup_needed=False
    )
    bookings.confirm_booking(unlocked, booking_id=booking_id)
    bookings.complete_booking(unlocked, booking_id=booking_id)
    note = consultation_notes.add_note(
        unlocked, client_id=client.id, occurred_on=held.date(), text="初回面接の記録"
    )

    open_section(qtbot, controller, "clients")
    tree = _client_bookings(qtbot, controller, NAME)
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=SLOW_MS)
    attach = child(controller.window, QAbstractButton, "attachNoteButton")
    assert not attach.isEnabled(), "nothing chosen yet"
    tree.setCurrentItem(tree.topLevelItem(0))
    assert attach.isEnabled()
    assert child(controller.window, QComboBox, "attachNoteCombo").currentData() == note.id
    click(qtbot, attach)
    qtbot.waitUntil(lambda: tree.topLevelItem(0).text(3) != "", timeout=SLOW_MS)
    [summary] = booking_lists.bookings_of(unlocked, client_id=client.id)
    assert (summary.note_id, summary.note_on) == (note.id, held.date())
