"""The ``demo`` command: fill a vault with the made-up practice of :mod:`desktop.demo`. No Qt here."""

from __future__ import annotations

import argparse

from desktop.cli.base import (
    DEFAULT_COUNSELLOR,
    DEFAULT_PRACTICE,
    EXIT_OK,
    AddCommand,
    Cli,
    CliError,
    create_vault,
    read_passphrase,
    vault_folder,
)
from desktop.demo import practice
from desktop.i18n import fill
from desktop.services import vault_access
from desktop.vault.files import vault_exists


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill a vault (created first if the folder has none) with a reproducible demo practice."""
    if not practice.available():
        raise CliError(Cli.tr(practice.INSTALL_HINT))
    if not 0 <= args.clients <= practice.MAX_CLIENTS:
        raise CliError(fill(Cli.tr("--clients must be between 0 and %1"), (str(practice.MAX_CLIENTS),)))
    if not 1 <= args.years <= practice.MAX_YEARS:
        raise CliError(fill(Cli.tr("--years must be between 1 and %1"), (str(practice.MAX_YEARS),)))
    folder = vault_folder(args)
    if vault_exists(folder):
        vault = vault_access.unlock(folder, passphrase=read_passphrase(args, Cli.tr("Passphrase: ")))
    else:
        vault = create_vault(folder, args, practice=DEFAULT_PRACTICE, counsellor=DEFAULT_COUNSELLOR)
    try:
        summary = practice.generate(
            vault, clients=args.clients, years=args.years, seed=args.seed, bookings=args.bookings is not False
        )
    finally:
        vault.close()
    print(
        fill(
            Cli.tr("Added %1 with %2 (%3) and %4 (%5) over %6 (seed %7)"),
            (
                Cli.tr("%n demo client(s)", "", summary.clients),
                Cli.tr("%n consultation note(s)", "", summary.notes),
                Cli.tr("%n revision(s)", "", summary.revisions),
                Cli.tr("%n booking(s)", "", summary.bookings),
                Cli.tr("%n cancellation(s)", "", summary.cancellations),
                Cli.tr("%n year(s)", "", args.years),
                str(args.seed),
            ),
        )
    )
    return EXIT_OK


def add_commands(add: AddCommand) -> None:
    """Register ``demo`` with :func:`desktop.cli.build_parser`'s ``add``."""
    demo = add(
        "demo",
        cmd_demo,
        Cli.tr("fill the vault with a reproducible demo practice in Japanese (creating the vault if needed)"),
    )
    demo.add_argument(
        "--clients", type=int, default=200, metavar="N", help=Cli.tr("clients to add (default 200)")
    )
    demo.add_argument(
        "--years", type=int, default=5, metavar="Y", help=Cli.tr("years of history (default 5)")
    )
    demo.add_argument(
        "--seed", type=int, default=1, metavar="S", help=Cli.tr("the same seed gives the same data")
    )
    # No default here: argparse would append an untranslatable "(default: True)" to the help.
    demo.add_argument(
        "--bookings",
        action=argparse.BooleanOptionalAction,
        help=Cli.tr("add the session menu and years of bookings in every state (default: yes)"),
    )
