"""Command-line tasks: ``python -m desktop COMMAND``. No Qt here.

Passphrases come from a hidden prompt, or from one line of standard input with
``--passphrase-stdin``; never from arguments, where other users could see
them. Every failure is one line on stderr and an exit code: 0 worked, 1 a
check failed, 2 wrong passphrase or unusable input. Never a traceback.

This module builds the parser and turns every failure into that line; each
group of commands lives in its own module (``vault_commands``, ``demo``,
``backup``, ``import_mail``, ``import_clients``, ``export_all``) and shares only :mod:`desktop.cli.base`.
"""

from __future__ import annotations

import argparse
import errno
import logging
import sys
from collections.abc import Callable, Sequence

from desktop import __version__, error_sentences, i18n
from desktop.cli import backup, demo, export_all, import_clients, import_mail, vault_commands
from desktop.cli.argparse_texts import speak_the_locale, version_help
from desktop.cli.base import EXIT_CHECK_FAILED, EXIT_OK, EXIT_UNUSABLE, Cli, CliError
from desktop.diagnostics import configure_logging
from desktop.errors import PolicyRefusal, SorakumoError
from desktop.i18n import fill

__all__ = ["COMMANDS", "EXIT_CHECK_FAILED", "EXIT_OK", "EXIT_UNUSABLE", "build_parser", "main", "run"]

COMMANDS = (
    "init",
    "check",
    "demo",
    "backup",
    "verify",
    "restore",
    "import-mail",
    "import-clients",
    "export-all",
)

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    speak_the_locale()
    # No abbreviated options: "--passphrase" must not quietly mean "--passphrase-stdin".
    parser = argparse.ArgumentParser(
        prog="python -m desktop", description=Cli.tr("Sorakumo Desk tasks"), allow_abbrev=False
    )
    parser.add_argument(
        "--version", action="version", version=f"sorakumo-desk {__version__}", help=version_help()
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help=Cli.tr("show debug records and tracebacks on stderr (and in the log)"),
    )
    commands = parser.add_subparsers(dest="command", required=True, title=Cli.tr("commands"))

    def add(name: str, handler: Callable[[argparse.Namespace], int], text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text, allow_abbrev=False)
        sub.add_argument(
            "--vault", metavar="DIR", help=Cli.tr("vault folder (default: the user data folder)")
        )
        sub.add_argument(
            "--passphrase-stdin",
            action="store_true",
            help=Cli.tr("read the passphrase from one line of standard input"),
        )
        sub.set_defaults(handler=handler)
        return sub

    # One module per command group; each registers its commands through ``add``, in this order.
    vault_commands.add_commands(add)
    demo.add_commands(add)
    backup.add_commands(add)
    import_mail.add_commands(add)
    import_clients.add_commands(add)
    export_all.add_commands(add)
    return parser


def _explain(error: SorakumoError) -> str:
    """The window's sentence for ``error``, in the locale's language; a refusal names its rule."""
    sentence = error_sentences.describe(error, i18n.translate, i18n.language())
    if isinstance(error, PolicyRefusal):
        return fill(Cli.tr("%1 (%2)"), (sentence, error.rule))
    return sentence


def _failed(sentence: str) -> None:
    print(fill(Cli.tr("error: %1"), (sentence,)), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    log_path = configure_logging(debug=args.debug)
    try:
        code: int = args.handler(args)
    except CliError as error:
        _failed(str(error))
        return error.code
    except SorakumoError as error:
        _failed(_explain(error))
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        _failed(Cli.tr("interrupted"))
        return EXIT_UNUSABLE
    except OSError as error:
        _failed(_os_failure(error))
        return EXIT_UNUSABLE
    except Exception as error:  # the promise is one line, never a traceback
        log.error("unexpected failure in %s", args.command, exc_info=True)
        report = fill(Cli.tr("unexpected failure (%1); please report it"), (type(error).__name__,))
        if log_path:
            report = fill(Cli.tr("%1: the details are in %2"), (report, str(log_path)))
        _failed(report)
        return EXIT_UNUSABLE
    return code


def _os_failure(error: OSError) -> str:
    """What the file system refused, in the locale's language for the usual cases."""
    known = {
        errno.ENOENT: Cli.tr("the file or folder does not exist"),
        errno.EACCES: Cli.tr("access to the file or folder was denied"),
        errno.EPERM: Cli.tr("access to the file or folder was denied"),
        errno.ENOSPC: Cli.tr("the disk is full"),
        errno.EROFS: Cli.tr("the disk is read-only"),
        errno.EISDIR: Cli.tr("a folder was given where a file was expected"),
        errno.ENOTDIR: Cli.tr("a file was given where a folder was expected"),
    }
    if error.errno in known:
        return known[error.errno]
    return error.strerror or Cli.tr("the file system refused the operation")


def run() -> int:
    """The ``sorakumo-desk-cli`` command: the process hardened first, then :func:`main`."""
    from desktop.process_guard import harden_process

    harden_process()  # before any key or passphrase exists: no core file, not dumpable
    return main(sys.argv[1:])
