"""The Calendar section: the week grid, navigation, holidays, clicking, dragging and the month view.

The page is built on its own over a real encrypted vault with bookings made
through the services. Positions are read from the views' public geometry
(``booking_rect``, ``slot_point``, ``day_rect``); the mouse presses, moves and
releases there, and the outcome is read back from the widgets and the vault.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialog, QLabel, QListWidget, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.policy.bookings import BookingStatus, CancelledBy, Channel, Requester, TravelMeans
from desktop.services import audit_log, bookings, clients
from desktop.services.bookings import booking_lists, session_menu
from desktop.services.bookings.session_menu import MenuItemDraft
from desktop.services.clients import ClientDraft
from desktop.vault.store import OpenVault
from desktop.views.calendar.calendar_page import CalendarPage, Mode
from desktop.views.common.local_time import practice_today
from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language
from desktop.views.common.worker import wait_for_background_work
from tests.helpers.printing import print_to_pdf, printed_text
from tests.helpers.vaults import make_vault
from tests.ui.booking_drive import drag_booking, slot_at
from tests.ui.drive import SLOW_MS, child, click, run_modal

#: Wednesday of a week with a holiday (Monday 23 November, Labour Thanksgiving Day).
WEDNESDAY = date(2026, 11, 25)


@dataclass(frozen=True)
class Booked:
    confirmed: int  # Wednesday 10:00-11:00, in person with pick-up
    inquiry: int  # Thursday 15:00-16:00


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    opened, _code = make_vault(tmp_path / "vault")
    yield opened
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()
    opened.close()


def _book(vault: OpenVault, client_id: int, menu_id: int, start: datetime) -> int:
    return bookings.create_booking(
        vault,
        client_id=client_id,
        requested_by=Requester.CLIENT,
        channel=Channel.PHONE,
        session_date=start.date(),
        start_time=start.time(),
        menu_item_id=menu_id,
    ).id


@pytest.fixture
def booked(vault: OpenVault) -> Booked:
    draft = MenuItemDraft(name="個人カウンセリング", format="in_person", duration_minutes=60, price_yen=8000)
    menu = session_menu.add_item(vault, draft=draft)
    client = clients.create_client(
        vault, draft=ClientDraft(full_name="山田 花子", name_reading="やまだ はなこ")
    )
    confirmed = _book(vault, client.id, menu.id, datetime.combine(WEDNESDAY, time(10)))
    bookings.confirm_own_will(vault, booking_id=confirmed, channel=Channel.PHONE)
    bookings.start_negotiation(vault, booking_id=confirmed)
    bookings.agree_date(vault, booking_id=confirmed)
    bookings.agree_start(vault, booking_id=confirmed)
    bookings.agree_menu_item(vault, booking_id=confirmed)
    bookings.agree_arrival(vault, booking_id=confirmed, travel_means=TravelMeans.TRAIN, pickup_needed=True)
    assert bookings.confirm_booking(vault, booking_id=confirmed).status is BookingStatus.CONFIRMED
    inquiry = _book(vault, client.id, menu.id, datetime.combine(WEDNESDAY + timedelta(days=1), time(15)))
    return Booked(confirmed, inquiry)


@pytest.fixture
def page(qtbot: QtBot, vault: OpenVault, booked: Booked) -> Iterator[CalendarPage]:
    shown = CalendarPage()
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    shown.set_vault(vault)
    shown.go_to(WEDNESDAY)
    qtbot.waitUntil(lambda: len(shown.week_view.booking_ids()) == 2, timeout=SLOW_MS)
    yield shown
    shown.clear()
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()


def _settled(vault: OpenVault, booking_id: int) -> bookings.BookingDetails:
    """The booking as stored, once the page's work on the worker thread has finished."""
    assert wait_for_background_work()
    return bookings.open_booking(vault, booking_id=booking_id)


def _start_of(vault: OpenVault, booking_id: int) -> datetime | None:
    return _settled(vault, booking_id).starts_at


