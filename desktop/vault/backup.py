"""Encrypted backups: a standard SQLCipher 4 file that opens with the passphrase alone.

A backup is written with ``sqlcipher_export`` into an ``ATTACH``ed database
keyed with :class:`BackupKey`: PBKDF2-HMAC-SHA512 (256,000 iterations, the
file's own 16-byte salt), which is exactly SQLCipher 4's default derivation.
Any SQLCipher 4 reader therefore opens the file with the passphrase and its
default settings, and the practice's records never depend on this program.
The key is derived once (when the passphrase is at hand) and kept inside the
vault, so automatic backups also run after an unlock with a remembered key;
keys of earlier passphrases stay there too, so the vault can still read (and
prune) the backups they made.

Nothing here ever writes a plain page: no ``VACUUM INTO``, no SQLite backup
API; temporary tables stay in memory. A backup's name is claimed first (an
empty file created exclusively, so an existing file is never replaced), the
backup goes to a hidden temp name created 0600, is fsynced and renamed over
its claim, then verified before it counts. Its manifest records the name it
was written under, which is how pruning tells it from a copy or a renamed file.

Verify tells its failures apart (:class:`~desktop.errors.BackupProblem`):
every page's HMAC (``cipher_integrity_check``), the page count against the
file size (truncated / data appended), SQLite's own ``integrity_check`` and
the manifest's row counts. A damaged salt (the first 16 bytes) makes every
page fail, which is indistinguishable from a wrong passphrase.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from desktop import __version__
from desktop.errors import (
    BackupFolderUnusable,
    BackupProblem,
    BackupRefused,
    BackupTargetExists,
    FullDiskWork,
    StorageFull,
    VaultNotWritable,
)
from desktop.vault import audit, migrate
from desktop.vault.backup_keys import (  # the key's functions, reachable here as before
    BackupKey,
    derive_key,
)
from desktop.vault.engine import database_errors, raw_connect
from desktop.vault.files import (
    DB_FILE,
    restrict_file,
    storage_errors,
)
from desktop.vault.keyslots import SALT_BYTES
from desktop.vault.page_check import damaged_pages
from desktop.vault.store import OpenVault

FORMAT = 1
SUFFIX = ".sorakumo-backup.db"
MANIFEST_TABLE = "backup_manifest"
PAGE_SIZE = 4096

_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
_PAGE_IN_MESSAGE = re.compile(r"[Pp]age (\d+)")
_PROGRESS_EVERY_OPS = 20_000
#: The export's part of a backup's progress bar; the verification takes the rest.
EXPORT_SHARE = 0.6

Progress = Callable[[float], None]


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a backup says about itself (the ``backup_manifest`` table)."""

    format: int
    app_version: str
    schema_revision: str
    created_at: str
    vault_id: str
    row_counts: dict[str, int]
    #: The name the backup was written under ("" in backups made before names were recorded).
    file_name: str = ""
    #: The id of the newest audit event in the backup (read from the backup, not written by the manifest).
    audit_head_id: int = 0

    @property
    def rows(self) -> int:
        return sum(self.row_counts.values())

    def items(self) -> list[tuple[str, str]]:
        fixed = [
            ("format", str(self.format)),
            ("app_version", self.app_version),
            ("schema_revision", self.schema_revision),
            ("created_at", self.created_at),
            ("vault_id", self.vault_id),
            ("file_name", self.file_name),
        ]
        return fixed + [(f"rows.{table}", str(count)) for table, count in sorted(self.row_counts.items())]


# --- writing -------------------------------------------------------------------------------


def _table_counts(connection: Any, schema: str) -> dict[str, int]:
    """Rows of every stored table (shadow tables of the search index included; not the manifest)."""
    names = [
        row[0]
        for row in connection.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND rootpage > 0 "
            f"AND name NOT LIKE 'sqlite_%' AND name != '{MANIFEST_TABLE}' ORDER BY name"
        )
    ]
    # Names come from the schema itself, never from input.
    return {
        name: connection.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0] for name in names
    }


@contextlib.contextmanager
def _backup_errors() -> Iterator[None]:
    """An unwritable folder becomes one sentence about the folder; a full disk, one about the backup."""
    try:
        with database_errors(), storage_errors():
            yield
    except StorageFull:
        raise StorageFull(FullDiskWork.BACKUP) from None
    except VaultNotWritable:
        raise BackupFolderUnusable() from None
    except FileNotFoundError:
        raise BackupFolderUnusable() from None


