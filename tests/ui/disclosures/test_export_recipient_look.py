"""The export dialog speaks to whom the export is for, and its rows keep their height.

Choosing "someone else" shows the disclosure record and the seal at full height
at once (not squashed until the dialog is resized), and the title, heading and
caution speak of the recipient, not of the client's own copy (P-DISCLOSE).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.vault.store import OpenVault
from desktop.views.disclosures.subject_access_dialog import SubjectAccessDialog
from tests.helpers.records import SampleClient, add_sample_client, open_vault_for_views
from tests.ui.drive import child, tick

PRACTICE = "メンタル心理そらくも"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    yield from open_vault_for_views(tmp_path / "vault")


@pytest.fixture
def client(vault: OpenVault) -> SampleClient:
    return add_sample_client(vault)


def _full_height(widget: QComboBox | QLineEdit) -> bool:
    return widget.height() >= widget.sizeHint().height()


def test_P_DISCLOSE_third_party_rows_show_at_full_height_and_the_texts_follow(
    qtbot: QtBot, vault: OpenVault, client: SampleClient
) -> None:
    dialog = SubjectAccessDialog(vault, client.id, PRACTICE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    caution = child(dialog, QLabel, "exportCautionLabel")
    assert "hand it to the client" in caution.text()

    tick(qtbot, child(dialog, QAbstractButton, "exportForThirdPartyRadio"))

    combo = child(dialog, QComboBox, "exportDisclosureCombo")
    password = child(dialog, QLineEdit, "exportPasswordEdit")
    qtbot.waitUntil(lambda: combo.count() > 0 and combo.isVisible())
    qtbot.waitUntil(lambda: _full_height(combo) and _full_height(password))
    assert dialog.windowTitle() == "Export for a third party"
    assert "client" not in caution.text()
    assert "recipient" in caution.text()

    tick(qtbot, child(dialog, QAbstractButton, "exportForClientRadio"))
    assert dialog.windowTitle() == "Export for the client"
    assert "hand it to the client" in caution.text()
