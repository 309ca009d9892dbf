"""First-run set-up through the real wizard: names, passphrase, recovery code, then the vault.

The wizard writes nothing until two groups of the recovery code have been
typed back; the names typed on the first page end up in the encrypted vault.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from desktop.services import practice_settings
from desktop.vault import store
from desktop.vault.files import DB_FILE, KEYS_FILE
from desktop.vault.recovery import ALPHABET
from desktop.views.common.worker import wait_for_background_work
from desktop.views.controller import DesktopController
from desktop.views.vault.setup_wizard import ConfirmCodePage
from tests.helpers.vaults import PASSPHRASE
from tests.ui.drive import (
    child,
    click,
    close_controller,
    fill_setup_to_confirm,
    finish_setup,
    next_page,
    settings_page,
    shows_workspace,
    tick,
    type_asked_groups,
    type_into,
    wizard_of,
)

PRACTICE = "メンタル心理そらくも 三島"
COUNSELLOR = "寺井 花子"
CODE_PATTERN = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}")


def test_setup_wizard_creates_the_vault_with_the_names_typed(
    qtbot: QtBot, controller: DesktopController, vault_folder: Path
) -> None:
    controller.start()
    wizard = wizard_of(qtbot, controller)
    type_into(qtbot, child(wizard, QLineEdit, "practiceNameEdit"), PRACTICE)
    type_into(qtbot, child(wizard, QLineEdit, "counsellorNameEdit"), COUNSELLOR)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)  # the starter menu as proposed (tests/ui/vault/test_setup_menu.py)

    first = child(wizard, QLineEdit, "passphraseEdit")
    repeat = child(wizard, QLineEdit, "passphraseRepeatEdit")
    strength = child(wizard, QLabel, "strengthLabel")
    feedback = child(wizard, QLabel, "passphraseFeedback")
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert strength.text() == ""
    assert not next_button.isEnabled()

    type_into(qtbot, first, "kumo")
    type_into(qtbot, repeat, "kumo")
    assert feedback.text() == "Use at least 10 characters for the passphrase."
    assert strength.text() == "Very weak"
    assert not next_button.isEnabled()

    type_into(qtbot, first, PASSPHRASE)
    assert strength.text() == "Strong"
    assert feedback.text() == "The two passphrases are not the same yet."
    assert not next_button.isEnabled()
    type_into(qtbot, repeat, PASSPHRASE)
    assert feedback.text() == "The passphrases match."
    next_page(qtbot, wizard)

    code = child(wizard, QLabel, "recoveryCodeLabel").text()
    assert CODE_PATTERN.fullmatch(code), code
    assert not next_button.isEnabled(), "Next must wait until the code is written down"
    tick(qtbot, child(wizard, QAbstractButton, "recoveryWrittenCheck"))
    next_page(qtbot, wizard)

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "Create vault"
    assert not finish.isEnabled()
    type_asked_groups(qtbot, wizard, code)
    assert finish.isEnabled()
    assert not (vault_folder / KEYS_FILE).exists(), "nothing is written before Finish"

    finish_setup(qtbot, controller, wizard)

    assert (vault_folder / KEYS_FILE).is_file()
    assert (vault_folder / DB_FILE).is_file()
    assert not wizard.isVisible()
    assert shows_workspace(controller)
    assert child(settings_page(controller), QLineEdit, "practiceNameEdit").text() == PRACTICE
    assert PRACTICE in controller.window.windowTitle()

    close_controller(controller)
    vault = store.open_with_passphrase(vault_folder, PASSPHRASE)
    try:
        stored = practice_settings.load(vault)
    finally:
        vault.close()
    assert stored.practice_name == PRACTICE
    assert stored.counsellor_name == COUNSELLOR


def _another_group(group: str) -> str:
    """The same group with its first character changed to another valid one."""
    replacement = next(char for char in ALPHABET if char != group[0])
    return replacement + group[1:]


def test_p_safeguard_wrong_recovery_group_keeps_finish_disabled_and_writes_nothing(
    qtbot: QtBot, controller: DesktopController, vault_folder: Path
) -> None:
    controller.start()
    wizard = wizard_of(qtbot, controller)
    code = fill_setup_to_confirm(
        qtbot, wizard, practice_name=PRACTICE, counsellor_name=COUNSELLOR, passphrase=PASSPHRASE
    )
    page = wizard.currentPage()
    assert isinstance(page, ConfirmCodePage)
    groups = code.split("-")
    first, second = page.asked_groups
    edit_b = child(wizard, QLineEdit, "confirmGroupEditB")
    type_into(qtbot, child(wizard, QLineEdit, "confirmGroupEditA"), groups[first])
    type_into(qtbot, edit_b, _another_group(groups[second]).lower())

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    problem = child(wizard, QLabel, "confirmGroupProblemLabel")
    assert problem.text() == (
        f"Group {second + 1} does not match the code shown. Check what you wrote down."
    ), "a wrong group is told in a sentence, as soon as it is typed in full"
    qtbot.keyClick(edit_b, Qt.Key.Key_Return)  # Enter must not create the vault either
    assert wait_for_background_work()

    assert wizard.isVisible()
    assert controller.vault is None
    assert not (vault_folder / KEYS_FILE).exists()
    assert not (vault_folder / DB_FILE).exists()

    type_into(qtbot, edit_b, groups[second])
    assert finish.isEnabled(), "the right group enables Finish"
    assert problem.text() == ""


def test_cancelling_setup_closes_the_window_and_writes_nothing(
    qtbot: QtBot, controller: DesktopController, vault_folder: Path
) -> None:
    controller.start()
    wizard = wizard_of(qtbot, controller)
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    qtbot.waitUntil(lambda: not controller.window.isVisible())
    assert controller.vault is None
    assert not vault_folder.exists() or not any(vault_folder.iterdir())