def fsync(path: Path, *, folder: bool = False) -> None:
    if folder and os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


def write_backup(
    vault: OpenVault, target: Path, key: BackupKey, *, progress: Progress | None = None
) -> Manifest:
    """Export the vault into ``target``, encrypted with ``key``, and verify it before returning.

    Raises :class:`BackupTargetExists` when ``target`` is already there (it is
    never replaced), :class:`BackupFolderUnusable`, :class:`StorageFull` or
    :class:`BackupRefused` with nothing left behind at ``target``.
    """
    report = progress or (lambda _fraction: None)
    manifest = export_backup(vault, target, key, progress=lambda fraction: report(fraction * EXPORT_SHARE))
    try:
        inspect(target, key.key, expected_vault_id=vault.vault_id, structure=False)
    except BaseException:
        _remove(target)
        raise
    report(1.0)
    return manifest


def export_backup(
    vault: OpenVault, target: Path, key: BackupKey, *, progress: Progress | None = None
) -> Manifest:
    """The export alone (:func:`write_backup` without its verification): claim, temp name, fsync, rename."""
    report = progress or (lambda _fraction: None)
    source = vault.folder / DB_FILE
    source_bytes = sum(p.stat().st_size for p in (source, source.with_name(DB_FILE + "-wal")) if p.exists())
    temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    with _backup_errors():
        if not target.parent.is_dir():
            raise BackupFolderUnusable()
        try:
            # The claim: created exclusively, so two backups never get one name and no file is replaced.
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            raise BackupTargetExists() from None
        try:
            # Created 0600 before SQLite sees it, so the file is never readable by others.
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except BaseException:
            _remove(target)
            raise
    try:
        with _backup_errors():
            connection = raw_connect(source, vault.key())
            try:
                connection.isolation_level = None

                def tick() -> int:
                    with contextlib.suppress(OSError):
                        report(min(0.95, temp.stat().st_size / max(source_bytes, 1)))
                    return 0

                connection.set_progress_handler(tick, _PROGRESS_EVERY_OPS)
                connection.execute("ATTACH DATABASE ? AS backup KEY ?", (str(temp), key.attach_secret()))
                # A half-written temp file is deleted, never recovered: it needs no journal, and
                # one fsync at the end replaces SQLite's own syncs.
                connection.execute("PRAGMA backup.journal_mode = OFF")
                connection.execute("PRAGMA backup.synchronous = OFF")
                connection.execute("PRAGMA backup.cache_size = -65536")
                connection.execute("BEGIN")
                manifest = Manifest(
                    format=FORMAT,
                    app_version=__version__,
                    schema_revision=_schema_revision(connection),
                    created_at=vault.time.stamp(),
                    vault_id=vault.vault_id,
                    row_counts=_table_counts(connection, "main"),
                    file_name=target.name,
                )
                connection.execute("SELECT sqlcipher_export('backup')")
                connection.execute(f"CREATE TABLE backup.{MANIFEST_TABLE} (key TEXT PRIMARY KEY, value TEXT)")
                connection.executemany(f"INSERT INTO backup.{MANIFEST_TABLE} VALUES (?, ?)", manifest.items())
                connection.execute("COMMIT")
                connection.set_progress_handler(None, 0)
                connection.execute("DETACH DATABASE backup")
            finally:
                connection.close()
            fsync(temp)
            os.replace(temp, target)
            fsync(target.parent, folder=True)
        restrict_file(target)
    except BaseException:
        _remove(temp, target)
        raise
    report(1.0)
    return manifest


def _schema_revision(connection: Any) -> str:
    row = connection.execute("SELECT version_num FROM main.alembic_version").fetchone()
    return str(row[0]) if row else ""


# --- verifying -----------------------------------------------------------------------------


