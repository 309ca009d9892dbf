"""P-SAFEGUARD: the recovery-code screens agree with each other.

On the unlock page the code lines up with the new passphrase below it and the
strength meter is a bar, not a hairline.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.views.controller import DesktopController
from tests.ui.conftest import MadeVault
from tests.ui.drive import child, click, wait_for_unlock_dialog


def _left(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


def test_p_safeguard_the_unlock_pages_code_field_lines_up_and_the_meter_is_a_bar(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController
) -> None:
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    click(qtbot, child(dialog, QAbstractButton, "useRecoveryButton"))
    code = child(dialog, QLineEdit, "recoveryCodeEdit")
    passphrase = child(dialog, QLineEdit, "passphraseEdit")
    qtbot.waitUntil(code.isVisible)
    assert _left(code, dialog) == _left(passphrase, dialog)
    assert code.width() == passphrase.width()
    assert child(dialog, QWidget, "strengthBar").height() >= 8
