"""Backup work for the worker thread, one function per action.

Like the other ``*_jobs`` modules, each function imports its service when it
runs, on the worker thread, so SQLAlchemy stays out of the views. A backup's
progress callback is called on that thread too; the view relays it by signal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.backups import BackupRecord, BackupStatus, VerifiedBackup
    from desktop.vault.keyslots import KdfParams
    from desktop.vault.restore import Restored
    from desktop.vault.store import OpenVault


def status(vault: OpenVault) -> BackupStatus:
    from desktop.services import backups

    return backups.status(vault)


def save_settings(vault: OpenVault, folder: str, keep: int) -> BackupStatus:
    from desktop.services import backups

    backups.save_settings(vault, backups.BackupSettings(folder=folder, keep=keep))
    return backups.status(vault)


def back_up(vault: OpenVault, *, automatic: bool, progress: Callable[[float], None]) -> BackupRecord:
    from desktop.services import backups

    return backups.back_up(vault, automatic=automatic, progress=progress)


def back_up_on_close(vault: OpenVault) -> None:
    """The automatic backup when the window closes: only when a folder has been chosen."""
    from desktop.services import backups

    if backups.status(vault).settings.folder:
        backups.back_up(vault, automatic=True)


def compare_with_vault(backup: Path, passphrase: str, folder: Path) -> VerifiedBackup | None:
    """Verify ``backup`` against the vault it would replace; ``None`` when that vault cannot be read."""
    from desktop.errors import DamagedVault, VaultNotFound
    from desktop.services import backups

    try:
        return backups.verify_for_vault(backup, passphrase=passphrase, folder=folder)
    except (DamagedVault, VaultNotFound):
        return None


def restore(
    backup: Path, passphrase: str, folder: Path, *, recovery_code: str, replace: bool, kdf: KdfParams | None
) -> Restored:
    from desktop.services import backups

    return backups.restore_from(
        backup, passphrase=passphrase, folder=folder, recovery_code=recovery_code, replace=replace, kdf=kdf
    )
