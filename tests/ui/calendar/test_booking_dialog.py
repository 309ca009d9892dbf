"""The booking dialog: from a request to a confirmed booking through the four-point checklist.

Built on its own over a real encrypted vault with a client and a session menu.
The client's name is typed (in Japanese), choices are made with the keyboard,
boxes are ticked and buttons clicked; outcomes are read from the widgets and
from the services.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.policy import bookings as rules
from desktop.services import bookings, clients
from desktop.services.bookings import booking_lists, session_menu
from desktop.services.bookings.session_menu import MenuItemDraft
from desktop.services.clients import ClientDraft
from desktop.vault.store import OpenVault
from desktop.views.common.clipboard import SECRET_HINT
from desktop.views.common.worker import wait_for_background_work
from tests.helpers.clock import FakeClock
from tests.helpers.vaults import make_vault
from tests.ui.booking_drive import (
    agree_all,
    choose,
    create,
    idle,
    open_dialog,
    pick_client,
    press,
    refused,
    state,
)
from tests.ui.drive import SLOW_MS, child, click, tick, type_into

START = datetime(2026, 12, 3, 14, 0)
NAME = "山田花子"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    opened, _code = make_vault(tmp_path / "vault")
    opened.time.clock = FakeClock(datetime(2026, 12, 1, 9, 0))  # the sessions below are ahead
    yield opened
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()
    opened.close()


@pytest.fixture
def client_id(vault: OpenVault) -> int:
    return clients.create_client(vault, draft=ClientDraft(full_name=NAME, name_reading="やまだはなこ")).id


@pytest.fixture
def menu(vault: OpenVault) -> dict[str, int]:
    items = {
        "対面カウンセリング": rules.SessionFormat.IN_PERSON,
        "ビデオ相談": rules.SessionFormat.ONLINE_VIDEO,
    }
    return {
        name: session_menu.add_item(vault, draft=MenuItemDraft(name, fmt.value, 60, 8000)).id
        for name, fmt in items.items()
    }


def test_phone_booking_from_nothing_to_confirmed(
    qtbot: QtBot, vault: OpenVault, client_id: int, menu: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, vault, start=START)
    create(qtbot, dialog, NAME, client_id, rules.Channel.PHONE, menu["対面カウンセリング"])
    assert not child(dialog, QAbstractButton, "confirmBookingButton").isEnabled()
    press(qtbot, dialog, "confirmOwnWillButton")
    assert child(dialog, QLabel, "ownWillLabel").text().startswith("Confirmed")
    press(qtbot, dialog, "startNegotiationButton")
    assert state(dialog) == "Negotiating"
    assert "not been agreed" in refused(qtbot, dialog, "confirmBookingButton")

    pickup = child(dialog, QAbstractButton, "bookingPickupCheck")
    assert pickup.isVisible() and "JR三島駅" in pickup.text()
    assert not child(dialog, QComboBox, "bookingCallCombo").isVisible()
    choose(qtbot, child(dialog, QComboBox, "bookingTravelCombo"), rules.TravelMeans.TRAIN.value)
    with qtbot.waitSignal(dialog.changed, timeout=SLOW_MS):  # stored as proposed, not yet agreed
        tick(qtbot, pickup)
    agree_all(qtbot, dialog)
    press(qtbot, dialog, "confirmBookingButton")
    assert state(dialog) == "Confirmed"
    assert child(dialog, QAbstractButton, "completeBookingButton").isEnabled()
    assert child(dialog, QWidget, "bookingStartEdit").isEnabled(), "a confirmed booking can still be moved"
    assert not child(dialog, QAbstractButton, "startNegotiationButton").isEnabled()

    text_edit = child(dialog, QPlainTextEdit, "confirmationTextEdit")
    choose(qtbot, child(dialog, QComboBox, "confirmationLanguageCombo"), "ja")
    qtbot.waitUntil(lambda: "2026年12月3日" in text_edit.toPlainText(), timeout=SLOW_MS)
    assert "対面カウンセリング" in text_edit.toPlainText()
    assert "14:00" in text_edit.toPlainText() and "JR三島駅" in text_edit.toPlainText()
    assert text_edit.isReadOnly()
    click(qtbot, child(dialog, QAbstractButton, "copyConfirmationButton"))  # logged, then copied
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == text_edit.toPlainText(), timeout=SLOW_MS)
    copied = QGuiApplication.clipboard().mimeData()
    assert copied.text() == text_edit.toPlainText()
    assert bytes(copied.data(SECRET_HINT).data()) == b"secret"

    booking_id = dialog.booking_id
    assert booking_id is not None
    idle()
    stored = bookings.open_booking(vault, booking_id=booking_id)
    assert stored.status is rules.BookingStatus.CONFIRMED
    assert stored.starts_at == START
    assert stored.travel_means is rules.TravelMeans.TRAIN and stored.pickup_needed
    assert stored.own_will_channel is rules.Channel.PHONE
    assert all(point.agreed for point in stored.checklist)


def test_changing_the_start_unticks_it_and_demotes(
    qtbot: QtBot, vault: OpenVault, client_id: int, menu: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, vault, start=START)
    create(qtbot, dialog, NAME, client_id, rules.Channel.PHONE, menu["対面カウンセリング"])
    press(qtbot, dialog, "confirmOwnWillButton")
    press(qtbot, dialog, "startNegotiationButton")
    agree_all(qtbot, dialog)
    press(qtbot, dialog, "confirmBookingButton")
    start_edit = child(dialog, QWidget, "bookingStartEdit")
    with qtbot.waitSignal(dialog.changed, timeout=SLOW_MS):
        qtbot.keyClick(start_edit, Qt.Key.Key_Up)  # 14:00 -> 15:00 (the hour section)
    assert state(dialog) == "Negotiating"
    assert not child(dialog, QAbstractButton, "agreeStartCheck").isChecked()
    assert child(dialog, QAbstractButton, "agreeDateCheck").isChecked()
    booking_id = dialog.booking_id
    assert booking_id is not None
    idle()
    stored = bookings.open_booking(vault, booking_id=booking_id)
    assert stored.starts_at == START.replace(hour=15)
    assert stored.status is rules.BookingStatus.NEGOTIATING


def test_changing_the_travel_means_unticks_arrival_and_demotes_in_the_vault(
    qtbot: QtBot, vault: OpenVault, client_id: int, menu: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, vault, start=START)
    create(qtbot, dialog, NAME, client_id, rules.Channel.PHONE, menu["対面カウンセリング"])
    press(qtbot, dialog, "confirmOwnWillButton")
    press(qtbot, dialog, "startNegotiationButton")
    choose(qtbot, child(dialog, QComboBox, "bookingTravelCombo"), rules.TravelMeans.TRAIN.value)
    agree_all(qtbot, dialog)
    press(qtbot, dialog, "confirmBookingButton")
    with qtbot.waitSignal(dialog.changed, timeout=SLOW_MS):
        choose(qtbot, child(dialog, QComboBox, "bookingTravelCombo"), rules.TravelMeans.CAR.value)
    assert state(dialog) == "Negotiating"
    assert not child(dialog, QAbstractButton, "agreeArrivalCheck").isChecked()
    booking_id = dialog.booking_id
    assert booking_id is not None
    idle()
    stored = bookings.open_booking(vault, booking_id=booking_id)
    assert stored.status is rules.BookingStatus.NEGOTIATING
    assert stored.travel_means is rules.TravelMeans.CAR
    assert not next(p for p in stored.checklist if p.point is rules.Point.ARRIVAL).agreed


def test_online_booking_shows_call_means_and_no_pickup(
    qtbot: QtBot, vault: OpenVault, client_id: int, menu: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, vault, start=START)
    create(qtbot, dialog, NAME, client_id, rules.Channel.PHONE, menu["ビデオ相談"])
    call = child(dialog, QComboBox, "bookingCallCombo")
    assert call.isVisible() and call.currentData() == rules.CallMeans.VIDEO.value
    assert not child(dialog, QAbstractButton, "bookingPickupCheck").isVisible()
    assert not child(dialog, QComboBox, "bookingTravelCombo").isVisible()
    press(qtbot, dialog, "confirmOwnWillButton")
    press(qtbot, dialog, "startNegotiationButton")
    agree_all(qtbot, dialog)
    press(qtbot, dialog, "confirmBookingButton")
    booking_id = dialog.booking_id
    assert booking_id is not None
    idle()
    stored = bookings.open_booking(vault, booking_id=booking_id)
    assert stored.call_means is rules.CallMeans.VIDEO
    assert not stored.pickup_needed and stored.travel_means is None


def test_a_request_by_someone_else_is_refused_and_kept(
    qtbot: QtBot, vault: OpenVault, client_id: int, menu: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, vault)
    pick_client(qtbot, dialog, NAME, client_id)
    choose(qtbot, child(dialog, QComboBox, "bookingRequesterCombo"), rules.Requester.OTHER.value)
    relation = child(dialog, QLineEdit, "bookingRequesterRelationEdit")
    assert relation.isVisible()
    type_into(qtbot, relation, "母")
    press(qtbot, dialog, "createBookingButton")
    assert "Only the client may book" in child(dialog, QLabel, "bookingStatusLabel").text()
    assert state(dialog) == "Refused"
    assert not any(
        child(dialog, QAbstractButton, name).isEnabled()
        for name in ("startNegotiationButton", "confirmBookingButton", "cancelBookingButton")
    )
    assert not child(dialog, QWidget, "bookingDateEdit").isEnabled(), "a refused request is kept as it was"
    idle()
    [stored] = booking_lists.bookings_of(vault, client_id=client_id)
    assert stored.status is rules.BookingStatus.REFUSED
    details = bookings.open_booking(vault, booking_id=stored.id)
    assert details.requested_by is rules.Requester.OTHER and details.requester_relation == "母"
    assert details.refusal_rule == rules.P_WHO


def test_email_booking_without_the_form_facts_cannot_advance(
    qtbot: QtBot, vault: OpenVault, client_id: int, menu: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, vault, start=START)
    create(qtbot, dialog, NAME, client_id, rules.Channel.EMAIL, menu["対面カウンセリング"])
    press(qtbot, dialog, "confirmOwnWillButton")
    assert "website form" in refused(qtbot, dialog, "startNegotiationButton")
    assert state(dialog) == "Inquiry"
    for name in ("bookingViaFormCheck", "bookingWishCheck", "bookingConsentsCheck"):
        with qtbot.waitSignal(dialog.changed, timeout=SLOW_MS):
            tick(qtbot, child(dialog, QAbstractButton, name))
    press(qtbot, dialog, "startNegotiationButton")
    assert state(dialog) == "Negotiating"


def test_fifth_exchange_warns_and_sixth_proposes_a_phone_call(
    qtbot: QtBot, vault: OpenVault, client_id: int, menu: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, vault, start=START)
    pick_client(qtbot, dialog, NAME, client_id)
    for name in ("bookingViaFormCheck", "bookingWishCheck", "bookingConsentsCheck"):
        tick(qtbot, child(dialog, QAbstractButton, name))
    press(qtbot, dialog, "createBookingButton")
    counter = child(dialog, QLabel, "roundTripLabel")
    warning = child(dialog, QLabel, "roundTripWarningLabel")
    assert counter.text() == "0/5"
    for count in range(1, 6):
        press(qtbot, dialog, "addRoundTripButton")
        assert counter.text() == f"{count}/5"
        assert bool(warning.text()) == (count == 5)
    assert "last" in warning.text()
    press(qtbot, dialog, "addRoundTripButton")  # a sixth mail written outside the app is still counted
    assert counter.text() == "6/5"
    assert "propose settling the booking by phone" in warning.text()
    booking_id = dialog.booking_id
    assert booking_id is not None
    idle()
    assert bookings.open_booking(vault, booking_id=booking_id).round_trips.count == 6


def test_choose_the_client_first_goes_once_a_client_is_chosen(
    qtbot: QtBot, vault: OpenVault, client_id: int, menu: dict[str, int]
) -> None:
    """Issue 14: "choose a client first" stayed on screen after the client was chosen."""
    dialog = open_dialog(qtbot, vault, start=START)
    status = child(dialog, QLabel, "bookingStatusLabel")
    click(qtbot, child(dialog, QAbstractButton, "createBookingButton"))
    assert status.text() == "Choose the client from the list first."

    pick_client(qtbot, dialog, NAME, client_id)

    assert status.text() == ""
