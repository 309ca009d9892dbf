"""Copied client text leaves the clipboard (issue 13): a minute after the copy, and on lock.

Only the app's own copy is cleared: whatever the counsellor copied since is
left as it is. The delay is passed in (the app's default is a minute); every
test waits for the clipboard's own signal or state, never a fixed time.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.views.common.clipboard import (
    CLEAR_AFTER_MS,
    SECRET_HINT,
    copy_sensitive,
    sensitive_clipboard,
)
from desktop.views.controller import DesktopController
from tests.ui.conftest import MadeVault
from tests.ui.drive import press_ctrl_l, unlock

CONFIRMATION = "佐藤花子様\n12月3日(木) 14:00 対面カウンセリングで承りました。"


def _text() -> str:
    return QGuiApplication.clipboard().text()


def test_a_copy_is_cleared_when_its_time_is_up(qtbot: QtBot) -> None:
    assert CLEAR_AFTER_MS == 60_000
    copy_sensitive(CONFIRMATION, clear_after_ms=50)
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == CONFIRMATION and bytes(data.data(SECRET_HINT).data()) == b"secret"
    with qtbot.waitSignal(sensitive_clipboard().expired) as expiry:
        pass
    assert expiry.args == [True]
    assert _text() == ""


def test_something_copied_since_is_never_cleared(qtbot: QtBot) -> None:
    copy_sensitive(CONFIRMATION, clear_after_ms=50)
    QGuiApplication.clipboard().setText("the counsellor's own note")
    with qtbot.waitSignal(sensitive_clipboard().expired) as expiry:
        pass
    assert expiry.args == [False]
    assert _text() == "the counsellor's own note"


def test_a_newer_copy_gets_its_own_full_time(qtbot: QtBot) -> None:
    copy_sensitive("first", clear_after_ms=20)
    since = QElapsedTimer()
    since.start()
    copy_sensitive(CONFIRMATION, clear_after_ms=300)
    with qtbot.waitSignal(sensitive_clipboard().expired) as expiry:
        pass
    assert expiry.args == [True] and _text() == ""
    # Well past the first copy's 20 ms; Qt's coarse timers may fire up to 5 % early.
    assert since.elapsed() >= 250, "the first copy's time must not clear the second"


def test_locking_clears_the_copy_before_its_time(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController
) -> None:
    controller.start()
    unlock(qtbot, controller, made_vault.passphrase)
    copy_sensitive(CONFIRMATION)
    assert _text() == CONFIRMATION
    with qtbot.waitSignal(controller.locked):
        press_ctrl_l(qtbot, controller)
    assert _text() == ""
