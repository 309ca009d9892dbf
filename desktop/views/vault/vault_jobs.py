"""The vault work the views hand to the worker thread, one function per action.

Each job imports its service when it runs, on the worker thread. That keeps
SQLAlchemy, Alembic, ``cryptography`` and the keyring out of start-up, so the
unlock dialog appears as fast as a bare window (``make bench``); :func:`preload`
then warms them up in the background while the counsellor types.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.policy.practice import PracticeSettings

if TYPE_CHECKING:
    from desktop.services.integrity import IntegrityReport
    from desktop.vault.keyslots import KdfParams
    from desktop.vault.store import OpenVault

_SERVICES = (
    "desktop.services.vault_access",
    "desktop.services.practice_settings",
    "desktop.services.integrity",
)


def preload() -> None:
    """Import the services ahead of their first use."""
    for name in _SERVICES:
        importlib.import_module(name)


def unlock(folder: Path, passphrase: str) -> OpenVault:
    from desktop.services import vault_access

    return vault_access.unlock(folder, passphrase=passphrase)


def unlock_with_recovery_code(folder: Path, recovery_code: str, new_passphrase: str) -> OpenVault:
    from desktop.services import vault_access

    return vault_access.unlock_with_recovery_code(
        folder, recovery_code=recovery_code, new_passphrase=new_passphrase
    )


def unlock_remembered(folder: Path) -> OpenVault | None:
    from desktop.services import vault_access

    return vault_access.unlock_remembered(folder)


def create_vault(
    folder: Path,
    *,
    passphrase: str,
    recovery_code: str,
    practice_name: str,
    counsellor_name: str,
    kdf: KdfParams | None,
) -> OpenVault:
    from desktop.services import vault_access

    return vault_access.create_practice_vault(
        folder,
        passphrase=passphrase,
        recovery_code=recovery_code,
        practice_name=practice_name,
        counsellor_name=counsellor_name,
        kdf=kdf,
    )


def change_passphrase(vault: OpenVault, old_passphrase: str, new_passphrase: str) -> None:
    from desktop.services import vault_access

    vault_access.change_passphrase(vault, old_passphrase=old_passphrase, new_passphrase=new_passphrase)


@dataclass(frozen=True, slots=True)
class SettingsSnapshot:
    """What the Settings page shows: the practice settings and the keyring state."""

    settings: PracticeSettings
    keyring_available: bool
    remembered: bool


def load_settings(vault: OpenVault) -> SettingsSnapshot:
    from desktop.services import practice_settings, vault_access
    from desktop.vault import remember

    available = remember.is_available()
    return SettingsSnapshot(
        settings=practice_settings.load(vault),
        keyring_available=available,
        remembered=available and vault_access.is_remembered(vault),
    )


def save_settings(vault: OpenVault, settings: PracticeSettings) -> PracticeSettings:
    from desktop.services import practice_settings

    return practice_settings.save(vault, settings)


def set_remembered(vault: OpenVault, enabled: bool) -> bool:
    from desktop.services import vault_access

    return vault_access.set_remembered(vault, enabled=enabled)


def check_vault(vault: OpenVault) -> IntegrityReport:
    from desktop.services import integrity

    return integrity.check_vault(vault)
