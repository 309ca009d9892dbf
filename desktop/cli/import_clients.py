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

from desktop.cli.base import EXIT_OK, AddCommand, Cli, CliError, read_passphrase, vault_folder
from desktop.i18n import fill, translate
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
            raise CliError(
                fill(Cli.tr("--map: unknown field %1; the fields are %2"), (field, ", ".join(FIELDS)))
            )
        mapping.pop(field, None)
        if not column:
            continue  # FIELD= leaves the field out
        if column.isdigit() and 1 <= int(column) <= len(preview.headings):
            index = int(column) - 1
        elif column in preview.headings:
            index = preview.headings.index(column)
        else:
            raise CliError(fill(Cli.tr("--map: no column %1 in the file"), (column,)))
        mapping = {f: i for f, i in mapping.items() if i != index}
        mapping[field] = index
    return mapping


def _print_preview(preview: ImportPreview) -> None:
    print(fill(Cli.tr("Read as %1"), (translate("policy", ENCODING_LABELS[preview.encoding]),)))
    for field in FIELDS:
        if field in preview.mapping:
            index = preview.mapping[field]
            print(fill(Cli.tr("  %1 <- column %2 (%3)"), (field, str(index + 1), preview.headings[index])))
    for row in preview.rows:
        for field, template in row.problems.items():
            print(fill(Cli.tr("row %1: %2: %3"), (str(row.number), field, translate("policy", template))))
        for duplicate in row.duplicates if row.valid else ():
            where = (
                fill(Cli.tr("client no. %1 in the vault"), (str(duplicate.client_id),))
                if duplicate.client_id is not None
                else fill(Cli.tr("row %1 of the file"), (str(duplicate.row),))
            )
            sentence = Cli.tr("row %1: likely the same person as %2 (same name and phone or email)")
            print(fill(sentence, (str(row.number), where)))


def cmd_import_clients(args: argparse.Namespace) -> int:
    data = read_file(Path(args.file).expanduser())
    vault = vault_access.unlock(vault_folder(args), passphrase=read_passphrase(args, Cli.tr("Passphrase: ")))
    try:
        preview = importing.preview(vault, data=data)
        if args.map:
            preview = importing.preview(vault, data=data, mapping=_mapping(preview, args.map))
        _print_preview(preview)
        anyway = set(args.import_duplicate or ())
        ready = sum(r.valid and (not r.duplicates or r.number in anyway) for r in preview.rows)
        counts = (
            Cli.tr("%n row(s) to import", "", ready),
            Cli.tr("%n row(s) with a problem (not imported)", "", preview.invalid),
            Cli.tr("%n likely duplicate(s)", "", preview.duplicates),
            str(len(anyway)),
        )
        print(fill(Cli.tr("%1, %2, %3 (%4 chosen with --import-duplicate)"), counts))
        if not args.confirm:
            print(Cli.tr("Dry run: nothing was written. Run again with --confirm to import."))
            return EXIT_OK
        result = importing.import_clients(vault, data=data, mapping=preview.mapping, import_anyway=anyway)
    finally:
        vault.close()
    imported = (
        Cli.tr("%n client(s)", "", result.imported),
        Cli.tr("%n row(s) with a problem", "", result.skipped_invalid),
        Cli.tr("%n likely duplicate(s)", "", result.skipped_duplicates),
    )
    print(fill(Cli.tr("Imported %1; %2 and %3 were not imported"), imported))
    return EXIT_OK


def add_commands(add: AddCommand) -> None:
    """Add ``import-clients`` through ``cli.build_parser``'s ``add``."""
    command = add(
        "import-clients",
        cmd_import_clients,
        Cli.tr("import a client list from a CSV file (Excel's CP932 or UTF-8); a dry run unless --confirm"),
    )
    command.add_argument(
        "file", metavar="FILE", help=Cli.tr("the CSV file; its first row holds the column headings")
    )
    mode = command.add_mutually_exclusive_group()
    mode.add_argument(
        "--dry-run", action="store_true", help=Cli.tr("show what would be imported (the default)")
    )
    mode.add_argument("--confirm", action="store_true", help=Cli.tr("import the rows that pass the checks"))
    command.add_argument(
        "--map",
        action="append",
        metavar="FIELD=COLUMN",
        help=fill(
            Cli.tr(
                "which column fills a field (a heading or a number from 1); FIELD= leaves it out. Fields: %1"
            ),
            (", ".join(FIELDS),),
        ),
    )
    command.add_argument(
        "--import-duplicate",
        action="append",
        type=int,
        metavar="ROW",
        help=Cli.tr("import this row although it looks like a client already known (repeatable)"),
    )
