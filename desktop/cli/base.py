"""What every command shares: exit codes, failures, the passphrase, the vault folder, the language.

The command modules import this one and nothing of each other, and the
parser (:mod:`desktop.cli`) imports the command modules, so the imports
never go round in a circle. Every sentence a command prints goes through
``Cli.tr``: the locale's language, from the window's own translation files
(:mod:`desktop.i18n`; no Qt here).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.i18n import Context, fill
from desktop.services import vault_access
from desktop.services.bookings.session_menu import MenuItemDraft
from desktop.vault import recovery
from desktop.vault.files import default_vault_dir
from desktop.vault.store import OpenVault

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_UNUSABLE = 2

DEFAULT_PRACTICE = "メンタル心理そらくも"
DEFAULT_COUNSELLOR = "寺井"

#: The command line's translation context: ``Cli.tr("...")`` is collected by ``pyside6-lupdate``.
Cli = Context("Cli")

#: ``build_parser``'s ``add``: registers a command with the options every command takes.
AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


class CliError(Exception):
    """A one-line failure with its exit code."""

    def __init__(self, message: str, code: int = EXIT_UNUSABLE) -> None:
        super().__init__(message)
        self.code = code


def read_passphrase(args: argparse.Namespace, prompt: str, *, confirm: bool = False) -> str:
    stdin = sys.stdin
    if stdin is None:  # started with standard input closed
        raise CliError(Cli.tr("there is no standard input to read the passphrase from"))
    if args.passphrase_stdin:
        line = stdin.readline()
        if not line:
            raise CliError(Cli.tr("there is no passphrase on standard input"))
        return _checked_text(line.rstrip("\r\n"))
    if not stdin.isatty():
        raise CliError(Cli.tr("there is no terminal to ask for the passphrase; use --passphrase-stdin"))
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass(Cli.tr("Repeat the passphrase: ")) != first:
            raise CliError(Cli.tr("the two passphrases differ"))
    except EOFError:  # Ctrl-D at the prompt
        raise CliError(Cli.tr("no passphrase was given")) from None
    return _checked_text(first)


def _checked_text(passphrase: str) -> str:
    """Bytes that were not text in the input's encoding arrive as lone surrogates: refuse them."""
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:
        encoding = getattr(sys.stdin, "encoding", None) or "?"
        raise CliError(
            fill(Cli.tr("the passphrase is not valid text in the input's encoding (%1)"), (encoding,))
        ) from None
    return passphrase


def vault_folder(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else default_vault_dir()


def create_vault(
    folder: Path,
    args: argparse.Namespace,
    *,
    practice: str,
    counsellor: str,
    menu: Sequence[MenuItemDraft] = (),
) -> OpenVault:
    """Ask for a new passphrase, create the vault (with ``menu``) and print its recovery code once."""
    passphrase = read_passphrase(args, Cli.tr("New passphrase: "), confirm=True)
    code = recovery.new_recovery_code()
    vault = vault_access.create_practice_vault(
        folder,
        passphrase=passphrase,
        recovery_code=code,
        practice_name=practice,
        counsellor_name=counsellor,
        menu=menu,
    )
    print(fill(Cli.tr("Created a vault in %1"), (str(folder),)))
    print(Cli.tr("Recovery code (write it down and keep it safe; it is shown only once):"))
    print(f"  {recovery.formatted(code)}")
    return vault
