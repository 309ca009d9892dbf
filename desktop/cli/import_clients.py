"""``python -m desktop import-clients FILE [--dry-run | --confirm]`` (no Qt here).

The same service as the window's import dialog
(:mod:`desktop.services.client_import.importing`): the form's checks on every
row, likely duplicates shown, one unit of work audited with counts. A dry run
(the default) prints what an import would do — the encoding the file was read
in, which column fills which field, and each row's problems — and writes
nothing; ``--confirm`` imports. The terminal shows row numbers, field names
and sentences, never a client's name or number: a terminal's scroll-back is
outside the vault (P-DATA).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.base import EXIT_OK, AddCommand, CliError, read_passphrase, vault_folder
from desktop.services import vault_access
from desktop.services.client_import import importing
from desktop.services.client_import.csv_file import ENCODING_LABELS, FIELDS, read_file
from desktop.services.client_import.importing import ImportPreview


def _mapping(preview: ImportPreview, choices: list[str]) -> dict[str, int]:
    """The guessed mapping with each ``FIELD=COLUMN`` applied (COLUMN: a heading or a 1-based number)."""
    mapping = dict(preview.mapping)
    for choice in choices:
        field, _, column = choice.partition("=")
        if field not in FIELDS:
            raise CliError(f"--map: unknown field {field!r}; the fields are {', '.join(FIELDS)}")
        mapping.pop(field, None)
        if not column:
            continue  # FIELD= leaves the field out
        if column.isdigit() and 1 <= int(column) <= len(preview.headings):
            index = int(column) - 1
        elif column in preview.headings:
            index = preview.headings.index(column)
        else:
            raise CliError(f"--map: no column {column!r} in the file")
        mapping = {f: i for f, i in mapping.items() if i != index}
        mapping[field] = index
    return mapping


def _print_preview(preview: ImportPreview) -> None:
    print(f"Read as {ENCODING_LABELS[preview.encoding]}")
    for field in FIELDS:
        if field in preview.mapping:
            index = preview.mapping[field]
            print(f"  {field} <- column {index + 1} ({preview.headings[index]})")
    for row in preview.rows:
        for field, template in row.problems.items():
            print(f"row {row.number}: {field}: {template}")
        for duplicate in row.duplicates if row.valid else ():
            where = (
                f"client no. {duplicate.client_id} in the vault"
                if duplicate.client_id is not None
                else f"row {duplicate.row} of the file"
            )
            print(f"row {row.number}: likely the same person as {where} (same name and phone or email)")


def cmd_import_clients(args: argparse.Namespace) -> int:
    data = read_file(Path(args.file).expanduser())
    vault = vault_access.unlock(vault_folder(args), passphrase=read_passphrase(args, "Passphrase: "))
    try:
        preview = importing.preview(vault, data=data)
        if args.map:
            preview = importing.preview(vault, data=data, mapping=_mapping(preview, args.map))
        _print_preview(preview)
        anyway = set(args.import_duplicate or ())
        ready = sum(r.valid and (not r.duplicates or r.number in anyway) for r in preview.rows)
        print(
            f"{ready} rows to import, {preview.invalid} with a problem (not imported), "
            f"{preview.duplicates} likely duplicates ({len(anyway)} chosen with --import-duplicate)"
        )
        if not args.confirm:
            print("Dry run: nothing was written. Run again with --confirm to import.")
            return EXIT_OK
        result = importing.import_clients(vault, data=data, mapping=preview.mapping, import_anyway=anyway)
    finally:
        vault.close()
    print(
        f"Imported {result.imported} clients; {result.skipped_invalid} rows with a problem and "
        f"{result.skipped_duplicates} likely duplicates were not imported"
    )
    return EXIT_OK


def add_commands(add: AddCommand) -> None:
    """Add ``import-clients`` through ``cli.build_parser``'s ``add``."""
    command = add(
        "import-clients",
        cmd_import_clients,
        "import a client list from a CSV file (Excel's CP932 or UTF-8); a dry run unless --confirm",
    )
    command.add_argument("file", metavar="FILE", help="the CSV file; its first row holds the column headings")
    mode = command.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true", help="show what would be imported (the default)")
    mode.add_argument("--confirm", action="store_true", help="import the rows that pass the checks")
    command.add_argument(
        "--map",
        action="append",
        metavar="FIELD=COLUMN",
        help=f"which column fills a field (a heading or a number from 1); FIELD= leaves it out. "
        f"Fields: {', '.join(FIELDS)}",
    )
    command.add_argument(
        "--import-duplicate",
        action="append",
        type=int,
        metavar="ROW",
        help="import this row although it looks like a client already known (repeatable)",
    )
