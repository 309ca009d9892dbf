"""``python -m desktop``: the window when no command is given, else a command-line task."""

from __future__ import annotations

import sys


def main() -> int:
    from desktop import cli

    if len(sys.argv) > 1 and sys.argv[1] in (*cli.COMMANDS, "-h", "--help", "--version"):
        return cli.main(sys.argv[1:])
    from desktop.app import run_gui  # Qt is imported only for the window

    return run_gui(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