def _first_bytes(path: Path) -> tuple[int, bytes]:
    """The file's size and salt, refusing what cannot be a SQLCipher file before any derivation."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise BackupRefused(BackupProblem.MISSING)
        with path.open("rb") as handle:
            head = handle.read(SALT_BYTES)
    except OSError:
        raise BackupRefused(BackupProblem.MISSING) from None
    if head == _PLAIN_SQLITE_HEADER:
        raise BackupRefused(BackupProblem.NOT_A_BACKUP)
    if size < PAGE_SIZE:
        raise BackupRefused(BackupProblem.TRUNCATED if size else BackupProblem.NOT_A_BACKUP)
    return size, head


def connect_backup(path: Path, key: bytes) -> Any:
    connection = sqlcipher.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection


def read_manifest(connection: Any) -> dict[str, str]:
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MANIFEST_TABLE,)
    ).fetchone()
    if found is None:
        raise BackupRefused(BackupProblem.NOT_A_BACKUP)
    return {str(k): str(v) for k, v in connection.execute(f"SELECT key, value FROM {MANIFEST_TABLE}")}


def _audit_head_id(connection: Any) -> int:
    """The newest audit event's id inside the backup (0 when it has none)."""
    row = connection.execute("SELECT value FROM properties WHERE key = ?", (audit.HEAD_KEY,)).fetchone()
    try:
        return int(json.loads(row[0])["id"]) if row else 0
    except (ValueError, KeyError, TypeError):
        raise BackupRefused(BackupProblem.DAMAGED) from None


def _parse_manifest(values: dict[str, str], audit_head_id: int) -> Manifest:
    try:
        manifest = Manifest(
            format=int(values["format"]),
            app_version=values["app_version"],
            schema_revision=values["schema_revision"],
            created_at=values["created_at"],
            vault_id=values["vault_id"],
            row_counts={k[5:]: int(v) for k, v in values.items() if k.startswith("rows.")},
            file_name=values.get("file_name", ""),
            audit_head_id=audit_head_id,
        )
    except (KeyError, ValueError):
        raise BackupRefused(BackupProblem.NOT_A_BACKUP) from None
    if manifest.format > FORMAT or not migrate.knows_revision(manifest.schema_revision):
        raise BackupRefused(BackupProblem.NEWER_VERSION)
    return manifest


def _structure_problems(connection: Any) -> list[str]:
    return [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]


def inspect(
    path: Path, key: bytes, *, expected_vault_id: str | None = None, structure: bool = True
) -> Manifest:
    """Every check of :func:`verify_backup`, with the key already derived.

    ``structure=False`` leaves out SQLite's ``integrity_check`` (the B-trees' own
    consistency, most of verify's time): right after writing, every page's HMAC
    already proves the file is exactly what SQLCipher wrote from a vault whose
    structure is checked by ``check`` and by the verify the counsellor asks for.
    """
    size, _salt = _first_bytes(path)
    connection = connect_backup(path, key)
    try:
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError:
            failed = damaged_pages(connection)
            if len(failed) >= size // PAGE_SIZE:
                raise BackupRefused(BackupProblem.WRONG_PASSPHRASE) from None
            if failed:
                raise BackupRefused(BackupProblem.DAMAGED_PAGE, failed[0]) from None
            raise BackupRefused(BackupProblem.TRUNCATED) from None
        pages = int(connection.execute("PRAGMA page_count").fetchone()[0])
        if size < pages * PAGE_SIZE:
            raise BackupRefused(BackupProblem.TRUNCATED)
        if size > pages * PAGE_SIZE:
            raise BackupRefused(BackupProblem.EXTRA_DATA)
        failed = damaged_pages(connection)
        if failed:
            raise BackupRefused(BackupProblem.DAMAGED_PAGE, failed[0])
        try:
            problems = _structure_problems(connection) if structure else []
            if problems and problems != ["ok"]:
                page = _PAGE_IN_MESSAGE.search(problems[0])
                raise BackupRefused(BackupProblem.DAMAGED, int(page.group(1)) if page else None)
            manifest = _parse_manifest(read_manifest(connection), _audit_head_id(connection))
            if _table_counts(connection, "main") != manifest.row_counts:
                raise BackupRefused(BackupProblem.COUNTS_DIFFER)
        except sqlcipher.DatabaseError:
            raise BackupRefused(BackupProblem.DAMAGED) from None
    finally:
        connection.close()
    if expected_vault_id is not None and manifest.vault_id != expected_vault_id:
        raise BackupRefused(BackupProblem.OTHER_VAULT)
    return manifest


def derive_for(path: Path, passphrase: str) -> bytes:
    _size, salt = _first_bytes(path)
    return derive_key(passphrase, salt)


def verify_backup(path: Path, passphrase: str, *, expected_vault_id: str | None = None) -> Manifest:
    """Open ``path`` with the passphrase and run every check; raise :class:`BackupRefused` on any failure."""
    return inspect(path, derive_for(path, passphrase), expected_vault_id=expected_vault_id)
