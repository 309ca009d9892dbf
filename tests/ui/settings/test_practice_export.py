"""Settings > Take everything with you (P-LAW): the warning, then every table and each record as a PDF."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import AuditEvent
from desktop.services import clients
from desktop.services.records import record_exports
from desktop.vault.store import OpenVault
from desktop.views.common.worker import wait_for_background_work
from desktop.views.settings.leaving_settings import LeavingSettings
from tests.helpers.vaults import make_vault
from tests.ui.drive import SLOW_MS, child, click, type_into


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    opened, _code = make_vault(tmp_path / "vault")
    clients.create_client(
        opened, draft=clients.ClientDraft("山田 花子", "ヤマダ ハナコ", email="hanako@example.jp")
    )
    yield opened
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()
    opened.close()


def test_p_law_export_everything_warns_then_writes_tables_and_record_pdfs_and_is_audited(
    qtbot: QtBot, vault: OpenVault, tmp_path: Path
) -> None:
    group = LeavingSettings()
    qtbot.addWidget(group)
    group.show()
    group.set_vault(vault)
    assert "not encrypted" in child(group, QLabel, "practiceExportWarningLabel").text()

    type_into(qtbot, child(group, QLineEdit, "practiceExportFolderEdit"), str(tmp_path / "leaving"))
    click(qtbot, child(group, QPushButton, "practiceExportButton"))
    status = child(group, QLabel, "practiceExportStatusLabel")
    qtbot.waitUntil(lambda: status.text().startswith("Exported"), timeout=SLOW_MS * 2)

    (folder,) = (tmp_path / "leaving").iterdir()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["tables"]["clients"] == 1 and manifest["record_pdfs"] == 1
    pdf = (folder / "records" / "client-1.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and "山田花子" in record_exports.pdf_text(pdf)
    with vault.reading() as session:
        assert session.scalars(select(AuditEvent).where(AuditEvent.action == "practice.exported")).one()
    group.clear()
