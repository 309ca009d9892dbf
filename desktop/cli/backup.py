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
from datetime import datetime
from pathlib import Path

from desktop.cli.base import (
    EXIT_CHECK_FAILED,
    EXIT_OK,
    EXIT_UNUSABLE,
    AddCommand,
    Cli,
    CliError,
    read_passphrase,
    vault_folder,
)
from desktop.error_sentences import describe
from desktop.errors import UNUSABLE_BACKUP_PROBLEMS, BackupRefused, BackupTargetExists
from desktop.i18n import fill, language, sentence_datetime, translate
from desktop.services import backups, vault_access
from desktop.vault import recovery, window_lock
from desktop.vault.backup import Manifest


def _refused(error: BackupRefused) -> CliError:
    code = EXIT_UNUSABLE if error.problem in UNUSABLE_BACKUP_PROBLEMS else EXIT_CHECK_FAILED
    return CliError(describe(error, translate, language()), code)


def _moment(stamp: str) -> str:
    """A stored UTC time as the local date and time in a sentence (the raw text if unreadable)."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return sentence_datetime(moment.astimezone().replace(tzinfo=None))


def _summary(manifest: Manifest) -> str:
    return fill(
        Cli.tr("%1 in %2, made %3 by version %4 (schema %5)"),
        (
            Cli.tr("%n row(s)", "", manifest.rows),
            Cli.tr("%n table(s)", "", len(manifest.row_counts)),
            _moment(manifest.created_at),
            manifest.app_version,
            manifest.schema_revision,
        ),
    )


def cmd_backup(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    vault = vault_access.unlock(vault_folder(args), passphrase=read_passphrase(args, Cli.tr("Passphrase: ")))
    try:
        try:
            if out.is_dir():
                record = backups.back_up(vault, folder=out)
            else:
                record = backups.back_up(vault, target=out)
        except BackupRefused as error:
            raise _refused(error) from None
        except BackupTargetExists:
            raise CliError(
                fill(Cli.tr("%1 is already there; a backup never replaces a file"), (str(out),))
            ) from None
    finally:
        vault.close()
    print(
        fill(
            Cli.tr("Backed up %1 in %2 to %3; verified."),
            (
                Cli.tr("%n row(s)", "", record.rows),
                Cli.tr("%n table(s)", "", record.tables),
                str(record.path),
            ),
        )
    )
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    if args.vault and vault_access.vault_id_of(vault_folder(args)) is None:
        raise CliError(fill(Cli.tr("there is no readable vault in %1 to compare with"), (args.vault,)))
    passphrase = read_passphrase(args, Cli.tr("Passphrase: "))
    try:
        if not args.vault:
            manifest = backups.verify(path, passphrase=passphrase)
            print(
                fill(
                    Cli.tr("ok: %1; every page, the structure and the row counts check out"),
                    (_summary(manifest),),
                )
            )
            return EXIT_OK
        verified = backups.verify_for_vault(path, passphrase=passphrase, folder=vault_folder(args))
    except BackupRefused as error:
        raise _refused(error) from None
    print(
        fill(
            Cli.tr(
                "ok: %1; every page, the structure and the row counts check out, "
                "and it is a backup of this vault"
            ),
            (_summary(verified.manifest),),
        )
    )
    _say_how_it_compares(verified)
    return EXIT_OK


def _say_how_it_compares(verified: backups.VerifiedBackup) -> None:
    if not verified.compared:
        print(
            Cli.tr(
                "note: the vault did not open with this passphrase (it may have changed since this "
                "backup), so the backup was not compared with the vault's last change"
            ),
            file=sys.stderr,
        )
    elif verified.vault_changed_at:
        print(
            fill(
                Cli.tr(
                    "warning: this backup was made on %1, before the vault's last change (%2); "
                    "restoring it would lose what changed since"
                ),
                (_moment(verified.manifest.created_at), _moment(verified.vault_changed_at)),
            ),
            file=sys.stderr,
        )


def cmd_restore(args: argparse.Namespace) -> int:
    if not args.vault:
        raise CliError(Cli.tr("name the folder to restore into with --vault DIR"))
    folder = vault_folder(args)
    passphrase = read_passphrase(args, Cli.tr("Passphrase of the backup: "))
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
    print(fill(Cli.tr("Restored %1 into %2"), (_summary(restored.manifest), str(folder))))
    if restored.replaced_folder is not None:
        print(fill(Cli.tr("The vault that was there is kept aside in %1"), (str(restored.replaced_folder),)))
    print(Cli.tr("The passphrase is the backup's. New recovery code (write it down; it is shown only once):"))
    print(f"  {recovery.formatted(code)}")
    return EXIT_OK


def add_commands(add: AddCommand) -> None:
    """Register the three commands with :func:`desktop.cli.build_parser`'s ``add``."""
    backup = add("backup", cmd_backup, Cli.tr("write an encrypted, verified backup of the vault"))
    backup.add_argument(
        "--out", required=True, metavar="FILE", help=Cli.tr("backup file (or folder) to write")
    )
    verify = add(
        "verify", cmd_verify, Cli.tr("check a backup with its passphrase (and against --vault, if given)")
    )
    verify.add_argument("file", metavar="FILE", help=Cli.tr("the backup file"))
    restore = add("restore", cmd_restore, Cli.tr("build a vault from a backup, with a new recovery code"))
    restore.add_argument("file", metavar="FILE", help=Cli.tr("the backup file"))
    restore.add_argument(
        "--replace",
        action="store_true",
        help=Cli.tr("replace a vault already in the folder (it is kept aside, renamed)"),
    )
