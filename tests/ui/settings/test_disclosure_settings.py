"""Disclosure settings on the Settings page: retention years and request due days land in the vault,
never below the law's minimum, and a later save of the practice settings keeps them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from desktop.policy import disclosure as rules
from desktop.services import practice_settings
from desktop.vault.store import OpenVault
from desktop.views.settings.settings_page import SettingsPage
from tests.helpers.records import open_vault_for_views
from tests.ui.drive import SLOW_MS, child, click, type_into


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    yield from open_vault_for_views(tmp_path / "vault")


def test_retention_and_due_days_are_saved_and_survive_a_practice_save(qtbot: QtBot, vault: OpenVault) -> None:
    page = SettingsPage()
    qtbot.addWidget(page)
    page.show()
    page.set_vault(vault)
    years = child(page, QSpinBox, "retentionYearsSpin")
    qtbot.waitUntil(lambda: years.isEnabled() and years.value() == 3, timeout=SLOW_MS)
    assert years.minimum() == rules.STANDARD_RETENTION_YEARS  # the law's minimum, never less
    assert child(page, QSpinBox, "contractRetentionYearsSpin").minimum() == rules.CONTRACT_RETENTION_YEARS
    type_into(qtbot, years, "5")
    type_into(qtbot, child(page, QSpinBox, "requestDueDaysSpin"), "10")
    status = child(page, QLabel, "disclosureSettingsStatusLabel")
    click(qtbot, child(page, QAbstractButton, "saveDisclosureSettingsButton"))
    qtbot.waitUntil(lambda: status.text() == "Saved.", timeout=SLOW_MS)
    stored = practice_settings.load(vault)
    assert (stored.disclosure_retention_years, stored.request_due_days) == (5, 10)

    page_status = child(page, QLabel, "settingsStatusLabel")
    click(qtbot, child(page, QAbstractButton, "saveSettingsButton"))
    qtbot.waitUntil(lambda: page_status.text() == "Saved.", timeout=SLOW_MS)
    assert practice_settings.load(vault).disclosure_retention_years == 5
    page.clear()
