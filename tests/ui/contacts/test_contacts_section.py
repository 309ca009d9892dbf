"""The Contacts section and the emergency action in the main window: there when unlocked, off on lock."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from desktop.views.contacts.emergency_dialog import EmergencyDialog
from desktop.views.controller import DesktopController
from tests.ui.conftest import MadeVault
from tests.ui.drive import SLOW_MS, child, open_section, unlock


def test_contacts_section_and_emergency_action_follow_the_lock(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController
) -> None:
    controller.start()
    unlock(qtbot, controller, made_vault.passphrase)
    open_section(qtbot, controller, "contacts")
    window = controller.window
    assert child(window, QTableWidget, "contactsTable").rowCount() == 0
    action = window.emergency_action
    assert action.isEnabled() and action.text() == "Declare emergency…"
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(EmergencyDialog, "emergencyDialog") is not None, timeout=SLOW_MS)
    dialog = window.findChild(EmergencyDialog, "emergencyDialog")
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(controller.locked, timeout=SLOW_MS):
        controller.lock()  # as the idle timer does while the dialog is open
    assert not dialog.isVisible()  # the lock closes it with everything else
    assert not action.isEnabled()
    assert not window.contacts_page.isEnabled()
