"""Locking the vault when the counsellor walks away: the screen locks, the computer sleeps (P-SAFEGUARD).

The idle lock (:mod:`desktop.views.vault.idle_lock`) waits for minutes; this
watcher listens to what the platform says at once, and the controller locks
on it, well within a second:

- **Linux**, through D-Bus: on the system bus, logind's
  ``org.freedesktop.login1.Manager.PrepareForSleep(true)`` (suspend and
  hibernate) and ``org.freedesktop.login1.Session.Lock`` (``loginctl
  lock-session``, and desktops that lock through logind); on the session bus,
  ``ActiveChanged(true)`` of ``org.freedesktop.ScreenSaver`` (KDE, Xfce and
  most others) and of ``org.gnome.ScreenSaver`` (GNOME). Any object path is
  accepted: desktops publish these at different paths. A bus that is not
  there (no desktop session, a container) is simply not watched.
- **Windows**, through the window's messages: ``WTSRegisterSessionNotification``
  asks for ``WM_WTSSESSION_CHANGE`` (``WTS_SESSION_LOCK``), and
  ``WM_POWERBROADCAST`` with ``PBT_APMSUSPEND`` comes before sleep; a
  :class:`QAbstractNativeEventFilter` sees both.
- **macOS**: no session notification yet; the idle lock applies.

D-Bus is a local Unix socket: nothing here touches the network.
"""

from __future__ import annotations

import logging
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QCoreApplication, QObject, Signal, Slot

log = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
_SCREEN_SAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
_SYSTEM_BUS_SOCKET = Path("/run/dbus/system_bus_socket")


class Away(StrEnum):
    """Why the counsellor is taken to be away (written to the log; no personal data)."""

    SCREEN_LOCKED = "screen_locked"
    SLEEP = "sleep"


class SessionWatcher(QObject):
    """Emits :attr:`away` when the platform says the screen locked or the computer is about to sleep."""

    away = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._native: _WindowsFilter | None = None

    # --- Linux: D-Bus ---------------------------------------------------------------------

    def watch_buses(self, system: Any, session: Any) -> list[str]:
        """Listen on the given ``QDBusConnection`` objects (either may be ``None``); what is watched."""
        watched: list[str] = []
        if system is not None and system.isConnected():
            if system.connect(LOGIN1, "", f"{LOGIN1}.Manager", "PrepareForSleep", self, SLOT("_sleep(bool)")):
                watched.append("PrepareForSleep")
            if system.connect(LOGIN1, "", f"{LOGIN1}.Session", "Lock", self, SLOT("_session_lock()")):
                watched.append("Session.Lock")
        if session is not None and session.isConnected():
            for interface in _SCREEN_SAVERS:
                if session.connect("", "", interface, "ActiveChanged", self, SLOT("_screen_saver(bool)")):
                    watched.append(f"{interface}.ActiveChanged")
        return watched

    @Slot(bool)
    def _sleep(self, starting: bool) -> None:
        if starting:  # PrepareForSleep(false) comes on waking up
            self.away.emit(Away.SLEEP.value)

    @Slot()
    def _session_lock(self) -> None:
        self.away.emit(Away.SCREEN_LOCKED.value)

    @Slot(bool)
    def _screen_saver(self, active: bool) -> None:
        if active:
            self.away.emit(Away.SCREEN_LOCKED.value)

    # --- Windows: window messages ------------------------------------------------------------

    def watch_window(self, window_id: int) -> bool:
        """Ask Windows for the session changes of the window ``window_id``; ``False`` elsewhere."""
        if sys.platform != "win32":
            return False
        if self._native is None:
            self._native = _WindowsFilter(self)
            app = QCoreApplication.instance()
            assert app is not None
            app.installNativeEventFilter(self._native)
        return _register_session_notification(window_id)

    def handle_windows_message(self, message: int, parameter: int) -> None:
        """React to one window message (``message``, its ``wParam``): a lock or a suspend makes us away."""
        if message == WM_WTSSESSION_CHANGE and parameter == WTS_SESSION_LOCK:
            self.away.emit(Away.SCREEN_LOCKED.value)
        elif message == WM_POWERBROADCAST and parameter == PBT_APMSUSPEND:
            self.away.emit(Away.SLEEP.value)


WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
_NOTIFY_FOR_THIS_SESSION = 0


class _WindowsFilter(QAbstractNativeEventFilter):
    """Reads each Windows ``MSG`` the application receives and hands the two that matter to the watcher."""

    def __init__(self, watcher: SessionWatcher) -> None:
        super().__init__()
        self._watcher = watcher

    def nativeEventFilter(self, eventType: Any, message: Any) -> tuple[bool, int]:
        if sys.platform == "win32" and bytes(eventType) == b"windows_generic_MSG":
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))
            self._watcher.handle_windows_message(msg.message, msg.wParam)
        return False, 0


def _register_session_notification(window_id: int) -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    registered = bool(
        ctypes.windll.wtsapi32.WTSRegisterSessionNotification(window_id, _NOTIFY_FOR_THIS_SESSION)
    )
    if not registered:
        log.warning("Windows did not accept the session-change notification; the idle lock still applies")
    return registered


def platform_buses() -> tuple[Any, Any]:
    """The system and session buses on Linux, each only when its socket is there (else ``None``).

    Asking Qt for a bus that does not exist would make it try to start one.
    """
    if not sys.platform.startswith("linux"):
        return None, None
    from PySide6.QtDBus import QDBusConnection

    system = (
        QDBusConnection.systemBus()
        if os.environ.get("DBUS_SYSTEM_BUS_ADDRESS") or _SYSTEM_BUS_SOCKET.exists()
        else None
    )
    session = QDBusConnection.sessionBus() if os.environ.get("DBUS_SESSION_BUS_ADDRESS") else None
    return system, session
