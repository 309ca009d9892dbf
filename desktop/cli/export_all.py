"""``python -m desktop export-all DIR``: everything the vault holds, in open formats (no Qt here).

The same service as the window's "Export everything" (:mod:`desktop.services.records.practice_export`):
every table as JSON and CSV and each client's whole record as JSON, in a new
folder under DIR, recorded in the audit trail. PDFs of the records need the
window, which draws them; the command says so. The files are not encrypted,
and the command says that too.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.base import EXIT_OK, AddCommand, Cli, read_passphrase, vault_folder
from desktop.i18n import fill
from desktop.services import vault_access
from desktop.services.records import practice_export


def cmd_export_all(args: argparse.Namespace) -> int:
    vault = vault_access.unlock(vault_folder(args), passphrase=read_passphrase(args, Cli.tr("Passphrase: ")))
    try:
        result = practice_export.export_practice(vault, parent=Path(args.folder).expanduser())
    finally:
        vault.close()
    rows = sum(result.table_rows.values())
    tables = Cli.tr("%n table(s)", "", len(result.table_rows))
    counts = (tables, Cli.tr("%n row(s)", "", rows), Cli.tr("%n client record(s)", "", result.records))
    print(fill(Cli.tr("Exported %1 (%2) and %3"), counts))
    print(fill(Cli.tr("  into %1"), (str(result.folder),)))
    print(Cli.tr("  (the window draws the records as PDFs: Settings, Take everything with you)"))
    print(
        Cli.tr(
            "WARNING: these files are NOT encrypted; keep them on an encrypted disk and delete them when done"
        )
    )
    return EXIT_OK


def add_commands(add: AddCommand) -> None:
    """Add ``export-all`` through ``cli.build_parser``'s ``add``."""
    command = add(
        "export-all",
        cmd_export_all,
        Cli.tr(
            "export every table (JSON and CSV) and every client's record (JSON) into a new folder "
            "under DIR, for leaving the app; the files are not encrypted"
        ),
    )
    command.add_argument("folder", metavar="DIR", help=Cli.tr("the folder to put the export's own folder in"))
