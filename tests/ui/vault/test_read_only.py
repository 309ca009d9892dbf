"""Unlocking on a full disk (P-SAFEGUARD): the window opens read-only, says so, and records the unlock later.

The full disk is injected (SQLite's own SQLITE_FULL on every write, reads go
on), so the test runs without root; tests/security/test_full_disk.py does the
same on a real, filled tmpfs. The test waits for the notice and its signal,
never a fixed time.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import AuditEvent
from desktop.views.controller import DesktopController
from tests.helpers.full_disk import writes_fail
from tests.ui.conftest import MadeVault
from tests.ui.drive import SLOW_MS, child, shows_workspace, unlock


def test_p_safeguard_unlock_on_a_full_disk_says_read_only_until_the_unlock_is_recorded(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController
) -> None:
    controller.read_only_notice.set_retry_ms(50)
    with writes_fail() as disk:
        controller.start()
        unlock(qtbot, controller, made_vault.passphrase)
        notice = child(controller.window, QLabel, "readOnlyNotice")
        qtbot.waitUntil(notice.isVisible, timeout=SLOW_MS)
        assert shows_workspace(controller)
        assert notice.text() == (
            "The disk is full, so the vault is open read-only: you can read everything, but nothing can "
            "be saved, and the unlock is not recorded yet. Free some space on the disk."
        )
        vault = controller.vault
        assert vault is not None and vault.read_only
        with vault.reading() as session:
            assert "vault.unlocked" not in session.scalars(select(AuditEvent.action)).all()

        with qtbot.waitSignal(notice.recorded, timeout=SLOW_MS):
            disk.full = False  # space returns; the next try records the unlock
    assert not notice.isVisible() and not vault.read_only
    with vault.reading() as session:
        recorded = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "vault.unlocked")
        ).all()
    assert recorded == ['{"recorded_late": true}']
