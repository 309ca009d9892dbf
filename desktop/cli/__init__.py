"""Command-line tasks: ``python -m desktop COMMAND``. No Qt here.

Passphrases come from a hidden prompt, or from one line of standard input with
``--passphrase-stdin``; never from arguments, where other users could see
them. Every failure is one line on stderr and an exit code: 0 worked, 1 a
check failed, 2 wrong passphrase or unusable input. Never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop import __version__
from desktop.errors import InvalidSetting, PolicyRefusal, SorakumoError, VaultExists
from desktop.services import demo_data, integrity, vault_access
from desktop.vault import recovery
from desktop.vault.files import default_vault_dir, vault_exists
from desktop.vault.store import OpenVault

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_UNUSABLE = 2

COMMANDS = ("init", "check", "demo", "backup", "verify", "restore", "import-mail")

log = logging.getLogger(__name__)


class CliError(Exception):
    """A one-line failure with its exit code."""

    def __init__(self, message: str, code: int = EXIT_UNUSABLE) -> None:
        super().__init__(message)
        self.code = code


def _read_passphrase(args: argparse.Namespace, prompt: str, *, confirm: bool = False) -> str:
    stdin = sys.stdin
    if stdin is None:  # started with standard input closed
        raise CliError("no standard input to read the passphrase from")
    if args.passphrase_stdin:
        line = stdin.readline()
        if not line:
            raise CliError("no passphrase on standard input")
        return _checked_text(line.rstrip("\r\n"))
    if not stdin.isatty():
        raise CliError("no terminal to ask for the passphrase; use --passphrase-stdin")
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat the passphrase: ") != first:
            raise CliError("the two passphrases differ")
    except EOFError:  # Ctrl-D at the prompt
        raise CliError("no passphrase given") from None
    return _checked_text(first)


def _checked_text(passphrase: str) -> str:
    """Bytes that were not text in the input's encoding arrive as lone surrogates: refuse them."""
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:
        raise CliError(
            "the passphrase is not valid text in the input's encoding "
            f"({getattr(sys.stdin, 'encoding', None) or 'unknown'})"
        ) from None
    return passphrase


def _vault_folder(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else default_vault_dir()


DEFAULT_PRACTICE = "メンタル心理そらくも"
DEFAULT_COUNSELLOR = "寺井"


def _create_vault(folder: Path, args: argparse.Namespace, *, practice: str, counsellor: str) -> OpenVault:
    """Ask for a new passphrase, create the vault and print its recovery code once."""
    passphrase = _read_passphrase(args, "New passphrase: ", confirm=True)
    code = recovery.new_recovery_code()
    vault = vault_access.create_practice_vault(
        folder,
        passphrase=passphrase,
        recovery_code=code,
        practice_name=practice,
        counsellor_name=counsellor,
    )
    print(f"Created a vault in {folder}")
    print("Recovery code (write it down and keep it safe; it is shown only once):")
    print(f"  {recovery.formatted(code)}")
    return vault


def cmd_init(args: argparse.Namespace) -> int:
    folder = _vault_folder(args)
    if vault_access.vault_id_of(folder) is not None or (folder / "vault.db").exists():
        raise VaultExists()
    _create_vault(folder, args, practice=args.practice, counsellor=args.counsellor).close()
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    folder = _vault_folder(args)
    passphrase = _read_passphrase(args, "Passphrase: ")
    vault = vault_access.unlock(folder, passphrase=passphrase)
    try:
        report = integrity.check_vault(vault)
    finally:
        vault.close()
    for table, count in report.table_counts.items():
        print(f"{table} {count}")
    if not report.ok:
        raise CliError("; ".join(report.problems), EXIT_CHECK_FAILED)
    print("ok: cipher_integrity_check, integrity_check and the audit chain all hold")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill a vault (created first if the folder has none) with a reproducible demo practice."""
    if not demo_data.available():
        raise CliError(demo_data.INSTALL_HINT)
    if not 0 <= args.clients <= demo_data.MAX_CLIENTS:
        raise CliError(f"--clients must be between 0 and {demo_data.MAX_CLIENTS}")
    if not 1 <= args.years <= demo_data.MAX_YEARS:
        raise CliError(f"--years must be between 1 and {demo_data.MAX_YEARS}")
    folder = _vault_folder(args)
    if vault_exists(folder):
        vault = vault_access.unlock(folder, passphrase=_read_passphrase(args, "Passphrase: "))
    else:
        vault = _create_vault(folder, args, practice=DEFAULT_PRACTICE, counsellor=DEFAULT_COUNSELLOR)
    try:
        summary = demo_data.generate(
            vault, clients=args.clients, years=args.years, seed=args.seed, bookings=args.bookings
        )
    finally:
        vault.close()
    print(
        f"Added {summary.clients} demo clients with {summary.notes} consultation notes "
        f"({summary.revisions} revisions) and {summary.bookings} bookings "
        f"({summary.cancellations} cancelled) over {args.years} years (seed {args.seed})"
    )
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    # No abbreviated options: "--passphrase" must not quietly mean "--passphrase-stdin".
    parser = argparse.ArgumentParser(
        prog="python -m desktop", description="Sorakumo Desk tasks", allow_abbrev=False
    )
    parser.add_argument("--version", action="version", version=f"sorakumo-desk {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    def add(name: str, handler: Callable[[argparse.Namespace], int], text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text, allow_abbrev=False)
        sub.add_argument("--vault", metavar="DIR", help="vault folder (default: the user data folder)")
        sub.add_argument(
            "--passphrase-stdin",
            action="store_true",
            help="read the passphrase from one line of standard input",
        )
        sub.set_defaults(handler=handler)
        return sub

    init = add("init", cmd_init, "create a new vault and print its recovery code")
    init.add_argument("--practice", default=DEFAULT_PRACTICE, help="practice name")
    init.add_argument("--counsellor", default=DEFAULT_COUNSELLOR, help="counsellor name")
    add("check", cmd_check, "unlock and check the vault's integrity; print every table's row count")
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
    from desktop import cli_backup  # the backup commands live in their own module

    cli_backup.add_commands(add)

    from desktop import cli_import_mail  # its own module; it uses this one's helpers

    cli_import_mail.register(add)
    return parser


def _explain(error: SorakumoError) -> str:
    if isinstance(error, PolicyRefusal):
        return f"refused by {error}"
    if isinstance(error, InvalidSetting):
        return f"invalid {error.field}"
    return str(error)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        code: int = args.handler(args)
    except CliError as error:
        print(f"error: {error}", file=sys.stderr)
        return error.code
    except SorakumoError as error:
        print(f"error: {_explain(error)}", file=sys.stderr)
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return EXIT_UNUSABLE
    except OSError as error:
        print(f"error: {error.strerror or 'the file system refused the operation'}", file=sys.stderr)
        return EXIT_UNUSABLE
    except Exception as error:  # the promise is one line, never a traceback
        log.debug("unexpected failure", exc_info=True)
        print(f"error: unexpected failure ({type(error).__name__}); please report it", file=sys.stderr)
        return EXIT_UNUSABLE
    return code
