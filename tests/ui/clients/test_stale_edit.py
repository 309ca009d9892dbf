"""A stale edit is refused (issue 15): the form's save carries the version it showed.

Another window or a command changes the client after the form has shown it;
saving the form then says so, and the vault keeps the other change.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.services import clients
from desktop.services.clients import ClientDraft
from desktop.vault.store import OpenVault
from desktop.views.clients.clients_page import Choice, ClientsPage
from desktop.views.common.worker import wait_for_background_work
from tests.helpers.records import open_vault_for_views
from tests.ui.clients.test_client_unsaved import NAMES, READINGS, answer, choose, listed_names
from tests.ui.drive import SLOW_MS, child, click, type_into

STALE = (
    "This client was changed elsewhere; your edit was not saved. Reopen the client to see the current record."
)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    yield from open_vault_for_views(tmp_path / "vault")


@pytest.fixture
def ids(vault: OpenVault) -> dict[str, int]:
    return {
        name: clients.create_client(vault, draft=ClientDraft(name, reading, occupation="会社員")).id
        for name, reading in zip(NAMES, READINGS, strict=True)
    }


@pytest.fixture
def page(qtbot: QtBot, vault: OpenVault, ids: dict[str, int]) -> Iterator[ClientsPage]:
    shown = ClientsPage()
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    shown.set_vault(vault)
    qtbot.waitUntil(lambda: listed_names(shown) == NAMES, timeout=SLOW_MS)
    yield shown
    shown.clear()
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()


def test_a_stale_client_edit_is_refused_and_the_other_change_kept(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(qtbot, page, "山田 花子")
    elsewhere = clients.open_client(vault, client_id=ids["山田 花子"])
    clients.update_client(
        vault,
        client_id=elsewhere.id,
        draft=replace(elsewhere.draft, occupation="教員"),
        version=elsewhere.version,
    )

    type_into(qtbot, child(page, QLineEdit, "clientOccupationEdit"), "医師")
    click(qtbot, child(page, QAbstractButton, "saveClientButton"))
    status = child(page, QLabel, "clientEditorStatusLabel")
    qtbot.waitUntil(lambda: status.text() == STALE, timeout=SLOW_MS)

    stored = clients.open_client(vault, client_id=ids["山田 花子"])
    assert stored.draft.occupation == "教員"
    assert stored.version == elsewhere.version + 1
    typed = child(page, QLineEdit, "clientOccupationEdit").text()
    assert typed == "医師"  # what was typed is not thrown away

    asked = answer(monkeypatch, page, Choice.DISCARD)
    choose(qtbot, page, "中村 翔")
    assert asked.asked == 1
    choose(qtbot, page, "山田 花子")  # reopened: the current record, and a save now goes through
    assert child(page, QLineEdit, "clientOccupationEdit").text() == "教員"
    type_into(qtbot, child(page, QLineEdit, "clientOccupationEdit"), "医師")
    click(qtbot, child(page, QAbstractButton, "saveClientButton"))
    qtbot.waitUntil(lambda: status.text() == "Saved.", timeout=SLOW_MS)
    assert clients.open_client(vault, client_id=ids["山田 花子"]).draft.occupation == "医師"
