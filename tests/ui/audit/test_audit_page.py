"""P-SAFEGUARD: the audit trail page lists events, filters them and shows the chain's state.

The page is built standalone on a real vault. Tampering is simulated the way
an attacker with the key would do it: a middle row deleted with SQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from desktop.services import clients
from desktop.vault.store import OpenVault
from desktop.views.audit.audit_page import AuditPage
from tests.helpers.records import SampleClient, add_sample_client, open_vault_for_views
from tests.ui.drive import SLOW_MS, child, click, type_into


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    yield from open_vault_for_views(tmp_path / "vault")


@pytest.fixture
def client(vault: OpenVault) -> SampleClient:
    sample = add_sample_client(vault)
    clients.open_client(vault, client_id=sample.id)
    return sample


@pytest.fixture
def page(qtbot: QtBot, vault: OpenVault, client: SampleClient) -> AuditPage:
    shown = AuditPage()
    qtbot.addWidget(shown)
    shown.resize(900, 600)
    shown.show()
    shown.set_vault(vault)
    _wait_for_chain(qtbot, shown)
    return shown


def _wait_for_chain(qtbot: QtBot, page: AuditPage) -> str:
    label = child(page, QLabel, "auditChainLabel")
    qtbot.waitUntil(lambda: "audit trail is" in label.text(), timeout=SLOW_MS)
    return label.text()


def _column(page: AuditPage, column: int) -> list[str]:
    model = child(page, QTableView, "auditTable").model()
    return [
        str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole)) for row in range(model.rowCount())
    ]


def _actions(page: AuditPage) -> list[str]:
    model = child(page, QTableView, "auditTable").model()
    return [str(model.index(row, 0).data(Qt.ItemDataRole.UserRole)) for row in range(model.rowCount())]


def _settled(qtbot: QtBot, page: AuditPage, expected: list[str]) -> None:
    qtbot.waitUntil(lambda: _actions(page) == expected, timeout=SLOW_MS)


def test_p_safeguard_events_are_listed_newest_first_as_sentences(page: AuditPage) -> None:
    assert _actions(page) == [
        "client.viewed",
        "note.created",
        "note.revised",
        "note.created",
        "client.created",
        "vault.created",
    ]
    events = _column(page, 1)
    assert events[0] == "Client record opened"
    assert events[-1] == "Vault created"
    assert "Consultation note revised" in events
    assert _column(page, 2)[0] == "1"
    assert _column(page, 2)[-1] == ""
    chain = child(page, QLabel, "auditChainLabel").text()
    assert "intact" in chain
    assert "6 event" in chain


def test_p_safeguard_filters_narrow_the_list(qtbot: QtBot, page: AuditPage, vault: OpenVault) -> None:
    combo = child(page, QComboBox, "auditActionFilter")
    combo.setCurrentIndex(combo.findData("note."))
    _settled(qtbot, page, ["note.created", "note.revised", "note.created"])
    combo.setCurrentIndex(combo.findData("client.viewed"))
    _settled(qtbot, page, ["client.viewed"])
    combo.setCurrentIndex(combo.findData(""))
    other = add_sample_client(vault, name="佐藤 一郎")
    page.refresh()
    qtbot.waitUntil(lambda: len(_actions(page)) == 10, timeout=SLOW_MS)

    client_filter = child(page, QLineEdit, "auditClientFilter")
    type_into(qtbot, client_filter, str(other.id))
    _settled(qtbot, page, ["note.created", "note.revised", "note.created", "client.created"])
    client_filter.clear()
    qtbot.waitUntil(lambda: len(_actions(page)) == 10, timeout=SLOW_MS)

    from_date = child(page, QDateEdit, "auditFromDate")
    to_date = child(page, QDateEdit, "auditToDate")
    from_date.setDate(QDate.currentDate().addDays(1))
    _settled(qtbot, page, [])
    from_date.setDate(QDate.currentDate())
    to_date.setDate(QDate.currentDate())
    qtbot.waitUntil(lambda: len(_actions(page)) == 10, timeout=SLOW_MS)
    from_date.setDate(from_date.minimumDate())  # "Any"
    to_date.setDate(QDate.currentDate().addDays(-1))
    _settled(qtbot, page, [])


def test_p_safeguard_verify_shows_a_removed_row(qtbot: QtBot, page: AuditPage, vault: OpenVault) -> None:
    assert "intact" in _wait_for_chain(qtbot, page)
    with vault.unit_of_work() as session:
        session.execute(text("DELETE FROM audit_events WHERE id = 3"))
    label = child(page, QLabel, "auditChainLabel")
    click(qtbot, child(page, QAbstractButton, "auditVerifyButton"))
    qtbot.waitUntil(lambda: "broken" in label.text(), timeout=SLOW_MS)
    assert "event 3" in label.text()


def test_the_page_forgets_everything_when_cleared(page: AuditPage) -> None:
    page.clear()
    assert _actions(page) == []
    assert child(page, QLabel, "auditChainLabel").text() == ""
    assert not page.isEnabled()
