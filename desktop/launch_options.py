"""The window's own command line: ``python -m desktop [--vault DIR] [--debug]``. No Qt here.

``python -m desktop --help`` prints this help — the window's options, and
where the tasks are — without loading Qt; a command word (``init``,
``check``, ...) goes to :mod:`desktop.cli` instead. Options Qt itself
understands (``-platform``, ``-style``) are passed on to the application.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__


def _prog() -> str:
    """``python -m desktop`` from the source or a wheel; the program's own name in a bundle."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return "python -m desktop" if name in ("", "__main__.py", "-c") else name.removesuffix(".exe")


def window_parser(epilog: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_prog(),
        description="Open the Sorakumo Desk window on a vault.",
        epilog=epilog,
        allow_abbrev=False,
    )
    parser.add_argument("--vault", metavar="DIR", help="vault folder to open (default: the last one opened)")
    parser.add_argument(
        "--debug",
        action="store_true",
        help="write debug records to the diagnostics log and show them, with tracebacks, on stderr",
    )
    parser.add_argument(
        "--self-check",
        metavar="DIR",
        help=(
            "check this copy: open the vault with the passphrase from one line of standard input, "
            "paint the calendar, clients and inbox into DIR, print one line each and quit"
        ),
    )
    parser.add_argument("--version", action="version", version=f"sorakumo-desk {__version__}")
    return parser


def window_help() -> str:
    """The help ``--help`` prints: the window's options, then the tasks the command line runs."""
    from desktop.cli import COMMANDS  # only here: the command line's modules stay out of the window's start

    tasks = (
        f"Tasks without the window: {_prog()} COMMAND --help, "
        f"where COMMAND is one of {', '.join(COMMANDS)}."
    )
    return window_parser(epilog=tasks).format_help()


def parse_window_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """``argv`` without the program name: the window's options, and what is left for Qt."""
    args, qt_args = window_parser().parse_known_args(list(argv))
    return args, qt_args