def test_week_shows_each_booking_in_its_day_and_time(page: CalendarPage, booked: Booked) -> None:
    view = page.week_view
    assert view.first_day() == date(2026, 11, 23)
    for booking_id, start in (
        (booked.confirmed, datetime(2026, 11, 25, 10)),
        (booked.inquiry, datetime(2026, 11, 26, 15)),
    ):
        rect = view.booking_rect(booking_id)
        assert rect is not None
        corner = view.slot_point(start)
        assert abs(rect.top() - corner.y()) <= 2
        assert corner.x() <= rect.left() < view.slot_point(start + timedelta(days=1)).x()
        assert rect.height() >= 40  # an hour long
    agenda = child(page, QListWidget, "calendarAgendaList")
    assert agenda.count() == 1  # Wednesday is selected
    assert "山田 花子" in agenda.item(0).text() and "Pick-up" in agenda.item(0).text()


def test_previous_next_and_today_change_the_week_and_title(qtbot: QtBot, page: CalendarPage) -> None:
    title = child(page, QLabel, "calendarTitleLabel")
    first_title = title.text()
    assert "November 23, 2026" in first_title and "November 29, 2026" in first_title
    click(qtbot, page.next_button)
    assert page.week_view.first_day() == date(2026, 11, 30)
    assert title.text() != first_title
    qtbot.waitUntil(lambda: page.week_view.booking_ids() == [])
    qtbot.keyClick(page.week_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.week_view.first_day() == date(2026, 11, 23)
    qtbot.waitUntil(lambda: len(page.week_view.booking_ids()) == 2)
    assert title.text() == first_title
    qtbot.keyClick(page.week_view, Qt.Key.Key_PageDown)
    assert page.week_view.first_day() == date(2026, 11, 30)
    monday = practice_today() - timedelta(days=practice_today().weekday())
    click(qtbot, page.today_button)
    assert page.week_view.first_day() == monday
    assert page.selected_day() == practice_today()
    click(qtbot, page.prev_button)
    assert page.week_view.first_day() == monday - timedelta(days=7)
    qtbot.keyClick(page.week_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.week_view.first_day() == monday


def test_holidays_are_named_in_the_day_header(qtbot: QtBot, page: CalendarPage) -> None:
    assert "Labor Thanksgiving Day" in page.week_view.header_text(date(2026, 11, 23))
    assert "\n" not in page.week_view.header_text(date(2026, 11, 24))
    page.go_to(date(2026, 11, 3))
    assert "Culture Day" in page.week_view.header_text(date(2026, 11, 3))
    apply_language(Language.JAPANESE)
    assert "文化の日" in page.week_view.header_text(date(2026, 11, 3))


def test_clicking_an_empty_slot_asks_for_a_booking_there(qtbot: QtBot, page: CalendarPage) -> None:
    view = page.week_view
    with qtbot.waitSignal(page.new_booking_requested) as asked:
        qtbot.mouseClick(
            view, Qt.MouseButton.LeftButton, pos=slot_at(view, datetime(2026, 11, 27, 14, 0), down=20)
        )
    assert asked.args == [datetime(2026, 11, 27, 14, 0)]
    with qtbot.waitSignal(view.slot_clicked) as clicked:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=slot_at(view, datetime(2026, 11, 24, 16, 30)))
    assert clicked.args == [datetime(2026, 11, 24, 16, 30)]
    assert page.selected_day() == date(2026, 11, 24)


def test_clicking_a_booking_asks_to_open_it(qtbot: QtBot, page: CalendarPage, booked: Booked) -> None:
    rect = page.week_view.booking_rect(booked.inquiry)
    assert rect is not None
    with qtbot.waitSignal(page.booking_open_requested) as opened:
        qtbot.mouseClick(page.week_view, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [booked.inquiry]
    with qtbot.waitSignal(page.booking_open_requested) as by_key:
        qtbot.keyClick(page.week_view, Qt.Key.Key_Up)
        qtbot.keyClick(page.week_view, Qt.Key.Key_Return)
    assert by_key.args == [booked.confirmed]


def test_dragging_a_confirmed_booking_moves_it_and_sends_it_back_to_negotiation(
    qtbot: QtBot, page: CalendarPage, vault: OpenVault, booked: Booked
) -> None:
    view = page.week_view
    old, new = datetime(2026, 11, 25, 10), datetime(2026, 11, 27, 13, 30)
    _drag_answering(qtbot, page, booked.confirmed, new, old, "moveBookingButton")
    qtbot.waitUntil(lambda: _start_of(vault, booked.confirmed) == new, timeout=SLOW_MS)
    assert _settled(vault, booked.confirmed).status is BookingStatus.NEGOTIATING
    moved = booking_lists.bookings_between(vault, start=new, end=new + timedelta(hours=1))
    assert [e.id for e in moved] == [booked.confirmed]

    def redrawn() -> bool:
        rect = view.booking_rect(booked.confirmed)
        return rect is not None and abs(rect.top() - view.slot_point(new).y()) <= 2

    qtbot.waitUntil(redrawn, timeout=SLOW_MS)
    assert "confirming again" in child(page, QLabel, "calendarStatusLabel").text()


def _drag_answering(
    qtbot: QtBot, page: CalendarPage, booking_id: int, to: datetime, start: datetime, answer: str
) -> str:
    """Drag a confirmed booking and answer the question it asks; return the question."""
    asked: list[str] = []

    def reply(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        click(qtbot, child(box, QAbstractButton, answer))

    run_modal(
        page, "moveConfirmedBox", lambda: drag_booking(qtbot, page.week_view, booking_id, to, start), reply
    )
    return asked[0]


def test_p_confirm_a_stray_drag_of_a_confirmed_booking_asks_and_keeping_it_changes_nothing(
    qtbot: QtBot, page: CalendarPage, vault: OpenVault, booked: Booked
) -> None:
    old, new = datetime(2026, 11, 25, 10), datetime(2026, 11, 25, 16)

    question = _drag_answering(qtbot, page, booked.confirmed, new, old, "keepBookingButton")

    assert "山田 花子" in question and "10:00" in question and "16:00" in question
    stored = _settled(vault, booked.confirmed)
    assert (stored.starts_at, stored.status) == (old, BookingStatus.CONFIRMED)
    rect = page.week_view.booking_rect(booked.confirmed)
    assert rect is not None and abs(rect.top() - page.week_view.slot_point(old).y()) <= 2
    assert not child(page, QLabel, "calendarStatusLabel").isVisible()


def test_p_confirm_ctrl_z_takes_the_last_move_back_through_the_gate(
    qtbot: QtBot, page: CalendarPage, vault: OpenVault, booked: Booked
) -> None:
    old, new = datetime(2026, 11, 25, 10), datetime(2026, 11, 25, 16)
    _drag_answering(qtbot, page, booked.confirmed, new, old, "moveBookingButton")
    qtbot.waitUntil(lambda: _start_of(vault, booked.confirmed) == new, timeout=SLOW_MS)
    status = child(page, QLabel, "calendarStatusLabel")
    qtbot.waitUntil(lambda: "Ctrl+Z" in status.text(), timeout=SLOW_MS)

    page.activateWindow()  # offscreen has no window manager to do it; shortcuts need an active window
    qtbot.waitUntil(page.isActiveWindow)
    page.week_view.setFocus()
    qtbot.keyClick(page.week_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: _start_of(vault, booked.confirmed) == old, timeout=SLOW_MS)
    back = _settled(vault, booked.confirmed)
    assert back.status is BookingStatus.CONFIRMED and all(p.agreed for p in back.checklist)
    qtbot.waitUntil(lambda: status.text() == "The move was taken back.", timeout=SLOW_MS)
    qtbot.keyClick(page.week_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: status.text() == "There is no move to take back.", timeout=SLOW_MS)


def test_the_moved_banner_goes_once_the_booking_is_cancelled(
    qtbot: QtBot, page: CalendarPage, vault: OpenVault, booked: Booked
) -> None:
    old, new = datetime(2026, 11, 25, 10), datetime(2026, 11, 25, 16)
    _drag_answering(qtbot, page, booked.confirmed, new, old, "moveBookingButton")
    status = child(page, QLabel, "calendarStatusLabel")
    qtbot.waitUntil(lambda: "confirming again" in status.text(), timeout=SLOW_MS)
    assert wait_for_background_work()

    bookings.cancel_booking(vault, booking_id=booked.confirmed, cancelled_by=CancelledBy.CLIENT)
    page.reload()  # as the main window does after the booking dialog changed a booking

    qtbot.waitUntil(lambda: not status.isVisible(), timeout=SLOW_MS)


def test_dragging_onto_another_booking_is_refused_with_a_sentence(
    qtbot: QtBot, page: CalendarPage, vault: OpenVault, booked: Booked
) -> None:
    status = child(page, QLabel, "calendarStatusLabel")
    drag_booking(
        qtbot, page.week_view, booked.inquiry, datetime(2026, 11, 25, 10, 30), datetime(2026, 11, 26, 15)
    )
    qtbot.waitUntil(lambda: bool(status.text()), timeout=SLOW_MS)
    assert status.text().endswith(".")
    assert _start_of(vault, booked.inquiry) == datetime(2026, 11, 26, 15)
    assert _start_of(vault, booked.confirmed) == datetime(2026, 11, 25, 10)
    assert _settled(vault, booked.confirmed).status is BookingStatus.CONFIRMED
    qtbot.waitUntil(lambda: len(page.week_view.booking_ids()) == 2, timeout=SLOW_MS)


def test_month_view_counts_bookings_and_a_click_opens_the_day(qtbot: QtBot, page: CalendarPage) -> None:
    combo = child(page, QComboBox, "calendarViewCombo")
    combo.setCurrentIndex(Mode.MONTH)
    month = page.month_view
    qtbot.waitUntil(lambda: month.count_on(WEDNESDAY) == 1, timeout=SLOW_MS)
    assert "1 booking" in month.day_text(WEDNESDAY)
    assert month.count_on(date(2026, 11, 26)) == 1
    assert month.count_on(date(2026, 11, 24)) == 0
    assert "Culture Day" in month.day_text(date(2026, 11, 3))
    assert "November 2026" in child(page, QLabel, "calendarTitleLabel").text()
    qtbot.mouseClick(month, Qt.MouseButton.LeftButton, pos=month.day_rect(date(2026, 11, 26)).center())
    assert page.mode() is Mode.DAY
    assert page.day_view.first_day() == date(2026, 11, 26)
    qtbot.waitUntil(lambda: len(page.day_view.booking_ids()) == 1, timeout=SLOW_MS)


def test_clear_drops_everything_shown(qtbot: QtBot, page: CalendarPage) -> None:
    page.reload()
    page.clear()
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()
    assert page.week_view.booking_ids() == []
    assert child(page, QListWidget, "calendarAgendaList").count() == 0
    assert not page.isEnabled()


def test_the_days_agenda_prints_its_bookings_and_the_day_is_audited(
    qtbot: QtBot,
    page: CalendarPage,
    vault: OpenVault,
    booked: Booked,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Through the print dialog (its choice a PDF file here); the audit trail names the day, not the names."""
    print_to_pdf(monkeypatch, tmp_path / "printed.pdf")
    page.go_to(WEDNESDAY)
    click(qtbot, child(page, QAbstractButton, "printAgendaButton"))
    qtbot.waitUntil(lambda: bool(audit_log.list_events(vault, action_prefix="calendar.")), timeout=SLOW_MS)

    text = printed_text(tmp_path / "printed.pdf")
    assert text.startswith("AgendaforWednesday,November25,2026")
    assert "10:00" in text and "11:00山田花子Confirmed·Pick-up·Inperson" in text  # the dash extracts as ‒
    assert "15:00" not in text  # Thursday's booking is not on Wednesday's agenda
    (event,) = audit_log.list_events(vault, action_prefix="calendar.agenda_printed")
    assert json.loads(event.detail) == {"day": "2026-11-25", "bookings": str(booked.confirmed)}
