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

from desktop.cli.base import EXIT_OK, AddCommand, Cli, CliError, read_passphrase, vault_folder
from desktop.i18n import fill, translate
from desktop.services import vault_access
from desktop.services.inbox import mail_import
from desktop.services.inbox.mail_import import FileReport


def _file_line(report: FileReport) -> str:
    parts = [Cli.tr("%n message(s) imported", "", report.imported)]
    if report.duplicates:
        parts.append(Cli.tr("%n already in the vault", "", report.duplicates))
    for problem in report.problems:
        reason = translate("MailProblem", problem.reason)
        if problem.position:
            parts.append(fill(Cli.tr("message %1 not imported: %2"), (str(problem.position), reason)))
        else:
            parts.append(fill(Cli.tr("not imported: %1"), (reason,)))
    for defect in report.defects:
        reason = translate("MailDefect", defect.reason)
        if defect.position:
            parts.append(
                fill(Cli.tr("message %1 imported with a defect: %2"), (str(defect.position), reason))
            )
        else:
            parts.append(fill(Cli.tr("imported with a defect: %1"), (reason,)))
    return fill(Cli.tr("%1: %2"), (report.name, Cli.tr("; ").join(parts)))


def _total_line(report: mail_import.ImportReport) -> str:
    """The batch in one sentence; what was not there to say (none already in the vault) is left out."""
    total = fill(
        Cli.tr("Imported %1 from %2."),
        (Cli.tr("%n message(s)", "", report.imported), Cli.tr("%n file(s)", "", len(report.files))),
    )
    if report.duplicates:
        total = fill(
            Cli.tr("%1 %2"), (total, Cli.tr("%n already in the vault were skipped.", "", report.duplicates))
        )
    if report.refused:
        total = fill(
            Cli.tr("%1 %2"),
            (total, Cli.tr("%n file(s) or message(s) could not be imported.", "", report.refused)),
        )
    return total


def cmd_import_mail(args: argparse.Namespace) -> int:
    paths = [Path(name).expanduser() for name in args.files]
    vault = vault_access.unlock(vault_folder(args), passphrase=read_passphrase(args, Cli.tr("Passphrase: ")))
    try:
        report = mail_import.import_files(vault, paths)
    finally:
        vault.close()
    for file_report in report.files:
        print(_file_line(file_report))
    print(_total_line(report))
    if report.refused:
        raise CliError(
            Cli.tr("%n file(s) or message(s) could not be imported (see above)", "", report.refused)
        )
    return EXIT_OK


def add_commands(add: AddCommand) -> None:
    """Add the ``import-mail`` command through ``cli.build_parser``'s ``add``."""
    command = add(
        "import-mail",
        cmd_import_mail,
        Cli.tr("import .eml files and mbox mailboxes into the vault's inbox (duplicates are skipped)"),
    )
    command.add_argument("files", nargs="+", metavar="FILE", help=Cli.tr(".eml or mbox file"))
