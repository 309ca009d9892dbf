"""Locking (P-SAFEGUARD): Ctrl+L and the idle timer clear every page and close the vault.

Unlocking again returns to the section that was open. Input postpones the
idle lock; no input lets it happen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from desktop.policy.practice import DEFAULT_IDLE_LOCK_MINUTES, DEFAULT_PRACTICE_NAME
from desktop.views.common.worker import wait_for_background_work
from desktop.views.controller import DesktopController
from tests.ui.conftest import ControllerFactory, MadeVault
from tests.ui.drive import (
    SLOW_MS,
    child,
    click,
    current_section,
    is_locked,
    open_section,
    press_ctrl_l,
    settings_page,
    shows_workspace,
    type_into,
    unlock,
    wait_for_unlock_dialog,
)


def _assert_locked_and_cleared(qtbot: QtBot, controller: DesktopController) -> None:
    """Locked page shown, nothing from the vault left in any widget, passphrase asked for."""
    assert is_locked(controller)
    assert controller.vault is None
    page = settings_page(controller)
    for name in ("practiceNameEdit", "counsellorNameEdit", "pickupStationEdit"):
        assert child(page, QLineEdit, name).text() == "", name
    assert not page.isEnabled()
    assert child(controller.window, QLabel, "practiceStatusLabel").text() == ""
    assert controller.window.windowTitle() == "Sorakumo Desk"
    assert wait_for_unlock_dialog(qtbot, controller).isVisible()


def _practice_shown(controller: DesktopController) -> str:
    return child(settings_page(controller), QLineEdit, "practiceNameEdit").text()


def test_p_safeguard_ctrl_l_locks_clears_widgets_and_returns_to_the_section(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController
) -> None:
    controller.start()
    unlock(qtbot, controller, made_vault.passphrase)
    open_section(qtbot, controller, "settings")
    assert _practice_shown(controller) == DEFAULT_PRACTICE_NAME

    with qtbot.waitSignal(controller.locked):
        press_ctrl_l(qtbot, controller)

    _assert_locked_and_cleared(qtbot, controller)
    assert wait_for_background_work()
    assert _practice_shown(controller) == "", "nothing may arrive from the vault after locking"

    unlock(qtbot, controller, made_vault.passphrase)
    assert shows_workspace(controller)
    assert current_section(controller) == "settings"
    assert _practice_shown(controller) == DEFAULT_PRACTICE_NAME


def test_p_safeguard_lock_before_the_settings_arrive_leaves_the_page_empty(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController
) -> None:
    """Locking in the instant after unlocking: the settings still loading must be dropped."""
    controller.start()
    controller.unlocked.connect(controller.lock)
    dialog = wait_for_unlock_dialog(qtbot, controller)
    passphrase_edit = child(dialog, QLineEdit, "unlockPassphraseEdit")
    type_into(qtbot, passphrase_edit, made_vault.passphrase)
    with qtbot.waitSignal(controller.locked, timeout=SLOW_MS):
        qtbot.keyClick(passphrase_edit, Qt.Key.Key_Return)
    controller.unlocked.disconnect(controller.lock)
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()  # deliver the settings that were still loading

    click(qtbot, child(controller.window, QAbstractButton, "lockedUnlockButton"))
    _assert_locked_and_cleared(qtbot, controller)


def test_p_safeguard_idle_period_comes_from_settings_and_never_locks_at_once(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController
) -> None:
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    passphrase_edit = child(dialog, QLineEdit, "unlockPassphraseEdit")
    type_into(qtbot, passphrase_edit, made_vault.passphrase)
    with qtbot.waitSignal(controller.unlocked, timeout=SLOW_MS):
        qtbot.keyClick(passphrase_edit, Qt.Key.Key_Return)

    with qtbot.assertNotEmitted(controller.locked, wait=300):
        pass
    assert not is_locked(controller)
    qtbot.waitUntil(lambda: settings_page(controller).isEnabled(), timeout=SLOW_MS)
    minutes = child(settings_page(controller), QSpinBox, "idleLockSpin").value()
    assert minutes == DEFAULT_IDLE_LOCK_MINUTES
    assert controller.watcher.interval_ms() == minutes * 60_000


def test_p_safeguard_idle_timer_locks_and_clears_widgets(
    qtbot: QtBot, made_vault: MadeVault, make_controller: ControllerFactory
) -> None:
    controller = make_controller(idle_interval_ms=300)
    controller.start()
    unlock(qtbot, controller, made_vault.passphrase)
    assert not is_locked(controller)

    qtbot.waitUntil(lambda: is_locked(controller), timeout=SLOW_MS)

    _assert_locked_and_cleared(qtbot, controller)


def test_p_safeguard_key_presses_postpone_the_idle_lock(
    qtbot: QtBot, made_vault: MadeVault, make_controller: ControllerFactory
) -> None:
    controller = make_controller(idle_interval_ms=4000)
    controller.start()
    unlock(qtbot, controller, made_vault.passphrase)
    open_section(qtbot, controller, "settings")
    child(settings_page(controller), QSpinBox, "idleLockSpin").setFocus()
    watcher = controller.watcher
    qtbot.waitUntil(lambda: 0 < watcher.remaining_ms() <= 3000, timeout=SLOW_MS)

    # Through the window, as the platform delivers a key press: the watcher listens on windows.
    qtbot.keyClick(controller.window.windowHandle(), Qt.Key.Key_Shift)
    assert watcher.remaining_ms() > 3000, "a key press starts the idle period again"
    assert not is_locked(controller)

    with qtbot.waitSignal(controller.locked, timeout=SLOW_MS):
        pass
    _assert_locked_and_cleared(qtbot, controller)
