"""The vault folder on disk: its file names, permissions and atomic writes.

Every write of a vault file goes through :func:`write_atomically` so that a
crash, a full disk or a read-only folder leaves the previous file intact:
the bytes go to a temporary file beside the target, are fsynced, and only then
renamed over it. OS errors become the domain's own errors here, once.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from desktop import APP_NAME
from desktop.errors import StorageFull, VaultNotWritable

DB_FILE = "vault.db"
KEYS_FILE = "keys.json"
FOLDER_MODE = 0o700
FILE_MODE = 0o600

_NOT_WRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS}
_FULL = {errno.ENOSPC, errno.EDQUOT} if hasattr(errno, "EDQUOT") else {errno.ENOSPC}


def default_vault_dir() -> Path:
    """The platform's per-user data folder for the application."""
    from platformdirs import user_data_dir  # only when no folder was given: not on every start-up path

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False)) / "vault"


def vault_exists(folder: Path) -> bool:
    """Whether ``folder`` holds a vault (or what is left of one)."""
    return (folder / KEYS_FILE).exists() or (folder / DB_FILE).exists()


def is_storage_error(exc: OSError) -> bool:
    """Whether ``exc`` means "cannot write here" or "disk full" rather than a bug."""
    return exc.errno in _NOT_WRITABLE or exc.errno in _FULL


def domain_error(exc: OSError) -> Exception:
    """Translate an OS error from a write into the matching domain error."""
    if exc.errno in _FULL:
        return StorageFull()
    if exc.errno in _NOT_WRITABLE:
        return VaultNotWritable()
    return exc


@contextlib.contextmanager
def storage_errors() -> Iterator[None]:
    """Re-raise disk-full and permission errors as :class:`StorageFull` / :class:`VaultNotWritable`."""
    try:
        yield
    except OSError as exc:
        translated = domain_error(exc)
        if translated is exc:
            raise
        raise translated from None


def ensure_private_folder(folder: Path) -> None:
    """Create ``folder`` if needed and restrict it to the owner (0700)."""
    with storage_errors():
        folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
        if os.name == "posix" and stat.S_IMODE(folder.stat().st_mode) != FOLDER_MODE:
            folder.chmod(FOLDER_MODE)


def restrict_file(path: Path) -> None:
    """Make ``path`` readable and writable by its owner only (0600)."""
    if os.name == "posix" and path.exists():
        with storage_errors():
            path.chmod(FILE_MODE)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` so that readers see the old or the new file, never half.

    Raises :class:`StorageFull` or :class:`VaultNotWritable` with ``target``
    unchanged when the disk is full or the folder is read-only.
    """
    temp = target.with_name(f".{target.name}.{os.urandom(6).hex()}.tmp")
    with storage_errors():
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            try:
                view = memoryview(data)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(temp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        _fsync_folder(target.parent)
