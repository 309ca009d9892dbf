"""The backup commands: ``backup``, ``verify`` and ``restore``. No Qt here.

    python -m desktop backup --vault DIR --passphrase-stdin --out FILE
    python -m desktop verify FILE --passphrase-stdin [--vault DIR]
    python -m desktop restore FILE --vault DIR --passphrase-stdin [--replace]

Exit codes follow :mod:`desktop.cli`: 0 worked, 1 a check failed (a damaged,
truncated or foreign backup), 2 wrong passphrase or unusable input. ``backup``
never replaces a file; into a folder it names a new one. ``verify --vault``
also warns (on standard error, still exit 0) when the backup is older than the
vault's last change, so an old backup renamed to look new is caught.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.base import (
    EXIT_CHECK_FAILED,
    EXIT_OK,
    EXIT_UNUSABLE,
    AddCommand,
    CliError,
    read_passphrase,
    vault_folder,
)
from desktop.errors import UNUSABLE_BACKUP_PROBLEMS, BackupRefused, BackupTargetExists
from desktop.services import backups, vault_access
from desktop.vault import recovery, window_lock
from desktop.vault.backup import Manifest


def _refused(error: BackupRefused) -> CliError:
    code = EXIT_UNUSABLE if error.problem in UNUSABLE_BACKUP_PROBLEMS else EXIT_CHECK_FAILED
    return CliError(str(error), code)


def _summary(manifest: Manifest) -> str:
    return (
        f"{manifest.rows} rows in {len(manifest.row_counts)} tables, made {manifest.created_at} "
        f"by version {manifest.app_version} (schema {manifest.schema_revision})"
    )


def cmd_backup(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    vault = vault_access.unlock(vault_folder(args), passphrase=read_passphrase(args, "Passphrase: "))
    try:
        try:
            if out.is_dir():
                record = backups.back_up(vault, folder=out)
            else:
                record = backups.back_up(vault, target=out)
        except BackupRefused as error:
            raise _refused(error) from None
        except BackupTargetExists:
            raise CliError(f"{out} is already there; a backup never replaces a file") from None
    finally:
        vault.close()
    print(f"Backed up {record.rows} rows in {record.tables} tables to {record.path}; verified.")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    if args.vault and vault_access.vault_id_of(vault_folder(args)) is None:
        raise CliError(f"there is no readable vault in {args.vault} to compare with")
    passphrase = read_passphrase(args, "Passphrase: ")
    try:
        if not args.vault:
            manifest = backups.verify(path, passphrase=passphrase)
            print(f"ok: {_summary(manifest)}; every page, the structure and the row counts check out")
            return EXIT_OK
        verified = backups.verify_for_vault(path, passphrase=passphrase, folder=vault_folder(args))
    except BackupRefused as error:
        raise _refused(error) from None
    print(
        f"ok: {_summary(verified.manifest)}; every page, the structure and the row counts check out, "
        "and it is a backup of this vault"
    )
    _say_how_it_compares(verified)
    return EXIT_OK


def _say_how_it_compares(verified: backups.VerifiedBackup) -> None:
    if not verified.compared:
        print(
            "note: the vault did not open with this passphrase (it may have changed since this "
            "backup), so the backup was not compared with the vault's last change",
            file=sys.stderr,
        )
    elif verified.vault_changed_at:
        print(
            f"warning: this backup was made {verified.manifest.created_at}, before the vault's last "
            f"change ({verified.vault_changed_at}); restoring it would lose what changed since",
            file=sys.stderr,
        )


def cmd_restore(args: argparse.Namespace) -> int:
    if not args.vault:
        raise CliError("name the folder to restore into with --vault DIR")
    folder = vault_folder(args)
    passphrase = read_passphrase(args, "Passphrase of the backup: ")
    code = recovery.new_recovery_code()
    try:
        # The folder's files are replaced: never under a window that has the vault open.
        with window_lock.held_for_replacing(folder):
            restored = backups.restore_from(
                Path(args.file).expanduser(),
                passphrase=passphrase,
                folder=folder,
                recovery_code=code,
                replace=args.replace,
            )
    except BackupRefused as error:
        raise _refused(error) from None
    restored.vault.close()
    print(f"Restored {_summary(restored.manifest)} into {folder}")
    if restored.replaced_folder is not None:
        print(f"The vault that was there is kept aside in {restored.replaced_folder}")
    print("The passphrase is the backup's. New recovery code (write it down; it is shown only once):")
    print(f"  {recovery.formatted(code)}")
    return EXIT_OK


def add_commands(add: AddCommand) -> None:
    """Register the three commands with :func:`desktop.cli.build_parser`'s ``add``."""
    backup = add("backup", cmd_backup, "write an encrypted, verified backup of the vault")
    backup.add_argument("--out", required=True, metavar="FILE", help="backup file (or folder) to write")
    verify = add("verify", cmd_verify, "check a backup with its passphrase (and against --vault, if given)")
    verify.add_argument("file", metavar="FILE", help="the backup file")
    restore = add("restore", cmd_restore, "build a vault from a backup, with a new recovery code")
    restore.add_argument("file", metavar="FILE", help="the backup file")
    restore.add_argument(
        "--replace",
        action="store_true",
        help="replace a vault already in the folder (it is kept aside, renamed)",
    )
