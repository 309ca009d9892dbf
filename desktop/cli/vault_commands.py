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
    CliError,
    create_vault,
    read_passphrase,
    vault_folder,
)
from desktop.errors import VaultExists
from desktop.services import integrity, vault_access


def cmd_init(args: argparse.Namespace) -> int:
    folder = vault_folder(args)
    if vault_access.vault_id_of(folder) is not None or (folder / "vault.db").exists():
        raise VaultExists()
    create_vault(folder, args, practice=args.practice, counsellor=args.counsellor).close()
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    folder = vault_folder(args)
    passphrase = read_passphrase(args, "Passphrase: ")
    vault = vault_access.unlock(folder, passphrase=passphrase)
    try:
        report = integrity.check_vault(vault)
    finally:
        vault.close()
    if vault.read_only:
        print(
            "note: the disk is full, so the vault was opened read-only and this unlock could not be "
            "recorded; free some space on the disk",
            file=sys.stderr,
        )
    for table, count in report.table_counts.items():
        print(f"{table} {count}")
    if report.rows_ok:
        print(f"records: all {report.sealed_rows} consent and disclosure rows match their sealed events")
    else:
        print(f"records: {len(report.row_problems)} do not match: " + "; ".join(report.row_problems))
    if not report.ok:
        raise CliError("; ".join(report.problems), EXIT_CHECK_FAILED)
    print("ok: cipher_integrity_check, integrity_check, the audit chain and the sealed records all hold")
    return EXIT_OK


def add_commands(add: AddCommand) -> None:
    """Register ``init`` and ``check`` with :func:`desktop.cli.build_parser`'s ``add``."""
    init = add("init", cmd_init, "create a new vault and print its recovery code")
    init.add_argument("--practice", default=DEFAULT_PRACTICE, help="practice name")
    init.add_argument("--counsellor", default=DEFAULT_COUNSELLOR, help="counsellor name")
    add("check", cmd_check, "unlock and check the vault's integrity; print every table's row count")
