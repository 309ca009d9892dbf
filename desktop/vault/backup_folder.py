"""The backup folder: names that never collide, and which files pruning may delete.

A backup's name carries the practice, the time in UTC and a sequence number:
``<practice>_<YYYYmmdd-HHMMSS>Z-<n>_<vault id prefix>.sorakumo-backup.db``.
The name is claimed by creating the file exclusively (see
:func:`desktop.vault.backup.export_backup`), so two backups in the same
second get ``-1`` and ``-2`` and no file is ever replaced.

Names decide nothing else. Pruning reads every candidate's manifest from
inside the file, with the backup keys the vault holds, and orders this vault's
backups by the manifest's own creation time. A file is this vault's backup
only when its salt is one of the vault's backup keys, its manifest opens with
that key, names this vault, and records the very name the file has: a copy, a
renamed file, another vault's backup or anything unreadable is never deleted.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from desktop.errors import BackupRefused
from desktop.vault.backup import SUFFIX, connect_backup, read_manifest
from desktop.vault.backup_keys import BackupKey
from desktop.vault.keyslots import SALT_BYTES

_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')
#: More backups than this in one second means something is wrong with the folder, not the clock.
MAX_SEQUENCE = 1000


def backup_file_name(practice: str, vault_id: str, when: datetime, sequence: int = 1) -> str:
    """``<practice>_<YYYYmmdd-HHMMSS>Z-<sequence>_<vault id prefix>.sorakumo-backup.db``, in UTC."""
    safe = _UNSAFE_IN_NAMES.sub("_", practice).strip(" .")[:40] or "Sorakumo"
    stamp = when.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    return f"{safe}_{stamp}Z-{sequence}_{vault_id[:8]}{SUFFIX}"


def candidate_names(practice: str, vault_id: str, when: datetime) -> Iterable[str]:
    """The names to try for a backup made at ``when``, in order; the first one free is claimed."""
    for sequence in range(1, MAX_SEQUENCE + 1):
        yield backup_file_name(practice, vault_id, when, sequence)


@dataclass(frozen=True, slots=True)
class FolderBackup:
    """One of this vault's backups in the folder, as its manifest describes it."""

    path: Path
    created_at: datetime


def _salt(path: Path) -> bytes | None:
    try:
        with path.open("rb") as handle:
            return handle.read(SALT_BYTES)
    except OSError:
        return None


def _manifest_of(path: Path, key: BackupKey) -> dict[str, str] | None:
    """The manifest's values, or ``None`` when the file does not open as a backup with ``key``."""
    try:
        connection = connect_backup(path, key.key)
    except sqlcipher.Error:
        return None
    try:
        return read_manifest(connection)
    except (sqlcipher.Error, BackupRefused):  # damaged, not a backup, not this key: not ours to delete
        return None
    finally:
        with contextlib.suppress(sqlcipher.Error):
            connection.close()


def _created_at(value: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def own_backups(folder: Path, vault_id: str, keys: Sequence[BackupKey]) -> list[FolderBackup]:
    """This vault's backups in ``folder`` (see the module's docstring), newest first by their manifests."""
    by_salt = {key.salt: key for key in keys}
    found: list[FolderBackup] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        if path.name.startswith(".") or not path.name.endswith(SUFFIX):
            continue
        if path.is_symlink() or not path.is_file():
            continue
        key = by_salt.get(_salt(path) or b"")
        manifest = _manifest_of(path, key) if key is not None else None
        if manifest is None:
            continue
        if manifest.get("vault_id") != vault_id or manifest.get("file_name") != path.name:
            continue
        created = _created_at(manifest.get("created_at", ""))
        if created is not None:
            found.append(FolderBackup(path, created))
    return sorted(found, key=lambda backup: backup.created_at, reverse=True)


def to_prune(backups: Sequence[FolderBackup], *, keep: int, protected: Iterable[Path]) -> list[Path]:
    """The backups beyond the newest ``keep`` (by their manifests), never one of ``protected``."""
    spared = {_same(path) for path in protected}
    newest_first = sorted(backups, key=lambda backup: backup.created_at, reverse=True)
    return [backup.path for backup in newest_first[keep:] if _same(backup.path) not in spared]


def _same(path: Path) -> Path:
    with contextlib.suppress(OSError):
        return path.resolve()
    return path.absolute()
