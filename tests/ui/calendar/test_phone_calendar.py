"""The phone-calendar export from the Calendar section (P-DATA, P-DISCLOSE), through the real dialog."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import Disclosure
from desktop.services import clients
from desktop.services.bookings import session_menu
from desktop.services.bookings.session_menu import MenuItemDraft
from desktop.vault.store import OpenVault
from desktop.views.calendar.calendar_page import CalendarPage
from desktop.views.calendar.phone_calendar_dialog import PhoneCalendarDialog
from desktop.views.common.worker import wait_for_background_work
from tests.helpers.bookings import confirmed_phone_booking
from tests.helpers.clock import FakeClock
from tests.helpers.vaults import make_vault
from tests.ui.drive import SLOW_MS, child, click, tick, type_into

NAME = "山田 花子"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    opened, _code = make_vault(tmp_path / "vault")
    opened.time.clock = FakeClock(datetime(2026, 12, 1, 9, 0))
    menu = session_menu.add_item(opened, draft=MenuItemDraft("個人カウンセリング", "in_person", 60, 8000)).id
    client = clients.create_client(opened, draft=clients.ClientDraft(NAME, "ヤマダ ハナコ")).id
    confirmed_phone_booking(opened, client, menu, datetime(2026, 12, 7, 10, 0))
    yield opened
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()
    opened.close()


@pytest.fixture
def dialog(qtbot: QtBot, vault: OpenVault) -> Iterator[PhoneCalendarDialog]:
    page = CalendarPage()
    qtbot.addWidget(page)
    page.show()
    page.set_vault(vault)
    click(qtbot, child(page, QPushButton, "calendarPhoneExportButton"))
    shown = page.findChild(PhoneCalendarDialog, "phoneCalendarDialog")
    assert shown is not None and shown.isVisible()
    yield shown
    page.clear()
    assert wait_for_background_work()


def test_p_data_ics_export_without_names_has_no_name_on_disk(
    qtbot: QtBot, dialog: PhoneCalendarDialog, vault: OpenVault, tmp_path: Path
) -> None:
    path = tmp_path / "sessions.ics"
    assert not child(dialog, QCheckBox, "icsNamesCheck").isChecked()  # names are left out by default
    assert "cloud service" in dialog.why_label.text()
    type_into(qtbot, child(dialog, QLineEdit, "icsFileEdit"), str(path))

    with qtbot.waitSignal(dialog.exported, timeout=SLOW_MS) as exported:
        click(qtbot, child(dialog, QPushButton, "icsExportButton"))

    assert exported.args == [1]
    data = path.read_bytes()
    assert b"SUMMARY:" in data and "個人カウンセリング".encode() in data
    assert NAME.encode() not in data and "山田".encode() not in data and "ハナコ".encode() not in data
    with vault.reading() as session:
        assert session.scalars(select(Disclosure)).all() == []


def test_p_disclose_ics_export_with_names_records_a_provision_first(
    qtbot: QtBot, dialog: PhoneCalendarDialog, vault: OpenVault, tmp_path: Path
) -> None:
    path = tmp_path / "sessions.ics"
    type_into(qtbot, child(dialog, QLineEdit, "icsFileEdit"), str(path))
    tick(qtbot, child(dialog, QCheckBox, "icsNamesCheck"))
    export = child(dialog, QPushButton, "icsExportButton")
    assert not export.isEnabled()  # who receives the names must be said first
    type_into(qtbot, child(dialog, QLineEdit, "icsRecipientEdit"), "Cloud Calendar")
    type_into(qtbot, child(dialog, QLineEdit, "icsContactEdit"), "support@calendar.example")
    basis = child(dialog, QComboBox, "icsBasisCombo")
    basis.setCurrentIndex(basis.findData("rights"))
    type_into(qtbot, child(dialog, QLineEdit, "icsJustificationEdit"), "to keep the bookings in view")

    with qtbot.waitSignal(dialog.exported, timeout=SLOW_MS):
        click(qtbot, export)

    assert NAME.encode() in path.read_bytes()
    with vault.reading() as session:
        (row,) = session.scalars(select(Disclosure)).all()
    assert (row.subject_name, row.recipient_name, row.items, row.export_format) == (
        NAME,
        "Cloud Calendar",
        "name",
        "ics",
    )
