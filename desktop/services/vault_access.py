"""Use cases around the vault itself: set-up, unlocking, passphrases, remembering.

The passphrase rule (P-SAFEGUARD) is applied here, before any key slot is
written; a refusal is a :class:`PolicyRefusal` the view shows as a sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from desktop.errors import DamagedVault, PolicyRefusal, StorageFull, VaultNotFound
from desktop.policy.practice import PracticeSettings
from desktop.policy.safeguard import assess_passphrase
from desktop.services import backups, practice_settings
from desktop.services.bookings import session_menu
from desktop.vault import remember, store
from desktop.vault.keyslots import KdfParams
from desktop.vault.store import OpenVault

log = logging.getLogger(__name__)


def _require_acceptable(passphrase: str) -> None:
    verdict = assess_passphrase(passphrase).verdict
    if not verdict.allowed:
        raise PolicyRefusal(verdict.rule, verdict.reason, verdict.args)


def create_practice_vault(
    folder: Path,
    *,
    passphrase: str,
    recovery_code: str,
    practice_name: str,
    counsellor_name: str,
    menu: Sequence[session_menu.MenuItemDraft] = (),
    kdf: KdfParams | None = None,
) -> OpenVault:
    """Create the vault, store the practice's names and its starter menu (P-SAFEGUARD on the passphrase).

    The window's set-up wizard and ``init`` both come here, so a vault set up
    either way starts with the same kind of menu (:func:`session_menu.starter_menu`).
    Everything is checked before a byte is written.
    """
    _require_acceptable(passphrase)
    settings = practice_settings.validate(
        PracticeSettings(practice_name=practice_name, counsellor_name=counsellor_name)
    )
    drafts = [session_menu.validate(draft) for draft in menu]
    vault = store.create_vault(folder, passphrase=passphrase, recovery_code=recovery_code, kdf=kdf)
    try:
        practice_settings.save(vault, settings)
        if drafts:
            session_menu.add_items(vault, drafts=drafts)
        backups.remember_passphrase_key(vault, passphrase, renew=True)
    except BaseException:
        vault.close()
        raise
    return vault


def unlock(folder: Path, *, passphrase: str) -> OpenVault:
    vault = store.open_with_passphrase(folder, passphrase)
    _with_backup_key(vault, passphrase, renew=False)
    return vault


def _with_backup_key(vault: OpenVault, passphrase: str, *, renew: bool) -> None:
    """Backups are keyed with the passphrase; keep its derivation while it is at hand.

    The vault's clock is also set to the practice's time zone here, the one
    step every unlock with a passphrase goes through. On a full disk (the vault
    opened read-only) a missing backup key waits for the next unlock.
    """
    try:
        try:
            backups.remember_passphrase_key(vault, passphrase, renew=renew)
        except StorageFull:
            if renew or not vault.read_only:
                raise
            log.warning("the backup key waits for an unlock with space on the disk")
        practice_settings.apply_time_zone(vault)
    except BaseException:
        vault.close()
        raise


def unlock_with_recovery_code(folder: Path, *, recovery_code: str, new_passphrase: str) -> OpenVault:
    """Open with the recovery code and set a new passphrase in the same step."""
    _require_acceptable(new_passphrase)
    vault = store.open_with_recovery_code(folder, recovery_code, new_passphrase)
    _with_backup_key(vault, new_passphrase, renew=True)
    return vault


def change_passphrase(vault: OpenVault, *, old_passphrase: str, new_passphrase: str) -> None:
    _require_acceptable(new_passphrase)
    store.change_passphrase(vault, old_passphrase, new_passphrase)
    backups.remember_passphrase_key(vault, new_passphrase, renew=True)


def record_unrecorded(vault: OpenVault) -> bool:
    """Record the unlock kept in memory while the disk was full; ``False`` while it still is."""
    return vault.record_unrecorded()


def vault_id_of(folder: Path) -> str | None:
    """The vault's id from ``keys.json``, or ``None`` when there is no readable vault."""
    try:
        return store.read_key_file(folder).vault_id
    except (VaultNotFound, DamagedVault, OSError):
        return None


def unlock_remembered(folder: Path) -> OpenVault | None:
    """Open with the key remembered on this device; ``None`` means "ask for the passphrase".

    A key that no longer fits (the vault was restored or replaced) is forgotten.
    """
    vault_id = vault_id_of(folder)
    if vault_id is None:
        return None
    key = remember.load_key(vault_id)
    if key is None:
        return None
    vault = store.open_with_key(folder, key)
    if vault is None:
        log.info("remembered key no longer fits the vault; forgetting it")
        remember.forget_key(vault_id)
    else:
        practice_settings.apply_time_zone(vault)
    return vault


def set_remembered(vault: OpenVault, *, enabled: bool) -> bool:
    """Turn "remember on this device" on or off; returns whether it is now on."""
    if not enabled:
        remember.forget_key(vault.vault_id)
        return False
    return remember.store_key(vault.vault_id, vault.key())


def is_remembered(vault: OpenVault) -> bool:
    return remember.is_remembered(vault.vault_id)
