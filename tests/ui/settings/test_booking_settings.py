"""Booking settings: menu items, fee tiers and the buffer edited through the widget land in the vault.

The group box is built on its own over a real encrypted vault; names are typed
in Japanese, numbers typed into spin boxes, rows picked in the tables, and
every result is read back through the services.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QSpinBox, QTableWidget
from pytestqt.qtbot import QtBot

from desktop.policy import bookings as rules
from desktop.policy import cancellation as fees
from desktop.services import bookings
from desktop.services.bookings import cancellation_fees, session_menu
from desktop.vault.store import OpenVault
from desktop.views.common.worker import wait_for_background_work
from desktop.views.settings.booking_settings import BookingSettings
from tests.helpers.vaults import make_vault
from tests.ui.drive import SLOW_MS, child, click, type_into


def idle() -> None:
    """Let the dialog's own work (the confirmation text, a reload) finish before the test reads the vault."""
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    opened, _code = make_vault(tmp_path / "vault")
    yield opened
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()
    opened.close()


@pytest.fixture
def group(qtbot: QtBot, vault: OpenVault) -> Iterator[BookingSettings]:
    shown = BookingSettings()
    qtbot.addWidget(shown)
    shown.resize(700, 800)
    shown.show()
    shown.set_vault(vault)
    qtbot.waitUntil(shown.isEnabled, timeout=SLOW_MS)
    yield shown
    shown.clear()
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()


def saved(qtbot: QtBot, group: BookingSettings, button: str, text: str) -> None:
    status = child(group, QLabel, "bookingSettingsStatusLabel")
    click(qtbot, child(group, QAbstractButton, button))
    qtbot.waitUntil(lambda: text in status.text(), timeout=SLOW_MS)


def test_menu_items_are_added_edited_and_deactivated(
    qtbot: QtBot, group: BookingSettings, vault: OpenVault
) -> None:
    table = child(group, QTableWidget, "menuTable")
    assert table.rowCount() == 0
    type_into(qtbot, child(group, QLineEdit, "menuNameEdit"), "オンライン相談")
    fmt = child(group, QComboBox, "menuFormatCombo")
    qtbot.keyClick(fmt, Qt.Key.Key_End)
    assert fmt.currentData() == rules.SessionFormat.ONLINE_VIDEO.value
    type_into(qtbot, child(group, QSpinBox, "menuDurationSpin"), "50")
    type_into(qtbot, child(group, QSpinBox, "menuPriceSpin"), "6000")
    saved(qtbot, group, "addMenuItemButton", "saved")
    assert table.rowCount() == 1 and table.item(0, 0).text() == "オンライン相談"
    idle()
    [item] = session_menu.list_items(vault)
    assert (item.name, item.format, item.duration_minutes, item.price_yen, item.active) == (
        "オンライン相談",
        rules.SessionFormat.ONLINE_VIDEO,
        50,
        6000,
        True,
    )

    table.selectRow(0)
    type_into(qtbot, child(group, QSpinBox, "menuPriceSpin"), "7000")
    child(group, QLabel, "bookingSettingsStatusLabel").clear()
    saved(qtbot, group, "saveMenuItemButton", "saved")
    idle()
    assert session_menu.list_items(vault)[0].price_yen == 7000

    table.selectRow(0)
    child(group, QLabel, "bookingSettingsStatusLabel").clear()
    saved(qtbot, group, "deactivateMenuItemButton", "saved")
    idle()
    assert session_menu.list_items(vault) == []
    assert table.item(0, 4).text() == "No"


def test_a_group_format_cannot_exist_and_a_bad_name_is_refused(
    qtbot: QtBot, group: BookingSettings, vault: OpenVault
) -> None:
    status = child(group, QLabel, "bookingSettingsStatusLabel")
    click(qtbot, child(group, QAbstractButton, "addMenuItemButton"))  # no name typed
    qtbot.waitUntil(lambda: "name" in status.text(), timeout=SLOW_MS)
    idle()
    assert session_menu.list_items(vault) == []
    assert child(group, QComboBox, "menuFormatCombo").count() == 3


def test_fee_tiers_and_buffer_are_saved(qtbot: QtBot, group: BookingSettings, vault: OpenVault) -> None:
    table = child(group, QTableWidget, "feeTable")
    assert group.fee_tiers() == [(72, 0), (24, 50), (0, 100)]
    percent = table.cellWidget(1, 1)
    assert isinstance(percent, QSpinBox)
    type_into(qtbot, percent, "30")
    click(qtbot, child(group, QAbstractButton, "addFeeRowButton"))
    hours, added = table.cellWidget(3, 0), table.cellWidget(3, 1)
    assert isinstance(hours, QSpinBox) and isinstance(added, QSpinBox)
    type_into(qtbot, hours, "168")
    type_into(qtbot, added, "10")
    saved(qtbot, group, "saveFeesButton", "saved")
    idle()
    assert cancellation_fees.load(vault).tiers == (
        fees.FeeTier(168, 10),
        fees.FeeTier(72, 0),
        fees.FeeTier(24, 30),
        fees.FeeTier(0, 100),
    )
    table.setCurrentCell(0, 0)
    click(qtbot, child(group, QAbstractButton, "removeFeeRowButton"))
    assert table.rowCount() == 3

    type_into(qtbot, child(group, QSpinBox, "bufferSpin"), "30")
    saved(qtbot, group, "saveBufferButton", "30 minutes")
    idle()
    assert bookings.buffer_minutes(vault) == 30


def test_a_schedule_without_a_zero_hour_tier_is_refused(
    qtbot: QtBot, group: BookingSettings, vault: OpenVault
) -> None:
    table = child(group, QTableWidget, "feeTable")
    table.setCurrentCell(2, 0)
    click(qtbot, child(group, QAbstractButton, "removeFeeRowButton"))
    status = child(group, QLabel, "bookingSettingsStatusLabel")
    click(qtbot, child(group, QAbstractButton, "saveFeesButton"))
    qtbot.waitUntil(lambda: "0 hours" in status.text(), timeout=SLOW_MS)
    idle()
    assert cancellation_fees.load(vault) == fees.FeeSchedule()
