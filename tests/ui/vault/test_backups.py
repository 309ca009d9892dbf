"""Backups in the window (P-SAFEGUARD): back up with progress, failures shown, restore through the dialog.

The counsellor's steps are driven on the real widgets; results are read from
the widgets, the backup folder and the restored vault.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QLineEdit, QProgressBar, QWidget
from pytestqt.qtbot import QtBot

from desktop.services import backups, client_search, clients, vault_access
from desktop.vault import backup
from desktop.vault.store import OpenVault
from desktop.views.common.worker import wait_for_background_work
from desktop.views.controller import DesktopController
from tests.helpers.records import NAME, add_sample_client
from tests.helpers.vaults import FAST_KDF
from tests.ui.conftest import MadeVault
from tests.ui.drive import (
    SLOW_MS,
    child,
    click,
    open_section,
    settings_page,
    tick,
    type_asked_groups,
    type_into,
    unlock,
    wait_for_unlock_dialog,
    wizard_of,
)


def _open_backups(qtbot: QtBot, controller: DesktopController, passphrase: str) -> QWidget:
    controller.start()
    unlock(qtbot, controller, passphrase)
    open_section(qtbot, controller, "settings")
    group = child(settings_page(controller), QWidget, "backupGroup")
    qtbot.waitUntil(lambda: bool(child(group, QLabel, "lastBackupLabel").text()), timeout=SLOW_MS)
    return group


def _choose_folder(qtbot: QtBot, group: QWidget, folder: Path) -> None:
    type_into(qtbot, child(group, QLineEdit, "backupFolderEdit"), str(folder))
    click(qtbot, child(group, QAbstractButton, "saveBackupSettingsButton"))
    qtbot.waitUntil(lambda: child(group, QLabel, "backupMessageLabel").text() == "Saved.", timeout=SLOW_MS)


def _back_up_now(qtbot: QtBot, group: QWidget) -> str:
    button = child(group, QAbstractButton, "backUpNowButton")
    click(qtbot, button)
    qtbot.waitUntil(button.isEnabled, timeout=SLOW_MS)
    return child(group, QLabel, "backupMessageLabel").text()


def test_P_SAFEGUARD_back_up_now_shows_progress_and_the_last_good_backup(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    group = _open_backups(qtbot, controller, made_vault.passphrase)
    assert child(group, QLabel, "lastBackupLabel").text() == "No backup has been made yet."
    _choose_folder(qtbot, group, usb)
    bar = child(group, QProgressBar, "backupProgress")
    seen: list[tuple[int, bool]] = []
    bar.valueChanged.connect(lambda value: seen.append((value, bar.isVisible())))

    assert _back_up_now(qtbot, group) == "The backup was written and verified."

    assert seen and seen[-1] == (100, True)  # progress shown while it ran ...
    assert not bar.isVisible()  # ... and gone once done
    files = list(usb.iterdir())
    assert len(files) == 1 and files[0].name.endswith(backup.SUFFIX)
    qtbot.waitUntil(lambda: str(files[0]) in child(group, QLabel, "lastBackupLabel").text(), timeout=SLOW_MS)
    assert "Last good backup" in child(group, QLabel, "lastBackupLabel").text()
    assert child(controller.window, QLabel, "backupStatusLabel").text() == ""
    assert backups.verify(files[0], passphrase=made_vault.passphrase).rows > 0


@pytest.mark.parametrize("where", ["unplugged", "a file", "read-only"])
def test_P_SAFEGUARD_a_failed_backup_is_shown_until_the_next_success(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController, tmp_path: Path, where: str
) -> None:
    folder = tmp_path / "usb"
    if where == "a file":
        folder.write_bytes(b"not a folder")
    elif where == "read-only":
        if os.name != "posix" or os.geteuid() == 0:
            pytest.skip("permissions do not bind the superuser")
        folder.mkdir(mode=0o500)
    group = _open_backups(qtbot, controller, made_vault.passphrase)
    _choose_folder(qtbot, group, folder)

    message = _back_up_now(qtbot, group)

    assert message.startswith("The backup folder is missing or cannot be written to")
    status = child(controller.window, QLabel, "backupStatusLabel")
    qtbot.waitUntil(lambda: status.text().startswith("Backup failed"), timeout=SLOW_MS)
    assert "cannot be written to" in status.text()
    assert not child(group, QProgressBar, "backupProgress").isVisible()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []

    good = tmp_path / "other usb"
    good.mkdir()
    _choose_folder(qtbot, group, good)
    assert _back_up_now(qtbot, group) == "The backup was written and verified."
    qtbot.waitUntil(lambda: status.text() == "", timeout=SLOW_MS)


def _client_names(vault: OpenVault) -> list[str]:
    assert wait_for_background_work()
    return [s.full_name for s in clients.summaries(vault, client_ids=client_search.search_ids(vault))]


def _restore_dialog(qtbot: QtBot) -> QDialog:
    def on_screen() -> QDialog | None:
        for widget in QApplication.allWidgets():
            if isinstance(widget, QDialog) and widget.objectName() == "restoreDialog" and widget.isVisible():
                return widget
        return None

    qtbot.waitUntil(lambda: on_screen() is not None, timeout=SLOW_MS)
    dialog = on_screen()
    assert dialog is not None
    return dialog


def _restore_through(
    qtbot: QtBot, controller: DesktopController, dialog: QDialog, path: Path, passphrase: str
) -> str:
    type_into(qtbot, child(dialog, QLineEdit, "restoreFileEdit"), str(path))
    type_into(qtbot, child(dialog, QLineEdit, "restorePassphraseEdit"), "not the passphrase")
    click(qtbot, child(dialog, QAbstractButton, "restoreButton"))
    error = child(dialog, QLabel, "restoreErrorLabel")
    qtbot.waitUntil(
        lambda: error.text().startswith("This passphrase does not open the backup"), timeout=SLOW_MS
    )

    type_into(qtbot, child(dialog, QLineEdit, "restorePassphraseEdit"), passphrase)
    click(qtbot, child(dialog, QAbstractButton, "restoreButton"))
    code_label = child(dialog, QLabel, "restoreRecoveryCodeLabel")
    qtbot.waitUntil(code_label.isVisible, timeout=SLOW_MS)
    finish = child(dialog, QAbstractButton, "restoreFinishButton")
    assert not finish.isEnabled()
    tick(qtbot, child(dialog, QAbstractButton, "restoreWrittenCheck"))
    assert not finish.isEnabled(), "as at set-up, the new code is typed back, not only ticked"
    type_asked_groups(qtbot, dialog, code_label.text())
    assert finish.isEnabled()
    with qtbot.waitSignal(controller.unlocked, timeout=SLOW_MS):
        click(qtbot, finish)
    return code_label.text()


def _backup_of_a_client(tmp_path: Path, passphrase: str) -> tuple[Path, str]:
    vault = vault_access.create_practice_vault(
        tmp_path / "old laptop",
        passphrase=passphrase,
        recovery_code="0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ",
        practice_name="そらくも",
        counsellor_name="寺井",
        kdf=FAST_KDF,
    )
    add_sample_client(vault)
    path = tmp_path / "from the old laptop.sorakumo-backup.db"
    backups.back_up(vault, target=path)
    vault.close()
    return path, passphrase


def test_P_SAFEGUARD_restore_on_a_new_laptop_through_the_set_up_wizard(
    qtbot: QtBot, controller: DesktopController, vault_folder: Path, tmp_path: Path
) -> None:
    path, passphrase = _backup_of_a_client(tmp_path, "a passphrase for the old laptop 2026")
    controller.start()
    wizard = wizard_of(qtbot, controller)
    click(qtbot, child(wizard, QAbstractButton, "setupRestoreButton"))
    dialog = _restore_dialog(qtbot)
    assert not child(dialog, QAbstractButton, "restoreReplaceCheck").isVisible()  # nothing to replace

    code = _restore_through(qtbot, controller, dialog, path, passphrase)

    assert controller.vault is not None and controller.vault.folder == vault_folder
    assert _client_names(controller.vault) == [NAME]
    assert not wizard.isVisible()
    controller.lock()
    wait_for_unlock_dialog(qtbot, controller)
    reopened = vault_access.unlock_with_recovery_code(
        vault_folder, recovery_code=code, new_passphrase="yet another passphrase 2027 そらくも"
    )
    reopened.close()


def test_P_SAFEGUARD_restore_from_the_unlock_dialog_replaces_only_when_ticked(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController, tmp_path: Path
) -> None:
    vault = vault_access.unlock(made_vault.folder, passphrase=made_vault.passphrase)
    add_sample_client(vault)
    path = tmp_path / "b.sorakumo-backup.db"
    backups.back_up(vault, target=path)
    vault.close()
    controller.start()
    unlock_dialog = wait_for_unlock_dialog(qtbot, controller)
    click(qtbot, child(unlock_dialog, QAbstractButton, "unlockRestoreButton"))
    dialog = _restore_dialog(qtbot)
    type_into(qtbot, child(dialog, QLineEdit, "restoreFileEdit"), str(path))
    type_into(qtbot, child(dialog, QLineEdit, "restorePassphraseEdit"), made_vault.passphrase)
    replace = child(dialog, QAbstractButton, "restoreReplaceCheck")
    assert replace.isVisible() and not child(dialog, QAbstractButton, "restoreButton").isEnabled()
    tick(qtbot, replace)

    _restore_through(qtbot, controller, dialog, path, made_vault.passphrase)

    assert controller.vault is not None and _client_names(controller.vault) == [NAME]
    aside = list(tmp_path.glob("vault.replaced-*"))
    assert len(aside) == 1 and (aside[0] / "keys.json").exists()


def test_P_SAFEGUARD_restore_from_settings_locks_the_vault_first(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    group = _open_backups(qtbot, controller, made_vault.passphrase)
    _choose_folder(qtbot, group, usb)
    assert _back_up_now(qtbot, group) == "The backup was written and verified."
    path = next(usb.iterdir())

    click(qtbot, child(group, QAbstractButton, "restoreFromBackupButton"))
    dialog = _restore_dialog(qtbot)
    assert controller.vault is None  # locked before anything can be replaced
    tick(qtbot, child(dialog, QAbstractButton, "restoreReplaceCheck"))
    _restore_through(qtbot, controller, dialog, path, made_vault.passphrase)

    assert controller.vault is not None and controller.vault.folder == made_vault.folder
    assert len(list(tmp_path.glob("vault.replaced-*"))) == 1
    assert _unlock_dialog_hidden()


def _unlock_dialog_hidden() -> bool:
    return not any(
        isinstance(w, QDialog) and w.objectName() == "unlockDialog" and w.isVisible()
        for w in QApplication.topLevelWidgets()
    )


def test_P_SAFEGUARD_restoring_a_backup_older_than_the_vault_is_named_and_takes_a_second_press(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController, tmp_path: Path
) -> None:
    vault = vault_access.unlock(made_vault.folder, passphrase=made_vault.passphrase)
    path = tmp_path / f"Practice_20991231-235959Z-1_{vault.vault_id[:8]}{backup.SUFFIX}"  # looks new
    backups.back_up(vault, target=path)
    add_sample_client(vault)  # a change after the backup
    vault.close()
    controller.start()
    click(qtbot, child(wait_for_unlock_dialog(qtbot, controller), QAbstractButton, "unlockRestoreButton"))
    dialog = _restore_dialog(qtbot)
    type_into(qtbot, child(dialog, QLineEdit, "restoreFileEdit"), str(path))
    type_into(qtbot, child(dialog, QLineEdit, "restorePassphraseEdit"), made_vault.passphrase)
    tick(qtbot, child(dialog, QAbstractButton, "restoreReplaceCheck"))
    restore_button = child(dialog, QAbstractButton, "restoreButton")

    click(qtbot, restore_button)
    error = child(dialog, QLabel, "restoreErrorLabel")
    qtbot.waitUntil(lambda: error.text().startswith("This backup was made "), timeout=SLOW_MS)
    assert "before the vault's last change" in error.text()
    assert restore_button.text() == "Restore anyway" and restore_button.isEnabled()
    assert list(tmp_path.glob("vault.replaced-*")) == []  # nothing replaced yet

    click(qtbot, restore_button)
    code_label = child(dialog, QLabel, "restoreRecoveryCodeLabel")
    qtbot.waitUntil(code_label.isVisible, timeout=SLOW_MS)
    tick(qtbot, child(dialog, QAbstractButton, "restoreWrittenCheck"))
    type_asked_groups(qtbot, dialog, code_label.text())
    with qtbot.waitSignal(controller.unlocked, timeout=SLOW_MS):
        click(qtbot, child(dialog, QAbstractButton, "restoreFinishButton"))
    assert controller.vault is not None and _client_names(controller.vault) == []
    assert len(list(tmp_path.glob("vault.replaced-*"))) == 1
