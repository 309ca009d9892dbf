"""P-LAW: erasing a client on their request, through the confirmation dialog.

The dialog names what goes, keeps Erase disabled until the client's name is
typed, and the erasure removes the client, their notes and every revision,
and their search-index row, and appends ``client.erased`` to the audit trail.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from desktop.services import audit_log, client_search
from desktop.vault.store import OpenVault
from desktop.views.clients.erase_client_dialog import EraseClientDialog
from tests.helpers.records import NAME, SampleClient, add_sample_client, open_vault_for_views
from tests.ui.drive import SLOW_MS, child, click, type_into, type_text

OTHER = "佐藤 一郎"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    yield from open_vault_for_views(tmp_path / "vault")


@pytest.fixture
def client(vault: OpenVault) -> SampleClient:
    return add_sample_client(vault)


def _dialog(qtbot: QtBot, vault: OpenVault, client_id: int) -> EraseClientDialog:
    dialog = EraseClientDialog(vault, client_id)
    qtbot.addWidget(dialog)
    dialog.open()
    edit = child(dialog, QLineEdit, "eraseConfirmEdit")
    qtbot.waitUntil(edit.isEnabled, timeout=SLOW_MS)  # the summary has arrived
    return dialog


def _count(vault: OpenVault, sql: str, **params: int) -> int:
    with vault.unit_of_work() as session:
        return int(session.execute(text(sql), params).scalar_one())


def test_p_law_the_confirmation_names_what_goes_and_what_is_kept(
    qtbot: QtBot, vault: OpenVault, client: SampleClient
) -> None:
    dialog = _dialog(qtbot, vault, client.id)
    what = child(dialog, QLabel, "eraseWhatLabel").text()
    assert NAME in what
    assert "2 consultation note" in what
    assert "3 version" in what
    assert "0 booking" in what and "0 message" in what and "contact log" in what
    kept = child(dialog, QLabel, "eraseKeptLabel").text()
    assert "cannot be undone" in kept
    assert "disclosures" in kept


def test_p_law_erase_stays_disabled_until_the_name_is_typed(
    qtbot: QtBot, vault: OpenVault, client: SampleClient
) -> None:
    dialog = _dialog(qtbot, vault, client.id)
    erase = child(dialog, QAbstractButton, "eraseButton")
    edit = child(dialog, QLineEdit, "eraseConfirmEdit")
    assert not erase.isEnabled()
    type_text(qtbot, edit, "山田")
    assert not erase.isEnabled()
    type_into(qtbot, edit, OTHER)
    assert not erase.isEnabled()
    type_into(qtbot, edit, "山田　花子")  # a full-width space counts as a space
    assert erase.isEnabled()
    type_into(qtbot, edit, "山田花子")  # and so does none
    assert erase.isEnabled()


def test_p_law_erasure_removes_the_client_notes_and_index_row(
    qtbot: QtBot, vault: OpenVault, client: SampleClient
) -> None:
    other = add_sample_client(vault, name=OTHER)
    assert client.id in client_search.search_ids(vault, query=NAME)
    dialog = _dialog(qtbot, vault, client.id)
    type_into(qtbot, child(dialog, QLineEdit, "eraseConfirmEdit"), NAME)
    with qtbot.waitSignal(dialog.erased, timeout=SLOW_MS) as erased:
        click(qtbot, child(dialog, QAbstractButton, "eraseButton"))
    assert erased.args == [client.id]
    assert not dialog.isVisible()

    assert _count(vault, "SELECT count(*) FROM clients WHERE id = :id", id=client.id) == 0
    assert _count(vault, "SELECT count(*) FROM consultation_notes WHERE client_id = :id", id=client.id) == 0
    revisions = "SELECT count(*) FROM note_revisions WHERE note_id IN (:first, :second)"
    assert _count(vault, revisions, first=client.first_note_id, second=client.second_note_id) == 0
    assert _count(vault, "SELECT count(*) FROM client_search WHERE rowid = :id", id=client.id) == 0
    assert _count(vault, "SELECT count(*) FROM clients WHERE id = :id", id=other.id) == 1
    assert client_search.search_ids(vault, query=NAME) == []
    assert client_search.search_ids(vault, query="山田") == []
    assert client_search.search_ids(vault, query=OTHER) == [other.id]  # the other client is untouched

    erasures = audit_log.list_events(vault, action_prefix="client.erased")
    assert [event.entity_id for event in erasures] == [client.id]
    assert '"notes": 2' in erasures[0].detail
    assert audit_log.verify(vault).intact


def test_a_client_already_gone_is_said_plainly(qtbot: QtBot, vault: OpenVault) -> None:
    dialog = EraseClientDialog(vault, 999)
    qtbot.addWidget(dialog)
    dialog.open()
    status = child(dialog, QLabel, "eraseStatusLabel")
    qtbot.waitUntil(lambda: bool(status.text()), timeout=SLOW_MS)
    assert "no longer exists" in status.text()
    assert not child(dialog, QAbstractButton, "eraseButton").isEnabled()
