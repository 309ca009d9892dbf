"""Driving the booking dialog as the counsellor does: typing, choosing with the keys, ticking, clicking.

Shared by the dialog's own tests and the journey through the main window.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.policy import bookings as rules
from desktop.vault.store import OpenVault
from desktop.views.calendar.booking_dialog import BookingDialog
from desktop.views.calendar.week_view import WeekView
from desktop.views.common.worker import wait_for_background_work
from tests.ui.drive import SLOW_MS, child, click, tick, type_text


def idle() -> None:
    """Let the dialog's own work (the confirmation text, a reload) finish before the test reads the vault."""
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()


def open_dialog(qtbot: QtBot, vault: OpenVault, **kwargs: object) -> BookingDialog:
    """A booking dialog of its own, shown once its session menu has loaded."""
    dialog = BookingDialog(vault, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: child(dialog, QComboBox, "bookingMenuCombo").count() > 1, timeout=SLOW_MS)
    return dialog


def choose(qtbot: QtBot, combo: QComboBox, data: object) -> None:
    """Pick the item whose data is ``data`` with the keyboard (Home, then Down)."""
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data, f"{data!r} not in {combo.objectName()}"


def pick_client(qtbot: QtBot, dialog: BookingDialog, name: str, client_id: int) -> None:
    """Type the client's name and wait until the dialog has found them."""
    type_text(qtbot, child(dialog, QLineEdit, "bookingClientEdit"), name)
    qtbot.waitUntil(lambda: dialog.client_id == client_id, timeout=SLOW_MS)


def state(dialog: BookingDialog) -> str:
    """The booking's status as the dialog shows it."""
    return child(dialog, QLabel, "bookingStateLabel").text()


def press(qtbot: QtBot, dialog: BookingDialog, name: str) -> None:
    """Click a button that changes the booking and wait for the service's answer."""
    with qtbot.waitSignal(dialog.changed, timeout=SLOW_MS):
        click(qtbot, child(dialog, QAbstractButton, name))


def refused(qtbot: QtBot, dialog: BookingDialog, name: str) -> str:
    """Click a button the service refuses; return the sentence shown."""
    label = child(dialog, QLabel, "bookingStatusLabel")
    click(qtbot, child(dialog, QAbstractButton, name))
    qtbot.waitUntil(lambda: bool(label.text()), timeout=SLOW_MS)
    return label.text()


def create(
    qtbot: QtBot, dialog: BookingDialog, name: str, client_id: int, channel: rules.Channel, menu_id: int
) -> None:
    """Choose the client, channel and session, and record the request: an inquiry."""
    pick_client(qtbot, dialog, name, client_id)
    choose(qtbot, child(dialog, QComboBox, "bookingChannelCombo"), channel.value)
    choose(qtbot, child(dialog, QComboBox, "bookingMenuCombo"), menu_id)
    press(qtbot, dialog, "createBookingButton")
    assert state(dialog) == "Inquiry"


def agree_all(qtbot: QtBot, dialog: BookingDialog) -> None:
    """Tick the four points one by one, each stored before the next."""
    for name in ("agreeDateCheck", "agreeStartCheck", "agreeMenuCheck", "agreeArrivalCheck"):
        with qtbot.waitSignal(dialog.changed, timeout=SLOW_MS):
            tick(qtbot, child(dialog, QAbstractButton, name))
        assert child(dialog, QAbstractButton, name).isChecked()


def slot_at(view: WeekView, moment: datetime, down: int = 5) -> QPoint:
    """A point inside the slot that starts at ``moment``, a little right of and below its corner."""
    return view.slot_point(moment) + QPoint(20, down)


def drag_booking(qtbot: QtBot, view: WeekView, booking_id: int, to: datetime, start: datetime) -> None:
    """Press on the booking drawn for ``booking_id`` (starting at ``start``), drag it to ``to``, release."""
    rect = view.booking_rect(booking_id)
    assert rect is not None
    grab = rect.topLeft() + QPoint(12, 8)
    drop = grab + (view.slot_point(to) - view.slot_point(start))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(view, pos=grab + QPoint(0, 20))
    qtbot.mouseMove(view, pos=drop)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=drop)
