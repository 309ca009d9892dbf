"""The vault work of unlocking, set-up and a new passphrase, for the worker thread.

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

if TYPE_CHECKING:
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


@dataclass(frozen=True, slots=True)
class StarterSessions:
    """The starter menu as set-up asks for it: (in person, online) minutes and prices."""

    in_person_name: str
    online_name: str
    minutes: tuple[int, int]
    prices_yen: tuple[int, int]


def create_vault(
    folder: Path,
    *,
    passphrase: str,
    recovery_code: str,
    practice_name: str,
    counsellor_name: str,
    starter: StarterSessions,
    kdf: KdfParams | None,
) -> OpenVault:
    from desktop.services import vault_access
    from desktop.services.bookings import session_menu

    menu = session_menu.starter_menu(
        in_person_name=starter.in_person_name,
        online_name=starter.online_name,
        minutes=starter.minutes,
        prices_yen=starter.prices_yen,
    )
    return vault_access.create_practice_vault(
        folder,
        passphrase=passphrase,
        recovery_code=recovery_code,
        practice_name=practice_name,
        counsellor_name=counsellor_name,
        menu=menu,
        kdf=kdf,
    )


def record_unrecorded(vault: OpenVault) -> bool:
    """Try to record an unlock kept while the disk was full; ``False`` while it still is."""
    from desktop.services import vault_access

    return vault_access.record_unrecorded(vault)


def change_passphrase(vault: OpenVault, old_passphrase: str, new_passphrase: str) -> None:
    from desktop.services import vault_access

    vault_access.change_passphrase(vault, old_passphrase=old_passphrase, new_passphrase=new_passphrase)


def check_pages(vault: OpenVault) -> list[str]:
    """Every page of the open vault authenticated, on a connection of its own (see ``page_check``)."""
    from desktop.services import integrity

    return integrity.check_pages(vault)
