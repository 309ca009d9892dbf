"""P-ROUNDTRIPS on screen: the count belongs to email bookings, and its sentence is said once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

from desktop.services import bookings
from desktop.vault.store import OpenVault
from tests.helpers.bookings import email_booking_in_negotiation
from tests.helpers.followup import add_client, confirmed_booking, menu_item
from tests.helpers.records import open_vault_for_views
from tests.ui.booking_drive import open_dialog
from tests.ui.drive import SLOW_MS, child, click, tick

PROPOSAL = "propose settling the booking by phone"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    yield from open_vault_for_views(tmp_path / "vault")


def _start(vault: OpenVault, hour: int) -> datetime:
    return datetime.combine(vault.time.today(), datetime.min.time()).replace(hour=hour)


def test_P_ROUNDTRIPS_a_phone_booking_shows_no_round_trip_count(qtbot: QtBot, vault: OpenVault) -> None:
    client = add_client(vault, "山田 花子")
    booking = confirmed_booking(vault, client, menu_item(vault, "in_person"), _start(vault, 10))
    dialog = open_dialog(qtbot, vault, booking_id=booking)
    qtbot.waitUntil(lambda: dialog.booking_id == booking, timeout=SLOW_MS)
    assert not child(dialog, QLabel, "roundTripLabel").isVisible()
    assert not child(dialog, QLabel, "roundTripSourcesLabel").isVisible()


def test_P_ROUNDTRIPS_the_phone_proposal_is_said_once(qtbot: QtBot, vault: OpenVault) -> None:
    client = add_client(vault, "山田 花子", "hanako@example.jp")
    booking = email_booking_in_negotiation(vault, client, menu_item(vault, "in_person"), _start(vault, 10))
    for _exchange in range(6):
        bookings.record_round_trip(vault, booking_id=booking)
    dialog = open_dialog(qtbot, vault, booking_id=booking)
    counter = child(dialog, QLabel, "roundTripLabel")
    qtbot.waitUntil(lambda: counter.text() == "6/5", timeout=SLOW_MS)
    assert counter.isVisible()

    click(qtbot, child(dialog, QAbstractButton, "addRoundTripButton"))
    qtbot.waitUntil(
        lambda: PROPOSAL in child(dialog, QLabel, "roundTripWarningLabel").text(), timeout=SLOW_MS
    )
    tick(
        qtbot, child(dialog, QAbstractButton, "agreeDateCheck")
    )  # refused past the limit, as the proposal says
    qtbot.waitUntil(lambda: not child(dialog, QAbstractButton, "agreeDateCheck").isChecked(), timeout=SLOW_MS)
    saying = [
        label.objectName()
        for label in dialog.findChildren(QLabel)
        if PROPOSAL in label.text() and label.isVisible()
    ]
    assert saying == ["roundTripWarningLabel"]
