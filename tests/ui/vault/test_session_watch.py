"""Locking when the counsellor walks away (P-SAFEGUARD): screen lock and sleep lock the vault at once.

On Linux the app listens on D-Bus; here a private ``dbus-daemon`` stands in
for both the system bus (logind) and the session bus (the screen saver), and
the test sends the very signals a desktop sends. The lock also clears a
client's name from the clipboard. D-Bus is a local Unix socket: no network.
Windows' messages are handed to the watcher as its native event filter would.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.views.common.clipboard import copy_sensitive
from desktop.views.controller import DesktopController
from desktop.views.vault.session_watch import (
    LOGIN1,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    Away,
    SessionWatcher,
)
from tests.helpers.records import NAME
from tests.ui.conftest import MadeVault
from tests.ui.drive import SLOW_MS, is_locked, unlock

#: The lock must follow the signal within this (the promise is one second; the slot locks at once).
WITHIN_MS = 1000


@pytest.fixture(scope="module")
def private_bus() -> Iterator[QDBusConnection]:
    """A private bus as both system and session bus of this process; the connection that sends signals."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed (apt-get install dbus), so no bus can be started")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().decode().strip()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
            patch.setenv("DBUS_SYSTEM_BUS_ADDRESS", address)
            sender = QDBusConnection.connectToBus(address, "sorakumo-test-sender")
            assert sender.isConnected()
            assert sender.registerService(LOGIN1)  # logind's name: its signals are only heard from it
            yield sender
            QDBusConnection.disconnectFromBus("sorakumo-test-sender")
    finally:
        daemon.kill()
        daemon.wait()
        daemon.stdout.close()


def _signal(bus: QDBusConnection, path: str, interface: str, name: str, *arguments: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    if arguments:
        message.setArguments(list(arguments))
    assert bus.send(message)


def _unlocked_with_a_name_copied(qtbot: QtBot, controller: DesktopController, passphrase: str) -> None:
    controller.start()
    unlock(qtbot, controller, passphrase)
    copy_sensitive(NAME)
    assert QGuiApplication.clipboard().text() == NAME


def _assert_locks_within_a_second(qtbot: QtBot, controller: DesktopController) -> None:
    with qtbot.waitSignal(controller.locked, timeout=WITHIN_MS):
        pass
    assert is_locked(controller)
    assert QGuiApplication.clipboard().text() == ""


@pytest.mark.parametrize(
    ("path", "interface"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ],
)
def test_p_safeguard_the_screen_saver_starting_locks_the_vault_and_clears_the_clipboard(
    qtbot: QtBot,
    made_vault: MadeVault,
    controller: DesktopController,
    private_bus: QDBusConnection,
    path: str,
    interface: str,
) -> None:
    _unlocked_with_a_name_copied(qtbot, controller, made_vault.passphrase)
    _signal(private_bus, path, interface, "ActiveChanged", False)  # the screen saver ending changes nothing
    _signal(private_bus, path, interface, "ActiveChanged", True)
    _assert_locks_within_a_second(qtbot, controller)


def test_p_safeguard_logind_locking_the_session_locks_the_vault(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController, private_bus: QDBusConnection
) -> None:
    _unlocked_with_a_name_copied(qtbot, controller, made_vault.passphrase)
    _signal(private_bus, "/org/freedesktop/login1/session/_32", f"{LOGIN1}.Session", "Lock")
    _assert_locks_within_a_second(qtbot, controller)


def test_p_safeguard_going_to_sleep_locks_the_vault_and_waking_up_does_not(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController, private_bus: QDBusConnection
) -> None:
    _unlocked_with_a_name_copied(qtbot, controller, made_vault.passphrase)
    with qtbot.waitSignal(controller.session_watcher.away, timeout=SLOW_MS, raising=False) as woke:
        _signal(private_bus, "/org/freedesktop/login1", f"{LOGIN1}.Manager", "PrepareForSleep", False)
    assert not woke.signal_triggered and not is_locked(controller)
    _signal(private_bus, "/org/freedesktop/login1", f"{LOGIN1}.Manager", "PrepareForSleep", True)
    _assert_locks_within_a_second(qtbot, controller)


def test_p_safeguard_a_lock_or_suspend_message_on_windows_makes_the_counsellor_away(qtbot: QtBot) -> None:
    watcher = SessionWatcher()
    seen: list[str] = []
    watcher.away.connect(seen.append)
    watcher.handle_windows_message(WM_WTSSESSION_CHANGE, 0x8)  # WTS_SESSION_UNLOCK
    watcher.handle_windows_message(WM_POWERBROADCAST, 0x7)  # PBT_APMRESUMESUSPEND
    assert seen == []
    watcher.handle_windows_message(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    watcher.handle_windows_message(WM_POWERBROADCAST, PBT_APMSUSPEND)
    assert seen == [Away.SCREEN_LOCKED.value, Away.SLEEP.value]
