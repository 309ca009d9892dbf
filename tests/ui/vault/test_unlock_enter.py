"""Enter on the unlock prompt unlocks and does nothing else (P-SAFEGUARD).

"Restore from a backup" can replace the vault, so it opens only when its own
button is clicked — never because Enter reached it after the passphrase field
was disabled while unlocking. Checked at start-up, after Ctrl+L and after the
idle lock.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.policy.practice import DEFAULT_PRACTICE_NAME
from desktop.views.controller import DesktopController
from tests.ui.conftest import ControllerFactory, MadeVault
from tests.ui.drive import (
    SLOW_MS,
    child,
    click,
    is_locked,
    press_ctrl_l,
    type_into,
    unlock,
    wait_for_unlock_dialog,
)


def _dialogs_on_screen() -> list[str]:
    """The object names of every dialog or wizard shown, wherever it is parented."""
    return sorted(
        widget.objectName()
        for widget in QApplication.allWidgets()
        if widget.isWindow() and widget.isVisible() and widget.objectName().endswith(("Dialog", "Wizard"))
    )


def _enter_unlocks_and_opens_nothing(qtbot: QtBot, controller: DesktopController, passphrase: str) -> None:
    dialog = wait_for_unlock_dialog(qtbot, controller)
    # A window manager makes the prompt the active window; offscreen has none, so do it here:
    # the focus then moves on as on a desktop when the field is disabled during the unlock.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    edit = child(dialog, QLineEdit, "unlockPassphraseEdit")
    type_into(qtbot, edit, passphrase)
    with qtbot.waitSignal(controller.unlocked, timeout=SLOW_MS):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not is_locked(controller)
    assert _dialogs_on_screen() == []


def _at_start(qtbot: QtBot, controller: DesktopController, passphrase: str) -> None:
    del qtbot, passphrase


def _after_ctrl_l(qtbot: QtBot, controller: DesktopController, passphrase: str) -> None:
    unlock(qtbot, controller, passphrase)
    with qtbot.waitSignal(controller.locked):
        press_ctrl_l(qtbot, controller)


@pytest.mark.parametrize("before", [_at_start, _after_ctrl_l], ids=["start-up", "ctrl-l"])
def test_p_safeguard_enter_on_the_unlock_prompt_opens_no_restore(
    qtbot: QtBot,
    made_vault: MadeVault,
    controller: DesktopController,
    before: Callable[[QtBot, DesktopController, str], None],
) -> None:
    controller.start()
    before(qtbot, controller, made_vault.passphrase)
    _enter_unlocks_and_opens_nothing(qtbot, controller, made_vault.passphrase)
    # The window system adds the application's name; the title itself is the practice's.
    qtbot.waitUntil(lambda: controller.window.windowTitle() == DEFAULT_PRACTICE_NAME, timeout=SLOW_MS)


def test_p_safeguard_enter_after_the_idle_lock_opens_no_restore(
    qtbot: QtBot, made_vault: MadeVault, make_controller: ControllerFactory
) -> None:
    controller = make_controller(idle_interval_ms=300)
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    type_into(qtbot, child(dialog, QLineEdit, "unlockPassphraseEdit"), made_vault.passphrase)
    with qtbot.waitSignal(controller.locked, timeout=SLOW_MS):
        click(qtbot, child(dialog, QAbstractButton, "unlockButton"))
    controller.watcher.set_interval_ms(60_000)  # the next session must stay open while it is checked
    _enter_unlocks_and_opens_nothing(qtbot, controller, made_vault.passphrase)
