"""One window per vault: an operating-system lock on a file in the vault folder. No Qt here.

The window takes the lock when it starts on a folder and keeps it until it
quits. The lock belongs to the open file, not to the file's existence, and
the operating system lets go of it when the process ends, however it ends
(``flock`` on POSIX, ``msvcrt.locking`` on Windows): a crash never leaves a
stale lock that shuts the counsellor out, and the empty file left behind is
harmless.

Commands that only write through the database (``import-mail``) ignore the
lock: SQLite serialises their writes with the window's. A command that
replaces the vault's files (``restore --replace``) takes the lock itself for
as long as it works, so it is refused while a window holds the vault and no
window can open the vault half-way through.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from desktop.errors import VaultInUse
from desktop.vault.files import FILE_MODE, ensure_private_folder, storage_errors, vault_exists

LOCK_FILE = ".window.lock"


class FolderLock:
    """An exclusive, non-blocking lock on ``folder``'s lock file, held until :meth:`release`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._fd: int | None = None
        self._made_folder = False

    def acquire(self) -> bool:
        """Take the lock; ``False`` (nothing held) when another window or command holds it."""
        if self._fd is not None:
            return True
        self._made_folder = not self.folder.exists()
        ensure_private_folder(self.folder)
        with storage_errors():
            fd = os.open(self.folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, FILE_MODE)
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        """Let go; a folder still without a vault (set-up cancelled, a restore refused) is left as found."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if not vault_exists(self.folder):
            with contextlib.suppress(OSError):  # removed while still held, so no other holder loses it
                (self.folder / LOCK_FILE).unlink()
                if self._made_folder:
                    self.folder.rmdir()  # only if empty
        _unlock(fd)
        os.close(fd)


@contextlib.contextmanager
def held_for_replacing(folder: Path) -> Iterator[None]:
    """Hold ``folder`` while its files are replaced; :class:`VaultInUse` if a window has it open."""
    lock = FolderLock(folder)
    if not lock.acquire():
        raise VaultInUse()
    try:
        yield
    finally:
        lock.release()


if sys.platform == "win32":  # pragma: no cover - exercised on the Windows runner
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock, not fcntl's record locks: two opens in one process exclude each other too,
        # and the lock follows the open file, so it ends with the process.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
