"""Every empty list of a new vault says what to do next (issue 14).

The window of a fresh vault, section by section: the client list, the day's
agenda, the inbox before any import, the contacts log and the disclosure log
each show a sentence in place of the empty table; the sentence goes as soon as
the list has a row, and a search that finds nothing says so instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.services import clients
from desktop.services.clients import ClientDraft
from desktop.views.controller import DesktopController
from tests.ui.booking_drive import idle
from tests.ui.conftest import MadeVault
from tests.ui.drive import SLOW_MS, child, open_section, type_into, unlock

EMPTY_STATES = {
    "clients": ("clientsEmptyState", "No clients yet"),
    "calendar": ("agendaEmptyState", "No sessions on this day"),
    "inbox": ("inboxEmptyState", "Import .eml or .mbox files"),
    "contacts": ("contactsEmptyState", "No contacts to show"),
    "disclosures": ("disclosureLogTableEmpty", "No disclosures recorded"),
}


def test_every_empty_list_of_a_new_vault_says_what_to_do_next(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController
) -> None:
    controller.start()
    unlock(qtbot, controller, made_vault.passphrase)
    for section, (name, words) in EMPTY_STATES.items():
        open_section(qtbot, controller, section)
        label = child(controller.window, QLabel, name)
        qtbot.waitUntil(label.isVisible, timeout=SLOW_MS)
        assert words in label.text()


def test_the_client_list_sentence_follows_the_rows_and_the_search(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController
) -> None:
    controller.start()
    unlock(qtbot, controller, made_vault.passphrase)
    open_section(qtbot, controller, "clients")
    label = child(controller.window, QLabel, "clientsEmptyState")
    qtbot.waitUntil(label.isVisible, timeout=SLOW_MS)
    vault = controller.vault
    assert vault is not None
    idle()
    clients.create_client(vault, draft=ClientDraft(full_name="山田花子", name_reading="やまだはなこ"))
    page = controller.window.clients_page
    page.reload()
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=SLOW_MS)

    type_into(qtbot, child(page, QLineEdit, "clientSearchEdit"), "zzz")

    qtbot.waitUntil(label.isVisible, timeout=SLOW_MS)
    assert label.text() == "No client matches this search."
