"""Importing a client list from the Clients section (P-DATA), through the real dialog.

The file is what Excel writes on a Japanese system (CP932, CRLF). The preview
shows each row's sentence from the client form's own checks, nothing is written
until Import is pressed, and a likely duplicate is imported only if ticked.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.models import Client
from desktop.services import clients
from desktop.vault.store import OpenVault
from desktop.views.clients.clients_page import ClientsPage
from desktop.views.clients.import_dialog import ClientImportDialog
from desktop.views.clients.import_preview_table import ImportPreviewTable
from desktop.views.common.worker import wait_for_background_work
from tests.helpers.client_csv import BAD_MOBILE_ROW, excel_cp932
from tests.helpers.records import open_vault_for_views
from tests.ui.drive import SLOW_MS, child, click, type_into


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    yield from open_vault_for_views(tmp_path / "vault")


@pytest.fixture
def page(qtbot: QtBot, vault: OpenVault) -> Iterator[ClientsPage]:
    shown = ClientsPage()
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    shown.set_vault(vault)
    qtbot.waitUntil(lambda: bool(child(shown, QLabel, "clientCountLabel").text()), timeout=SLOW_MS)
    yield shown
    shown.clear()
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()


def _names(vault: OpenVault) -> list[str]:
    with vault.reading() as session:
        return sorted(session.scalars(select(Client.full_name)))


def _open_with(qtbot: QtBot, page: ClientsPage, path: Path) -> ClientImportDialog:
    click(qtbot, child(page, QPushButton, "importClientsDialogButton"))
    dialog = page.findChild(ClientImportDialog, "clientImportDialog")
    assert dialog is not None and dialog.isVisible()
    edit = child(dialog, QLineEdit, "importFileEdit")
    type_into(qtbot, edit, str(path))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    table = child(dialog, ImportPreviewTable, "clientImportPreview")
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=SLOW_MS)
    return dialog


def _row_of(table: QTableWidget, number: int) -> int:
    return next(
        r for r in range(table.rowCount()) if table.item(r, ImportPreviewTable.ROW).text() == str(number)
    )


def test_p_data_cp932_file_with_a_bad_row_shows_its_sentence_and_imports_nothing_until_confirmed(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, tmp_path: Path
) -> None:
    path = tmp_path / "顧客一覧.csv"
    path.write_bytes(excel_cp932())

    dialog = _open_with(qtbot, page, path)

    assert "Shift_JIS (CP932, as Excel saves CSV" in child(dialog, QLabel, "importEncodingLabel").text()
    assert child(dialog, QComboBox, "importMap_mobile").currentText() == "携帯電話"
    table = child(dialog, ImportPreviewTable, "clientImportPreview")
    bad = _row_of(table, BAD_MOBILE_ROW)
    check = table.item(bad, ImportPreviewTable.CHECK).text()
    assert check == "Mobile: A mobile number has 11 digits and starts with 070, 080 or 090."
    assert table.item(bad, ImportPreviewTable.IMPORT).checkState() == Qt.CheckState.Unchecked
    assert table.item(_row_of(table, 2), ImportPreviewTable.CHECK).text() == "Ready to import."
    assert "3 rows in the file: 1 row with a problem" in child(dialog, QLabel, "importSummaryLabel").text()
    button = child(dialog, QPushButton, "importClientsButton")
    assert button.text() == "Import 2 clients"
    assert wait_for_background_work()
    assert _names(vault) == []  # the preview wrote nothing

    with qtbot.waitSignal(dialog.imported, timeout=SLOW_MS) as imported:
        click(qtbot, button)

    assert imported.args == [2]
    assert _names(vault) == ["山田 花子", "鈴木 一郎"]
    qtbot.waitUntil(lambda: child(page, QLabel, "clientCountLabel").text() == "2 clients", timeout=SLOW_MS)


def test_p_data_a_column_can_be_remapped_and_the_rows_are_checked_again(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(excel_cp932())
    dialog = _open_with(qtbot, page, path)
    button = child(dialog, QPushButton, "importClientsButton")

    combo = child(dialog, QComboBox, "importMap_mobile")
    combo.setCurrentIndex(0)  # "(not imported)"
    combo.activated.emit(0)

    qtbot.waitUntil(lambda: button.text() == "Import 3 clients" and button.isEnabled(), timeout=SLOW_MS)
    table = child(dialog, ImportPreviewTable, "clientImportPreview")
    assert table.item(_row_of(table, BAD_MOBILE_ROW), ImportPreviewTable.CHECK).text() == "Ready to import."


def test_p_data_a_duplicate_is_shown_and_imported_only_when_ticked(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, tmp_path: Path
) -> None:
    clients.create_client(vault, draft=clients.ClientDraft("山田 花子", mobile="090-1111-2222"))
    path = tmp_path / "list.csv"
    path.write_bytes(excel_cp932())
    dialog = _open_with(qtbot, page, path)
    table = child(dialog, ImportPreviewTable, "clientImportPreview")
    button = child(dialog, QPushButton, "importClientsButton")

    duplicate = _row_of(table, 2)
    assert (
        table.item(duplicate, ImportPreviewTable.CHECK)
        .text()
        .startswith("Likely the same person as 山田 花子, already in the vault")
    )
    assert button.text() == "Import 1 client"
    rect = table.visualItemRect(table.item(duplicate, ImportPreviewTable.IMPORT))
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 8, rect.center().y())
    )
    qtbot.waitUntil(lambda: button.text() == "Import 2 clients", timeout=SLOW_MS)

    with qtbot.waitSignal(dialog.imported, timeout=SLOW_MS):
        click(qtbot, button)
    with vault.reading() as session:
        assert (
            session.scalar(select(func.count()).select_from(Client).where(Client.full_name == "山田 花子"))
            == 2
        )


def test_p_data_an_unreadable_file_is_one_sentence(qtbot: QtBot, page: ClientsPage, tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_bytes(b"PK\x03\x04\x00\x00")  # an .xlsx renamed
    click(qtbot, child(page, QPushButton, "importClientsDialogButton"))
    dialog = page.findChild(ClientImportDialog, "clientImportDialog")
    assert dialog is not None
    edit = child(dialog, QLineEdit, "importFileEdit")
    type_into(qtbot, edit, str(path))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    status = child(dialog, QLabel, "importStatusLabel")
    qtbot.waitUntil(lambda: "NUL bytes" in status.text(), timeout=SLOW_MS)
    assert not child(dialog, QPushButton, "importClientsButton").isEnabled()
    dialog.reject()
