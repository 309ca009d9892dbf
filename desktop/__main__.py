"""``python -m desktop``: the window when no command is given, else a command-line task."""

from __future__ import annotations

import sys


def main() -> int:
    from desktop.process_guard import harden_process

    harden_process()  # before any key or passphrase exists: no core file, not dumpable
    first = sys.argv[1] if len(sys.argv) > 1 else ""
    if first in ("-h", "--help"):  # the window's own help; each task has its own (COMMAND --help)
        from desktop.launch_options import window_help

        print(window_help(), end="")
        return 0
    # A word that is not an option is a command: a mistyped one gets the usage, not the window.
    if first == "--version" or (first and not first.startswith("-")):
        from desktop import cli

        return cli.main(sys.argv[1:])
    from desktop.app import run_gui  # Qt is imported only for the window

    return run_gui(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
