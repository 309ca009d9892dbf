"""Restoring a backup into a new vault: new key, new key slots, the old vault kept aside.

The backup is verified first (:func:`desktop.vault.backup.inspect`); the new
vault is built in a hidden sibling folder and only moved into place once it
is whole, so a failure half-way leaves the target exactly as it was. The
restored vault keeps its vault id, so its audit chain stays intact, and a
backup of an older schema is migrated like any vault at unlock.
"""

from __future__ import annotations

import os
import secrets
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from desktop.errors import BackupProblem, BackupRefused, SorakumoError, VaultExists
from desktop.models import Property
from desktop.vault import audit, migrate, receipt_watermark
from desktop.vault.backup import (
    MANIFEST_TABLE,
    Manifest,
    derive_for,
    fsync,
    inspect,
)
from desktop.vault.backup_keys import new_backup_key, store_key
from desktop.vault.engine import checkpoint, database_errors, domain_error, open_engine, raw_connect
from desktop.vault.files import DB_FILE, ensure_private_folder, restrict_file, storage_errors, vault_exists
from desktop.vault.keyslots import KEY_BYTES, KdfParams, tune_kdf
from desktop.vault.store import OpenVault, open_with_key, read_key_file, write_key_slots

REPLACED_MARK = ".replaced-"


@dataclass(eq=False)
class Restored:
    """The restored vault, open; the manifest it came from; where a replaced vault was put aside."""

    vault: OpenVault
    manifest: Manifest
    replaced_folder: Path | None


def _build_vault(
    staging: Path, backup: Path, backup_key: bytes, manifest: Manifest, passphrase: str
) -> bytes:
    """A new ``vault.db`` in ``staging`` with a new random key, filled from the backup."""
    db_key = os.urandom(KEY_BYTES)
    db_path = staging / DB_FILE
    with database_errors():
        connection = raw_connect(db_path, db_key)
        try:
            connection.isolation_level = None
            connection.execute("ATTACH DATABASE ? AS backup KEY ?", (str(backup), f"x'{backup_key.hex()}'"))
            connection.execute("SELECT sqlcipher_export('main', 'backup')")
            connection.execute("DETACH DATABASE backup")
            connection.execute(f"DROP TABLE {MANIFEST_TABLE}")
        finally:
            connection.close()
        restrict_file(db_path)
        engine = open_engine(db_path, db_key)
    try:
        with database_errors():
            migrate.upgrade(engine, db_path)
        vault = OpenVault(staging, manifest.vault_id, engine, bytearray(db_key))
        with vault.unit_of_work() as session:
            stored = session.get(Property, audit.VAULT_ID_KEY)
            if stored is None or stored.value != manifest.vault_id:
                raise BackupRefused(BackupProblem.NOT_A_BACKUP)
            store_key(session, new_backup_key(passphrase))
            audit.append(
                session,
                "vault.restored_from_backup",
                detail={
                    "backup_created_at": manifest.created_at,
                    "backup_revision": manifest.schema_revision,
                },
            )
        checkpoint(engine)
    finally:
        engine.dispose()
    return db_key


def _move_into_place(staging: Path, folder: Path) -> Path | None:
    """Put the built vault at ``folder``; a vault already there is renamed aside, never deleted."""
    aside = None
    if vault_exists(folder):
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        aside = folder.with_name(f"{folder.name}{REPLACED_MARK}{stamp}")
        os.rename(folder, aside)
    if folder.exists():
        for item in staging.iterdir():
            os.replace(item, folder / item.name)
        staging.rmdir()
    else:
        os.rename(staging, folder)
    fsync(folder.parent, folder=True)
    return aside


def restore_backup(
    backup: Path,
    passphrase: str,
    folder: Path,
    *,
    recovery_code: str,
    replace: bool = False,
    kdf: KdfParams | None = None,
) -> Restored:
    """Verify ``backup``, then build a new vault from it in ``folder`` (new key, new key slots).

    The restored vault's passphrase is the backup's; ``recovery_code`` is new.
    An existing vault is refused unless ``replace``; then it must be the same
    vault (a different practice's records are never swapped in) and it is kept
    aside, renamed. A backup of an older schema is migrated.
    """
    backup_key = derive_for(backup, passphrase)
    manifest = inspect(backup, backup_key)
    if vault_exists(folder):
        if not replace:
            raise VaultExists()
        try:
            existing: str | None = read_key_file(folder).vault_id
        except (SorakumoError, OSError):  # a damaged vault is what a restore is for
            existing = None
        if existing is not None and existing != manifest.vault_id:
            raise BackupRefused(BackupProblem.OTHER_VAULT)
    params = kdf or tune_kdf()
    staging = folder.with_name(f".{folder.name}.restoring-{secrets.token_hex(4)}")
    try:
        ensure_private_folder(staging)
        db_key = _build_vault(staging, backup, backup_key, manifest, passphrase)
        write_key_slots(
            staging, db_key, manifest.vault_id, passphrase=passphrase, recovery_code=recovery_code, kdf=params
        )
        with storage_errors():
            aside = _move_into_place(staging, folder)
            if aside is not None:
                receipt_watermark.carry(aside, folder)
    except BaseException as error:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(error, sqlcipher.Error):
            raise domain_error(error) or error from None
        raise
    vault = open_with_key(folder, db_key)
    assert vault is not None  # the key was written with the vault a moment ago
    return Restored(vault, manifest, aside)
