"""Driving the real widgets: find them by objectName, type, click, and wait.

Shared by the UI tests so each test reads as the counsellor's steps. Nothing
here reaches into private attributes: widgets are found with ``findChild``
and results are read from the widgets or the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QStackedWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from desktop.views.common.worker import wait_for_background_work
from desktop.views.controller import DesktopController
from desktop.views.vault.recovery_code_widgets import GroupCheck

ObjectT = TypeVar("ObjectT", bound=QObject)

#: Generous: key derivation runs on a worker thread, and CI machines are slow.
SLOW_MS = 15_000


def child(parent: QObject, kind: type[ObjectT], name: str) -> ObjectT:
    """The one descendant of ``parent`` with this objectName (fails the test if missing)."""
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r} under {parent.objectName()!r}"
    return found


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; characters beyond ASCII arrive as key events carrying text.

    ``QTest.keyClicks`` only knows ASCII keys (it asserts on anything else), but a
    Japanese keyboard layout or input method delivers 心 as a key event whose
    text is the character, which is what this sends.
    """
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def type_into(qtbot: QtBot, edit: QWidget, text: str) -> None:
    """Replace the field's text by keyboard: select all, delete, type."""
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(qtbot, edit, text)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.objectName() or button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, box: QAbstractButton) -> None:
    """Toggle a check box the way a keyboard user does (Space), wherever its label ends."""
    assert box.isEnabled(), f"{box.objectName()!r} is disabled"
    qtbot.keyClick(box, Qt.Key.Key_Space)


def run_modal(
    parent: QWidget, name: str, open_it: Callable[[], None], interact: Callable[[QDialog], None]
) -> None:
    """Open a dialog that runs its own loop (``exec()``) and drive it from inside that loop.

    ``interact`` runs once the dialog named ``name`` is on screen. If it fails, the
    dialog is rejected so that ``exec()`` returns and the failure is raised here,
    rather than the test hanging on a dialog nobody closes.
    """
    failures: list[BaseException] = []
    opened: list[QDialog] = []

    def step() -> None:
        dialog = parent.findChild(QDialog, name)
        if dialog is None or not dialog.isVisible():
            failures.append(AssertionError(f"dialog {name!r} did not open"))
            return
        opened.append(dialog)
        try:
            interact(dialog)
        except BaseException as error:
            failures.append(error)
            dialog.reject()

    QTimer.singleShot(0, step)
    open_it()
    if failures:
        raise failures[0]
    assert opened, f"dialog {name!r} did not open"


def close_controller(controller: DesktopController) -> None:
    """Close the window (which closes the vault) and let every queued result arrive."""
    controller.window.close()
    controller.shutdown()
    assert wait_for_background_work(), "vault work still running after the test"
    QCoreApplication.sendPostedEvents()
    assert controller.vault is None


# --- the main window --------------------------------------------------------------------------


def current_page(stack: QStackedWidget) -> str:
    """The objectName of the page a stacked widget shows."""
    page = stack.currentWidget()
    assert page is not None
    return page.objectName()


def is_locked(controller: DesktopController) -> bool:
    return current_page(child(controller.window, QStackedWidget, "topStack")) == "lockedPage"


def shows_workspace(controller: DesktopController) -> bool:
    return current_page(child(controller.window, QStackedWidget, "topStack")) == "workspace"


def settings_page(controller: DesktopController) -> QWidget:
    return child(controller.window, QWidget, "settingsPage")


def settings_loaded(controller: DesktopController) -> bool:
    """The settings page shows the vault's values (it is disabled until they arrive)."""
    return settings_page(controller).isEnabled()


def press_ctrl_l(qtbot: QtBot, controller: DesktopController) -> None:
    """Press Ctrl+L in the main window, as the counsellor does to lock."""
    window = controller.window
    # A window manager gives the window focus back when the unlock dialog closes; offscreen
    # has none, so activate it the way the window manager would.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def current_section(controller: DesktopController) -> str:
    """The key of the section selected in the sidebar."""
    item = child(controller.window, QListWidget, "sidebar").currentItem()
    return str(item.data(Qt.ItemDataRole.UserRole))


