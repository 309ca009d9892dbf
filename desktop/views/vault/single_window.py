"""One window per vault: the folder's lock, and a local channel to the window that holds it.

The first window on a vault folder takes the folder's lock
(:mod:`desktop.vault.window_lock`) and listens on a local socket named from
the folder's path (a Unix socket or a named pipe: local IPC, never the
network). A second window on the same folder finds the lock taken, knocks on
that socket so the first comes to the front, and tells the counsellor the
vault is open already; it never unlocks the vault.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop import APP_NAME
from desktop.errors import StorageFull, VaultNotWritable
from desktop.vault.window_lock import FolderLock

log = logging.getLogger(__name__)

#: How long the second window waits for the first to take its knock.
KNOCK_TIMEOUT_MS = 2000


def channel_name(folder: Path) -> str:
    """The local socket's name: the same for every spelling of the folder's path, and no path in it."""
    digest = hashlib.sha256(str(folder.expanduser().resolve()).encode("utf-8")).hexdigest()
    return f"{APP_NAME}-{digest[:32]}"


class SingleWindowGuard(QObject):
    """Holds the folder for this window; :attr:`front_requested` when another window knocks."""

    front_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._lock = FolderLock(folder)
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """Take the folder and start listening; ``False`` (after knocking) when a window has it.

        A folder where not even the empty lock file can be made (read-only media, a full disk)
        is opened without the lock: the vault then opens read-only or says why, as before.
        """
        try:
            taken = self._lock.acquire()
        except (StorageFull, VaultNotWritable):
            log.warning("the vault folder cannot hold the window's lock file; opening without it")
            return True
        if not taken:
            self._knock()
            return False
        if self._server is None:
            name = channel_name(self._folder)
            # A socket file left by a window that crashed: the lock says no window owns it now.
            QLocalServer.removeServer(name)
            server = QLocalServer(self)
            server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            server.newConnection.connect(self._knocked)
            if not server.listen(name):
                log.warning("the window's local channel could not listen: %s", server.errorString())
            self._server = server
        return True

    def renew(self) -> None:
        """Take the lock again after the folder's files were replaced (a restore moved the old one aside)."""
        self._lock.release()
        self._lock.acquire()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.release()

    def _knock(self) -> None:
        socket = QLocalSocket(self)
        socket.connectToServer(channel_name(self._folder))
        if socket.waitForConnected(KNOCK_TIMEOUT_MS):
            socket.write(b"front\n")
            socket.waitForBytesWritten(KNOCK_TIMEOUT_MS)
            socket.disconnectFromServer()
        else:
            log.info("the window holding the vault did not answer: %s", socket.errorString())
        socket.deleteLater()

    @Slot()
    def _knocked(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            connection = server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            connection.disconnectFromServer()
        self.front_requested.emit()
