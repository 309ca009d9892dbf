"""Unlocking an existing vault: the passphrase, the recovery-code path, and damaged files.

A wrong secret or a damaged vault is told in a plain sentence in the dialog,
which stays open; the vault stays locked and its files stay as they were.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QDialog, QLineEdit, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop.vault.files import KEYS_FILE
from desktop.vault.recovery import new_recovery_code
from desktop.views.controller import DesktopController
from tests.helpers.vaults import snapshot
from tests.ui.conftest import MadeVault
from tests.ui.drive import (
    SLOW_MS,
    child,
    click,
    is_locked,
    shows_workspace,
    type_into,
    unlock,
    unlock_error,
    wait_for_unlock_dialog,
)

NEW_PASSPHRASE = "雨の日の 'kissaten' で \"珈琲\" を 7 杯"
WRONG_PASSPHRASE = "correct horse 'battery' \"staple\" 心理そらくもX"


def _try_passphrase(qtbot: QtBot, dialog: QDialog, passphrase: str) -> str:
    """Type ``passphrase``, press Unlock, and return the sentence the dialog shows."""
    type_into(qtbot, child(dialog, QLineEdit, "unlockPassphraseEdit"), passphrase)
    click(qtbot, child(dialog, QAbstractButton, "unlockButton"))
    return unlock_error(qtbot, dialog)


def _stays_locked(controller: DesktopController, dialog: QDialog) -> None:
    assert dialog.isVisible()
    assert controller.vault is None
    assert is_locked(controller)


def test_p_safeguard_wrong_passphrase_is_refused_then_the_right_one_unlocks(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController
) -> None:
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    before = snapshot(made_vault.folder)

    sentence = _try_passphrase(qtbot, dialog, WRONG_PASSPHRASE)

    assert sentence == "That passphrase is not correct. Please try again."
    _stays_locked(controller, dialog)
    assert snapshot(made_vault.folder) == before, "a failed unlock must not change a byte"

    unlock(qtbot, controller, made_vault.passphrase)
    assert not dialog.isVisible()
    assert shows_workspace(controller)
    assert controller.vault is not None


def _open_recovery_page(qtbot: QtBot, dialog: QDialog) -> QWidget:
    click(qtbot, child(dialog, QAbstractButton, "useRecoveryButton"))
    page = child(dialog, QStackedWidget, "unlockPages").currentWidget()
    assert page is not None
    assert page.findChild(QLineEdit, "recoveryCodeEdit") is not None
    return page


def _fill_recovery(qtbot: QtBot, page: QWidget, code: str, new_passphrase: str) -> QAbstractButton:
    type_into(qtbot, child(page, QLineEdit, "recoveryCodeEdit"), code)
    type_into(qtbot, child(page, QLineEdit, "passphraseEdit"), new_passphrase)
    type_into(qtbot, child(page, QLineEdit, "passphraseRepeatEdit"), new_passphrase)
    button = child(page, QAbstractButton, "recoveryUnlockButton")
    assert button.isEnabled()
    return button


def test_recovery_code_unlocks_and_replaces_the_passphrase(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController
) -> None:
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    page = _open_recovery_page(qtbot, dialog)
    groups = [made_vault.recovery_code[i : i + 4] for i in range(0, len(made_vault.recovery_code), 4)]
    typed_code = "-".join(groups).lower()  # as copied from paper: hyphens, lower case

    button = _fill_recovery(qtbot, page, typed_code, NEW_PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=SLOW_MS):
        click(qtbot, button)
    assert shows_workspace(controller)

    child(controller.window, QAction, "lockAction").trigger()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    passphrase_edit = child(dialog, QLineEdit, "unlockPassphraseEdit")
    assert passphrase_edit.isVisible(), "after a lock the dialog asks for the passphrase again"

    assert _try_passphrase(qtbot, dialog, made_vault.passphrase) == (
        "That passphrase is not correct. Please try again."
    )
    _stays_locked(controller, dialog)
    unlock(qtbot, controller, NEW_PASSPHRASE)
    assert shows_workspace(controller)


def test_p_safeguard_wrong_recovery_code_is_refused_and_stays_locked(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController
) -> None:
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    before = snapshot(made_vault.folder)
    page = _open_recovery_page(qtbot, dialog)

    click(qtbot, _fill_recovery(qtbot, page, new_recovery_code(), NEW_PASSPHRASE))

    assert unlock_error(qtbot, dialog) == (
        "That recovery code is not correct. Check each group and try again."
    )
    _stays_locked(controller, dialog)
    assert snapshot(made_vault.folder) == before, "the passphrase slot must not be replaced"


@pytest.mark.parametrize("keep", [0, 40, 200], ids=["empty", "truncated", "cut-mid-slot"])
def test_p_safeguard_damaged_key_file_gives_a_sentence_not_a_traceback(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController, keep: int
) -> None:
    keys = made_vault.folder / KEYS_FILE
    keys.write_bytes(keys.read_bytes()[:keep])
    before = snapshot(made_vault.folder)
    controller.start()
    dialog = wait_for_unlock_dialog(qtbot, controller)

    sentence = _try_passphrase(qtbot, dialog, made_vault.passphrase)

    assert sentence == (
        "The key file (keys.json) is incomplete or not a key file. Nothing was changed; "
        "restore the folder from a backup."
    )
    assert "Traceback" not in sentence
    _stays_locked(controller, dialog)
    assert snapshot(made_vault.folder) == before
