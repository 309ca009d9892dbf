"""The ``demo`` command: fill a vault with the made-up practice of :mod:`desktop.demo`. No Qt here."""

from __future__ import annotations

import argparse

from desktop.cli.base import (
    DEFAULT_COUNSELLOR,
    DEFAULT_PRACTICE,
    EXIT_OK,
    AddCommand,
    CliError,
    create_vault,
    read_passphrase,
    vault_folder,
)
from desktop.demo import practice
from desktop.services import vault_access
from desktop.vault.files import vault_exists


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill a vault (created first if the folder has none) with a reproducible demo practice."""
    if not practice.available():
        raise CliError(practice.INSTALL_HINT)
    if not 0 <= args.clients <= practice.MAX_CLIENTS:
        raise CliError(f"--clients must be between 0 and {practice.MAX_CLIENTS}")
    if not 1 <= args.years <= practice.MAX_YEARS:
        raise CliError(f"--years must be between 1 and {practice.MAX_YEARS}")
    folder = vault_folder(args)
    if vault_exists(folder):
        vault = vault_access.unlock(folder, passphrase=read_passphrase(args, "Passphrase: "))
    else:
        vault = create_vault(folder, args, practice=DEFAULT_PRACTICE, counsellor=DEFAULT_COUNSELLOR)
    try:
        summary = practice.generate(
            vault, clients=args.clients, years=args.years, seed=args.seed, bookings=args.bookings
        )
    finally:
        vault.close()
    years = f"{args.years} year" if args.years == 1 else f"{args.years} years"
    print(
        f"Added {summary.clients} demo clients with {summary.notes} consultation notes "
        f"({summary.revisions} revisions) and {summary.bookings} bookings "
        f"({summary.cancellations} cancelled) over {years} (seed {args.seed})"
    )
    return EXIT_OK


def add_commands(add: AddCommand) -> None:
    """Register ``demo`` with :func:`desktop.cli.build_parser`'s ``add``."""
    demo = add(
        "demo",
        cmd_demo,
        "fill the vault with a reproducible demo practice in Japanese (creating the vault if needed)",
    )
    demo.add_argument("--clients", type=int, default=200, metavar="N", help="clients to add (default 200)")
    demo.add_argument("--years", type=int, default=5, metavar="Y", help="years of history (default 5)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="the same seed gives the same data")
    demo.add_argument(
        "--bookings",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="add the session menu and years of bookings in every state (default: yes)",
    )
