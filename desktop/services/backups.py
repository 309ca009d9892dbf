"""Backups as use cases (P-SAFEGUARD): back up now, verify, restore, and the backup settings.

The backup folder and how many backups to keep live in the vault's settings;
the last good backup and the last failure live in its properties, so the
Settings page and the status bar can tell the counsellor, after any unlock,
whether the records are safely copied. Every backup, failure, restore and
settings change is audited (ids and event names only, never a file name,
which carries the practice's name).

Backups never eat themselves: a new backup never replaces a file, and pruning
keeps this vault's newest N by the time inside each backup, never deleting the
one just written, the newest verified one, or anything that is not this
vault's backup (:mod:`desktop.vault.backup_folder`). Verifying against the
vault says when a backup is older than the vault's last change.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import (
    BackupFolderUnusable,
    BackupKeyMissing,
    BackupTargetExists,
    FullDiskWork,
    InvalidSetting,
    SorakumoError,
    StorageFull,
)
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Property, Setting
from desktop.services import practice_settings
from desktop.vault import audit, backup, backup_folder, backup_keys, restore, store
from desktop.vault.backup import Manifest, Progress
from desktop.vault.backup_keys import BackupKey
from desktop.vault.keyslots import KdfParams
from desktop.vault.store import OpenVault

FOLDER_SETTING = "backup.folder"
KEEP_SETTING = "backup.keep"
KEEP_DEFAULT = 10
KEEP_RANGE = (1, 100)
LAST_GOOD_PROPERTY = "backup.last_good"
LAST_FAILURE_PROPERTY = "backup.last_failure"
#: Automatic backups while the vault stays open.
DAILY_SECONDS = 24 * 60 * 60


@dataclass(frozen=True, slots=True)
class BackupSettings:
    folder: str = ""
    keep: int = KEEP_DEFAULT


@dataclass(frozen=True, slots=True)
class BackupRecord:
    """One backup that was written and verified."""

    path: str
    created_at: str
    verified_at: str
    rows: int
    tables: int


@dataclass(frozen=True, slots=True)
class BackupStatus:
    """What the Settings page and the status bar show."""

    settings: BackupSettings
    last_good: BackupRecord | None
    #: The error class of the newest failure since the last good backup, or ``""``.
    last_failure: str
    last_failure_at: str
    has_key: bool


def _json_property(session: Session, key: str) -> dict[str, object] | None:
    stored = session.get(Property, key)
    return json.loads(stored.value) if stored is not None else None


@dataclass(frozen=True, slots=True)
class VerifiedBackup:
    """A backup that passed every check, and how it stands against its vault."""

    manifest: Manifest
    #: Whether the vault could be read to compare (the backup's passphrase opened it too).
    compared: bool
    #: When the backup is older than the vault's last change: that change's time (UTC), else ``""``.
    vault_changed_at: str = ""


def status(vault: OpenVault) -> BackupStatus:
    with vault.reading() as session:
        settings = _settings(session)
        good = _json_property(session, LAST_GOOD_PROPERTY)
        failure = _json_property(session, LAST_FAILURE_PROPERTY) or {}
        has_key = backup_keys.load_key(session) is not None
    return BackupStatus(
        settings=settings,
        last_good=BackupRecord(**good) if good else None,  # type: ignore[arg-type]
        last_failure=str(failure.get("error", "")),
        last_failure_at=str(failure.get("at", "")),
        has_key=has_key,
    )


def _settings(session: Session) -> BackupSettings:
    stored = {
        row.key: json.loads(row.value)
        for row in session.scalars(select(Setting).where(Setting.key.in_((FOLDER_SETTING, KEEP_SETTING))))
    }
    folder, keep = stored.get(FOLDER_SETTING, ""), stored.get(KEEP_SETTING, KEEP_DEFAULT)
    return BackupSettings(
        folder=folder if isinstance(folder, str) else "",
        keep=keep if isinstance(keep, int) else KEEP_DEFAULT,
    )


def save_settings(vault: OpenVault, settings: BackupSettings) -> BackupSettings:
    low, high = KEEP_RANGE
    if not low <= settings.keep <= high:
        raise InvalidSetting(
            "backup_keep",
            QT_TRANSLATE_NOOP("settings", "%1 must be between %2 and %3."),
            QT_TRANSLATE_NOOP("settings", "Backups to keep"),
            str(low),
            str(high),
        )
    cleaned = BackupSettings(folder=settings.folder.strip(), keep=settings.keep)
    with vault.unit_of_work() as session:
        session.merge(Setting(key=FOLDER_SETTING, value=json.dumps(cleaned.folder, ensure_ascii=False)))
        session.merge(Setting(key=KEEP_SETTING, value=json.dumps(cleaned.keep)))
        audit.append(session, "backup.settings_changed", detail={"keep": cleaned.keep})
    return cleaned


def remember_passphrase_key(vault: OpenVault, passphrase: str, *, renew: bool = False) -> None:
    """Keep the backup key (SQLCipher's derivation of ``passphrase``) inside the vault.

    Called on every unlock with the passphrase (derived only when missing) and
    with ``renew`` whenever the passphrase changes, so later backups open with
    the new one (the vault keeps the earlier key, to read the older backups).
    """
    with vault.unit_of_work() as session:
        if renew or backup_keys.load_key(session) is None:
            backup_keys.store_key(session, backup_keys.new_backup_key(passphrase))


def _write_into(
    vault: OpenVault, folder: Path, key: BackupKey, progress: Progress | None
) -> tuple[Path, Manifest]:
    """A new backup in ``folder``, named in UTC with the first sequence number still free."""
    practice = practice_settings.load(vault).practice_name
    for name in backup_folder.candidate_names(practice, vault.vault_id, vault.time.now()):
        try:
            return folder / name, backup.write_backup(vault, folder / name, key, progress=progress)
        except BackupTargetExists:
            continue
    raise BackupFolderUnusable()


def back_up(
    vault: OpenVault,
    *,
    target: Path | None = None,
    folder: Path | None = None,
    automatic: bool = False,
    progress: Progress | None = None,
) -> BackupRecord:
    """Write and verify a backup: to ``target`` (a new file), else a new file in ``folder`` or the chosen one.

    An existing file is never replaced (:class:`BackupTargetExists` for a
    ``target`` that is there). In the chosen folder, only this vault's newest
    N backups are kept. A failure is recorded (and shown until the next
    success) and re-raised.
    """
    try:
        with vault.reading() as session:
            key = backup_keys.load_key(session)
            settings = _settings(session)
        if key is None:
            raise BackupKeyMissing()
        if target is None:
            if folder is None and not settings.folder:
                raise BackupFolderUnusable()
            folder = folder or Path(settings.folder).expanduser()
            target, manifest = _write_into(vault, folder, key, progress)
        else:
            manifest = backup.write_backup(vault, target, key, progress=progress)
    except SorakumoError as error:
        _record_failure(vault, error, automatic=automatic)
        raise
    record = BackupRecord(
        path=str(target),
        created_at=manifest.created_at,
        verified_at=vault.time.stamp(),
        rows=manifest.rows,
        tables=len(manifest.row_counts),
    )
    try:
        with vault.unit_of_work() as session:
            session.merge(Property(key=LAST_GOOD_PROPERTY, value=json.dumps(asdict(record))))
            stale = session.get(Property, LAST_FAILURE_PROPERTY)
            if stale is not None:
                session.delete(stale)
            audit.append(
                session,
                "backup.written",
                detail={"automatic": automatic, "rows": record.rows, "verified": True},
            )
    except StorageFull:
        raise StorageFull(FullDiskWork.BACKUP_UNRECORDED) from None
    if settings.folder and target.parent == Path(settings.folder).expanduser():
        _prune(vault, target.parent, settings.keep, written=target)
    return record


def _record_failure(vault: OpenVault, error: SorakumoError, *, automatic: bool) -> None:
    failure = {"error": type(error).__name__, "at": vault.time.stamp()}
    with contextlib.suppress(SorakumoError), vault.unit_of_work() as session:
        session.merge(Property(key=LAST_FAILURE_PROPERTY, value=json.dumps(failure)))
        audit.append(session, "backup.failed", detail={"automatic": automatic, "error": failure["error"]})


def _prune(vault: OpenVault, folder: Path, keep: int, *, written: Path) -> None:
    """Delete this vault's backups beyond the newest ``keep``, ordered by the time inside each.

    Never the backup just written nor the newest verified one; never a file
    that is not this vault's backup (see :mod:`desktop.vault.backup_folder`).
    """
    with vault.reading() as session:
        keys = backup_keys.load_keys(session)
        good = _json_property(session, LAST_GOOD_PROPERTY)
    protected = [written] + ([Path(str(good["path"]))] if good else [])
    mine = backup_folder.own_backups(folder, vault.vault_id, keys)
    removed = 0
    for old in backup_folder.to_prune(mine, keep=keep, protected=protected):
        with contextlib.suppress(OSError):
            old.unlink()
            removed += 1
    if removed:
        with contextlib.suppress(StorageFull), vault.unit_of_work() as session:
            audit.append(session, "backup.pruned", detail={"removed": removed, "kept": keep})


def verify(path: Path, *, passphrase: str, expected_vault_id: str | None = None) -> Manifest:
    """Check a backup file with the passphrase; :class:`BackupRefused` names what is wrong."""
    return backup.verify_backup(path, passphrase, expected_vault_id=expected_vault_id)


def changed_since(vault: OpenVault, manifest: Manifest) -> str:
    """The time of the vault's last change when the backup of ``manifest`` is older than it, else ``""``.

    Compared by the audit trail, not by clocks or names: the vault changed
    after the backup when its newest change (an unlock or a backup is not
    one) comes after the newest event the backup holds.
    """
    with vault.reading() as session:
        change = audit.last_change(session)
    if change is None or change[0] <= manifest.audit_head_id:
        return ""
    return change[1]


def verify_for_vault(path: Path, *, passphrase: str, folder: Path) -> VerifiedBackup:
    """Verify ``path`` as a backup of the vault in ``folder`` and compare it with the vault's last change.

    The vault is opened with the same passphrase (the unlock is recorded, as
    any); when it does not open (the passphrase changed since, or the vault
    is damaged), the backup is still verified and ``compared`` is false.
    """
    manifest = verify(path, passphrase=passphrase, expected_vault_id=store.read_key_file(folder).vault_id)
    try:
        vault = store.open_with_passphrase(folder, passphrase)
    except SorakumoError:
        return VerifiedBackup(manifest, compared=False)
    try:
        return VerifiedBackup(manifest, compared=True, vault_changed_at=changed_since(vault, manifest))
    finally:
        vault.close()


def restore_from(
    path: Path,
    *,
    passphrase: str,
    folder: Path,
    recovery_code: str,
    replace: bool = False,
    kdf: KdfParams | None = None,
) -> restore.Restored:
    """Verify ``path`` and build a vault from it in ``folder`` (audited inside the new vault)."""
    return restore.restore_backup(
        path, passphrase, folder, recovery_code=recovery_code, replace=replace, kdf=kdf
    )
