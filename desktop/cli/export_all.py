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

from desktop.cli.base import EXIT_OK, AddCommand, read_passphrase, vault_folder
from desktop.services import vault_access
from desktop.services.records import practice_export


def cmd_export_all(args: argparse.Namespace) -> int:
    vault = vault_access.unlock(vault_folder(args), passphrase=read_passphrase(args, "Passphrase: "))
    try:
        result = practice_export.export_practice(vault, parent=Path(args.folder).expanduser())
    finally:
        vault.close()
    rows = sum(result.table_rows.values())
    print(f"Exported {len(result.table_rows)} tables ({rows} rows) and {result.records} client records")
    print(f"  into {result.folder}")
    print("  (PDFs of the records are drawn by the window: use Settings > Export everything)")
    print("WARNING: these files are NOT encrypted; keep them on an encrypted disk and delete them when done")
    return EXIT_OK


def add_commands(add: AddCommand) -> None:
    """Add ``export-all`` through ``cli.build_parser``'s ``add``."""
    command = add(
        "export-all",
        cmd_export_all,
        "export every table (JSON and CSV) and every client's record (JSON) into a new folder "
        "under DIR, for leaving the app; the files are not encrypted",
    )
    command.add_argument("folder", metavar="DIR", help="the folder to put the export's own folder in")
