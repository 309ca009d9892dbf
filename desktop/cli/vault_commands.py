"""The vault commands: ``init`` creates a vault, ``check`` proves it is whole. No Qt here.

``check`` only reads, so it works on a full disk: the vault then opens
read-only and the command says so (on standard error) beside its report.
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli.base import (
    DEFAULT_COUNSELLOR,
    DEFAULT_PRACTICE,
    EXIT_CHECK_FAILED,
    EXIT_OK,
    AddCommand,
    Cli,
    CliError,
    create_vault,
    read_passphrase,
    vault_folder,
)
from desktop.errors import VaultExists
from desktop.i18n import fill
from desktop.services import integrity, vault_access


def cmd_init(args: argparse.Namespace) -> int:
    folder = vault_folder(args)
    if vault_access.vault_id_of(folder) is not None or (folder / "vault.db").exists():
        raise VaultExists()
    create_vault(folder, args, practice=args.practice, counsellor=args.counsellor).close()
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    folder = vault_folder(args)
    passphrase = read_passphrase(args, Cli.tr("Passphrase: "))
    vault = vault_access.unlock(folder, passphrase=passphrase)
    try:
        report = integrity.check_vault(vault)
    finally:
        vault.close()
    if vault.read_only:
        print(
            Cli.tr(
                "note: the disk is full, so the vault was opened read-only and this unlock could not be "
                "recorded; free some space on the disk"
            ),
            file=sys.stderr,
        )
    for table, count in report.table_counts.items():
        print(f"{table} {count}")
    if report.rows_ok:
        print(
            Cli.tr(
                "records: all %n consent and disclosure row(s) match their sealed events",
                "",
                report.sealed_rows,
            )
        )
    else:
        print(
            fill(
                Cli.tr("records: %1: %2"),
                (
                    Cli.tr("%n do not match", "", len(report.row_problems)),
                    Cli.tr("; ").join(report.row_problems),
                ),
            )
        )
    if not report.ok:
        found = Cli.tr("; ").join(report.problems)  # SQLite's and the chain's own words: a diagnosis
        raise CliError(
            fill(
                Cli.tr("a check failed (%1); make a copy of the vault folder and restore from a backup"),
                (found,),
            ),
            EXIT_CHECK_FAILED,
        )
    print(
        Cli.tr("ok: cipher_integrity_check, integrity_check, the audit chain and the sealed records all hold")
    )
    return EXIT_OK


def add_commands(add: AddCommand) -> None:
    """Register ``init`` and ``check`` with :func:`desktop.cli.build_parser`'s ``add``."""
    init = add("init", cmd_init, Cli.tr("create a new vault and print its recovery code"))
    init.add_argument("--practice", default=DEFAULT_PRACTICE, help=Cli.tr("practice name"))
    init.add_argument("--counsellor", default=DEFAULT_COUNSELLOR, help=Cli.tr("counsellor name"))
    add("check", cmd_check, Cli.tr("unlock and check the vault's integrity; print every table's row count"))
