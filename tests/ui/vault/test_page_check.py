"""P-SAFEGUARD: the whole-file page check runs after unlocking, beside the counsellor's work.

Unlocking no longer reads every page (``make bench``: it cost seconds on a
large vault); the window checks them in the background and says so in the
status bar — a passing message when every page holds, a lasting sentence
when one is damaged.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from desktop.demo import practice
from desktop.vault import store
from desktop.vault.files import DB_FILE
from desktop.views.controller import DesktopController
from tests.ui.conftest import MadeVault
from tests.ui.drive import SLOW_MS, unlock

PAGE = 4096


def _damage_a_middle_page(folder: Path, passphrase: str) -> int:
    vault = store.open_with_passphrase(folder, passphrase)
    try:
        practice.generate(vault, clients=150, years=1, seed=3)
    finally:
        vault.close()
    db = folder / DB_FILE
    middle = db.stat().st_size // PAGE // 2
    data = bytearray(db.read_bytes())
    data[(middle - 1) * PAGE + PAGE // 2] ^= 0x10
    db.write_bytes(data)
    return middle


def test_p_safeguard_every_page_is_checked_after_unlock(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController
) -> None:
    controller.start()
    notice = controller.page_check_notice
    with qtbot.waitSignal(notice.checked, timeout=SLOW_MS) as outcome:
        unlock(qtbot, controller, made_vault.passphrase)
    assert outcome.args == [True]
    assert not notice.isVisible()
    status = controller.window.findChild(QStatusBar)
    assert status is not None and "Every page" in status.currentMessage()


def test_p_safeguard_a_damaged_page_far_from_the_first_is_reported_after_unlock(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController
) -> None:
    _damage_a_middle_page(made_vault.folder, made_vault.passphrase)
    controller.start()
    notice = controller.page_check_notice
    with qtbot.waitSignal(notice.checked, timeout=SLOW_MS) as outcome:
        unlock(qtbot, controller, made_vault.passphrase)
    assert outcome.args == [False]
    assert notice.isVisible()
    assert "damaged" in notice.text()

