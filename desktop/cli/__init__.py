"""Command-line tasks: ``python -m desktop COMMAND``. No Qt here.

Passphrases come from a hidden prompt, or from one line of standard input with
``--passphrase-stdin``; never from arguments, where other users could see
them. Every failure is one line on stderr and an exit code: 0 worked, 1 a
check failed, 2 wrong passphrase or unusable input. Never a traceback.

This module builds the parser and turns every failure into that line; each
group of commands lives in its own module (``vault_commands``, ``demo``,
``backup``, ``import_mail``) and shares only :mod:`desktop.cli.base`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from desktop import __version__
from desktop.cli import backup, demo, import_mail, vault_commands
from desktop.cli.base import EXIT_CHECK_FAILED, EXIT_OK, EXIT_UNUSABLE, CliError
from desktop.errors import InvalidSetting, PolicyRefusal, SorakumoError
from desktop.i18n import fill

__all__ = ["COMMANDS", "EXIT_CHECK_FAILED", "EXIT_OK", "EXIT_UNUSABLE", "build_parser", "main", "run"]

COMMANDS = ("init", "check", "demo", "backup", "verify", "restore", "import-mail")

log = logging.getLogger(__name__)


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

    # One module per command group; each registers its commands through ``add``, in this order.
    vault_commands.add_commands(add)
    demo.add_commands(add)
    backup.add_commands(add)
    import_mail.add_commands(add)
    return parser


def _explain(error: SorakumoError) -> str:
    if isinstance(error, PolicyRefusal):
        return f"refused by {error}"
    if isinstance(error, InvalidSetting):
        return fill(error.template, error.args_)
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


def run() -> int:
    """The ``sorakumo-desk-cli`` command: the process hardened first, then :func:`main`."""
    from desktop.process_guard import harden_process

    harden_process()  # before any key or passphrase exists: no core file, not dumpable
    return main(sys.argv[1:])
