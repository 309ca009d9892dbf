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
from desktop.policy.bookings import STARTER_MINUTES, STARTER_PRICE_YEN
from desktop.services import integrity, vault_access
from desktop.services.bookings import session_menu

#: The starter menu's names when ``init`` is not told others (Japanese, like the practice's default).
STARTER_IN_PERSON_NAME = "対面カウンセリング"
STARTER_ONLINE_NAME = "オンラインカウンセリング"


def _asked(args: argparse.Namespace, option: str, prompt: str) -> int:
    """The option's value; asked at a terminal when the option was not given (Enter keeps the default)."""
    value: int | None = getattr(args, option)
    if value is not None:
        return value
    default = STARTER_PRICE_YEN if option.endswith("price") else STARTER_MINUTES
    stdin = sys.stdin
    if args.passphrase_stdin or stdin is None or not stdin.isatty():
        return default
    while True:
        try:
            answer = input(fill(Cli.tr("%1 [%2]: "), (prompt, str(default)))).strip()
        except EOFError:  # Ctrl-D: as Enter, the default
            return default
        if not answer:
            return default
        if answer.isdigit():
            return int(answer)
        print(Cli.tr("Please type a whole number."), file=sys.stderr)


def _starter_menu(args: argparse.Namespace) -> list[session_menu.MenuItemDraft]:
    """The starter menu (P-FORMAT), from the options or asked at the terminal; checked before set-up."""
    in_person = (
        _asked(args, "in_person_minutes", Cli.tr("Minutes of an in-person session")),
        _asked(args, "in_person_price", Cli.tr("Price of an in-person session in yen")),
    )
    online = (
        _asked(args, "online_minutes", Cli.tr("Minutes of an online session")),
        _asked(args, "online_price", Cli.tr("Price of an online session in yen")),
    )
    return session_menu.starter_menu(
        in_person_name=args.in_person_name,
        online_name=args.online_name,
        minutes=(in_person[0], online[0]),
        prices_yen=(in_person[1], online[1]),
    )


def cmd_init(args: argparse.Namespace) -> int:
    folder = vault_folder(args)
    if vault_access.vault_id_of(folder) is not None or (folder / "vault.db").exists():
        raise VaultExists()
    menu = _starter_menu(args)
    create_vault(folder, args, practice=args.practice, counsellor=args.counsellor, menu=menu).close()
    print(Cli.tr("Session menu (change it in Settings):"))
    for item in menu:
        length = Cli.tr("%n minute(s)", "", item.duration_minutes)
        print(fill(Cli.tr("  %1: %2, %3 yen"), (item.name, length, f"{item.price_yen:,}")))
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
    init.add_argument(
        "--in-person-name", default=STARTER_IN_PERSON_NAME, help=Cli.tr("in-person session's name")
    )
    init.add_argument(
        "--online-name", default=STARTER_ONLINE_NAME, help=Cli.tr("online (video) session's name")
    )
    init.add_argument(
        "--in-person-minutes", type=int, metavar="N", help=Cli.tr("in-person session's length (asked)")
    )
    init.add_argument(
        "--in-person-price", type=int, metavar="YEN", help=Cli.tr("in-person session's price (asked)")
    )
    init.add_argument(
        "--online-minutes", type=int, metavar="N", help=Cli.tr("online session's length (asked)")
    )
    init.add_argument(
        "--online-price", type=int, metavar="YEN", help=Cli.tr("online session's price (asked)")
    )
    add("check", cmd_check, Cli.tr("unlock and check the vault's integrity; print every table's row count"))
