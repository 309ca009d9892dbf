"""P-SAFEGUARD: the audit trail reads as sentences in the counsellor's language, never as code.

Each event has its translated name; its details read ``Fee waived: yes`` and
``Kind: Typhoon`` (キャンセル料の免除: はい, 種類: 台風), not ``waived: True``;
the client column names the client of a booking's or a message's event, and
the client filter finds them. The events are written to a real vault the way
the services write them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from desktop.vault import audit
from desktop.vault.store import OpenVault
from desktop.views.audit.audit_model import AuditModel
from desktop.views.audit.audit_page import AuditPage
from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language
from tests.helpers.records import open_vault_for_views
from tests.ui.drive import SLOW_MS, child, type_into

CLIENT = 12


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    for opened in open_vault_for_views(tmp_path / "vault"):
        with opened.unit_of_work() as session:
            audit.append(
                session, "booking.cancelled", entity="booking", entity_id=5,
                detail={"client": CLIENT, "cancellation": 3, "by": "client", "waived": True},
            )  # fmt: skip
            audit.append(
                session, "emergency.declared", entity="emergency", entity_id=1,
                detail={"kind": "typhoon", "action": "cancel", "cancelled": 2, "postponed": 0, "contacts": 2},
            )  # fmt: skip
            audit.append(
                session, "message.held", entity="message", entity_id=9,
                detail={"client": 40, "reason": "insufficient_intent"},
            )  # fmt: skip
        yield opened


def _page(qtbot: QtBot, vault: OpenVault) -> AuditPage:
    page = AuditPage()
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.set_vault(vault)
    label = child(page, QLabel, "auditChainLabel")
    qtbot.waitUntil(lambda: "✔" in label.text(), timeout=SLOW_MS)
    return page


def _rows(page: AuditPage) -> dict[str, tuple[str, str, str]]:
    """Each event's code → (its name, its client, its details) as the table shows them."""
    model = child(page, QTableView, "auditTable").model()

    def cell(row: int, column: int) -> str:
        return str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole))

    return {
        str(model.index(row, 0).data(Qt.ItemDataRole.UserRole)): (
            cell(row, AuditModel.EVENT),
            cell(row, AuditModel.CLIENT),
            cell(row, AuditModel.DETAIL),
        )
        for row in range(model.rowCount())
    }


def test_p_safeguard_events_and_details_read_as_japanese_sentences(qtbot: QtBot, vault: OpenVault) -> None:
    apply_language(Language.JAPANESE)
    rows = _rows(_page(qtbot, vault))
    name, client, details = rows["booking.cancelled"]
    assert (name, client) == ("ご予約をキャンセル", str(CLIENT))
    assert "キャンセルした方：ご利用者、" in details and "キャンセル料の免除：はい" in details
    name, client, details = rows["emergency.declared"]
    assert name == "緊急事態への対応を記録" and client == ""
    assert "種類：台風" in details and "typhoon" not in details
    assert rows["message.held"][1] == "40"
    assert rows["message.held"][2] == "理由：予約のご意思が不十分"
    assert rows["vault.created"][0] == "保管庫を作成"
    every_text = " ".join(" ".join(row) for row in rows.values())
    for code in ("booking.", "waived", "True", "kind:", "client:", "insufficient_intent"):
        assert code not in every_text


def test_p_safeguard_events_and_details_read_as_english_sentences(qtbot: QtBot, vault: OpenVault) -> None:
    rows = _rows(_page(qtbot, vault))
    assert rows["booking.cancelled"] == (
        "Booking cancelled",
        str(CLIENT),
        "Cancelled by: The client · Cancellation record: 3 · Fee waived: yes",
    )
    assert rows["emergency.declared"][2].startswith(
        "Action: Cancel · Cancelled: 2 · Contacts: 2 · Kind: Typhoon"
    )
    assert rows["message.held"][2] == "Reason: Wish to book unclear"


def test_p_safeguard_the_client_filter_finds_the_events_that_name_the_client(
    qtbot: QtBot, vault: OpenVault
) -> None:
    page = _page(qtbot, vault)
    type_into(qtbot, child(page, QLineEdit, "auditClientFilter"), str(CLIENT))
    qtbot.waitUntil(lambda: list(_rows(page)) == ["booking.cancelled"], timeout=SLOW_MS)
