"""A booking on an empty session menu says where sessions come from (P-CONFIRM, issue 14).

A vault without any session cannot confirm a booking; the dialog says so and
its button opens Settings, where the menu is edited.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel
from pytestqt.qtbot import QtBot

from desktop.views.calendar.booking_dialog import BookingDialog
from desktop.views.common.local_time import practice_today
from desktop.views.controller import DesktopController
from tests.ui.booking_drive import slot_at
from tests.ui.conftest import MadeVault
from tests.ui.drive import SLOW_MS, child, click, current_section, open_section, unlock


def test_p_confirm_an_empty_menu_points_to_settings_and_the_button_opens_it(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController
) -> None:
    controller.start()
    unlock(qtbot, controller, made_vault.passphrase)
    open_section(qtbot, controller, "calendar")
    day = practice_today() + timedelta(days=1)
    page = controller.window.calendar_page
    page.go_to(day)
    view = page.week_view
    qtbot.waitUntil(lambda: view.first_day() <= day < view.first_day() + timedelta(days=7), timeout=SLOW_MS)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=slot_at(view, datetime.combine(day, time(10)), 20))
    qtbot.waitUntil(lambda: controller.window.findChild(BookingDialog) is not None, timeout=SLOW_MS)
    dialog = controller.window.findChild(BookingDialog)
    assert isinstance(dialog, BookingDialog)
    hint = child(dialog, QLabel, "bookingEmptyMenuLabel")
    qtbot.waitUntil(hint.isVisible, timeout=SLOW_MS)
    assert "Settings" in hint.text()
    assert child(dialog, QComboBox, "bookingMenuCombo").count() == 1

    click(qtbot, child(dialog, QAbstractButton, "bookingOpenSettingsButton"))

    qtbot.waitUntil(lambda: current_section(controller) == "settings", timeout=SLOW_MS)
    assert not dialog.isVisible()
