"""P-CONFIRM point 4 of an online session speaks of the call, never of coming to the office."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop.vault.store import OpenVault
from desktop.views.calendar.booking_dialog import BookingDialog
from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language
from tests.helpers.followup import add_client, confirmed_booking, menu_item
from tests.helpers.records import open_vault_for_views
from tests.ui.drive import SLOW_MS, child


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    yield from open_vault_for_views(tmp_path / "vault")


def _open(qtbot: QtBot, vault: OpenVault, session_format: str, hour: int) -> BookingDialog:
    client = add_client(vault, "山田 花子", "hanako@example.jp")
    start = datetime.combine(vault.time.today(), datetime.min.time()).replace(hour=hour)
    booking = confirmed_booking(vault, client, menu_item(vault, session_format), start)
    dialog = BookingDialog(vault, booking_id=booking)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize(
    ("language", "online_label", "in_person_label", "office"),
    [
        (Language.ENGLISH, "4. How the call is made:", "4. How the client comes:", "come"),
        (Language.JAPANESE, "4. 通話の方法:", "4. ご来訪の手段:", "来"),
    ],
)
def test_P_CONFIRM_an_online_sessions_point_four_is_how_the_call_is_made(
    qtbot: QtBot, vault: OpenVault, language: Language, online_label: str, in_person_label: str, office: str
) -> None:
    apply_language(language)
    dialog = _open(qtbot, vault, "online_video", 10)
    label = child(dialog, QLabel, "arrivalPointLabel")
    text = child(dialog, QPlainTextEdit, "confirmationTextEdit")
    qtbot.waitUntil(lambda: label.text() == online_label and bool(text.toPlainText()), timeout=SLOW_MS)
    point_four = next(line for line in text.toPlainText().splitlines() if line.startswith("4."))
    assert office not in point_four

    in_person = _open(qtbot, vault, "in_person", 14)
    label = child(in_person, QLabel, "arrivalPointLabel")
    qtbot.waitUntil(lambda: label.text() == in_person_label, timeout=SLOW_MS)