def open_section(qtbot: QtBot, controller: DesktopController, key: str) -> None:
    """Click the sidebar item whose section key is ``key``."""
    sidebar = child(controller.window, QListWidget, "sidebar")
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            centre = sidebar.visualItemRect(item).center()
            qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=centre)
            break
    else:
        raise AssertionError(f"no sidebar item {key!r}")
    assert current_page(child(controller.window, QStackedWidget, "sectionStack")) == f"{key}Page"


# --- unlocking ----------------------------------------------------------------------------------


def _unlock_dialog_on_screen() -> QDialog | None:
    """The unlock dialog is a window of its own: find it among the top-level windows."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.objectName() == "unlockDialog" and widget.isVisible():
            return widget
    return None


def wait_for_unlock_dialog(qtbot: QtBot, controller: DesktopController) -> QDialog:
    del controller  # the dialog belongs to no window
    qtbot.waitUntil(lambda: _unlock_dialog_on_screen() is not None, timeout=SLOW_MS)
    dialog = _unlock_dialog_on_screen()
    assert dialog is not None
    return dialog


def unlock(qtbot: QtBot, controller: DesktopController, passphrase: str) -> None:
    """Type the passphrase into the unlock dialog and wait for the vault to open."""
    dialog = wait_for_unlock_dialog(qtbot, controller)
    type_into(qtbot, child(dialog, QLineEdit, "unlockPassphraseEdit"), passphrase)
    with qtbot.waitSignal(controller.unlocked, timeout=SLOW_MS):
        click(qtbot, child(dialog, QAbstractButton, "unlockButton"))
    qtbot.waitUntil(lambda: settings_loaded(controller), timeout=SLOW_MS)


def unlock_error(qtbot: QtBot, dialog: QDialog) -> str:
    """Wait for the unlock attempt to end and return the sentence shown."""
    label = child(dialog, QLabel, "unlockErrorLabel")
    busy = child(dialog, QWidget, "unlockBusyBar")
    qtbot.waitUntil(lambda: not busy.isVisible() and bool(label.text()), timeout=SLOW_MS)
    return label.text()


# --- first-run set-up ---------------------------------------------------------------------------


def wizard_of(qtbot: QtBot, controller: DesktopController) -> QWizard:
    def visible() -> bool:
        wizard = controller.window.findChild(QWizard, "setupWizard")
        return wizard is not None and wizard.isVisible()

    qtbot.waitUntil(visible)
    return child(controller.window, QWizard, "setupWizard")


def next_page(qtbot: QtBot, wizard: QWizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def fill_setup_to_confirm(
    qtbot: QtBot, wizard: QWizard, *, practice_name: str, counsellor_name: str, passphrase: str
) -> str:
    """Names, the starter menu as proposed, passphrase twice, tick "written down"; returns the
    recovery code shown."""
    type_into(qtbot, child(wizard, QLineEdit, "practiceNameEdit"), practice_name)
    type_into(qtbot, child(wizard, QLineEdit, "counsellorNameEdit"), counsellor_name)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    type_into(qtbot, child(wizard, QLineEdit, "passphraseEdit"), passphrase)
    type_into(qtbot, child(wizard, QLineEdit, "passphraseRepeatEdit"), passphrase)
    next_page(qtbot, wizard)
    code = child(wizard, QLabel, "recoveryCodeLabel").text()
    tick(qtbot, child(wizard, QAbstractButton, "recoveryWrittenCheck"))
    next_page(qtbot, wizard)
    return code


def type_asked_groups(qtbot: QtBot, where: QWidget, code: str) -> None:
    """Type the two groups the set-up or restore check asks for (``where`` holds it), in lower case."""
    check = where.findChild(GroupCheck)
    assert check is not None
    groups = code.split("-")
    first, second = check.asked_groups
    type_into(qtbot, check.first_edit, groups[first].lower())
    type_into(qtbot, check.second_edit, groups[second].lower())


def finish_setup(qtbot: QtBot, controller: DesktopController, wizard: QWizard) -> None:
    with qtbot.waitSignal(controller.unlocked, timeout=SLOW_MS):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: settings_loaded(controller), timeout=SLOW_MS)
