"""``python -m desktop import-mail --vault DIR [--passphrase-stdin] FILE...`` (no Qt here).

Prints one line per file (how many messages were imported, how many were
already in the vault, each reason a file or message was not imported, and
each defect a message was imported with),
then a total. The exit code follows the other commands: 0 when every file
was read (duplicates are not failures), 2 when a file or message could not
be imported — the rest of the batch is imported all the same — or the
passphrase is wrong.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.base import EXIT_OK, AddCommand, CliError, read_passphrase, vault_folder
from desktop.services import vault_access
from desktop.services.inbox import mail_import
from desktop.services.inbox.mail_import import FileReport


def _file_line(report: FileReport) -> str:
    parts = [f"{report.imported} imported"]
    if report.duplicates:
        parts.append(f"{report.duplicates} already in the vault")
    for problem in report.problems:
        where = f"message {problem.position}: " if problem.position else ""
        parts.append(f"not imported: {where}{problem.reason}")
    for defect in report.defects:
        where = f"message {defect.position}: " if defect.position else ""
        parts.append(f"imported with a defect: {where}{defect.reason}")
    return f"{report.name}: " + "; ".join(parts)


def cmd_import_mail(args: argparse.Namespace) -> int:
    paths = [Path(name).expanduser() for name in args.files]
    vault = vault_access.unlock(vault_folder(args), passphrase=read_passphrase(args, "Passphrase: "))
    try:
        report = mail_import.import_files(vault, paths)
    finally:
        vault.close()
    for file_report in report.files:
        print(_file_line(file_report))
    print(
        f"Imported {report.imported} messages from {len(report.files)} files "
        f"({report.duplicates} already in the vault, {report.refused} not imported)"
    )
    if report.refused:
        raise CliError(f"{report.refused} files or messages could not be imported (see above)")
    return EXIT_OK


def add_commands(add: AddCommand) -> None:
    """Add the ``import-mail`` command through ``cli.build_parser``'s ``add``."""
    command = add(
        "import-mail",
        cmd_import_mail,
        "import .eml files and mbox mailboxes into the vault's inbox (duplicates are skipped)",
    )
    command.add_argument("files", nargs="+", metavar="FILE", help=".eml or mbox file")
